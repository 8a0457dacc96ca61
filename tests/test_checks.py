"""Bad inputs: each one must stop synth with the exact message, exit 1, and leave the repository untouched.

Every test builds a broken model from the real one (``tests/mutate.py``), runs the real synth
entry point against a copy of the rendered repository, and asserts the full list of problems it
prints (so a mistake is reported once, with no noise) and that not one byte on disk changed.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_type_hints, is_typeddict

import cdk8s
import homelab.checks.secrets as secrets_check
import homelab.k8s.monitoring
import pytest
from homelab.catalog import build
from homelab.checks.objects import Inventory
from homelab.checks.schema import json_path
from homelab.model import (
    Application,
    Chart,
    Component,
    DefaultDenyAll,
    GitPath,
    GroupKind,
    HelmSource,
    Homelab,
    NamespacePolicies,
    PodSecurity,
    Project,
)
from homelab.model.argocd import CreatedBy
from homelab.model.typed import TerraformVariable
from homelab.model.workloads import ConfigMap, Container, HostPathVolume, SecretEnvVar, Workload
from homelab.pipeline import MANAGED_FOLDERS, main

from tests import sample
from tests.conftest import default_rendering
from tests.mutate import (
    replace_app,
    replace_app_frozen,
    replace_container,
    replace_exposure,
    replace_external_secret,
    replace_namespace,
    replace_node_port,
    replace_policies,
    replace_service,
    replace_values,
    replace_workload,
    with_views,
)
from tests.surgery import first, replace

# -- helpers: a rendered repository to break, and model surgery --------------------------------


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below the managed folders with its bytes and mode, plus stray temp folders."""
    files: dict[str, tuple[bytes, int]] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            files[path.relative_to(root).as_posix()] = (path.read_bytes(), path.stat().st_mode)
    return files


