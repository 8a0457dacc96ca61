"""The real homelab passes every check; and the checks catch what the model cannot express.

The second half feeds the rendered-object checks objects edited by hand (a renderer bug, a stray
folder), which no model value can produce but the gate must still refuse.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from homelab.checks import argocd, check_model, check_rendered, names, network, schema, secrets, security
from homelab.checks.objects import Inventory
from homelab.checks.secrets import looks_random, names_a_secret
from homelab.checks.security import enforced_levels, workload_namespaces
from homelab.k8s.app import terraform_applications as render_terraform_applications
from homelab.model import Homelab
from homelab.pipeline import Rendering

Manifests = dict[str, list[dict[str, Any]]]

# -- the real homelab ----------------------------------------------------------------------------


def test_the_model_passes_every_model_check(model: Homelab) -> None:
    assert check_model(model) == []


def test_the_rendered_homelab_passes_every_check(model: Homelab, rendering: Rendering) -> None:
    assert check_rendered(model, rendering.manifests, render_terraform_applications(model)) == []


@pytest.mark.parametrize("module", ["schema", "names", "argocd", "security", "network", "secrets"])
def test_each_check_module_passes_on_its_own(model: Homelab, rendering: Rendering, module: str) -> None:
    inventory = Inventory(rendering.manifests, render_terraform_applications(model))
    scopes = {key: str(entry["scope"]) for key, entry in schema.crd_index().items()}
    found = {
        "schema": lambda: list(schema.check(inventory)),
        "names": lambda: list(names.check(inventory)),
        "argocd": lambda: list(argocd.check(model, inventory, scopes)),
        "security": lambda: list(security.check(model, inventory)),
        "network": lambda: list(network.check(model, inventory)),
        "secrets": lambda: list(secrets.check(model, inventory)),
    }[module]()
    assert found == []


def test_every_rendered_document_is_validated(rendering: Rendering) -> None:
    """Every rendered kind has a schema (Kubernetes' or a deployed CRD's): nothing is listed as unchecked."""
    objects = [m for ms in rendering.manifests.values() for m in ms]
    assert [
        f"{m['apiVersion']} {m['kind']}" for m in objects if not schema.has_schema(m["apiVersion"], m["kind"])
    ] == []
    assert rendering.unchecked == ()


def test_terraform_applications_are_checked_too(model: Homelab) -> None:
    """Terraform applies argocd-apps and infisical: never in dist/, still validated and judged."""
    apps = render_terraform_applications(model)
    assert [a["metadata"]["name"] for a in apps] == ["argocd-apps", "infisical"]
    assert list(schema.check(Inventory({}, apps))) == []


def test_pod_security_exemptions_are_explicit(model: Homelab, rendering: Rendering) -> None:
    """A namespace that runs workloads without Pod Security labels says why, in words (openclaw, trivy-dashboard)."""
    inventory = Inventory(rendering.manifests)
    levels = enforced_levels(model, inventory)
    carrying = workload_namespaces(model, inventory)
    unlabelled = sorted(ns for ns in carrying if ns not in levels)
    assert unlabelled == sorted(ns.name for ns in model.namespaces if ns.name in carrying and ns.pod_security is None)
    for name in unlabelled:
        assert (model.namespace(name).pss_exemption or "").strip()
    assert levels == {ns.name: ns.pod_security.enforce.value for ns in model.namespaces if ns.pod_security is not None}


def test_every_workload_namespace_is_isolated(model: Homelab, rendering: Rendering) -> None:
    """Every namespace a service runs in carries workloads (so the isolation checks judge it)."""
    carrying = workload_namespaces(model, Inventory(rendering.manifests))
    assert sorted(carrying) == sorted({s.namespace.name for s in model.services})


# -- what only a broken renderer could produce ---------------------------------------------------


def edited(
    rendering: Rendering, folder: str, kind: str, name: str, edit: Callable[[dict[str, Any]], None]
) -> Manifests:
    """A deep copy of the manifests with one object edited."""
    manifests: Manifests = copy.deepcopy({k: list(v) for k, v in rendering.manifests.items()})
    (target,) = [m for m in manifests[folder] if m["kind"] == kind and m["metadata"]["name"] == name]
    edit(target)
    return manifests


def problems(model: Homelab, manifests: Manifests) -> list[str]:
    return sorted(str(v) for v in set(check_rendered(model, manifests, render_terraform_applications(model))))


def test_folder_no_application_syncs(model: Homelab, rendering: Rendering) -> None:
    manifests: Manifests = {k: list(v) for k, v in rendering.manifests.items()}
    manifests["orphan"] = [
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "lost", "namespace": "launchfast"}}
    ]
    assert problems(model, manifests) == [
        "dist/orphan: no Application syncs this folder, so its 1 object(s) would never reach the cluster. Add an "
        "Application with source=GitPath() named 'orphan', or assign the objects to an existing one. [argocd-paths]"
    ]


def test_two_applications_sync_one_folder(model: Homelab, rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        app["spec"]["source"]["path"] = "dist/openclaw"

    assert problems(model, edited(rendering, "argocd-apps", "Application", "launchfast", edit)) == [
        "dist/launchfast: no Application syncs this folder, so its 3 object(s) would never reach the cluster. Add "
        "an Application with source=GitPath() named 'launchfast', or assign the objects to an existing one. "
        "[argocd-paths]",
        "dist/openclaw: synced by 2 Applications ('launchfast', 'openclaw'); they would fight over its objects. "
        "Point each Application at its own folder. [argocd-paths]",
    ]


def test_path_outside_dist(model: Homelab, rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        app["spec"]["source"]["path"] = "manifests/launchfast"

    (first, second) = problems(model, edited(rendering, "argocd-apps", "Application", "launchfast", edit))
    assert first.startswith(
        "Application 'launchfast': source path 'manifests/launchfast' is not a folder synth renders (rendered: "
        "dist/argocd-apps, "
    )
    assert second.startswith("dist/launchfast: no Application syncs this folder")


def test_builtin_project_is_reserved_for_the_root_app(model: Homelab, rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        app["spec"]["project"] = "default"

    assert problems(model, edited(rendering, "argocd-apps", "Application", "launchfast", edit)) == [
        "Application 'launchfast': uses the built-in project 'default', which allows every repository, namespace "
        "and cluster-scoped kind and is reserved for the root app 'argocd-apps'. Use one of: apps, data, secrets. "
        "[argocd-project]"
    ]


def test_source_repository_not_allowed(model: Homelab, rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        app["spec"]["source"]["repoURL"] = "https://charts.bitnami.com/bitnami"

    assert problems(model, edited(rendering, "argocd-apps", "Application", "authentik", edit)) == [
        "Application 'authentik': source repository 'https://charts.bitnami.com/bitnami' is not allowed by project "
        "'apps' (allowed: https://github.com/holdennguyen/homelab.git, "
        "https://prometheus-community.github.io/helm-charts, https://charts.goauthentik.io, "
        "https://aquasecurity.github.io/helm-charts). Add the chart to the project's charts or fix the repository. "
        "[argocd-project]"
    ]


def test_object_in_a_namespace_the_project_does_not_allow(model: Homelab, rendering: Rendering) -> None:
    """Argo CD judges every object's namespace, not only the Application's destination."""

    def edit(project: dict[str, Any]) -> None:
        project["spec"]["destinations"] = [d for d in project["spec"]["destinations"] if d["namespace"] != "infisical"]

    found = problems(model, edited(rendering, "argocd-apps", "AppProject", "apps", edit))
    allowed = ", ".join(ns for ns in model.project("apps").destinations if ns != "infisical")
    (policies,) = [p for p in model.network_policies if p.namespace == "infisical"]
    assert [p for p in found if "'infisical'" in p and p.startswith(f"Application '{policies.application}'")] == [
        f"Application '{policies.application}': renders NetworkPolicy 'infisical/{name}' into namespace 'infisical', "
        f"which project 'apps' does not allow (allowed: {allowed}). Add it to the project's destinations or move the "
        "object. [argocd-project]"
        for name in sorted(rule.name for rule in policies.rules)
    ]


def test_application_labels(model: Homelab, rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        del app["metadata"]["labels"]["app.kubernetes.io/component"]
        app["metadata"]["labels"]["homelab/tier"] = "web"

    assert problems(model, edited(rendering, "argocd-apps", "Application", "launchfast", edit)) == [
        "Application 'launchfast': label 'homelab/tier' uses a custom prefix (homelab/), which the labelling rules "
        "forbid. Use an app.kubernetes.io/* label. [argocd-labels]",
        "Application 'launchfast': missing label(s) app.kubernetes.io/component; every Application carries the four "
        "app.kubernetes.io/* labels. Set the Application's component (the others are derived). [argocd-labels]",
    ]


def test_version_the_crd_does_not_serve(model: Homelab, rendering: Rendering) -> None:
    def edit(es: dict[str, Any]) -> None:
        es["apiVersion"] = "external-secrets.io/v1beta1"

    assert problems(model, edited(rendering, "openclaw", "ExternalSecret", "openclaw-secret", edit)) == [
        "ExternalSecret 'openclaw/openclaw-secret': apiVersion external-secrets.io/v1beta1 is not served by the "
        "installed ExternalSecret CRD (served: external-secrets.io/v1). Render the served version. [schema]"
    ]


def test_removed_kubernetes_api_version(model: Homelab, rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["apiVersion"] = "apps/v1beta2"

    assert problems(model, edited(rendering, "launchfast", "Deployment", "launchfast", edit)) == [
        "Deployment 'launchfast/launchfast': apps/v1beta2 Deployment is not an API of Kubernetes 1.33 (served "
        "versions of Deployment: apps/v1. Render one of those). [schema]"
    ]


def test_misspelled_kubernetes_kind(model: Homelab, rendering: Rendering) -> None:
    def edit(cm: dict[str, Any]) -> None:
        cm["kind"] = "ConfigMapp"

    assert problems(model, edited(rendering, "launchfast", "ConfigMap", "launchfast-landing", edit)) == [
        "ConfigMapp 'launchfast/launchfast-landing': v1 ConfigMapp is not an API of Kubernetes 1.33 (no such kind "
        "exists. Fix the kind's spelling). [schema]"
    ]


def test_wrong_type_in_a_kubernetes_object(model: Homelab, rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["spec"]["replicas"] = "1"
        deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolice"] = "Always"

    found = problems(model, edited(rendering, "launchfast", "Deployment", "launchfast", edit))
    where = "(schema apps/v1 Deployment (Kubernetes 1.33, strict); in dist/launchfast). [schema]"
    assert found[0].startswith(
        "Deployment 'launchfast/launchfast': spec.replicas: expected integer or null, got string '1'. Fix the "
        "value's type"
    )
    assert found[1].startswith(
        "Deployment 'launchfast/launchfast': spec.template.spec.containers[0].imagePullPolice: unknown field (known "
        "fields: args, command, env, envFrom, image, imagePullPolicy, "
    )
    assert all(p.endswith(where) for p in found) and len(found) == 2


def test_duplicate_entries_of_a_list_map(model: Homelab, rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        container["ports"].append(dict(container["ports"][0], name="http-alt"))

    assert problems(model, edited(rendering, "launchfast", "Deployment", "launchfast", edit)) == [
        "Deployment 'launchfast/launchfast': spec.template.spec.containers[0].ports: items [0] and [1] have the "
        "same containerPort=8080, protocol='TCP' (a list map keyed by it). Fix the value (schema apps/v1 Deployment "
        "(Kubernetes 1.33, strict); in dist/launchfast). [schema]"
    ]


def test_object_in_a_namespace_nobody_creates(model: Homelab, rendering: Rendering) -> None:
    def edit(cm: dict[str, Any]) -> None:
        cm["metadata"]["namespace"] = "monitorng"

    found = problems(model, edited(rendering, "monitoring-config", "ConfigMap", "dashboard-argocd", edit))
    assert (
        "Namespace 'monitorng': nothing creates it (no Namespace object, no Application with CreateNamespace=true "
        "targets it, not created by Terraform), yet ConfigMap 'monitorng/dashboard-argocd' are rendered into it. Fix "
        "the namespace or add it to the model. [namespace-exists]"
    ) in found


def test_service_target_port_must_be_a_named_container_port(model: Homelab, rendering: Rendering) -> None:
    def edit(service: dict[str, Any]) -> None:
        service["spec"]["ports"][0]["targetPort"] = "web"

    assert problems(model, edited(rendering, "launchfast", "Service", "launchfast", edit)) == [
        "Service 'launchfast/launchfast': port 'http' targets container port 'web' under another name; name Service "
        "ports like the container port they target. [port-names]",
        "Service 'launchfast/launchfast': port 'http' targets port 'web', which Deployment 'launchfast/launchfast' "
        "does not name. Fix the targetPort or the container port's name. [port-names]",
    ]


def test_service_node_port_not_declared_by_an_exposure(model: Homelab, rendering: Rendering) -> None:
    taken = model.exposure("authentik").primary.node_port

    def edit(service: dict[str, Any]) -> None:
        service["spec"]["ports"][0]["nodePort"] = taken

    assert problems(model, edited(rendering, "launchfast", "Service", "launchfast", edit)) == [
        f"Service 'launchfast/launchfast': port 'http': NodePort {taken} belongs to Exposure 'authentik' (namespace "
        "'authentik'). Pick a free port in 30000-32767 and declare it in this service's Exposure. [node-ports]"
    ]


def test_probe_on_an_unnamed_port(model: Homelab, rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"]["port"] = "metrics"

    assert problems(model, edited(rendering, "launchfast", "Deployment", "launchfast", edit)) == [
        "Deployment 'launchfast/launchfast': container 'nginx' livenessProbe targets port 'metrics', which the "
        "container does not name (its ports: http). Fix the probe's port. [port-names]"
    ]


def test_no_dns_egress(model: Homelab, rendering: Rendering) -> None:
    manifests: Manifests = {k: list(v) for k, v in rendering.manifests.items()}
    manifests["trivy-dashboard"] = [
        m for m in manifests["trivy-dashboard"] if m["metadata"]["name"] != "allow-dns" or m["kind"] != "NetworkPolicy"
    ]
    assert problems(model, manifests) == [
        "Namespace 'trivy-dashboard': runs workloads (Deployment 'trivy-dashboard/trivy-dashboard') but no "
        "NetworkPolicy allows DNS egress (UDP 53 to kube-system), so its pods could not resolve names. Add "
        "AllowDns() to its NamespacePolicies in the model. [network-isolation]"
    ]


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            lambda sc, pod: sc.pop("allowPrivilegeEscalation"),
            "container 'nginx' does not set allowPrivilegeEscalation: false, which Pod Security 'restricted' "
            "(enforced in namespace 'launchfast') refuses, so its pods would never start. Fix: set it "
            "(ContainerSecurity(allow_privilege_escalation=False)).",
        ),
        (
            lambda sc, pod: pod["securityContext"].pop("runAsNonRoot"),
            "container 'nginx' may run as root (runAsNonRoot is not true), which Pod Security 'restricted' (enforced "
            "in namespace 'launchfast') refuses, so its pods would never start. Fix: set runAsNonRoot: true on the "
            "pod (PodSecurityContext(run_as_non_root=True)).",
        ),
        (
            lambda sc, pod: pod["securityContext"].pop("seccompProfile"),
            "container 'nginx' has no seccompProfile RuntimeDefault, which Pod Security 'restricted' (enforced in "
            "namespace 'launchfast') refuses, so its pods would never start. Fix: set seccompProfile RuntimeDefault "
            "on the pod (PodSecurityContext(seccomp_runtime_default=True)).",
        ),
        (
            lambda sc, pod: sc.update(privileged=True),
            "container 'nginx' is privileged, which Pod Security 'restricted' (enforced in namespace 'launchfast') "
            "refuses, so its pods would never start. Fix: remove securityContext.privileged.",
        ),
        (
            lambda sc, pod: pod.update(hostNetwork=True),
            "sets hostNetwork: true (host namespaces), which Pod Security 'restricted' (enforced in namespace "
            "'launchfast') refuses, so its pods would never start. Fix: remove hostNetwork.",
        ),
    ],
    ids=["privilege-escalation", "run-as-root", "seccomp", "privileged", "host-network"],
)
def test_restricted_pod_security(
    model: Homelab, rendering: Rendering, edit: Callable[[dict[str, Any], dict[str, Any]], Any], problem: str
) -> None:
    def edit_deployment(deployment: dict[str, Any]) -> None:
        pod = deployment["spec"]["template"]["spec"]
        edit(pod["containers"][0]["securityContext"], pod)

    assert problems(model, edited(rendering, "launchfast", "Deployment", "launchfast", edit_deployment)) == [
        f"Deployment 'launchfast/launchfast': {problem} [pod-security]"
    ]


# -- the secret-literal heuristics ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "is_secret"),
    [
        ("password", True),
        ("client_secret", True),
        ("clientSecret", True),
        ("apiKey", True),
        ("OPENROUTER_API_KEY", True),
        ("AUTHENTIK_BOOTSTRAP_TOKEN", True),
        ("existingSecret", False),
        ("secretName", False),
        ("kubeSecretRef", False),
        ("passwordKey", False),
        ("envFromSecrets", False),
        ("admin", False),
    ],
)
def test_setting_names_that_hold_secrets(setting: str, is_secret: bool) -> None:
    assert names_a_secret(setting) is is_secret


@pytest.mark.parametrize(
    ("value", "random"),
    [
        ("Qw3rTy-9x8Lm2Pz7Vb", True),
        ("grafana-secret", False),
        ("$__file{/etc/secrets/oauth-client-secret}", False),
        ("$oidc.argocd.clientSecret", False),
        ("${var.infisical_postgres_password}", False),
        ("{{ .pgPassword }}", False),
        ("short1!", False),
    ],
)
def test_values_that_look_random(value: str, random: bool) -> None:
    assert looks_random(value) is random
