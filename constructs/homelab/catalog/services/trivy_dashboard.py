"""Trivy Operator Dashboard: a read-only web UI over trivy-operator's reports."""

from __future__ import annotations

from homelab.catalog import projects
from homelab.model import Application, Component, Exposure, GitPath, Namespace, PortMapping, SyncOption
from homelab.model.monitoring import Bookmark
from homelab.model.network import Protocol
from homelab.model.service import ApiServer, Service
from homelab.model.workloads import (
    Container,
    ContainerPort,
    Deployment,
    EmptyDirVolume,
    EnvVar,
    HttpProbe,
    PolicyRule,
    PullPolicy,
    Resources,
    Role,
    VolumeMount,
    Workload,
)

NAME = "trivy-dashboard"
NAMESPACE = Namespace(
    name=NAME,
    pss_exemption="the upstream dashboard image sets no securityContext; the namespace is created by "
    "Argo CD (CreateNamespace=true) without labels",
)
EXPOSURE = Exposure(
    key=NAME,
    service="Trivy Dashboard",
    namespace=NAMESPACE.name,
    ports=(PortMapping(name="http", container_port=8900, node_port=30448),),
    tailscale_port=8448,
)
APP = Application(
    name=NAME,
    project=projects.APPS,
    namespace=NAMESPACE.name,
    component=Component.DASHBOARD,
    source=GitPath(),
    sync_options=(SyncOption.CREATE_NAMESPACE,),
)

SELECTOR = {"app.kubernetes.io/name": NAME}
LABELS = {**SELECTOR, "app.kubernetes.io/part-of": "trivy-operator", "app.kubernetes.io/component": "web"}
REPORTS = (
    "clustercompliancereports",
    "clusterinfraassessmentreports",
    "clusterrbacassessmentreports",
    "clustersbomreports",
    "clustervulnerabilityreports",
    "configauditreports",
    "exposedsecretreports",
    "infraassessmentreports",
    "rbacassessmentreports",
    "sbomreports",
    "vulnerabilityreports",
)
# Report kinds the dashboard shows, as its KUBERNETES__TRIVYUSE<KIND> switches.
SHOWN_REPORTS = (
    "CLUSTERCOMPLIANCEREPORT",
    "CLUSTERINFRAASSESSMENTREPORT",
    "CLUSTERRBACASSESSMENTREPORT",
    "CLUSTERSBOMREPORT",
    "CLUSTERVULNERABILITYREPORT",
    "CONFIGAUDITREPORT",
    "INFRAASSESSMENTREPORT",
    "EXPOSEDSECRETREPORT",
    "RBACASSESSMENTREPORT",
    "SBOMREPORT",
    "VULNERABILITYREPORT",
)
READ = ("get", "list", "watch")


def workload() -> Workload:
    http = EXPOSURE.port("http")
    return Workload(
        name=NAME,
        namespace=NAMESPACE.name,
        application=APP.name,
        exposure=EXPOSURE,
        labels=LABELS,
        service_account=NAME,
        roles=(
            Role(
                name=NAME,
                binding=NAME,
                cluster=True,
                rules=(
                    PolicyRule(api_groups=("aquasecurity.github.io",), resources=REPORTS, verbs=READ),
                    PolicyRule(api_groups=("",), resources=("namespaces",), verbs=READ),
                ),
            ),
        ),
        deployment=Deployment(
            name=NAME,
            selector=SELECTOR,
            pod_labels=LABELS,
            service_account=NAME,
            containers=(
                Container(
                    name=NAME,
                    image="ghcr.io/raoulx24/trivy-operator-dashboard:1.8.0",  # renovate: docker
                    image_pull_policy=PullPolicy.IF_NOT_PRESENT,
                    env=(
                        EnvVar(name="MAINAPPPORT", value=str(http.container_port)),
                        EnvVar(name="KUBERNETES__USEDEFAULTCONTEXT", value="true"),
                        EnvVar(name="KUBERNETES__NAMESPACELIST", value=""),
                        *(EnvVar(name=f"KUBERNETES__TRIVYUSE{kind}", value="true") for kind in SHOWN_REPORTS),
                        EnvVar(name="FILEREPOSITORY__BASEPATH", value=""),
                        EnvVar(name="GITHUB__SERVERCHECKFORUPDATES", value="true"),
                        EnvVar(name="GITHUB__CHECKFORUPDATESINTERVALINMINUTES", value="360"),
                        EnvVar(name="OPENTELEMETRY__ENABLED", value="false"),
                        EnvVar(name="SERILOG__MINIMUMLEVEL__DEFAULT", value="Information"),
                    ),
                    ports=(ContainerPort(name=http.name, protocol=Protocol.TCP),),
                    startup_probe=HttpProbe(
                        path="/healthz/ready", port=http.name, period_seconds=10, failure_threshold=30
                    ),
                    liveness_probe=HttpProbe(path="/healthz/live", port=http.name, period_seconds=30),
                    readiness_probe=HttpProbe(path="/healthz/ready", port=http.name, period_seconds=30),
                    resources=Resources(
                        cpu_request="100m", memory_request="256Mi", cpu_limit="500m", memory_limit="384Mi"
                    ),
                    mounts=(VolumeMount(volume="tmp-volume", mount_path="/tmp"),),
                ),
            ),
            volumes=(EmptyDirVolume(name="tmp-volume", size_limit="1024Mi"),),
        ),
    )


SERVICE = Service(
    name=NAME,
    namespace=NAMESPACE,
    applications=(APP,),
    exposure=EXPOSURE,
    egress=(ApiServer(),),
    workloads=(workload(),),
    # Its namespace is created by CreateNamespace=true, so its own Application carries its policies.
    renders_network_policies=True,
    bookmark=Bookmark(
        id="app-trivy",
        slug="trivy",
        name="Trivy Dashboard",
        group="Security",
        icon="https://avatars.githubusercontent.com/u/12783832?s=48&v=4",
        description="Trivy Operator Security Dashboard",
    ),
)