@pytest.fixture
def repo(rendered_tree: Path, tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(rendered_tree, root)
    return root


Run = Callable[[Homelab], list[str]]


@pytest.fixture
def synth_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run synth on ``model``; assert it failed and wrote nothing; return the problems it printed."""

    def run(model: Homelab) -> list[str]:
        before = snapshot(repo)
        code = main(["--root", str(repo)], model=model)
        out, err = capsys.readouterr()
        assert code == 1, out + err
        assert snapshot(repo) == before, "a failed synth changed the repository"
        lines = err.splitlines()
        assert lines[0].startswith("synth: ") and lines[0].endswith("problem(s); nothing was written:")
        assert lines[0] == f"synth: {len(lines) - 1} problem(s); nothing was written:"
        return [line.removeprefix("  - ") for line in lines[1:]]

    return run


@pytest.fixture
def good() -> Homelab:
    """The real model plus the sample web service (``tests/sample.py``): the objects these tests break are
    the sample's, or picked from the model by what they are, so no test depends on one catalog service."""
    return sample.with_sample(build())


S = sample.NAME  # the sample service, its namespace, Application, exposure, workload and Deployment


# -- the bad inputs ------------------------------------------------------------------------------


def test_duplicate_application(good: Homelab, synth_fails: Run) -> None:
    app = good.application(S)
    model = replace_service(good, S, applications=(app, app))
    assert synth_fails(model) == [
        f"Application '{S}': is defined 2 times in the model; names must be unique. Remove or rename the "
        "copies. [unique-objects]"
    ]


def test_duplicate_object_across_folders(good: Homelab, synth_fails: Run) -> None:
    (policies,) = [p for p in good.network_policies if p.namespace == S]
    extra = NamespacePolicies(namespace=S, application=S, rules=(DefaultDenyAll(),))  # also in the service's folder
    model = with_views(good, network_policies=(*good.network_policies, extra))
    folders = ", ".join(f"dist/{folder}" for folder in sorted({policies.application, S}))
    assert policies.application != S
    assert synth_fails(model) == [
        f"NetworkPolicy '{S}/{DefaultDenyAll().name}': rendered 2 times ({folders}); the API server keeps one object "
        "per group/kind/namespace/name, so the copies would overwrite each other. Remove the duplicate or rename "
        "one. [unique-objects]"
    ]


def test_duplicate_object_in_one_folder(good: Homelab, synth_fails: Run) -> None:
    """cdk8s refuses the second object with the same id in one chart: synth says so, no traceback."""

    def edit(w: Workload) -> Workload:
        return dataclasses.replace(w, config_maps=(*w.config_maps, w.config_maps[0]))

    assert synth_fails(replace_workload(good, S, edit)) == [
        f"dist/{S}: two objects would be rendered as 'configmap-{S}-{sample.CONFIG_MAP}' (same kind, namespace and "
        "name). Remove the duplicate from the model or rename one. [unique-objects]"
    ]


def test_duplicate_node_port(good: Homelab, synth_fails: Run) -> None:
    owner = good.exposures[0]  # the sample's exposure comes last (sorted by Tailscale port)
    taken = owner.primary
    model = replace_node_port(good, S, taken.node_port)
    assert synth_fails(model) == [
        f"Exposure '{S}': port 'http': NodePort {taken.node_port} is already used by Exposure '{owner.key}' port "
        f"'{taken.name}'. Pick a free port in 30000-32767. [node-ports]"
    ]


def test_node_port_out_of_range(good: Homelab, synth_fails: Run) -> None:
    model = replace_node_port(good, S, 29999)
    assert synth_fails(model) == [
        f"Exposure '{S}': port 'http': NodePort 29999 is outside the NodePort range 30000-32767. Pick a free "
        "port in that range. [node-ports]"
    ]


def test_duplicate_tailscale_port(good: Homelab, synth_fails: Run) -> None:
    owner = good.exposures[0]
    taken = owner.tailscale_port
    model = replace_exposure(good, S, lambda e: dataclasses.replace(e, tailscale_port=taken))
    assert synth_fails(model) == [
        f"Exposure '{S}': Tailscale port {taken} is already used by Exposure '{owner.key}'; Tailscale Serve maps "
        "one HTTPS port to one service. Pick another port. [tailscale-ports]"
    ]


def test_container_port_not_in_the_exposure(good: Homelab, synth_fails: Run) -> None:
    model = replace_container(
        good, S, lambda c: dataclasses.replace(c, ports=(dataclasses.replace(c.ports[0], name="metrics"),))
    )
    problems = synth_fails(model)
    assert problems[0] == (
        f"Workload '{S}': container '{sample.CONTAINER}' port 'metrics' is not a port of exposure '{S}' (ports: "
        "http). Name one of those ports or add it to the exposure. [port-names]"
    )


def test_service_part_in_another_namespace(good: Homelab, synth_fails: Run) -> None:
    """A service's objects carry their namespace as a string: it must be the service's."""
    service = good.service(S)
    (workload,) = service.workloads
    other = next(s.namespace.name for s in good.services if s.namespace != service.namespace)
    model = replace_workload(good, workload.name, lambda w: dataclasses.replace(w, namespace=other))
    assert (
        f"Service {service.name!r}: Workload {workload.name!r} is in namespace {other!r}, but the service runs in "
        f"{service.namespace.name!r}. Use the service's namespace (NAMESPACE.name) or move the object to the service "
        "that runs there. [service-parts]"
    ) in synth_fails(model)


def test_two_services_declare_the_secret_store(good: Homelab, synth_fails: Run) -> None:
    (owner,) = [s for s in good.services if s.secret_store is not None]
    other = next(s for s in good.services if s is not owner)
    model = replace_service(good, other.name, secret_store=owner.secret_store)
    assert synth_fails(model) == [
        "model: exactly one service must declare the ClusterSecretStore (Service.secret_store); "
        f"{', '.join(s.name for s in good.services if s.name in (owner.name, other.name))} do. Keep it in one "
        "service. [service-parts]"
    ]


def test_destination_namespace_not_allowed_by_project(good: Homelab, synth_fails: Run) -> None:
    """Derived projects allow every service's namespace; the gate still guards a hand-edited model."""
    model = replace_app_frozen(good, S, namespace=f"{S}2")
    project = good.application(S).project.name
    allowed = ", ".join(good.project(project).destinations)
    assert synth_fails(model) == [
        f"Application '{S}': destination namespace '{S}2' is not allowed by project '{project}' (allowed: "
        f"{allowed}). Add it to the project's destinations or fix the namespace. [argocd-project]"
    ]


def test_terraform_application_is_judged_by_its_project_too(good: Homelab, synth_fails: Run) -> None:
    """An Application Terraform applies is never written to dist/, and still checked against its project."""
    app = next(
        a for a in good.applications if a.created_by is CreatedBy.TERRAFORM and a.name != good.platform.root_app.name
    )
    problems = synth_fails(replace_app_frozen(good, app.name, namespace="vault"))
    allowed = ", ".join(good.project(app.project.name).destinations)
    assert (
        f"Application '{app.name}': destination namespace 'vault' is not allowed by project '{app.project.name}' "
        f"(allowed: {allowed}). Add it to the project's destinations or fix the namespace. [argocd-project]"
    ) in problems
    # ...and whatever else the move breaks comes in the same run, each problem once.
    assert len(problems) == len(set(problems))


def test_project_does_not_exist(good: Homelab, synth_fails: Run) -> None:
    model = replace_app(good, S, project=Project(name="web", description="not in the platform"))
    projects = ", ".join(sorted(p.name for p in good.projects))
    assert synth_fails(model) == [
        f"Application '{S}': project 'web' does not exist (projects: {projects}). Add the "
        "Project to the model or fix the Application's project. [argocd-project]"
    ]


def test_cluster_kind_not_whitelisted(good: Homelab, synth_fails: Run) -> None:
    rendered = sorted(default_rendering().manifests.items())
    owner = next(app for app, objects in rendered if any(o["kind"] == "ClusterRole" for o in objects))
    apps = good.project(good.application(owner).project.name)  # the derived project, with its whitelist
    whitelist = tuple(gk for gk in apps.cluster_resource_whitelist if gk.kind != "ClusterRole")
    projects = tuple(
        dataclasses.replace(p, cluster_resource_whitelist=whitelist) if p.name == apps.name else p
        for p in good.projects
    )
    rest = ", ".join(f"{gk.group or 'core'}/{gk.kind}" for gk in whitelist)
    assert synth_fails(with_views(good, projects=projects)) == [
        f"Application '{app}': renders ClusterRole '{role}' (rbac.authorization.k8s.io/ClusterRole), a cluster-scoped "
        f"kind project '{apps.name}' does not whitelist (clusterResourceWhitelist: {rest}). Add "
        "GroupKind(group='rbac.authorization.k8s.io', kind='ClusterRole') to the project's "
        "cluster_resource_whitelist. [argocd-project]"
        for app, objects in rendered
        if good.application(app).project.name == apps.name
        for role in sorted(o["metadata"]["name"] for o in objects if o["kind"] == "ClusterRole")
    ]
    assert (
        GroupKind(group="rbac.authorization.k8s.io", kind="ClusterRole")
        in good.project(apps.name).cluster_resource_whitelist
    )


def test_application_path_holds_nothing(good: Homelab, synth_fails: Run) -> None:
    service = good.service(S)
    extra = Application(
        name=f"{S}-extras",
        project=good.application(S).project,
        namespace=service.namespace.name,
        component=Component.WEB,
        source=GitPath(),
    )
    model = replace_service(good, S, applications=(*service.applications, extra))
    assert synth_fails(model) == [
        f"Application '{S}-extras': source path 'dist/{S}-extras' holds no objects (nothing in the model is "
        f"assigned to '{S}-extras'), so Argo CD would fail to sync it. Assign objects to it or remove the "
        "Application. [argocd-paths]"
    ]


def test_invalid_dns_1123_name(good: Homelab, synth_fails: Run) -> None:
    model = replace_policies(
        good,
        S,
        lambda p: dataclasses.replace(p, rules=(DefaultDenyAll(name="Default_Deny"), *p.rules[1:])),
    )
    assert synth_fails(model) == [
        f"NetworkPolicy '{S}/Default_Deny': name 'Default_Deny' must be lowercase letters, digits, '-' and "
        "'.', starting and ending with a letter or digit; a NetworkPolicy name must be a DNS-1123 subdomain. Rename "
        "it in the model. [dns-1123]"
    ]


def test_invalid_label_value(good: Homelab, synth_fails: Run) -> None:
    model = replace_namespace(good, S, labels={"team": "web team"})
    assert synth_fails(model) == [
        f"Namespace '{S}': metadata.labels: value 'web team' of label 'team' must be empty or letters, digits, "
        "'-', '_' and '.', starting and ending with a letter or digit. Fix the value. [label]"
    ]


def _chart(model: Homelab, application: str) -> Chart:
    """The chart an Application installs (its version moves with every Renovate bump)."""
    source = model.application(application).source
    assert isinstance(source, HelmSource)
    return source.chart


def _typed_str_value(model: Homelab) -> tuple[str, tuple[str, ...]]:
    """A Helm Application and the path of a value its chart's TypedDict types as ``str`` (a chart that templates
    the value verbatim, like a NodePort, needs the string)."""

    def find(values: Any, schema: Any, path: tuple[str, ...]) -> tuple[str, ...] | None:
        if not (isinstance(values, dict) and is_typeddict(schema)):
            return None
        hints = get_type_hints(schema)
        for key, value in values.items():
            if hints.get(key) is str and isinstance(value, str):
                return (*path, key)
            if (found := find(value, hints.get(key), (*path, key))) is not None:
                return found
        return None

    for app in model.applications:
        if isinstance(app.source, HelmSource) and (path := find(app.source.values, app.source.schema, ())):
            return app.name, path
    raise LookupError("no Helm value is typed str")


def test_helm_value_of_wrong_type(good: Homelab, synth_fails: Run) -> None:
    app, path = _typed_str_value(good)

    def edit(values: dict[str, Any]) -> None:
        node = values
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = 30445

    chart = _chart(good, app)
    assert synth_fails(replace_values(good, app, edit)) == [
        f"Application '{app}': valuesObject.{'.'.join(path)}: expected str, got int 30445 (chart "
        f"{chart.name} {chart.version}). Fix the value in the chart's values() or its TypedDict. [helm-values]"
    ]


def test_unknown_helm_field(good: Homelab, synth_fails: Run) -> None:
    app = next(a for a in good.applications if isinstance(a.source, HelmSource) and a.source.schema is not None)

    def edit(values: dict[str, Any]) -> None:
        values["adminPasword"] = "x"

    (problem,) = synth_fails(replace_values(good, app.name, edit))
    assert problem.startswith(f"Application '{app.name}': valuesObject.adminPasword: unknown field (known ")
    chart = _chart(good, app.name)
    assert problem.endswith(
        f"(chart {chart.name} {chart.version}). Fix the value in the chart's values() or its TypedDict. [helm-values]"
    )


def test_external_secret_to_missing_store(good: Homelab, synth_fails: Run) -> None:
    secret = good.external_secrets[0]
    model = replace_external_secret(good, secret.name, lambda es: dataclasses.replace(es, store="infisical-prod"))
    assert synth_fails(model) == [
        f"ExternalSecret '{secret.namespace}/{secret.name}': references ClusterSecretStore 'infisical-prod', which is "
        f"not rendered (ClusterSecretStores: {good.secret_store.name}). Fix the ExternalSecret's store or add the "
        "store to the model. [secret-store]"
    ]


def _reads_a_secret(model: Homelab) -> tuple[Workload, Container, SecretEnvVar]:
    """A Deployment's container that reads a Secret into an env var, and that env var."""
    container = first(model, Container, lambda c: any(isinstance(e, SecretEnvVar) for e in c.env))
    workload = first(model, Workload, lambda w: w.deployment is not None and container in w.deployment.containers)
    env = next(e for e in container.env if isinstance(e, SecretEnvVar))
    return workload, container, env


def test_env_reads_a_secret_nobody_produces(good: Homelab, synth_fails: Run) -> None:
    workload, container, env = _reads_a_secret(good)
    assert workload.deployment is not None
    ns, typo = workload.namespace, f"{env.secret}s"
    broken = replace(good, container, env=tuple(replace(e, e, secret=typo) if e is env else e for e in container.env))
    made = ", ".join(sorted(es.name for es in good.external_secrets if es.namespace == ns))
    assert synth_fails(broken) == [
        f"Deployment '{ns}/{workload.deployment.name}': container '{container.name}' env {env.name} reads Secret "
        f"'{typo}' in namespace '{ns}', which nothing produces (Secrets made in {ns}: {made}). Add an "
        "ExternalSecret that creates it, or fix the reference. [secret-refs]"
    ]


def test_env_reads_a_key_the_external_secret_lacks(good: Homelab, synth_fails: Run) -> None:
    workload, container, env = _reads_a_secret(good)
    assert workload.deployment is not None
    (secret,) = [es for es in good.external_secrets if (es.namespace, es.name) == (workload.namespace, env.secret)]
    missing = "NOT_A_KEY_OF_THE_SECRET"
    assert missing not in secret.secret_keys()
    broken = replace(good, container, env=(*container.env, SecretEnvVar(name=missing, secret=secret.name, key=missing)))
    (problem,) = synth_fails(broken)
    ns = workload.namespace
    assert problem.startswith(
        f"Deployment '{ns}/{workload.deployment.name}': container '{container.name}' env {missing} reads key "
        f"'{missing}' of Secret '{secret.name}', which ExternalSecret '{ns}/{secret.name}' does not produce "
    )
    assert all(key in problem for key in secret.secret_keys())
    assert problem.endswith("Add the key there or fix the reference. [secret-refs]")


def _chart_value_naming_a_secret(model: Homelab) -> tuple[Application, tuple[str, ...], str]:
    """A Helm Application, the path of a value of its chart that names a Secret (``HELM_SECRET_REFS``), and the name."""
    for app in model.applications:
        if not isinstance(app.source, HelmSource):
            continue
        for ref in secrets_check.HELM_SECRET_REFS.get(app.source.chart.name, ()):
            node: Any = app.source.values
            for key in ref.name:
                node = node.get(key) if isinstance(node, dict) else None
            if isinstance(node, str) and node:
                return app, tuple(str(key) for key in ref.name), node
    raise LookupError("no chart value names a Secret")


def test_chart_value_reads_a_secret_nobody_produces(good: Homelab, synth_fails: Run) -> None:
    app, path, name = _chart_value_naming_a_secret(good)

    def edit(values: dict[str, Any]) -> None:
        node = values
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = f"{name}s"

    ns = app.namespace
    made = secrets_check.producers(good, Inventory(default_rendering().manifests))
    here = ", ".join(sorted(n for space, n in made if space == ns))
    assert synth_fails(replace_values(good, app.name, edit)) == [
        f"Application '{app.name}': value {'.'.join(path)} reads Secret '{name}s' in namespace '{ns}', which nothing "
        f"produces (Secrets made in {ns}: {here}). Add an ExternalSecret that creates it, or fix the reference. "
        "[secret-refs]"
    ]


FAKE_GITHUB_TOKEN = "ghp_" + "x7Kq2" * 8  # built here so no scanner mistakes this file for a leak
FAKE_PRIVATE_KEY = (
    "-----BEGIN OPENSSH " + "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
)


@pytest.mark.parametrize(
    ("data", "where", "looks_like"),
    [
        ({"app.env": f"GITHUB_TOKEN={FAKE_GITHUB_TOKEN}\n"}, "data['app.env']", "a GitHub token ('ghp_…')"),
        ({"id_ed25519": FAKE_PRIVATE_KEY}, "data.id_ed25519", "a private key ('----…')"),
        (
            {"config.json": '{\n  "apiKey": "Qw3rTy-9x8Lm2Pz7Vb"\n}\n'},
            "data['config.json']",
            "a literal apiKey ('Qw3r…')",
        ),
    ],
    ids=["github-token", "private-key", "api-key-in-config"],
)
def test_secret_literal_in_a_config_map(
    good: Homelab, synth_fails: Run, data: dict[str, str], where: str, looks_like: str
) -> None:
    def edit(w: Workload) -> Workload:
        (cm,) = w.config_maps
        return dataclasses.replace(w, config_maps=(ConfigMap(name=cm.name, data={**cm.data, **data}),))

    assert synth_fails(replace_workload(good, S, edit)) == [
        f"ConfigMap '{S}/{sample.CONFIG_MAP}': {where} contains what looks like {looks_like}. Secrets "
        "never live in git: store the value in Infisical and read it through an ExternalSecret. [no-secrets-in-git]"
    ]


def test_secret_object(good: Homelab, synth_fails: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """A renderer that emits a kind: Secret (the model has no way to say one) is refused."""
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": f"{S}-db", "namespace": S},
        "stringData": {"password": "hunter2"},
    }
    _render_extra(monkeypatch, S, secret)
    assert synth_fails(good) == [
        f"Secret '{S}/{S}-db': is a Secret rendered into dist/{S}; Secrets never live in git. "
        "Create it with an ExternalSecret (value in Infisical) or, for bootstrap credentials, a BootstrapSecret that "
        "Terraform applies. [no-secrets-in-git]"
    ]


def _render_extra(monkeypatch: pytest.MonkeyPatch, application: str, manifest: dict[str, Any]) -> None:
    """Make the renderers emit one more raw object (as a hand-written ApiObject renderer would)."""
    original = homelab.k8s.monitoring.render

    def render(scope_of: Callable[[str], Any], add: Callable[[str, Any], None], model: Homelab) -> None:
        original(scope_of, add, model)
        obj = cdk8s.ApiObject(
            scope_of(application),
            "extra",
            api_version=manifest["apiVersion"],
            kind=manifest["kind"],
            metadata=cdk8s.ApiObjectMetadata(**manifest["metadata"]),
        )
        for key, value in manifest.items():
            if key not in ("apiVersion", "kind", "metadata"):
                obj.add_json_patch(cdk8s.JsonPatch.add(f"/{key}", value))

    monkeypatch.setattr(homelab.k8s.monitoring, "render", render)


def test_unknown_field_refused_by_the_crd_schema(
    good: Homelab, synth_fails: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Strict field validation of a custom resource (the generated classes drop unknown fields;
    a raw ApiObject does not)."""
    external_secret = {
        "apiVersion": "external-secrets.io/v1",
        "kind": "ExternalSecret",
        "metadata": {"name": f"{S}-extra", "namespace": S},
        "spec": {
            "secretStoreRef": {"kind": "ClusterSecretStore", "name": good.secret_store.name, "namspace": S},
            "target": {"name": f"{S}-extra", "creationPolicy": "Ownr"},
            "data": [{"secretKey": "token", "remoteRef": {"key": "SAMPLE_EXTRA_TOKEN"}}],
        },
    }
    _render_extra(monkeypatch, S, external_secret)
    schema = f"(schema external-secrets.io/v1 ExternalSecret (CRD, strict); in dist/{S}). [schema]"
    assert synth_fails(good) == [
        f"ExternalSecret '{S}/{S}-extra': spec.secretStoreRef.namspace: unknown field (known fields: kind, "
        f"name). Remove it or fix its spelling {schema}",
        f"ExternalSecret '{S}/{S}-extra': spec.target.creationPolicy: 'Ownr' is not allowed (allowed: "
        f"'Owner', 'Orphan', 'Merge', 'None'). Use one of those {schema}",
    ]


def test_unknown_field_refused_by_the_kubernetes_schema(
    good: Homelab, synth_fails: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_map = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": f"{S}-extra", "namespace": S},
        "date": {"motd": "hello"},
    }
    _render_extra(monkeypatch, S, config_map)
    assert synth_fails(good) == [
        f"ConfigMap '{S}/{S}-extra': date: unknown field (known fields: apiVersion, binaryData, data, immutable, kind, "
        f"metadata). Remove it or fix its spelling (schema v1 ConfigMap (Kubernetes 1.33, strict); in dist/{S}). "
        "[schema]"
    ]


def test_pod_security_restricted_needs_drop_all(good: Homelab, synth_fails: Run) -> None:
    def edit(container: Container) -> Container:
        assert container.security is not None
        return dataclasses.replace(container, security=dataclasses.replace(container.security, drop_capabilities=()))

    assert synth_fails(replace_container(good, S, edit)) == [
        f"Deployment '{S}/{S}': container '{sample.CONTAINER}' does not drop ALL capabilities, which Pod Security "
        f"'restricted' (enforced in namespace '{S}') refuses, so its pods would never start. Fix: set "
        "securityContext.capabilities.drop: [ALL] (ContainerSecurity(drop_capabilities=('ALL',))). [pod-security]"
    ]


def test_pod_security_baseline_refuses_host_path(good: Homelab, synth_fails: Run) -> None:
    """hostPath volumes are why a namespace is exempt; label it baseline and synth refuses each mount."""

    def edit(w: Workload) -> Workload:
        assert w.deployment is not None
        volume = HostPathVolume(name="host-data", path="/var/lib/sample")
        return dataclasses.replace(
            w, deployment=dataclasses.replace(w.deployment, volumes=(*w.deployment.volumes, volume))
        )

    model = replace_namespace(
        replace_workload(good, S, edit), S, pod_security=PodSecurity.baseline_enforced(), pss_exemption=None
    )
    assert synth_fails(model) == [
        f"Deployment '{S}/{S}': mounts volume 'host-data' from the host (hostPath), which Pod Security "
        f"'baseline' (enforced in namespace '{S}') refuses, so its pods would never start. Fix: use a "
        "PersistentVolumeClaim or emptyDir, or exempt the namespace in the model (Namespace(pss_exemption=...)) if "
        "the host mount is intended. [pod-security]"
    ]


def test_workload_namespace_without_labels_or_exemption(good: Homelab, synth_fails: Run) -> None:
    model = replace_namespace(good, S, pod_security=None, pss_exemption=None)
    assert synth_fails(model) == [
        f"Namespace '{S}': runs workloads (Deployment '{S}/{S}') but has no Pod "
        "Security labels and no exemption. Give its Namespace pod_security=PodSecurity.restricted() (and an "
        "application that renders it), or pss_exemption='<why it cannot be labelled>' in the model. "
        "[pod-security-labels]"
    ]


def test_missing_default_deny(good: Homelab, synth_fails: Run) -> None:
    model = replace_policies(
        good,
        S,
        lambda p: dataclasses.replace(p, rules=tuple(r for r in p.rules if not isinstance(r, DefaultDenyAll))),
    )
    assert synth_fails(model) == [
        f"Namespace '{S}': runs workloads (Deployment '{S}/{S}') but no NetworkPolicy denies all "
        "ingress and egress by default. Add DefaultDenyAll() to its NamespacePolicies in the model. "
        "[network-isolation]"
    ]


def test_sensitive_terraform_variable_in_a_git_rendered_application(good: Homelab, synth_fails: Run) -> None:
    """A Terraform-created Application whose values hold sensitive Terraform variables (say, database passwords):
    only Terraform may render them."""

    def variables(node: Any, path: tuple[str | int, ...]) -> list[tuple[str, str]]:
        if isinstance(node, TerraformVariable):
            return [(json_path(path), node.name)]
        if isinstance(node, dict):
            return [found for key, value in node.items() for found in variables(value, (*path, str(key)))]
        if isinstance(node, (list, tuple)):
            return [found for i, item in enumerate(node) for found in variables(item, (*path, i))]
        return []

    app, found = next(
        (a, variables(a.source.values, ("valuesObject",)))
        for a in good.applications
        if a.created_by is CreatedBy.TERRAFORM and isinstance(a.source, HelmSource) and variables(a.source.values, ())
    )
    model = replace_app(good, app.name, created_by=CreatedBy.ROOT_APP)
    assert synth_fails(model) == [
        f"Application '{app.name}': {path} is the sensitive Terraform variable '{variable}', but the Application is "
        f"rendered into git ({good.platform.root_app.name}). Read the value from a Secret made by an ExternalSecret "
        "(the chart's existingSecret), or create the Application with created_by=CreatedBy.TERRAFORM. "
        "[sensitive-in-git]"
        for path, variable in sorted(found)
    ]


def test_every_problem_is_reported_at_once(good: Homelab, synth_fails: Run) -> None:
    """Model and rendered violations of one run come together, sorted, each once."""
    model = replace_node_port(good, S, 29999)
    model = replace_namespace(model, S, labels={"team": "web team"})
    model = replace_app(model, S, project=Project(name="web", description="not in the platform"))
    helm = next(a for a in good.applications if isinstance(a.source, HelmSource))

    def edit(values: dict[str, Any]) -> None:
        values["notAField"] = 1

    problems = synth_fails(replace_values(model, helm.name, edit))
    expected = {
        f"Application '{helm.name}'": "helm-values]",
        f"Application '{S}'": "argocd-project]",
        f"Exposure '{S}'": "node-ports]",
        f"Namespace '{S}'": "label]",
    }
    assert [p.rsplit("[", 1)[1] for p in problems] == [expected[subject] for subject in sorted(expected)]
    assert problems == sorted(problems)


# -- writes: atomic, complete, deterministic -----------------------------------------------------


def test_interrupted_render_leaves_the_repository_intact(
    good: Homelab, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("renderer crashed")

    before = snapshot(repo)
    monkeypatch.setattr(homelab.k8s.monitoring, "render", explode)
    with pytest.raises(RuntimeError, match="renderer crashed"):
        main(["--root", str(repo)], model=good)
    assert snapshot(repo) == before


def test_stale_files_disappear_and_a_second_run_changes_nothing(
    model: Homelab, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rendering = default_rendering()
    folder = next(Path(p).parent.name for p in sorted(rendering.files) if p.startswith("dist/"))
    stale = repo / "dist" / folder / f"service-{folder}-old.yaml"
    (repo / "dist" / "removed-app").mkdir()
    (repo / "dist" / "removed-app" / "configmap-x-y.yaml").write_bytes(b"kind: ConfigMap\n")
    stale.write_bytes(b"kind: Service\n")
    assert main(["--root", str(repo)], model=model) == 0
    assert not (repo / "dist" / "removed-app").exists()
    assert not stale.exists()
    assert {p: d for p, (d, _) in snapshot(repo).items()} == dict(rendering.files)
    capsys.readouterr()
    first = snapshot(repo)
    assert main(["--root", str(repo)], model=model) == 0
    assert snapshot(repo) == first
    assert capsys.readouterr().out.splitlines()[-1].endswith("no changes")


def test_synth_lists_the_kinds_it_cannot_validate(
    model: Homelab, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(repo), "--check"], model=model) == 0
    # Every rendered kind has a schema (an unserved kind is refused), so none is listed.
    out = capsys.readouterr().out.splitlines()
    assert not [line for line in out if line.startswith("schema:")]
    assert out[-1] == f"synth --check: {len(default_rendering().files)} files up to date"


def test_check_reports_drift(model: Homelab, repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A changed byte, an extra file, a missing file and a lost executable bit: each is named."""
    rendering = default_rendering()
    node_ports = {f"nodePort: {p.node_port}\n".encode() for e in model.exposures for p in e.ports}
    changed, node_port = next(
        (path, line)
        for path, data in sorted(rendering.files.items())
        if path.startswith("dist/") and Path(path).name.startswith("service-")
        for line in node_ports
        if line in data
    )
    moved = node_port.replace(b"nodePort: ", b"nodePort: 1")
    (repo / changed).write_bytes((repo / changed).read_bytes().replace(node_port, moved))
    extra = f"{Path(changed).parent.as_posix()}/extra.yaml"
    (repo / extra).write_bytes(b"kind: Extra\n")
    missing = next(p for p in sorted(rendering.files) if Path(p).name.startswith("namespace-"))
    (repo / missing).unlink()
    script = next(p for p in sorted(rendering.modes) if p.startswith("launchd/") and rendering.modes[p] & 0o111)
    (repo / script).chmod(0o644)
    before = snapshot(repo)
    assert main(["--root", str(repo), "--check"], model=model) == 1
    assert snapshot(repo) == before
    assert capsys.readouterr().err.splitlines() == [
        "synth --check: committed output differs from what the model renders (run `make synth`):",
        *(f"  - {path}" for path in sorted({changed, extra, missing, script})),
    ]


def test_output_is_byte_stable_across_processes(rendered_tree: Path) -> None:
    """Another process (other hash seed, locale, time zone, cwd) renders the very same bytes."""
    import subprocess
    import sys

    repo_root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "PYTHONHASHSEED": "12345",
        "LC_ALL": "C",
        "LANG": "C",
        "TZ": "Pacific/Kiritimati",
    }
    result = subprocess.run(
        [sys.executable, str(repo_root / "main.py"), "--check", "--root", str(rendered_tree)],
        cwd=rendered_tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert set(MANAGED_FOLDERS) == {p.name for p in rendered_tree.iterdir()}
