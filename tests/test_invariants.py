"""The real homelab passes every check; and the checks catch what the model cannot express.

The second half feeds the rendered-object checks objects edited by hand (a renderer bug, a stray
folder), which no model value can produce but the gate must still refuse.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from homelab.catalog import build
from homelab.checks import argocd, check_model, check_rendered, names, network, schema, secrets, security
from homelab.checks.objects import Inventory
from homelab.checks.secrets import looks_random, names_a_secret
from homelab.checks.security import enforced_levels, workload_namespaces
from homelab.k8s.app import terraform_applications as render_terraform_applications
from homelab.model import GitPath, HelmSource, Homelab
from homelab.model.argocd import CreatedBy
from homelab.pipeline import Rendering

from tests import sample

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
    """Terraform applies the root app (and any Application created_by TERRAFORM): never in dist/, still
    validated and judged."""
    apps = render_terraform_applications(model)
    expected = [a.name for a in model.applications if a.created_by is CreatedBy.TERRAFORM]
    assert sorted(a["metadata"]["name"] for a in apps) == sorted(expected)
    assert model.platform.root_app.name in expected
    assert list(schema.check(Inventory({}, apps))) == []


def test_pod_security_exemptions_are_explicit(model: Homelab, rendering: Rendering) -> None:
    """A namespace that runs workloads without Pod Security labels says why, in words (its pss_exemption)."""
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
#
# The objects edited below are the sample web service's (``tests/sample.py``), added to the real model,
# or objects picked by what they are: no test depends on one catalog service.

S = sample.NAME  # the sample's namespace, Application, folder, Deployment and Service
ROOT = build().platform.root_app.name  # the folder of the Applications and AppProjects


@pytest.fixture(scope="module")
def lab() -> Homelab:
    return sample.lab()[0]


@pytest.fixture(scope="module")
def lab_rendering() -> Rendering:
    return sample.lab()[1]


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


def test_folder_no_application_syncs(lab: Homelab, lab_rendering: Rendering) -> None:
    manifests: Manifests = {k: list(v) for k, v in lab_rendering.manifests.items()}
    manifests["orphan"] = [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "lost", "namespace": S}}]
    assert problems(lab, manifests) == [
        "dist/orphan: no Application syncs this folder, so its 1 object(s) would never reach the cluster. Add an "
        "Application with source=GitPath() named 'orphan', or assign the objects to an existing one. [argocd-paths]"
    ]


def test_two_applications_sync_one_folder(lab: Homelab, lab_rendering: Rendering) -> None:
    other = next(
        a.name
        for a in lab.applications
        if isinstance(a.source, GitPath) and a.name in lab_rendering.manifests and a.name > S
    )

    def edit(app: dict[str, Any]) -> None:
        app["spec"]["source"]["path"] = f"dist/{other}"

    assert problems(lab, edited(lab_rendering, ROOT, "Application", S, edit)) == [
        f"dist/{S}: no Application syncs this folder, so its {len(lab_rendering.manifests[S])} object(s) would never "
        f"reach the cluster. Add an Application with source=GitPath() named '{S}', or assign the objects to an "
        "existing one. [argocd-paths]",
        f"dist/{other}: synced by 2 Applications ('{S}', '{other}'); they would fight over its objects. "
        "Point each Application at its own folder. [argocd-paths]",
    ]


def test_path_outside_dist(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        app["spec"]["source"]["path"] = f"manifests/{S}"

    (first, second) = problems(lab, edited(lab_rendering, ROOT, "Application", S, edit))
    assert first.startswith(
        f"Application '{S}': source path 'manifests/{S}' is not a folder synth renders (rendered: "
        f"dist/{min(lab_rendering.manifests)}, "
    )
    assert second.startswith(f"dist/{S}: no Application syncs this folder")


def test_builtin_project_is_reserved_for_the_root_app(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        app["spec"]["project"] = "default"

    projects = ", ".join(sorted(p.name for p in lab.projects if p.name != "default"))  # Argo CD's own
    assert problems(lab, edited(lab_rendering, ROOT, "Application", S, edit)) == [
        f"Application '{S}': uses the built-in project 'default', which allows every repository, namespace "
        f"and cluster-scoped kind and is reserved for the root app '{ROOT}'. Use one of: {projects}. "
        "[argocd-project]"
    ]


def test_source_repository_not_allowed(lab: Homelab, lab_rendering: Rendering) -> None:
    """A Helm chart from a repository its project does not list (the project's sourceRepos are derived)."""

    def edit(app: dict[str, Any]) -> None:
        app["spec"]["source"]["repoURL"] = "https://charts.bitnami.com/bitnami"

    helm = next(a for a in lab.applications if isinstance(a.source, HelmSource) and a.created_by is CreatedBy.ROOT_APP)
    project = helm.project.name
    (app_project,) = [
        m for m in lab_rendering.manifests[ROOT] if m["kind"] == "AppProject" and m["metadata"]["name"] == project
    ]
    allowed = ", ".join(app_project["spec"]["sourceRepos"])
    assert problems(lab, edited(lab_rendering, ROOT, "Application", helm.name, edit)) == [
        f"Application '{helm.name}': source repository 'https://charts.bitnami.com/bitnami' is not allowed by project "
        f"'{project}' (allowed: {allowed}). Add the chart to the project's charts or fix the repository. "
        "[argocd-project]"
    ]


def test_object_in_a_namespace_the_project_does_not_allow(lab: Homelab, lab_rendering: Rendering) -> None:
    """Argo CD judges every object's namespace, not only the Application's destination."""

    (policies,) = [p for p in lab.network_policies if p.namespace == S]
    project = lab.application(policies.application).project.name

    def edit(app_project: dict[str, Any]) -> None:
        app_project["spec"]["destinations"] = [d for d in app_project["spec"]["destinations"] if d["namespace"] != S]

    found = problems(lab, edited(lab_rendering, ROOT, "AppProject", project, edit))
    allowed = ", ".join(ns for ns in lab.project(project).destinations if ns != S)
    assert [p for p in found if f"'{S}'" in p and p.startswith(f"Application '{policies.application}'")] == [
        f"Application '{policies.application}': renders NetworkPolicy '{S}/{name}' into namespace '{S}', "
        f"which project '{project}' does not allow (allowed: {allowed}). Add it to the project's destinations or move "
        "the object. [argocd-project]"
        for name in sorted(rule.name for rule in policies.rules)
    ]


def test_application_labels(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(app: dict[str, Any]) -> None:
        del app["metadata"]["labels"]["app.kubernetes.io/component"]
        app["metadata"]["labels"]["homelab/tier"] = "web"

    assert problems(lab, edited(lab_rendering, ROOT, "Application", S, edit)) == [
        f"Application '{S}': label 'homelab/tier' uses a custom prefix (homelab/), which the labelling rules "
        "forbid. Use an app.kubernetes.io/* label. [argocd-labels]",
        f"Application '{S}': missing label(s) app.kubernetes.io/component; every Application carries the four "
        "app.kubernetes.io/* labels. Set the Application's component (the others are derived). [argocd-labels]",
    ]


def test_version_the_crd_does_not_serve(lab: Homelab, lab_rendering: Rendering) -> None:
    folder, secret = next(
        (folder, m)
        for folder, objects in sorted(lab_rendering.manifests.items())
        for m in objects
        if m["kind"] == "ExternalSecret"
    )
    served = secret["apiVersion"]

    def edit(es: dict[str, Any]) -> None:
        es["apiVersion"] = "external-secrets.io/v1beta1"

    where = f"{secret['metadata']['namespace']}/{secret['metadata']['name']}"
    assert problems(lab, edited(lab_rendering, folder, "ExternalSecret", secret["metadata"]["name"], edit)) == [
        f"ExternalSecret '{where}': apiVersion external-secrets.io/v1beta1 is not served by the "
        f"installed ExternalSecret CRD (served: {served}). Render the served version. [schema]"
    ]


def test_removed_kubernetes_api_version(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["apiVersion"] = "apps/v1beta2"

    assert problems(lab, edited(lab_rendering, S, "Deployment", S, edit)) == [
        f"Deployment '{S}/{S}': apps/v1beta2 Deployment is not an API of Kubernetes 1.33 (served "
        "versions of Deployment: apps/v1. Render one of those). [schema]"
    ]


def test_misspelled_kubernetes_kind(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(cm: dict[str, Any]) -> None:
        cm["kind"] = "ConfigMapp"

    assert problems(lab, edited(lab_rendering, S, "ConfigMap", sample.CONFIG_MAP, edit)) == [
        f"ConfigMapp '{S}/{sample.CONFIG_MAP}': v1 ConfigMapp is not an API of Kubernetes 1.33 (no such kind "
        "exists. Fix the kind's spelling). [schema]"
    ]


def test_wrong_type_in_a_kubernetes_object(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["spec"]["replicas"] = "1"
        deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolice"] = "Always"

    found = problems(lab, edited(lab_rendering, S, "Deployment", S, edit))
    where = f"(schema apps/v1 Deployment (Kubernetes 1.33, strict); in dist/{S}). [schema]"
    assert found[0].startswith(
        f"Deployment '{S}/{S}': spec.replicas: expected integer or null, got string '1'. Fix the value's type"
    )
    assert found[1].startswith(
        f"Deployment '{S}/{S}': spec.template.spec.containers[0].imagePullPolice: unknown field (known "
        "fields: args, command, env, envFrom, image, imagePullPolicy, "
    )
    assert all(p.endswith(where) for p in found) and len(found) == 2


def test_duplicate_entries_of_a_list_map(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        container["ports"].append(dict(container["ports"][0], name="http-alt"))

    port = lab.exposure(S).primary.container_port
    assert problems(lab, edited(lab_rendering, S, "Deployment", S, edit)) == [
        f"Deployment '{S}/{S}': spec.template.spec.containers[0].ports: items [0] and [1] have the "
        f"same containerPort={port}, protocol='TCP' (a list map keyed by it). Fix the value (schema apps/v1 "
        f"Deployment (Kubernetes 1.33, strict); in dist/{S}). [schema]"
    ]


def test_object_in_a_namespace_nobody_creates(lab: Homelab, lab_rendering: Rendering) -> None:
    typo = S.replace("-", "")

    def edit(cm: dict[str, Any]) -> None:
        cm["metadata"]["namespace"] = typo

    found = problems(lab, edited(lab_rendering, S, "ConfigMap", sample.CONFIG_MAP, edit))
    assert (
        f"Namespace '{typo}': nothing creates it (no Namespace object, no Application with CreateNamespace=true "
        f"targets it, not created by Terraform), yet ConfigMap '{typo}/{sample.CONFIG_MAP}' are rendered into it. "
        "Fix the namespace or add it to the model. [namespace-exists]"
    ) in found


def test_service_target_port_must_be_a_named_container_port(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(service: dict[str, Any]) -> None:
        service["spec"]["ports"][0]["targetPort"] = "web"

    assert problems(lab, edited(lab_rendering, S, "Service", S, edit)) == [
        f"Service '{S}/{S}': port 'http' targets container port 'web' under another name; name Service "
        "ports like the container port they target. [port-names]",
        f"Service '{S}/{S}': port 'http' targets port 'web', which Deployment '{S}/{S}' "
        "does not name. Fix the targetPort or the container port's name. [port-names]",
    ]


def test_service_node_port_not_declared_by_an_exposure(lab: Homelab, lab_rendering: Rendering) -> None:
    owner = next(e for e in lab.exposures if e.key != S)
    taken = owner.primary.node_port

    def edit(service: dict[str, Any]) -> None:
        service["spec"]["ports"][0]["nodePort"] = taken

    assert problems(lab, edited(lab_rendering, S, "Service", S, edit)) == [
        f"Service '{S}/{S}': port 'http': NodePort {taken} belongs to Exposure '{owner.key}' (namespace "
        f"'{owner.namespace}'). Pick a free port in 30000-32767 and declare it in this service's Exposure. [node-ports]"
    ]


def test_probe_on_an_unnamed_port(lab: Homelab, lab_rendering: Rendering) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"]["port"] = "metrics"

    assert problems(lab, edited(lab_rendering, S, "Deployment", S, edit)) == [
        f"Deployment '{S}/{S}': container '{sample.CONTAINER}' livenessProbe targets port 'metrics', which the "
        "container does not name (its ports: http). Fix the probe's port. [port-names]"
    ]


def test_no_dns_egress(lab: Homelab, lab_rendering: Rendering) -> None:
    def dns(m: dict[str, Any]) -> bool:
        return bool(
            m["kind"] == "NetworkPolicy" and (m["metadata"]["namespace"], m["metadata"]["name"]) == (S, "allow-dns")
        )

    manifests: Manifests = {k: [m for m in v if not dns(m)] for k, v in lab_rendering.manifests.items()}
    assert sum(map(len, manifests.values())) == sum(map(len, lab_rendering.manifests.values())) - 1
    assert problems(lab, manifests) == [
        f"Namespace '{S}': runs workloads (Deployment '{S}/{S}') but no "
        "NetworkPolicy allows DNS egress (UDP 53 to kube-system), so its pods could not resolve names. Add "
        "AllowDns() to its NamespacePolicies in the model. [network-isolation]"
    ]


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            lambda sc, pod: sc.pop("allowPrivilegeEscalation"),
            "container 'nginx' does not set allowPrivilegeEscalation: false, which Pod Security 'restricted' "
            f"(enforced in namespace '{S}') refuses, so its pods would never start. Fix: set it "
            "(ContainerSecurity(allow_privilege_escalation=False)).",
        ),
        (
            lambda sc, pod: pod["securityContext"].pop("runAsNonRoot"),
            "container 'nginx' may run as root (runAsNonRoot is not true), which Pod Security 'restricted' (enforced "
            f"in namespace '{S}') refuses, so its pods would never start. Fix: set runAsNonRoot: true on the "
            "pod (PodSecurityContext(run_as_non_root=True)).",
        ),
        (
            lambda sc, pod: pod["securityContext"].pop("seccompProfile"),
            "container 'nginx' has no seccompProfile RuntimeDefault, which Pod Security 'restricted' (enforced in "
            f"namespace '{S}') refuses, so its pods would never start. Fix: set seccompProfile RuntimeDefault "
            "on the pod (PodSecurityContext(seccomp_runtime_default=True)).",
        ),
        (
            lambda sc, pod: sc.update(privileged=True),
            f"container 'nginx' is privileged, which Pod Security 'restricted' (enforced in namespace '{S}') "
            "refuses, so its pods would never start. Fix: remove securityContext.privileged.",
        ),
        (
            lambda sc, pod: pod.update(hostNetwork=True),
            "sets hostNetwork: true (host namespaces), which Pod Security 'restricted' (enforced in namespace "
            f"'{S}') refuses, so its pods would never start. Fix: remove hostNetwork.",
        ),
    ],
    ids=["privilege-escalation", "run-as-root", "seccomp", "privileged", "host-network"],
)
def test_restricted_pod_security(
    lab: Homelab, lab_rendering: Rendering, edit: Callable[[dict[str, Any], dict[str, Any]], Any], problem: str
) -> None:
    def edit_deployment(deployment: dict[str, Any]) -> None:
        pod = deployment["spec"]["template"]["spec"]
        edit(pod["containers"][0]["securityContext"], pod)

    assert problems(lab, edited(lab_rendering, S, "Deployment", S, edit_deployment)) == [
        f"Deployment '{S}/{S}': {problem} [pod-security]"
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
