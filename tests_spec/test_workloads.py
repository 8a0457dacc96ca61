"""Spec ``workloads``: openclaw, trivy-dashboard, launchfast field by field, the Authentik blueprint, the Grafana
dashboards, the PrometheusRules and the vulnerability rescan.

Expected objects are built from the spec when the suite runs, so a drift in either the catalog or a
renderer shows up as a field-level difference.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
import yaml

from tests_spec.conftest import SPEC

#: The raw-manifest workloads of the spec: the entries with a Deployment.
WORKLOADS = [name for name, w in SPEC["workloads"].items() if "deployment" in w]
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
    """The spec's ``workloads:`` section (parameters at their defaults)."""
    workloads: dict[str, Any] = SPEC["workloads"]
    return workloads


@pytest.fixture(scope="module")
def rendered(dist: Mapping[str, list[Manifest]]) -> Mapping[str, list[Manifest]]:
    return dist


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
    if "role" not in w and "clusterrole" not in w:
        # Issue 9: a pod whose ServiceAccount no Role binds never calls the API, so it mounts no token.
        pod["automountServiceAccountToken"] = False
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


def test_openclaw_agents(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """Every agent, in order: id, name, default, skills and subagents.allowAgents as the spec lists them, its
    own workspace, and the shared model (primary + fallbacks)."""
    want = spec["openclaw"]["configmap"]["openclaw_json"]
    cm = find(rendered, "openclaw", "ConfigMap", spec["openclaw"]["configmap"]["name"])
    agents = json.loads(cm["data"]["openclaw.json"])["agents"]["list"]
    assert [a["id"] for a in agents] == [a["id"] for a in want["agents_list"]]
    for got, listed in zip(agents, want["agents_list"], strict=True):
        expected = {**listed, "workspace": f"/data/workspaces/{listed['id']}", "model": want["model"]}
        assert {k: got.get(k) for k in expected} == expected, listed["id"]
        assert got.get("default", False) == listed.get("default", False), listed["id"]


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


# --- the Authentik blueprint -------------------------------------------------------------------------------


def test_authentik_blueprint(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """The ConfigMap and its blueprint: version, no ``metadata``, each entry exactly the spec's ``entry_shape``
    (the slug only under ``identifiers``)."""
    want = spec["authentik-blueprints"]
    cm = find(rendered, want["application"], want["kind"], want["name"])
    assert cm["metadata"] == {
        "name": want["name"],
        "namespace": want["namespace"],
        **({"labels": want["labels"]} if want["labels"] else {}),
    }
    assert sorted(cm["data"]) == sorted(want["keys"])
    (key,) = want["keys"]
    blueprint = yaml.safe_load(cm["data"][key])
    assert set(blueprint) == {"version", "entries"}, "a blueprint with no metadata block"
    assert blueprint["version"] == want["blueprint"]["version"]
    attrs = ("name", "group", "meta_launch_url", "meta_icon", "meta_description", "meta_publisher")
    assert blueprint["entries"] == [
        {
            "model": want["blueprint"]["entry_model"],
            "id": entry["id"],
            "state": want["blueprint"]["entry_state"],
            "identifiers": {"slug": entry["slug"]},
            "attrs": {k: entry[k] for k in attrs},
        }
        for entry in want["entries"]
    ]


def test_authentik_bookmarks_are_the_specs(spec: dict[str, Any]) -> None:
    assert [e["name"] for e in spec["authentik-blueprints"]["entries"]] == SPEC["oidc"]["bookmarks_only"]


# --- Grafana dashboards ------------------------------------------------------------------------------------


def dashboards(spec: Mapping[str, Any], rendered: Mapping[str, list[Manifest]]) -> dict[str, Manifest]:
    want = spec["grafana-dashboards"]
    return {
        o["metadata"]["name"]: o
        for o in rendered[want["application"]]
        if o["kind"] == want["kind"] and o["metadata"].get("labels", {}).get("grafana_dashboard") == "1"
    }


def test_dashboard_config_maps(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """The six ConfigMaps, labelled for the Grafana sidecar, each holding one ``dashboard.json``."""
    want = spec["grafana-dashboards"]
    got = dashboards(spec, rendered)
    assert sorted(got) == sorted(want["names"]) == sorted(want["headers"])
    for name, cm in got.items():
        assert cm["metadata"] == {"name": name, "namespace": want["namespace"], "labels": want["labels"]}, name
        assert list(cm["data"]) == [want["data_key"]], name


@pytest.mark.parametrize("name", list(SPEC["workloads"]["grafana-dashboards"]["headers"]))
def test_dashboard_header(name: str, spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """Title, uid and tags of the dashboard, schemaVersion as the spec's example."""
    want = spec["grafana-dashboards"]
    dashboard = json.loads(dashboards(spec, rendered)[name]["data"][want["data_key"]])
    header = want["headers"][name]
    assert {k: dashboard.get(k) for k in ("title", "uid", "tags")} == header
    assert dashboard["schemaVersion"] == want["example"]["schemaVersion"]


def test_dashboard_example(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    example = spec["grafana-dashboards"]["example"]
    dashboard = json.loads(dashboards(spec, rendered)[example["name"]]["data"][spec["grafana-dashboards"]["data_key"]])
    assert (dashboard["uid"], dashboard["title"], dashboard["tags"]) == (
        example["uid"],
        example["title"],
        example["tags"],
    )
    assert len(dashboard["panels"]) == example["panels"]


# --- PrometheusRules ----------------------------------------------------------------------------------------

RULES = [r["name"] for r in SPEC["workloads"]["prometheus-rules"]["rules"]]


def test_only_the_specs_prometheus_rules(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    want = spec["prometheus-rules"]
    got = [o["metadata"]["name"] for o in rendered[want["application"]] if o["kind"] == want["kind"]]
    assert sorted(got) == sorted(RULES)


@pytest.mark.parametrize("name", RULES)
def test_prometheus_rule(name: str, spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """Metadata, one group, and per rule: its name, expr (where the spec gives one), for, severity, component
    and a runbook link under the spec's prefix."""
    want = spec["prometheus-rules"]
    listed = next(r for r in want["rules"] if r["name"] == name)
    rule = find(rendered, want["application"], want["kind"], name)
    assert rule["apiVersion"] == want["apiVersion"]
    assert rule["metadata"] == {"name": name, "namespace": want["namespace"], "labels": want["labels"]}
    (group,) = rule["spec"]["groups"]
    assert group["name"] == listed["group"]
    if "records" in listed:
        assert [r.get("record") for r in group["rules"]] == listed["records"]
        assert all(r.get("expr") for r in group["rules"]), "every record has an expression"
        return
    assert [r.get("alert") for r in group["rules"]] == [a["alert"] for a in listed["alerts"]]
    for got, alert in zip(group["rules"], listed["alerts"], strict=True):
        if "expr" in alert:
            assert got["expr"] == alert["expr"], alert["alert"]
        assert got["for"] == alert["for"], alert["alert"]
        assert got["labels"] == {"severity": alert["severity"], "component": alert["component"]}, alert["alert"]
        assert got["annotations"]["runbook_url"].startswith(want["runbook_url_prefix"]), alert["alert"]


# --- the daily vulnerability rescan ------------------------------------------------------------------------


def rescan_objects(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = spec["vulnerability-scanner"]["objects"]
    return objects


def test_rescan_objects_are_the_specs(spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    want = spec["vulnerability-scanner"]
    got = sorted(
        (o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]) for o in rendered[want["application"]]
    )
    assert got == sorted((o["kind"], o.get("namespace"), o["name"]) for o in rescan_objects(spec))


@pytest.mark.parametrize("kind", [o["kind"] for o in SPEC["workloads"]["vulnerability-scanner"]["objects"]])
def test_rescan_object(kind: str, spec: dict[str, Any], rendered: Mapping[str, list[Manifest]]) -> None:
    """ServiceAccount, ClusterRole (the narrowest rules), its binding, and the CronJob, whole."""
    want = next(o for o in rescan_objects(spec) if o["kind"] == kind)
    got = find(rendered, spec["vulnerability-scanner"]["application"], kind, want["name"])
    metadata = {"name": want["name"], **({"namespace": want["namespace"]} if "namespace" in want else {})}
    assert {k: v for k, v in got["metadata"].items() if k != "labels"} == metadata
    if kind == "ServiceAccount":
        assert set(got) == {"apiVersion", "kind", "metadata"}
    elif kind == "ClusterRole":
        assert got["rules"] == want["rules"]
    elif kind == "ClusterRoleBinding":
        assert (got["roleRef"], got["subjects"]) == (want["roleRef"], want["subjects"])
    else:
        cron_job = json.loads(json.dumps(got))
        pod_template = cron_job.get("spec", {}).get("jobTemplate", {}).get("spec", {}).get("template", {})
        pod_template.pop("metadata", None)  # the spec fixes no pod labels: any are allowed
        assert cron_job == expected_cron_job(want, got["metadata"])


def expected_cron_job(want: Mapping[str, Any], metadata: Mapping[str, Any]) -> Manifest:
    pod, container = want["pod"], want["pod"]["container"]
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": metadata,
        "spec": {
            "schedule": want["schedule"],
            "timeZone": want["timeZone"],
            "concurrencyPolicy": want["concurrencyPolicy"],
            "successfulJobsHistoryLimit": want["successfulJobsHistoryLimit"],
            "failedJobsHistoryLimit": want["failedJobsHistoryLimit"],
            "jobTemplate": {
                "spec": {
                    **want["job"],
                    "template": {
                        "spec": {
                            "serviceAccountName": pod["serviceAccountName"],
                            "restartPolicy": pod["restartPolicy"],
                            "securityContext": pod["securityContext"],
                            "containers": [container],
                        }
                    },
                }
            },
        },
    }
