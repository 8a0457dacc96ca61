"""A workload's Deployment: its pod template, volumes and pod security context.

Built from the typed L1 ``KubeDeployment``. A cdk8s-plus Deployment would need more JSON patches
than fields it saves: besides its container opinions (see :mod:`.containers`) it adds
``minReadySeconds``, ``progressDeadlineSeconds``, ``strategy``, ``dnsPolicy``, ``hostNetwork``,
``restartPolicy``, ``setHostnameAsFQDN``, ``terminationGracePeriodSeconds``,
``automountServiceAccountToken: false`` on every pod (which would cut openclaw and trivy-dashboard off
the API; :func:`token_mount` sets it only on pods whose ServiceAccount is bound to no Role),
``fsGroupChangePolicy`` and ``runAsNonRoot`` on the pod, a ``cdk8s.io/metadata.addr`` pod label even
with ``select=False``, a ``readOnly: false`` on claims; it renames claim volumes ``pvc-<claim>``,
orders volumes by first mount instead of as declared, and has no ``seccompProfile``.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.jsii_values import quantity
from homelab.k8s.workloads.containers import container
from homelab.k8s.workloads.metadata import construct_id, object_meta
from homelab.model.network import Exposure
from homelab.model.workloads import (
    ConfigMapVolume,
    Deployment,
    EmptyDirVolume,
    HostPathVolume,
    PodSecurityContext,
    PvcVolume,
    Volume,
    Workload,
)

RUNTIME_DEFAULT = "RuntimeDefault"  # the container runtime's default seccomp profile


def _volume(volume: Volume) -> k8s.Volume:
    match volume:
        case PvcVolume(name=name, claim=claim):
            return k8s.Volume(
                name=name, persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=claim)
            )
        case ConfigMapVolume(name=name, config_map=config_map, items=items):
            items_ = [k8s.KeyToPath(key=key, path=path) for key, path in items] or None
            return k8s.Volume(name=name, config_map=k8s.ConfigMapVolumeSource(name=config_map, items=items_))
        case HostPathVolume(name=name, path=path, type=type_):
            return k8s.Volume(name=name, host_path=k8s.HostPathVolumeSource(path=path, type=type_))
        case EmptyDirVolume(name=name, size_limit=size_limit):
            limit = quantity(size_limit) if size_limit is not None else None
            return k8s.Volume(name=name, empty_dir=k8s.EmptyDirVolumeSource(size_limit=limit))


def pod_security(security: PodSecurityContext | None) -> k8s.PodSecurityContext | None:
    if security is None:
        return None
    return k8s.PodSecurityContext(
        run_as_user=security.run_as_user,
        run_as_group=security.run_as_group,
        run_as_non_root=security.run_as_non_root,
        fs_group=security.fs_group,
        seccomp_profile=k8s.SeccompProfile(type=RUNTIME_DEFAULT) if security.seccomp_runtime_default else None,
    )


DEFAULT_SERVICE_ACCOUNT = "default"  # what a pod without serviceAccountName runs as


def api_accounts_of(workload: Workload) -> frozenset[tuple[str, str]]:
    """The accounts the workload's own Roles bind (for rendering one workload without its model)."""
    return frozenset(
        {(workload.namespace, workload.service_account)} if workload.roles and workload.service_account else ()
    )


def token_mount(
    workload: Workload, service_account: str | None, api_accounts: frozenset[tuple[str, str]]
) -> bool | None:
    """``automountServiceAccountToken`` of a pod: ``False`` when its ServiceAccount is bound to no Role
    (the pod never calls the API, so it carries no credential); otherwise unset (the token is mounted)."""
    account = service_account or DEFAULT_SERVICE_ACCOUNT
    return None if (workload.namespace, account) in api_accounts else False


def _pod_spec(
    workload: Workload, deployment: Deployment, exposure: Exposure | None, api_accounts: frozenset[tuple[str, str]]
) -> k8s.PodSpec:
    return k8s.PodSpec(
        automount_service_account_token=token_mount(workload, deployment.service_account, api_accounts),
        service_account_name=deployment.service_account,
        security_context=pod_security(deployment.security),
        init_containers=[container(c, exposure) for c in deployment.init_containers] or None,
        containers=[container(c, exposure) for c in deployment.containers],
        volumes=[_volume(v) for v in deployment.volumes] or None,
    )


def deployment(
    scope: Construct,
    workload: Workload,
    d: Deployment,
    exposure: Exposure | None,
    api_accounts: frozenset[tuple[str, str]] | None = None,
) -> k8s.KubeDeployment:
    """Selects its pods by the model's selector; the pod template carries ``pod_labels``.
    ``api_accounts``: the model's :meth:`~homelab.model.Homelab.api_service_accounts`."""
    accounts = api_accounts_of(workload) if api_accounts is None else api_accounts
    return k8s.KubeDeployment(
        scope,
        construct_id("Deployment", d.name, workload.namespace),
        metadata=object_meta(workload, d.name),
        spec=k8s.DeploymentSpec(
            replicas=d.replicas,
            selector=k8s.LabelSelector(match_labels=dict(d.selector)),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=dict(d.pod_labels)),
                spec=_pod_spec(workload, d, exposure, accounts),
            ),
        ),
    )
