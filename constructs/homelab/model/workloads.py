"""Workloads the homelab runs from raw manifests (not Helm charts): Deployments and what they need.

A :class:`Workload` groups every object one service needs in its namespace. ``labels`` label
the metadata of each of those objects; the pod template carries ``Deployment.pod_labels``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from homelab.model.network import Exposure, Protocol


class PullPolicy(StrEnum):
    ALWAYS = "Always"
    IF_NOT_PRESENT = "IfNotPresent"
    NEVER = "Never"


@dataclass(frozen=True, kw_only=True)
class EnvVar:
    name: str
    value: str


@dataclass(frozen=True, kw_only=True)
class SecretEnvVar:
    """An environment variable read from key ``key`` of Secret ``secret``."""

    name: str
    secret: str
    key: str


Env = EnvVar | SecretEnvVar


@dataclass(frozen=True, kw_only=True)
class Resources:
    cpu_request: str | None = None
    memory_request: str | None = None
    cpu_limit: str | None = None
    memory_limit: str | None = None


@dataclass(frozen=True, kw_only=True)
class HttpProbe:
    """An HTTP GET probe against a *named* container port."""

    path: str
    port: str
    initial_delay_seconds: int | None = None
    period_seconds: int | None = None
    failure_threshold: int | None = None


@dataclass(frozen=True, kw_only=True)
class ContainerPort:
    """A container port, by the name of a port of the workload's exposure.

    Its number is that port's ``container_port``: the exposure is the only place a port is written.
    """

    name: str
    protocol: Protocol | None = None


@dataclass(frozen=True, kw_only=True)
class VolumeMount:
    volume: str
    mount_path: str
    read_only: bool = False


@dataclass(frozen=True, kw_only=True)
class ContainerSecurity:
    allow_privilege_escalation: bool | None = None
    read_only_root_filesystem: bool | None = None
    drop_capabilities: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PodSecurityContext:
    run_as_user: int | None = None
    run_as_group: int | None = None
    run_as_non_root: bool | None = None
    fs_group: int | None = None
    seccomp_runtime_default: bool = False


@dataclass(frozen=True, kw_only=True)
class Container:
    """A container. Its image is pinned to a version tag or digest; ``unpinned_image_reason`` is the
    written exemption for one that cannot be (an image built on the host and never pulled)."""

    name: str
    image: str
    image_pull_policy: PullPolicy | None = None
    command: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    env: tuple[Env, ...] = ()
    ports: tuple[ContainerPort, ...] = ()
    resources: Resources | None = None
    startup_probe: HttpProbe | None = None
    liveness_probe: HttpProbe | None = None
    readiness_probe: HttpProbe | None = None
    mounts: tuple[VolumeMount, ...] = ()
    security: ContainerSecurity | None = None
    unpinned_image_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class PvcVolume:
    name: str
    claim: str


@dataclass(frozen=True, kw_only=True)
class ConfigMapVolume:
    """A ConfigMap mounted as files; ``items`` maps keys to file paths (empty: every key)."""

    name: str
    config_map: str
    items: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class HostPathVolume:
    """A folder of the host. Not allowed under PSS baseline or restricted."""

    name: str
    path: str
    type: str = "Directory"


@dataclass(frozen=True, kw_only=True)
class EmptyDirVolume:
    name: str
    size_limit: str | None = None


Volume = PvcVolume | ConfigMapVolume | HostPathVolume | EmptyDirVolume


@dataclass(frozen=True, kw_only=True)
class Deployment:
    name: str
    selector: Mapping[str, str]
    pod_labels: Mapping[str, str]
    containers: tuple[Container, ...]
    replicas: int = 1
    service_account: str | None = None
    security: PodSecurityContext | None = None
    init_containers: tuple[Container, ...] = ()
    volumes: tuple[Volume, ...] = ()


class RestartPolicy(StrEnum):
    ON_FAILURE = "OnFailure"
    NEVER = "Never"


class ConcurrencyPolicy(StrEnum):
    """What a CronJob does when a run is due while the previous one still runs."""

    ALLOW = "Allow"
    FORBID = "Forbid"
    REPLACE = "Replace"


@dataclass(frozen=True, kw_only=True)
class CronJob:
    """A pod run to completion on a schedule (a CronJob, each run a Job).

    ``schedule`` is cron syntax, read in ``time_zone`` (``None``: the controller's zone). Fields left
    ``None`` keep the Kubernetes defaults and are not rendered.
    """

    name: str
    schedule: str
    containers: tuple[Container, ...]
    time_zone: str | None = None
    concurrency_policy: ConcurrencyPolicy | None = None
    successful_jobs_history_limit: int | None = None
    failed_jobs_history_limit: int | None = None
    backoff_limit: int | None = None
    ttl_seconds_after_finished: int | None = None
    restart_policy: RestartPolicy = RestartPolicy.ON_FAILURE
    service_account: str | None = None
    security: PodSecurityContext | None = None
    pod_labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class PolicyRule:
    """An RBAC rule."""

    api_groups: tuple[str, ...]
    resources: tuple[str, ...]
    verbs: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Role:
    """A Role (namespaced) or ClusterRole, bound to the workload's ServiceAccount by ``binding``.

    ``cluster_write_reason`` is the written exemption for a ClusterRole that writes (or uses ``*``)
    in every namespace: the gate refuses one without it (rule ``rbac-scope``).
    """

    name: str
    rules: tuple[PolicyRule, ...]
    binding: str
    cluster: bool = False
    cluster_write_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class ConfigMap:
    name: str
    data: Mapping[str, str]
    labels: Mapping[str, str] | None = None


@dataclass(frozen=True, kw_only=True)
class PersistentVolumeClaim:
    """A claim on the cluster's default StorageClass."""

    name: str
    storage: str
    access_modes: tuple[str, ...] = ("ReadWriteOnce",)


@dataclass(frozen=True, kw_only=True)
class Workload:
    """Everything one raw-manifest service needs: rendered into ``dist/<application>``.

    It runs a long-lived ``deployment`` and/or scheduled ``cron_jobs``. ``exposure`` publishes the
    Deployment (the service's exposure). The Service (type
    NodePort, named like the workload) is derived from it: one port per port mapping, named like the
    container port it targets, with port = container port. ``roles`` are bound to ``service_account``,
    which the pods run as.
    """

    name: str
    namespace: str
    application: str
    deployment: Deployment | None = None
    cron_jobs: tuple[CronJob, ...] = ()
    exposure: Exposure | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    service_account: str | None = None
    roles: tuple[Role, ...] = ()
    config_maps: tuple[ConfigMap, ...] = ()
    volume_claims: tuple[PersistentVolumeClaim, ...] = ()
    service_protocol: Protocol = Protocol.TCP

    def containers(self) -> tuple[Container, ...]:
        """Every container and init container of every pod the workload runs."""
        found: list[Container] = []
        if self.deployment is not None:
            found += [*self.deployment.init_containers, *self.deployment.containers]
        for job in self.cron_jobs:
            found += job.containers
        return tuple(found)
