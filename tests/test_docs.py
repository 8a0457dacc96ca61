"""docs/: rendered by synth, drift-checked, complete, and the network page agrees with the evaluator."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from homelab.docs import FOLDER, PAGES, render_docs
from homelab.docs.facts import Facts
from homelab.docs.netpol import ALL_PORTS, Address, Cluster, Endpoint, Pod, Port, describe, intersect
from homelab.docs.pages import network
from homelab.docs.pages.security import pinning, risk_flags
from homelab.model import HelmSource, Homelab
from homelab.model.network import NAMESPACE_NAME_LABEL
from homelab.model.service import ApiServer, Internet
from homelab.pipeline import Rendering, drift, main, render

from tests import sample
from tests.conftest import default_rendering, write_rendering

DOC_PATHS = sorted(p for p in default_rendering().files if p.startswith(f"{FOLDER}/"))


def _docs(rendering: Rendering) -> str:
    return "\n".join(data.decode() for path, data in sorted(rendering.files.items()) if path.startswith("docs/"))


@pytest.fixture(scope="module")
def facts(model: Homelab) -> Facts:
    return Facts(model=model, manifests=default_rendering().manifests)


@pytest.fixture(scope="module")
def cluster(facts: Facts) -> Cluster:
    return facts.cluster


# -- rendering and drift -------------------------------------------------------------------------


def test_every_page_is_rendered_into_docs() -> None:
    assert sorted([f"{FOLDER}/index.md", *(f"{FOLDER}/{name}" for name in PAGES)]) == DOC_PATHS


def test_the_site_navigation_lists_every_rendered_page() -> None:
    """mkdocs.yml is written by hand: its nav must follow the pages synth renders."""
    mkdocs = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text()
    nav = re.findall(r"^  - [^:]+: (\S+\.md)$", mkdocs, flags=re.MULTILINE)
    assert sorted(f"{FOLDER}/{page}" for page in nav) == DOC_PATHS


def test_docs_render_the_same_bytes_twice(model: Homelab) -> None:
    manifests = default_rendering().manifests
    assert render_docs(model, manifests) == render_docs(model, manifests)


def _tree(rendering: Rendering, root: Path) -> Path:
    return write_rendering(root, rendering)


@pytest.mark.parametrize("page", DOC_PATHS)
def test_a_hand_edit_of_a_page_is_drift(page: str, tmp_path: Path) -> None:
    rendering = default_rendering()
    root = _tree(rendering, tmp_path)
    assert drift(root, rendering) == []
    (root / page).write_text((root / page).read_text() + "\nedited by hand\n")
    assert drift(root, rendering) == [page]


def test_check_fails_on_an_edited_page_and_a_stray_one(
    model: Homelab, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _tree(default_rendering(), tmp_path / "repo")
    page = root / DOC_PATHS[-1]
    page.write_text(page.read_text().replace("|", "¦", 1))
    (root / FOLDER / "notes.md").write_text("# kept by hand\n")
    assert main(["--root", str(root), "--check"], model=model) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"  - {DOC_PATHS[-1]}" in err
    assert f"  - {FOLDER}/notes.md" in err


def test_synth_writes_docs_and_removes_a_stray_page(model: Homelab, tmp_path: Path) -> None:
    root = _tree(default_rendering(), tmp_path / "repo")
    shutil.rmtree(root / FOLDER)
    (root / FOLDER).mkdir()
    (root / FOLDER / "old.md").write_text("stale\n")
    assert main(["--root", str(root)], model=model) == 0
    assert sorted(f"{FOLDER}/{p.name}" for p in (root / FOLDER).iterdir()) == DOC_PATHS


README = Path(__file__).resolve().parent.parent / "README.md"
#: A number (digits or a small number word) before a noun the model counts: such a count goes stale.
_HAND_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?"
    r"(?:applications?|services?|namespaces?|(?:network)?polic(?:y|ies)|ports?|files|keys|projects|secrets"
    r"|dashboards|exposures|agents|charts|images)\b",
    re.IGNORECASE,
)


def _prose(markdown: str) -> str:
    """Markdown without fenced blocks and code spans (examples of output, not claims)."""
    return re.sub(r"`[^`\n]*`", "", re.sub(r"```.*?```", "", markdown, flags=re.DOTALL))


def test_the_readme_documentation_section_links_every_generated_page() -> None:
    text = README.read_text()
    section = text.split("## Documentation\n", 1)[1].split("\n## ", 1)[0]
    linked = set(re.findall(r"\]\((docs/[^)]+\.md)\)", section))
    assert linked == set(DOC_PATHS)


def test_the_readme_keeps_no_hand_counted_totals() -> None:
    """Counts of services, Applications, policies, ports … live on the generated pages, not in README."""
    assert _HAND_COUNT.findall(_prose(README.read_text())) == []
    assert _HAND_COUNT.search("the 13 child Applications") and _HAND_COUNT.search("seven HTTPS ports")


# -- completeness (computed from the model) ------------------------------------------------------


_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _tables(text: str) -> dict[str, list[dict[str, str]]]:
    """Each Markdown table of a page by the ``##`` heading above it (``""``: before the first), as rows
    keyed by column header."""
    found: dict[str, list[dict[str, str]]] = {}
    heading, lines = "", text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("## "):
            heading = line[3:]
        if line.startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("|---"):
            headers = [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|"))]
            rows = []
            for row in lines[i + 2 :]:
                if not row.startswith("| "):
                    break
                cells = [c.strip() for c in _CELL_SPLIT.split(row.strip().strip("|"))]
                rows.append(dict(zip(headers, cells, strict=True)))
            found[heading] = rows
    return found


def _page(files: Mapping[str, bytes], name: str) -> str:
    return files[f"{FOLDER}/{name}"].decode()


def _service_rows(files: Mapping[str, bytes]) -> dict[str, dict[str, str]]:
    """The Services table by service name (the bold first word of its first cell)."""
    rows = _tables(_page(files, "services.md"))[""]
    return {row["Service"].strip("*").split(" ")[0]: row for row in rows}


def _application_rows(files: Mapping[str, bytes]) -> dict[str, dict[str, str]]:
    return {row["Application"]: row for row in _tables(_page(files, "gitops.md"))["Applications"]}


def test_the_services_page_has_one_row_per_service_from_the_model(model: Homelab) -> None:
    rows = _service_rows(default_rendering().files)
    assert list(rows) == [s.name for s in model.services]
    for service in model.services:
        row = rows[service.name]
        assert row["Namespace"] == service.namespace.name
        ns = model.namespace(service.namespace.name)
        if ns.pss_exemption:
            assert row["Pod Security"].startswith("exempt:"), service.name
        elif ns.pod_security is not None:
            assert row["Pod Security"].startswith(ns.pod_security.enforce.value), service.name
        if service.exposure is None:
            assert row["URL on the tailnet"] == row["NodePort(s)"] == "—", service.name
        else:
            assert row["URL on the tailnet"] == model.tailscale_url(service.exposure)
            assert row["NodePort(s)"] == ", ".join(str(p.node_port) for p in service.exposure.ports)
        apps = row["Application(s) (project, wave)"].split("<br>")
        assert len(apps) == max(len(service.applications), 1), service.name
        for app, cell in zip(service.applications, apps[: len(service.applications)], strict=True):
            assert cell == f"{app.name} ({app.project.name}, wave {app.wave or 0})"
            if isinstance(app.source, HelmSource):
                assert f"chart {app.source.chart.name} {app.source.chart.version}" in row["Chart or image(s)"]
        keys = {k for es in service.secrets for k in es.remote_keys()}
        assert set(re.findall(r"`([^`]+)`", row["Infisical keys its ExternalSecrets read"])) == keys, service.name
        relations = row["Egress (→) and callers (←)"]
        for egress in service.egress:
            if isinstance(egress, ApiServer):
                assert "→ API server" in relations
            elif isinstance(egress, Internet):
                assert f"→ internet TCP {', '.join(map(str, egress.ports))}" in relations
            else:
                assert f"→ {egress.service.name} ({egress.port}, TCP {egress.container_port})" in relations
                assert f"← {service.name} (" in rows[egress.service.name]["Egress (→) and callers (←)"]


def test_every_application_is_a_services_or_a_platform_row(model: Homelab) -> None:
    """Each Application is listed once: in its service's row, or (root app, aggregators) under Platform."""
    files = default_rendering().files
    in_services = [
        cell.split(" (")[0]
        for row in _service_rows(files).values()
        for cell in row["Application(s) (project, wave)"].split("<br>")
        if not cell.startswith("—")
    ]
    platform = {row["Piece"]: row for row in _tables(_page(files, "services.md"))["Platform"]}
    release = model.argocd_release
    assert platform.pop(release.name)["Source"] == f"chart {release.chart.name} {release.chart.version}"
    assert sorted([*in_services, *platform]) == sorted(a.name for a in model.applications)
    owned = {a.name for s in model.services for a in s.applications}
    assert set(platform) == {a.name for a in model.applications} - owned
    assert model.root_app in platform


