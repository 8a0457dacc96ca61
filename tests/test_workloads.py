"""The rendered openclaw, trivy-dashboard and launchfast objects carry exactly the spec's fields and values.

Expected objects are built from ``../shared/spec/homelab.yaml`` (section ``workloads:``) when the
test runs, so a drift in either the catalog or the renderer shows up as a field-level difference.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
import yaml

# tests/conftest.py points jsii at the bundled Node before any test module imports cdk8s.
from homelab.catalog import build
from homelab.k8s.app import synthesize
from homelab.model import Parameters

from tests.conftest import SHARED

SPEC_PATH = SHARED / "spec" / "homelab.yaml"
WORKLOADS = ("openclaw", "trivy-dashboard", "launchfast")
# The kinds the workload renderer writes; other renderers add Namespaces, NetworkPolicies, ExternalSecrets.
WORKLOAD_KINDS = frozenset(
    {
        "PersistentVolumeClaim",
        "ConfigMap",
        "ServiceAccount",
        "Role",
        "RoleBinding",
        "ClusterRole",
        "ClusterRoleBinding",
        "Deployment",
        "Service",
    }
)
CONTAINER_FIELDS = (
    "name",
    "image",
    "imagePullPolicy",
    "command",
    "env",
    "ports",
    "volumeMounts",
    "resources",
    "startupProbe",
    "livenessProbe",
    "readinessProbe",
    "securityContext",
)
RBAC_API_GROUP = "rbac.authorization.k8s.io"

Manifest = dict[str, Any]


# --- fixtures --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The spec's ``workloads:`` section, with ``${param.homelab_path}`` at its default."""
    if not SPEC_PATH.exists():
        pytest.skip(f"{SPEC_PATH} is absent")
    text = SPEC_PATH.read_text().replace("${param.homelab_path}", Parameters().homelab_path)
    workloads: dict[str, Any] = yaml.safe_load(text)["workloads"]
    return workloads


@pytest.fixture(scope="module")
def rendered() -> Mapping[str, list[Manifest]]:
    return synthesize(build())


def workload_objects(rendered: Mapping[str, list[Manifest]], app: str) -> list[Manifest]:
    return [o for o in rendered[app] if o["kind"] in WORKLOAD_KINDS]


def find(rendered: Mapping[str, list[Manifest]], app: str, kind: str, name: str) -> Manifest:
    matches = [o for o in rendered[app] if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) == 1, f"{app}: expected one {kind} {name!r}, found {len(matches)}"
    return matches[0]


def walk(value: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair of a manifest, at any depth."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from walk(v)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


# --- expected objects, from the spec ---------------------------------------------------------------------


def meta(w: Mapping[str, Any], name: str, *, namespaced: bool = True) -> Manifest:
    m: Manifest = {"name": name, "labels": w["labels"]}
    if namespaced:
        m["namespace"] = w["namespace"]
    return m


def spec_container(c: Mapping[str, Any]) -> Manifest:
    """A spec container as Kubernetes renders it: an init container's ``script`` is its ``sh -c`` argument."""
    container = {k: v for k, v in c.items() if k != "script"}
    if "script" in c:
        container["command"] = [*c["command"][:-1], c["script"]]
    return container


def expected_deployment(w: Mapping[str, Any]) -> Manifest:
    d = w["deployment"]
    pod: Manifest = {"containers": [spec_container(c) for c in d["containers"]], "volumes": d["volumes"]}
    if "initContainers" in d:
        pod["initContainers"] = [spec_container(c) for c in d["initContainers"]]
    if "serviceAccountName" in d:
        pod["serviceAccountName"] = d["serviceAccountName"]
    if "pod_securityContext" in d:
        pod["securityContext"] = d["pod_securityContext"]
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {**meta(w, d["name"]), "labels": d.get("labels", w["labels"])},
        "spec": {
            "replicas": d["replicas"],
            "selector": d["selector"],
            "template": {"metadata": {"labels": d["pod_labels"]}, "spec": pod},
        },
    }


def expected_service(w: Mapping[str, Any]) -> Manifest:
    s = w["service"]
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": meta(w, s["name"]),
        "spec": {"type": s["type"], "selector": s["selector"], "ports": s["ports"]},
    }


