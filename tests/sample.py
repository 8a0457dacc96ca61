"""A sample raw-manifest web service, added to the real model by tests that need one.

Rules about a restricted Deployment, its ConfigMap, its NodePort Service and its probes need such an
object to break. Taking it from the catalog would tie those tests to one service that a user may
rename or remove; this fixture is always there, on ports the model leaves free.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from homelab.catalog import build, projects
from homelab.model import (
    Application,
    Component,
    Exposure,
    GitPath,
    Homelab,
    Namespace,
    PodSecurity,
    PortMapping,
    Service,
    SyncOption,
)
from homelab.model.network import Protocol
from homelab.model.workloads import (
    ConfigMap,
    ConfigMapVolume,
    Container,
    ContainerPort,
    ContainerSecurity,
    Deployment,
    EmptyDirVolume,
    HttpProbe,
    PodSecurityContext,
    PullPolicy,
    Resources,
    VolumeMount,
    Workload,
)
from homelab.pipeline import Rendering, render

NAME = "sample-web"
CONTAINER = "nginx"
CONFIG_MAP = "sample-web-page"
UID = 101


def _exposures(model: Homelab) -> tuple[Exposure, ...]:
    return (*model.exposures, model.argocd_exposure)


def free_node_port(model: Homelab) -> int:
    taken = {p.node_port for e in _exposures(model) for p in e.ports}
    return next(port for port in range(30000, 32768) if port not in taken)


def free_tailscale_port(model: Homelab) -> int:
    """One above every port in use, so the sample comes last in ``model.exposures`` (sorted by this port)."""
    return max(e.tailscale_port for e in _exposures(model)) + 1


def service(model: Homelab) -> Service:
    """The sample service, on a NodePort and a Tailscale port nothing in ``model`` uses."""
    namespace = Namespace(name=NAME, pod_security=PodSecurity.restricted())
    exposure = Exposure(
        key=NAME,
        service="SampleWeb",
        namespace=namespace.name,
        ports=(PortMapping(name="http", container_port=8080, node_port=free_node_port(model)),),
        tailscale_port=free_tailscale_port(model),
    )
    app = Application(
        name=NAME,
        project=projects.APPS,
        namespace=namespace.name,
        component=Component.WEB,
        source=GitPath(),
        sync_options=(SyncOption.CREATE_NAMESPACE,),
    )
    labels = {"app.kubernetes.io/name": NAME}
    http = exposure.primary.name
    workload = Workload(
        name=NAME,
        namespace=namespace.name,
        application=app.name,
        exposure=exposure,
        labels=labels,
        config_maps=(ConfigMap(name=CONFIG_MAP, data={"index.html": "<p>hello</p>\n"}),),
        deployment=Deployment(
            name=NAME,
            selector=labels,
            pod_labels=labels,
            security=PodSecurityContext(
                run_as_non_root=True, run_as_user=UID, run_as_group=UID, fs_group=UID, seccomp_runtime_default=True
            ),
            containers=(
                Container(
                    name=CONTAINER,
                    image="nginxinc/nginx-unprivileged:1.27-alpine",
                    image_pull_policy=PullPolicy.IF_NOT_PRESENT,
                    ports=(ContainerPort(name=http, protocol=Protocol.TCP),),
                    liveness_probe=HttpProbe(path="/", port=http, period_seconds=30),
                    readiness_probe=HttpProbe(path="/", port=http, period_seconds=10),
                    resources=Resources(
                        cpu_request="10m", memory_request="32Mi", cpu_limit="100m", memory_limit="64Mi"
                    ),
                    security=ContainerSecurity(
                        allow_privilege_escalation=False, read_only_root_filesystem=True, drop_capabilities=("ALL",)
                    ),
                    mounts=(
                        VolumeMount(volume="html", mount_path="/usr/share/nginx/html", read_only=True),
                        VolumeMount(volume="tmp", mount_path="/tmp"),
                    ),
                ),
            ),
            volumes=(
                ConfigMapVolume(name="html", config_map=CONFIG_MAP, items=(("index.html", "index.html"),)),
                EmptyDirVolume(name="tmp", size_limit="10Mi"),
            ),
        ),
    )
    return Service(name=NAME, namespace=namespace, applications=(app,), exposure=exposure, workloads=(workload,))


def with_sample(model: Homelab) -> Homelab:
    """``model`` with the sample service registered last."""
    return dataclasses.replace(model, services=(*model.services, service(model)))


@cache
def lab() -> tuple[Homelab, Rendering]:
    """The real model with the sample service, and its rendering (built once per test session)."""
    model = with_sample(build())
    return model, render(model)