def test_every_application_and_tailnet_url_is_documented(model: Homelab) -> None:
    files = default_rendering().files
    docs = _docs(default_rendering())
    applications = _application_rows(files)
    gitops = _page(files, "gitops.md")
    for app in model.applications:
        assert f"{app.name} (wave" in gitops or app.name == model.root_app, app.name
        owner = next((s.name for s in model.services if app in s.applications), "— (platform)")
        assert applications[app.name]["Service"] == owner, app.name
    serve = {row["URL"] for row in _tables(_page(files, "operations.md"))["Tailscale Serve"]}
    urls = {row["URL on the tailnet"] for row in _service_rows(files).values()}
    for exposure in model.exposures:
        assert model.tailscale_url(exposure) in urls & serve
    for key in model.infisical_keys():
        assert f"`{key}`" in docs


def test_no_secret_value_reaches_the_docs(model: Homelab) -> None:
    """Only variable names: the pages never show a Terraform reference or a Helm sensitive value."""
    docs = _docs(default_rendering())
    assert "${var." not in docs
    for secret in model.bootstrap_secrets:
        assert secret.name in docs


def test_the_readme_service_shows_up_on_every_relevant_page_without_a_doc_edit(model: Homelab) -> None:
    """README's whoami, added as a new service file would add it: Services, Network, GitOps, Operations."""
    from tests.test_add_a_service import readme_service, without

    service = readme_service()
    assert service.exposure is not None
    base = without(model, service.name)
    before = default_rendering().files if base.services == model.services else render(base).files
    after = render(dataclasses.replace(base, services=(*base.services, service))).files
    url, namespace = model.tailscale_url(service.exposure), service.namespace.name
    assert service.name not in _service_rows(before)
    row = _service_rows(after)[service.name]
    assert (row["URL on the tailnet"], row["Namespace"]) == (url, namespace)
    assert all(
        f"{app.name} ({app.project.name}" in row["Application(s) (project, wave)"] for app in service.applications
    )
    for page, present in ((before, False), (after, True)):
        network = _page(page, "network.md")
        assert (f"\n### {namespace}\n" in network) is present
        tailnet = {(r["From"], r["To"]) for r in _tables(network)["All allowed connections"] if "tailnet" in r["From"]}
        assert any(to == namespace for _, to in tailnet) is present
        assert all((app.name in _application_rows(page)) is present for app in service.applications)
        assert any(r["URL"] == url for r in _tables(_page(page, "operations.md"))["Tailscale Serve"]) is present