def expected_rbac(w: Mapping[str, Any]) -> list[Manifest]:
    objects: list[Manifest] = []
    for role_key, binding_key, kind, namespaced in (
        ("role", "rolebinding", "Role", True),
        ("clusterrole", "clusterrolebinding", "ClusterRole", False),
    ):
        if role_key not in w:
            continue
        role, binding = w[role_key], w[binding_key]
        objects.append(
            {
                "apiVersion": f"{RBAC_API_GROUP}/v1",
                "kind": kind,
                "metadata": meta(w, role["name"], namespaced=namespaced),
                "rules": role["rules"],
            }
        )
        objects.append(
            {
                "apiVersion": f"{RBAC_API_GROUP}/v1",
                "kind": f"{kind}Binding",
                "metadata": meta(w, binding["name"], namespaced=namespaced),
                "roleRef": binding["roleRef"],
                "subjects": binding["subjects"],
            }
        )
    return objects


def expected_kinds_and_names(w: Mapping[str, Any]) -> set[tuple[str, str]]:
    expected = {("Deployment", w["deployment"]["name"]), ("Service", w["service"]["name"])}
    if "pvc" in w:
        expected.add(("PersistentVolumeClaim", w["pvc"]["name"]))
    if "configmap" in w:
        expected.add(("ConfigMap", w["configmap"]["name"]))
    if isinstance(w.get("serviceaccount"), dict):
        expected.add(("ServiceAccount", w["serviceaccount"]["name"]))
    expected |= {(o["kind"], o["metadata"]["name"]) for o in expected_rbac(w)}
    return expected


def deployment_of(rendered: Mapping[str, list[Manifest]], spec: Mapping[str, Any], app: str) -> Manifest:
    return find(rendered, spec[app]["application"], "Deployment", spec[app]["deployment"]["name"])


# --- what each Application folder holds ------------------------------------------------------------------


@pytest.mark.parametrize("app", WORKLOADS)
def test_objects_are_exactly_the_specs(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str) -> None:
    """Same kinds and names (no hash suffixes, nothing extra), each object once."""
    objects = workload_objects(rendered, spec[app]["application"])
    names = [(o["kind"], o["metadata"]["name"]) for o in objects]
    assert len(names) == len(set(names))
    assert set(names) == expected_kinds_and_names(spec[app])


@pytest.mark.parametrize("app", WORKLOADS)
def test_every_object_has_the_workload_labels_and_namespace(
    spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str
) -> None:
    w = spec[app]
    for o in workload_objects(rendered, w["application"]):
        assert o["metadata"]["labels"] == w["labels"], (o["kind"], o["metadata"]["name"])
        if o["kind"].startswith("Cluster"):
            assert "namespace" not in o["metadata"]
        else:
            assert o["metadata"]["namespace"] == w["namespace"]


# --- Deployment, field by field --------------------------------------------------------------------------


@pytest.mark.parametrize("app", WORKLOADS)
@pytest.mark.parametrize("field", CONTAINER_FIELDS)
def test_container_field(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str, field: str) -> None:
    """Each field equals the spec's, and is absent where the spec has none (no cdk8s-plus defaults)."""
    containers = deployment_of(rendered, spec, app)["spec"]["template"]["spec"]["containers"]
    expected = [spec_container(c) for c in spec[app]["deployment"]["containers"]]
    assert len(containers) == len(expected)
    for got, want in zip(containers, expected, strict=True):
        assert got.get(field) == want.get(field)


@pytest.mark.parametrize("app", WORKLOADS)
def test_containers_have_only_the_specs_fields(
    spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str
) -> None:
    pod = deployment_of(rendered, spec, app)["spec"]["template"]["spec"]
    d = spec[app]["deployment"]
    for got, want in zip(
        pod["containers"] + pod.get("initContainers", []),
        d["containers"] + d.get("initContainers", []),
        strict=True,
    ):
        assert set(got) == set(spec_container(want))


