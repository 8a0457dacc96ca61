"""Containers of a pod, as typed L1 structs: exactly the fields the model sets, nothing more.

cdk8s-plus's Container cannot render the spec as written: its probes reach a port by number only
(the spec names the port, e.g. ``port: http``) and add ``failureThreshold: 3`` and ``scheme: HTTP``;
it rewrites memory quantities in Mi (``2Gi`` becomes ``2048Mi``); and it adds a security context,
resource limits, ``imagePullPolicy: Always`` and a startup probe the spec does not have.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from homelab.k8s.jsii_values import port_name, quantity
from homelab.model.network import Exposure
from homelab.model.workloads import (
    Container,
    ContainerPort,
    ContainerSecurity,
    Env,
    EnvVar,
    HttpProbe,
    Resources,
    SecretEnvVar,
    VolumeMount,
)


def _env(var: Env) -> k8s.EnvVar:
    match var:
        case EnvVar(name=name, value=value):
            return k8s.EnvVar(name=name, value=value)
        case SecretEnvVar(name=name, secret=secret, key=key):
            return k8s.EnvVar(
                name=name, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=secret, key=key))
            )


def _port(port: ContainerPort, exposure: Exposure | None) -> k8s.ContainerPort:
    """Named like its exposure's port mapping (whose number it takes), so probes and the Service can
    target it by name."""
    if exposure is None:
        raise ValueError(f"container port {port.name!r} needs an exposure to take its number from")
    return k8s.ContainerPort(
        name=port.name,
        container_port=exposure.port(port.name).container_port,
        protocol=port.protocol.value if port.protocol else None,
    )


def _quantities(**amounts: str | None) -> dict[str, k8s.Quantity] | None:
    quantities = {resource: quantity(a) for resource, a in amounts.items() if a is not None}
    return quantities or None


def _resources(resources: Resources | None) -> k8s.ResourceRequirements | None:
    """Quantities verbatim (``2Gi`` stays ``2Gi``); only the requests and limits the model sets."""
    if resources is None:
        return None
    return k8s.ResourceRequirements(
        requests=_quantities(cpu=resources.cpu_request, memory=resources.memory_request),
        limits=_quantities(cpu=resources.cpu_limit, memory=resources.memory_limit),
    )


def _probe(probe: HttpProbe | None) -> k8s.Probe | None:
    """An HTTP GET on a named port; timings the model leaves out keep the Kubernetes defaults."""
    if probe is None:
        return None
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=probe.path, port=port_name(probe.port)),
        initial_delay_seconds=probe.initial_delay_seconds,
        period_seconds=probe.period_seconds,
        failure_threshold=probe.failure_threshold,
    )


def _mount(mount: VolumeMount) -> k8s.VolumeMount:
    """``readOnly`` only when true: false is the Kubernetes default."""
    return k8s.VolumeMount(name=mount.volume, mount_path=mount.mount_path, read_only=mount.read_only or None)


def _security(security: ContainerSecurity | None) -> k8s.SecurityContext | None:
    if security is None:
        return None
    return k8s.SecurityContext(
        allow_privilege_escalation=security.allow_privilege_escalation,
        read_only_root_filesystem=security.read_only_root_filesystem,
        capabilities=k8s.Capabilities(drop=list(security.drop_capabilities)) if security.drop_capabilities else None,
    )


def container(c: Container, exposure: Exposure | None = None) -> k8s.Container:
    """A container or init container; env keeps the model's order (later entries may refer to earlier)."""
    return k8s.Container(
        name=c.name,
        image=c.image,
        image_pull_policy=c.image_pull_policy.value if c.image_pull_policy else None,
        command=list(c.command) or None,
        args=list(c.args) or None,
        env=[_env(var) for var in c.env] or None,
        ports=[_port(port, exposure) for port in c.ports] or None,
        resources=_resources(c.resources),
        startup_probe=_probe(c.startup_probe),
        liveness_probe=_probe(c.liveness_probe),
        readiness_probe=_probe(c.readiness_probe),
        volume_mounts=[_mount(mount) for mount in c.mounts] or None,
        security_context=_security(c.security),
    )