# -- the evaluator on fixtures -------------------------------------------------------------------


def _policy(namespace: str, name: str, spec: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    }


DENY_ALL = {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
TCP = "TCP"


def test_no_policy_allows_everything() -> None:
    cluster = Cluster([], {"a": {}, "b": {}})
    assert cluster.ports(Pod(namespace="a"), Pod(namespace="b")) == ALL_PORTS
    assert cluster.allows(Address(ip="8.8.8.8"), Pod(namespace="a"), 22)


def test_default_deny_allows_nothing_in_or_out() -> None:
    cluster = Cluster([_policy("a", "deny", DENY_ALL)], {"a": {}, "b": {}})
    a, b = Pod(namespace="a"), Pod(namespace="b")
    assert cluster.ports(a, b) == frozenset()
    assert cluster.ports(b, a) == frozenset()
    assert cluster.ports(a, a) == frozenset()
    assert cluster.ports(a, Address(ip="1.1.1.1")) == frozenset()
    assert cluster.ports(b, b) == ALL_PORTS  # b has no policy


def test_allow_from_namespace_needs_the_senders_egress_too() -> None:
    allow = _policy(
        "b",
        "allow-from-a",
        {
            "podSelector": {},
            "policyTypes": ["Ingress"],
            "ingress": [
                {"from": [{"namespaceSelector": {"matchLabels": {NAMESPACE_NAME_LABEL: "a"}}}], "ports": [{"port": 80}]}
            ],
        },
    )
    open_a = Cluster([allow, _policy("b", "deny", DENY_ALL)], {"a": {}, "b": {}, "c": {}})
    a, b, c = Pod(namespace="a"), Pod(namespace="b"), Pod(namespace="c")
    assert describe(open_a.ports(a, b)) == "80/TCP"
    assert not open_a.allows(a, b, 80, "UDP")
    assert not open_a.allows(c, b, 80)
    denied_a = Cluster([allow, _policy("b", "deny", DENY_ALL), _policy("a", "deny", DENY_ALL)], {"a": {}, "b": {}})
    assert not denied_a.allows(a, b, 80)


def test_namespace_selector_uses_labels_and_expressions() -> None:
    allow = _policy(
        "b",
        "allow-team",
        {
            "podSelector": {},
            "ingress": [
                {
                    "from": [
                        {
                            "namespaceSelector": {
                                "matchLabels": {"team": "x"},
                                "matchExpressions": [{"key": "env", "operator": "NotIn", "values": ["dev"]}],
                            }
                        }
                    ]
                }
            ],
        },
    )
    cluster = Cluster([allow], {"a": {"team": "x"}, "d": {"team": "x", "env": "dev"}, "e": {"team": "y"}, "b": {}})
    b = Pod(namespace="b")
    assert cluster.ports(Pod(namespace="a"), b) == ALL_PORTS  # no ports: every port
    assert not cluster.ports(Pod(namespace="d"), b)
    assert not cluster.ports(Pod(namespace="e"), b)


def test_empty_namespace_selector_means_every_namespace_and_combines_with_pod_selector() -> None:
    allow = _policy(
        "b",
        "allow-monitoring-pods",
        {
            "podSelector": {},
            "ingress": [{"from": [{"namespaceSelector": {}, "podSelector": {"matchLabels": {"role": "scraper"}}}]}],
        },
    )
    cluster = Cluster([allow], {"a": {}, "b": {}})
    b = Pod(namespace="b")
    assert cluster.ports(Pod(namespace="a", labels={"role": "scraper"}), b) == ALL_PORTS
    assert not cluster.ports(Pod(namespace="a"), b)
    assert not cluster.ports(Address(ip="1.1.1.1"), b)


def test_ip_block_honours_except_and_never_matches_pods() -> None:
    egress = _policy(
        "a",
        "egress",
        {
            "podSelector": {},
            "policyTypes": ["Egress"],
            "egress": [
                {
                    "to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8"]}}],
                    "ports": [{"port": 443, "protocol": TCP}, {"port": 8000, "endPort": 8010}],
                }
            ],
        },
    )
    cluster = Cluster([egress], {"a": {}, "b": {}})
    a = Pod(namespace="a")
    assert cluster.allows(a, Address(ip="93.184.216.34"), 443)
    assert cluster.allows(a, Address(ip="93.184.216.34"), 8005)
    assert not cluster.allows(a, Address(ip="93.184.216.34"), 8011)
    assert not cluster.allows(a, Address(ip="10.1.2.3"), 443)
    assert not cluster.allows(a, Pod(namespace="b"), 443)
    assert not cluster.allows(a, Address(ip="2001:db8::1"), 443)