def test_openclaw_init_container(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """busybox runs the seeding script; the spec gives it no imagePullPolicy, so none is rendered."""
    (init,) = deployment_of(rendered, spec, "openclaw")["spec"]["template"]["spec"]["initContainers"]
    (want,) = spec["openclaw"]["deployment"]["initContainers"]
    assert init == spec_container(want)
    assert init["command"] == ["sh", "-c", want["script"]]
    assert "imagePullPolicy" not in init


@pytest.mark.parametrize(
    ("app", "policy"), [("openclaw", "Never"), ("trivy-dashboard", "IfNotPresent"), ("launchfast", "IfNotPresent")]
)
def test_image_pull_policy(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str, policy: str) -> None:
    (container,) = deployment_of(rendered, spec, app)["spec"]["template"]["spec"]["containers"]
    assert container["imagePullPolicy"] == policy


@pytest.mark.parametrize("app", WORKLOADS)
def test_only_trivy_dashboard_has_a_startup_probe(
    spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str
) -> None:
    pod = deployment_of(rendered, spec, app)["spec"]["template"]["spec"]
    probes = [c.get("startupProbe") for c in pod["containers"] + pod.get("initContainers", [])]
    if app == "trivy-dashboard":
        assert probes == [
            {"httpGet": {"path": "/healthz/ready", "port": "http"}, "periodSeconds": 10, "failureThreshold": 30}
        ]
    else:
        assert probes == [None] * len(probes)


@pytest.mark.parametrize("app", WORKLOADS)
@pytest.mark.parametrize(
    ("rendered_key", "spec_key"),
    [
        ("volumes", "volumes"),
        ("securityContext", "pod_securityContext"),
        ("serviceAccountName", "serviceAccountName"),
        ("initContainers", "initContainers"),
    ],
)
def test_pod_field(
    spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str, rendered_key: str, spec_key: str
) -> None:
    pod = deployment_of(rendered, spec, app)["spec"]["template"]["spec"]
    want = spec[app]["deployment"].get(spec_key)
    if spec_key == "initContainers" and want is not None:
        want = [spec_container(c) for c in want]
    assert pod.get(rendered_key) == want


@pytest.mark.parametrize("app", WORKLOADS)
def test_deployment_selects_its_pods(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str) -> None:
    deployment = deployment_of(rendered, spec, app)
    d = spec[app]["deployment"]
    assert deployment["spec"]["replicas"] == d["replicas"]
    assert deployment["spec"]["selector"] == d["selector"]
    assert deployment["spec"]["template"]["metadata"] == {"labels": d["pod_labels"]}
    assert deployment["metadata"]["labels"] == d.get("labels", spec[app]["labels"])


@pytest.mark.parametrize("app", WORKLOADS)
def test_deployment_is_exactly_the_specs(
    spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str
) -> None:
    """The whole object: catches any field cdk8s or cdk8s-plus adds that the tests above do not name."""
    assert deployment_of(rendered, spec, app) == expected_deployment(spec[app])


# --- Service, RBAC, storage, configuration ---------------------------------------------------------------


@pytest.mark.parametrize("app", WORKLOADS)
def test_service(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str) -> None:
    """NodePort, targeting the container port by name."""
    w = spec[app]
    assert find(rendered, w["application"], "Service", w["service"]["name"]) == expected_service(w)


@pytest.mark.parametrize("app", WORKLOADS)
def test_rbac(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str) -> None:
    w = spec[app]
    for want in expected_rbac(w):
        assert find(rendered, w["application"], want["kind"], want["metadata"]["name"]) == want


@pytest.mark.parametrize("app", WORKLOADS)
def test_service_account(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str) -> None:
    """No automountServiceAccountToken: openclaw and trivy-dashboard call the API with the token."""
    w = spec[app]
    accounts = [o for o in rendered[w["application"]] if o["kind"] == "ServiceAccount"]
    if not isinstance(w["serviceaccount"], dict):  # launchfast: "default (none rendered)"
        assert accounts == []
        return
    sa = w["serviceaccount"]
    assert accounts == [
        {
            "apiVersion": "v1",
            "kind": "ServiceAccount",
            "metadata": {**meta(w, sa["name"]), "labels": sa.get("labels", w["labels"])},
        }
    ]


def test_openclaw_volume_claim(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """On the cluster's default StorageClass: no storageClassName (and no volumeMode)."""
    w = spec["openclaw"]
    pvc = w["pvc"]
    assert find(rendered, w["application"], "PersistentVolumeClaim", pvc["name"]) == {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": meta(w, pvc["name"]),
        "spec": {"accessModes": pvc["accessModes"], "resources": {"requests": {"storage": pvc["storage"]}}},
    }


@pytest.mark.parametrize("app", ["openclaw", "launchfast"])
def test_config_map_shape(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]], app: str) -> None:
    """Metadata and keys only; no ``immutable`` (cdk8s-plus's default is stripped)."""
    w = spec[app]
    cm = find(rendered, w["application"], "ConfigMap", w["configmap"]["name"])
    assert set(cm) == {"apiVersion", "kind", "metadata", "data"}
    assert cm["metadata"] == meta(w, w["configmap"]["name"])
    assert sorted(cm["data"]) == sorted(w["configmap"]["keys"])


