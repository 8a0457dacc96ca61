"""Each renderer on a small hand-built fixture, snapshotted as YAML (``tests/__snapshots__/test_renderers/``).

The fixtures are a made-up one-service homelab (``demo``), built from model types, not from the catalog:
adding or changing a real service never changes these snapshots; changing how a renderer writes
an object does, and the pull request shows it once, on a tiny example.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import cdk8s
import pytest
from homelab.k8s import argocd, secrets, security
from homelab.k8s.workloads import workload
from homelab.model import (
    AllowApiServerEgress,
    AllowDns,
    AllowEgressToNamespace,
    AllowIngressFromNamespace,
    AllowInternetEgress,
    AllowSameNamespace,
    AllowTailscaleIngress,
    Application,
    Chart,
    Component,
    DefaultDenyAll,
    Exposure,
    ExternalSecret,
    GitPath,
    GroupKind,
    HelmSource,
    Homelab,
    IgnoreDifference,
    Namespace,
    NamespacePolicies,
    Parameters,
    PodSecurity,
    PortMapping,
    Project,
    SecretKey,
    SyncOption,
)
from homelab.model.network import Protocol, Tailnet
from homelab.model.workloads import (
    ConfigMap,
    ConfigMapVolume,
    Container,
    ContainerPort,
    ContainerSecurity,
    Deployment,
    EmptyDirVolume,
    HttpProbe,
    PersistentVolumeClaim,
    PodSecurityContext,
    PolicyRule,
    PullPolicy,
    PvcVolume,
    Resources,
    Role,
    SecretEnvVar,
    VolumeMount,
    Workload,
)
from homelab.output import dump_yaml
from syrupy.assertion import SnapshotAssertion

from constructs import Construct
from tests.yaml_snapshot import YamlSnapshotExtension

DEMO = "demo"
CHART = Chart(name="demo-chart", repo="https://charts.example.test", version="1.2.3")
PROJECT = Project(
    name="apps",
    description="Demo applications",
    charts=(CHART,),
    destinations=(DEMO, "kube-system"),
    cluster_resource_whitelist=(GroupKind(group="", kind="Namespace"), GroupKind(group="example.test", kind="*")),
)
EXPOSURE = Exposure(
    key=DEMO,
    service="Demo",
    namespace=DEMO,
    ports=(PortMapping(name="http", container_port=8080, node_port=30999),),
    tailscale_port=8999,
)
SECRET = ExternalSecret(
    name="demo-secret",
    namespace=DEMO,
    application=DEMO,
    store="vault",
    data=(SecretKey(secret_key="token", remote_key="DEMO_TOKEN"), SecretKey(secret_key="pw", remote_key="DEMO_PW")),
    template={"DEMO_URL": "https://demo:{{ .pw }}@example.test", "token": "{{ .token }}"},
    labels={"app.kubernetes.io/name": DEMO},
)
SELECTOR = {"app.kubernetes.io/name": DEMO}
WORKLOAD = Workload(
    name=DEMO,
    namespace=DEMO,
    application=DEMO,
    exposure=EXPOSURE,
    labels={**SELECTOR, "app.kubernetes.io/part-of": "homelab"},
    service_account=DEMO,
    roles=(
        Role(
            name="demo-reader",
            binding="demo-reader",
            rules=(PolicyRule(api_groups=("",), resources=("configmaps",), verbs=("get", "list")),),
        ),
    ),
    config_maps=(ConfigMap(name="demo-config", data={"app.conf": "listen 8080\n"}),),
    volume_claims=(PersistentVolumeClaim(name="demo-data", storage="1Gi"),),
    deployment=Deployment(
        name=DEMO,
        selector=SELECTOR,
        pod_labels=SELECTOR,
        service_account=DEMO,
        security=PodSecurityContext(run_as_non_root=True, run_as_user=1000, seccomp_runtime_default=True),
        containers=(
            Container(
                name="app",
                image="example.test/demo:1.0",
                image_pull_policy=PullPolicy.IF_NOT_PRESENT,
                command=("demo", "serve"),
                env=(SecretEnvVar(name="DEMO_TOKEN", secret=SECRET.name, key="token"),),
                ports=(ContainerPort(name="http", protocol=Protocol.TCP),),
                readiness_probe=HttpProbe(path="/ready", port="http", period_seconds=10),
                resources=Resources(cpu_request="10m", memory_limit="64Mi"),
                security=ContainerSecurity(allow_privilege_escalation=False, drop_capabilities=("ALL",)),
                mounts=(
                    VolumeMount(volume="config", mount_path="/etc/demo", read_only=True),
                    VolumeMount(volume="data", mount_path="/data"),
                    VolumeMount(volume="tmp", mount_path="/tmp"),
                ),
            ),
        ),
        volumes=(
            ConfigMapVolume(name="config", config_map="demo-config"),
            PvcVolume(name="data", claim="demo-data"),
            EmptyDirVolume(name="tmp", size_limit="10Mi"),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True)
class TinyModel:
    """What the renderers under test read from a :class:`Homelab`, and nothing else: the demo's values.

    Not built from the catalog (nor through ``Homelab``'s constructor), so neither a new service nor a
    reshaped model changes these fixtures; the port logic is the model's own.
    """

    params: Parameters
    argocd_namespace: str
    tailnet: Tailnet
    exposures: tuple[Exposure, ...]

    def tailscale_ingress_ports(self, namespace: str) -> tuple[int, ...]:
        return Homelab.tailscale_ingress_ports(cast(Homelab, self), namespace)


TINY = cast(
    Homelab,
    TinyModel(
        params=Parameters(repo_url="https://git.example.test/lab.git", target_revision="main"),
        argocd_namespace="argocd",
        tailnet=Tailnet(host="lab.example.ts.net", cidr="100.64.0.0/10"),
        exposures=(EXPOSURE,),
    ),
)


def rendered(build: Callable[[Construct], Any]) -> str:
    """What ``build`` adds to an empty chart, as the YAML documents synth would write."""
    chart = cdk8s.Chart(cdk8s.App(), "fixture")
    build(chart)
    return "---\n".join(dump_yaml(obj).decode() for obj in chart.to_json())


def dumped(manifests: list[dict[str, Any]]) -> str:
    """Objects a renderer builds as plain dicts, as the YAML documents synth would write."""
    return "---\n".join(dump_yaml(obj).decode() for obj in manifests)


@pytest.fixture
def snapshot_yaml(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(YamlSnapshotExtension)


def test_git_application(snapshot_yaml: SnapshotAssertion) -> None:
    app = Application(
        name=DEMO,
        project=PROJECT,
        namespace=DEMO,
        component=Component.WEB,
        source=GitPath(),
        sync_options=(SyncOption.CREATE_NAMESPACE,),
    )
    assert rendered(lambda scope: argocd.application(scope, TINY, app)) == snapshot_yaml


def test_helm_application(snapshot_yaml: SnapshotAssertion) -> None:
    app = Application(
        name="demo-chart",
        project=PROJECT,
        namespace=DEMO,
        component=Component.SECURITY,
        source=HelmSource(chart=CHART, values={"replicas": 1, "service": {"type": "NodePort", "nodePort": 30999}}),
        sync_options=(SyncOption.CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
        wave=2,
        ignore_differences=(IgnoreDifference(group="", kind="Secret", json_pointers=("/data",)),),
    )
    assert rendered(lambda scope: argocd.application(scope, TINY, app)) == snapshot_yaml


def test_project(snapshot_yaml: SnapshotAssertion) -> None:
    assert rendered(lambda scope: argocd.project(scope, TINY, PROJECT)) == snapshot_yaml


def test_namespace_with_pod_security(snapshot_yaml: SnapshotAssertion) -> None:
    ns = Namespace(name=DEMO, pod_security=PodSecurity.baseline_enforced(), labels={"app.kubernetes.io/name": DEMO})
    assert dumped([security.namespace_manifest(ns)]) == snapshot_yaml


def test_network_policies_of_every_rule_kind(snapshot_yaml: SnapshotAssertion) -> None:
    policies = NamespacePolicies(
        namespace=DEMO,
        application="networking-policies",
        rules=(
            DefaultDenyAll(),
            AllowSameNamespace(),
            AllowDns(),
            AllowTailscaleIngress(),
            AllowApiServerEgress(),
            AllowInternetEgress(ports=(443, 22)),
            AllowEgressToNamespace(namespace="db", ports=(5432,)),
            AllowIngressFromNamespace(namespace="monitoring", ports=(8080, 9090)),
        ),
    )
    assert dumped(security.network_policy_manifests(TINY, policies)) == snapshot_yaml


def test_external_secret_with_template(snapshot_yaml: SnapshotAssertion) -> None:
    assert rendered(lambda scope: secrets.external_secret(scope, SECRET)) == snapshot_yaml


def test_workload(snapshot_yaml: SnapshotAssertion) -> None:
    """Claim, ConfigMap, ServiceAccount, Role + binding, Deployment and its NodePort Service."""
    assert rendered(lambda scope: workload(scope, WORKLOAD, EXPOSURE)) == snapshot_yaml