def test_policy_types_default_and_pod_selectors() -> None:
    only_ingress = _policy("a", "web", {"podSelector": {"matchLabels": {"app": "web"}}, "ingress": []})
    cluster = Cluster([only_ingress], {"a": {}, "b": {}})
    web, other = Pod(namespace="a", labels={"app": "web"}), Pod(namespace="a")
    assert not cluster.ports(Pod(namespace="b"), web)  # isolated for ingress, no rule
    assert cluster.ports(web, Pod(namespace="b")) == ALL_PORTS  # no egress rules: not isolated for egress
    assert cluster.ports(Pod(namespace="b"), other) == ALL_PORTS  # not selected


def test_port_sets_intersect_and_merge() -> None:
    wide = frozenset({Port(protocol=TCP, start=1, end=1000)})
    narrow = frozenset({Port(protocol=TCP, start=443, end=443), Port(protocol="UDP", start=53, end=53)})
    assert intersect(wide, narrow) == frozenset({Port(protocol=TCP, start=443, end=443)})
    assert intersect(ALL_PORTS, frozenset({Port(protocol=TCP, name="http")})) == {Port(protocol=TCP, name="http")}
    assert describe(ALL_PORTS) == "any port"


# -- the evaluator on this homelab ---------------------------------------------------------------