def test_openclaw_config(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """The settings the spec fixes, read back from the rendered openclaw.json."""
    want = spec["openclaw"]["configmap"]["openclaw_json"]
    cm = find(rendered, "openclaw", "ConfigMap", spec["openclaw"]["configmap"]["name"])
    got = json.loads(cm["data"]["openclaw.json"])
    assert got["gateway"] == want["gateway"]
    agents = got["agents"]["list"]
    assert [
        {k: v for k, v in agent.items() if k in spec_agent}
        for agent, spec_agent in zip(agents, want["agents_list"], strict=True)
    ] == want["agents_list"]
    assert [agent.get("default", False) for agent in agents] == [a.get("default", False) for a in want["agents_list"]]
    assert all(agent["workspace"] == f"/data/workspaces/{agent['id']}" for agent in agents)
    assert all(agent["model"] == want["model"] for agent in agents)
    assert got["agents"]["defaults"]["model"] == want["model"]
    assert got["agents"]["defaults"]["subagents"] == want["defaults_subagents"]
    assert got["agents"]["defaults"]["userTimezone"] == want["userTimezone"]
    discord, want_discord = got["channels"]["discord"], want["channels.discord"]
    assert discord["enabled"] == want_discord["enabled"]
    assert discord["groupPolicy"] == want_discord["groupPolicy"]
    guild = discord["guilds"][want_discord["guild_slug"]]
    assert guild["requireMention"] == want_discord["requireMention"]
    assert list(guild["channels"]) == want_discord["channels"]
    assert got["skills"]["load"]["extraDirs"] == want["skills.load.extraDirs"]
    assert got["plugins"]["entries"]["discord"]["enabled"] == want["plugins.entries.discord.enabled"]
    assert got["tools"]["agentToAgent"] == want["tools.agentToAgent"]
    assert got["tools"]["sessions"]["visibility"] == want["tools.sessions.visibility"]


def test_launchfast_landing(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    want = spec["launchfast"]["configmap"]
    data = find(rendered, "launchfast", "ConfigMap", want["name"])["data"]
    assert data["nginx.conf"] == want["nginx_conf"]
    page = want["index_html"]
    assert f"<title>{page['title']}</title>" in data["index.html"]
    assert f"<h1>{page['h1']}</h1>" in data["index.html"]
    assert page["badge"] in data["index.html"]
    for tag in page["tech_tags"]:
        assert f'<li class="tag">{tag}</li>' in data["index.html"]


# --- cdk8s-plus opinions that must never reach the output (no spec needed) -------------------------------


@pytest.mark.parametrize("app", WORKLOADS)
def test_no_plus_opinions(rendered: Mapping[str, list[Manifest]], app: str) -> None:
    """No automountServiceAccountToken, no cdk8s.io/ labels, no opinionated pod or rollout defaults."""
    forbidden = {
        "automountServiceAccountToken",
        "immutable",
        "volumeMode",
        "externalIPs",
        "minReadySeconds",
        "progressDeadlineSeconds",
        "strategy",
        "dnsPolicy",
        "hostNetwork",
        "restartPolicy",
        "setHostnameAsFQDN",
        "terminationGracePeriodSeconds",
        "fsGroupChangePolicy",
        "privileged",
        "scheme",
    }
    for o in workload_objects(rendered, app):
        keys = {k for k, _ in walk(o)}
        assert not keys & forbidden, (o["kind"], o["metadata"]["name"], keys & forbidden)
        assert not [k for k in keys if k.startswith("cdk8s.io/")], (o["kind"], o["metadata"]["name"])
