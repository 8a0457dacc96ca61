"""Trivy Operator Dashboard: a read-only web UI over trivy-operator's reports."""

from __future__ import annotations

from homelab.catalog import names as n
from homelab.catalog import network
from homelab.model.network import Protocol
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

SELECTOR = {"app.kubernetes.io/name": n.TRIVY_DASHBOARD}
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
    http = network.TRIVY_DASHBOARD.port("http")
    return Workload(
        name=n.TRIVY_DASHBOARD,
        namespace=n.TRIVY_DASHBOARD,
        application=n.TRIVY_DASHBOARD,
        exposure=network.TRIVY_DASHBOARD.key,
        labels=LABELS,
        service_account=n.TRIVY_DASHBOARD,
        roles=(
            Role(
                name=n.TRIVY_DASHBOARD,
                binding=n.TRIVY_DASHBOARD,
                cluster=True,
                rules=(
                    PolicyRule(api_groups=("aquasecurity.github.io",), resources=REPORTS, verbs=READ),
                    PolicyRule(api_groups=("",), resources=("namespaces",), verbs=READ),
                ),
            ),
        ),
        deployment=Deployment(
            name=n.TRIVY_DASHBOARD,
            selector=SELECTOR,
            pod_labels=LABELS,
            service_account=n.TRIVY_DASHBOARD,
            containers=(
                Container(
                    name=n.TRIVY_DASHBOARD,
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