def _secret_store_port(model: Homelab) -> int:
    port = urlsplit(model.secret_store.host_api).port
    assert port is not None
    return port


def _infisical(model: Homelab) -> Pod:
    """The secret store's server (Infisical)."""
    return Pod(namespace=model.secret_store.exposure.namespace)


def test_a_service_with_no_relation_cannot_reach_infisical() -> None:
    """Every service that declares no egress relation (the sample web service of ``tests/sample.py`` at least)
    cannot reach Infisical."""
    lab, rendering = sample.lab()
    cluster = Facts(model=lab, manifests=rendering.manifests).cluster
    loners = [s.namespace.name for s in lab.services if s.workloads and not s.egress]
    assert sample.NAME in loners
    for namespace in loners:
        assert cluster.ports(Pod(namespace=namespace), _infisical(lab)) == frozenset(), namespace


def test_external_secrets_reaches_infisical_on_its_api_port_only(model: Homelab, cluster: Cluster) -> None:
    port = _secret_store_port(model)
    eso, infisical = Pod(namespace=model.application(model.secret_store.application).namespace), _infisical(model)
    assert cluster.ports(eso, infisical) == frozenset({Port(protocol=TCP, start=port, end=port)})
    assert not cluster.allows(infisical, eso, port)


def test_a_namespace_with_only_its_default_deny_allows_nothing(facts: Facts, model: Homelab) -> None:
    for policies in model.network_policies:
        deny = [
            p.manifest
            for p in facts.cluster.policies
            if p.namespace == policies.namespace
            and set(p.types()) == {"Ingress", "Egress"}
            and not p.rules("Ingress")
            and not p.rules("Egress")
        ]
        assert len(deny) == 1, policies.namespace
        alone = Cluster(deny, {ns: {} for ns in facts.namespace_names})
        me = Pod(namespace=policies.namespace)
        others: list[Endpoint] = [Pod(namespace=ns) for ns in facts.namespace_names]
        for other in [*others, facts.tailnet_sample]:
            assert not alone.ports(me, other), (policies.namespace, other)
            assert not alone.ports(other, me), (policies.namespace, other)


def test_the_internet_reaches_no_policed_namespace(facts: Facts, model: Homelab) -> None:
    for policies in model.network_policies:
        assert not facts.cluster.ports(facts.internet_sample, Pod(namespace=policies.namespace))


def test_tailnet_reaches_exactly_the_exposed_container_ports(facts: Facts, model: Homelab) -> None:
    for policies in model.network_policies:
        expected = {Port(protocol=TCP, start=p, end=p) for p in model.tailscale_ingress_ports(policies.namespace)}
        assert facts.cluster.ports(facts.tailnet_sample, Pod(namespace=policies.namespace)) == expected


def _page_rows(text: str, heading: str) -> set[tuple[str, ...]]:
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
    return {tuple(c.strip() for c in row.strip("|").split(" | ")) for row in rows}


