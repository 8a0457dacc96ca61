"""Trivy: trivy-operator scans every workload; a daily rescan deletes every VulnerabilityReport.

trivy-operator rescans a workload only when its report is missing (or the image changed); deleting
the reports at midnight UTC gives a full, fresh scan every day. The ClusterRole is the narrowest that
works: list and delete of that one report kind.
"""

from __future__ import annotations

from homelab.catalog import projects
from homelab.catalog.charts import trivy_operator
from homelab.catalog.services import monitoring, openclaw
from homelab.model import Application, Component, GitPath, GroupKind, HelmSource, SyncOption
from homelab.model.service import ApiServer, Internet, Service
from homelab.model.workloads import (
    ConcurrencyPolicy,
    Container,
    ContainerSecurity,
    CronJob,
    PodSecurityContext,
    PolicyRule,
    Resources,
    RestartPolicy,
    Role,
    Workload,
)

NAMESPACE = monitoring.NAMESPACE
SCANNER = Application(
    name="trivy-operator-vulnerability-scanner",
    project=projects.APPS,
    namespace=NAMESPACE.name,
    component=Component.SECURITY,
    wave=3,  # after trivy-operator (wave 2)
    source=GitPath(),
    sync_options=(SyncOption.NO_CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
)

NAME = "vulnerability-rescan"
NONROOT_UID = 65532  # the distroless "nonroot" user of registry.k8s.io images
REPORTS = "vulnerabilityreports"
TRIVY_GROUP = "aquasecurity.github.io"


def workload() -> Workload:
    return Workload(
        name=NAME,
        namespace=NAMESPACE.name,
        application=SCANNER.name,
        service_account=NAME,
        roles=(
            Role(
                name=NAME,
                binding=NAME,
                cluster=True,
                cluster_write_reason="trivy-operator writes a VulnerabilityReport into the namespace of every "
                "workload it scans; deleting them all daily, wherever they are, is what makes it rescan the cluster",
                rules=(
                    PolicyRule(
                        api_groups=(TRIVY_GROUP,), resources=(REPORTS,), verbs=("list", "delete", "deletecollection")
                    ),
                ),
            ),
        ),
        cron_jobs=(
            CronJob(
                name=NAME,
                schedule="0 0 * * *",
                time_zone="Etc/UTC",
                concurrency_policy=ConcurrencyPolicy.FORBID,
                successful_jobs_history_limit=1,
                failed_jobs_history_limit=3,
                backoff_limit=2,
                ttl_seconds_after_finished=86400,
                restart_policy=RestartPolicy.ON_FAILURE,
                service_account=NAME,
                security=PodSecurityContext(
                    run_as_non_root=True,
                    run_as_user=NONROOT_UID,
                    run_as_group=NONROOT_UID,
                    seccomp_runtime_default=True,
                ),
                containers=(
                    Container(
                        name="kubectl",
                        image="registry.k8s.io/kubectl:v1.33.0",  # renovate: docker
                        # the image's entrypoint is kubectl
                        args=("delete", f"{REPORTS}.{TRIVY_GROUP}", "--all", "--all-namespaces", "--wait=false"),
                        resources=Resources(
                            cpu_request="10m", memory_request="32Mi", cpu_limit="100m", memory_limit="64Mi"
                        ),
                        security=ContainerSecurity(
                            allow_privilege_escalation=False,
                            read_only_root_filesystem=True,
                            drop_capabilities=("ALL",),
                        ),
                    ),
                ),
            ),
        ),
    )


SERVICE = Service(
    name="trivy",
    namespace=NAMESPACE,
    egress=(ApiServer(), Internet(ports=(443,))),
    applications=(
        Application(
            name="trivy-operator",
            project=projects.APPS,
            namespace=NAMESPACE.name,
            component=Component.SECURITY,
            wave=2,
            source=HelmSource(
                chart=trivy_operator.CHART,
                schema=trivy_operator.Values,
                # OpenClaw's hostPath-heavy pod is scanned by nobody: its image is built locally.
                values=trivy_operator.values(namespace=NAMESPACE.name, exclude_namespaces=(openclaw.NAMESPACE.name,)),
            ),
            sync_options=(SyncOption.NO_CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
            cluster_kinds=(GroupKind(group="aquasecurity.github.io", kind="*"),),
        ),
        SCANNER,
    ),
    workloads=(workload(),),
)