def test_the_network_page_lists_exactly_what_the_evaluator_allows(facts: Facts) -> None:
    page = default_rendering().files[f"{FOLDER}/network.md"].decode()
    peers = network.peers(facts)
    expected = set()
    for src in peers:
        for dst in peers:
            if src == dst or (isinstance(src.endpoint, Address) and isinstance(dst.endpoint, Address)):
                continue
            ports = facts.cluster.ports(src.endpoint, dst.endpoint)
            if ports:
                expected.add((src.name, dst.name, network.ports_text(dst, ports)))
            else:
                for port in (53, 443, 6443, *(p.container_port for e in facts.model.exposures for p in e.ports)):
                    assert not facts.cluster.allows(src.endpoint, dst.endpoint, port), (src.name, dst.name, port)
    assert _page_rows(page, "All allowed connections") == expected
    assert expected, "the homelab allows something"


# -- security helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image", "policy", "expected"),
    [
        ("repo/app@sha256:" + "a" * 64, None, "digest"),
        ("ghcr.io/o/app:1.2.3", "IfNotPresent", "tag `1.2.3`"),
        ("localhost:5000/app", None, "**`latest`"),
        ("app:latest", "Never", "never pulled"),
    ],
)
def test_image_pinning(image: str, policy: str | None, expected: str) -> None:
    assert expected in pinning(image, policy)


def test_rbac_risk_flags() -> None:
    secrets = [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"]}]
    wild = [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]
    assert risk_flags(secrets, cluster_wide=False) == ["Secret access"]
    assert risk_flags(wild, cluster_wide=True) == ["Secret access", "cluster-wide write", "wildcard"]
    assert risk_flags([{"apiGroups": [""], "resources": ["pods"], "verbs": ["list"]}], cluster_wide=True) == []


# -- egress_namespaces: the shortcut the network page takes on large homelabs -------------------------


def _egress_peers_cluster() -> Cluster:
    """Every shape of egress peer: by name label, by other labels, by expression, pods only, addresses."""
    rules = [
        {"to": [{"namespaceSelector": {"matchLabels": {NAMESPACE_NAME_LABEL: "b"}}}]},
        {"to": [{"namespaceSelector": {"matchLabels": {"team": "x"}}, "podSelector": {}}]},
        {"to": [{"namespaceSelector": {"matchExpressions": [{"key": "env", "operator": "In", "values": ["dev"]}]}}]},
        {"to": [{"podSelector": {"matchLabels": {"app": "db"}}}]},
        {"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": [{"port": 443, "protocol": TCP}]},
    ]
    egress = _policy("a", "egress", {"podSelector": {}, "policyTypes": ["Egress"], "egress": rules})
    labels = {"a": {}, "b": {}, "c": {"team": "x"}, "d": {"env": "dev"}, "e": {"team": "y"}, "f": {}}
    return Cluster([egress, _policy("f", "deny", DENY_ALL)], labels)


def _pairs(cluster: Cluster, names: list[str], pods: list[Pod]) -> list[tuple[Pod, Pod]]:
    """Pairs whose sender's egress lets nothing through although ``egress_namespaces`` said 'maybe'."""
    missed = []
    for src in pods:
        reach = cluster.egress_namespaces(src, names)
        for dst in pods:
            if reach is not None and dst.namespace not in reach and cluster.egress(src, dst):
                missed.append((src, dst))
    return missed


def test_egress_namespaces_never_leaves_out_a_reachable_namespace(cluster: Cluster) -> None:
    names = list(cluster.namespaces)
    assert _pairs(cluster, names, [Pod(namespace=ns) for ns in names]) == []
    shapes = _egress_peers_cluster()
    names = list(shapes.namespaces)
    pods = [Pod(namespace=ns, labels=labels) for ns in names for labels in ({}, {"app": "db"})]
    assert _pairs(shapes, names, pods) == []


def test_egress_namespaces_narrows_to_the_selected_namespaces() -> None:
    shapes = _egress_peers_cluster()
    names = list(shapes.namespaces)
    assert shapes.egress_namespaces(Pod(namespace="a"), names) == frozenset({"a", "b", "c", "d"})
    assert shapes.egress_namespaces(Pod(namespace="f"), names) == frozenset()  # denied: nowhere
    assert shapes.egress_namespaces(Pod(namespace="e"), names) is None  # not isolated: anywhere
    open_rule = _policy("a", "open", {"podSelector": {}, "policyTypes": ["Egress"], "egress": [{}]})
    assert Cluster([open_rule], {"a": {}, "b": {}}).egress_namespaces(Pod(namespace="a"), ["a", "b"]) is None
