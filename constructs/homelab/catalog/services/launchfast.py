"""LaunchFast: a static landing page served by unprivileged nginx (restricted Pod Security)."""

from __future__ import annotations

import jinja2

from homelab.catalog import projects
from homelab.model import Application, Component, Exposure, GitPath, Namespace, PodSecurity, PortMapping, SyncOption
from homelab.model.monitoring import Bookmark
from homelab.model.network import Protocol
from homelab.model.service import Service
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
from homelab.templating import bytecode_cache

NAME = "launchfast"
NAMESPACE = Namespace(name=NAME, pod_security=PodSecurity.restricted())
EXPOSURE = Exposure(
    key=NAME,
    service="LaunchFast",
    namespace=NAMESPACE.name,
    ports=(PortMapping(name="http", container_port=8080, node_port=30100),),
    tailscale_port=8446,
)
APP = Application(
    name=NAME,
    project=projects.APPS,
    namespace=NAMESPACE.name,
    component=Component.WEB,
    source=GitPath(),
    sync_options=(SyncOption.CREATE_NAMESPACE,),
)

SELECTOR = {"app.kubernetes.io/name": NAME}
POD_LABELS = {**SELECTOR, "app.kubernetes.io/part-of": "homelab", "app.kubernetes.io/component": "web"}
LABELS = {**POD_LABELS, "app.kubernetes.io/managed-by": "argocd"}
LANDING = "launchfast-landing"
HEALTH = "/healthz"
NGINX_UID = 101  # the nginx user of nginxinc/nginx-unprivileged

TITLE = "LaunchFast — Modern Startup Scaffolding"
TECH_TAGS = ("Go", "Rust", "WebAssembly", "Vector DB", "ML/AI", "GitOps")
BADGE = "Coming Soon"
LANDING_PAGE = jinja2.Environment(
    loader=jinja2.PackageLoader("homelab.catalog", "services"),
    bytecode_cache=bytecode_cache(),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
).get_template("launchfast.html.j2")


def index_html() -> str:
    """The landing page (``launchfast.html.j2`` beside this module; Jinja2 escapes every value as HTML)."""
    return LANDING_PAGE.render(title=TITLE, tags=TECH_TAGS, badge=BADGE)


def nginx_conf(port: int) -> str:
    return (
        "server {\n"
        f"  listen {port};\n"
        "  root /usr/share/nginx/html;\n"
        "  index index.html;\n"
        f"  location {HEALTH} {{ return 200 'ok'; add_header Content-Type text/plain; }}\n"
        "}\n"
    )


def workload() -> Workload:
    http = EXPOSURE.port("http")
    return Workload(
        name=NAME,
        namespace=NAMESPACE.name,
        application=APP.name,
        exposure=EXPOSURE,
        labels=LABELS,
        config_maps=(
            ConfigMap(name=LANDING, data={"index.html": index_html(), "nginx.conf": nginx_conf(http.container_port)}),
        ),
        deployment=Deployment(
            name=NAME,
            selector=SELECTOR,
            pod_labels=POD_LABELS,
            security=PodSecurityContext(
                run_as_non_root=True,
                run_as_user=NGINX_UID,
                run_as_group=NGINX_UID,
                fs_group=NGINX_UID,
                seccomp_runtime_default=True,
            ),
            containers=(
                Container(
                    name="nginx",
                    image="nginxinc/nginx-unprivileged:1.27-alpine",  # renovate: docker
                    image_pull_policy=PullPolicy.IF_NOT_PRESENT,
                    ports=(ContainerPort(name=http.name, protocol=Protocol.TCP),),
                    liveness_probe=HttpProbe(path=HEALTH, port=http.name, period_seconds=30),
                    readiness_probe=HttpProbe(path=HEALTH, port=http.name, period_seconds=10),
                    resources=Resources(
                        cpu_request="10m", memory_request="32Mi", cpu_limit="100m", memory_limit="64Mi"
                    ),
                    security=ContainerSecurity(
                        allow_privilege_escalation=False,
                        read_only_root_filesystem=True,
                        drop_capabilities=("ALL",),
                    ),
                    mounts=(
                        VolumeMount(volume="html", mount_path="/usr/share/nginx/html", read_only=True),
                        VolumeMount(volume="nginx-conf", mount_path="/etc/nginx/conf.d", read_only=True),
                        VolumeMount(volume="tmp", mount_path="/tmp"),
                        VolumeMount(volume="nginx-cache", mount_path="/var/cache/nginx"),
                    ),
                ),
            ),
            volumes=(
                ConfigMapVolume(name="html", config_map=LANDING, items=(("index.html", "index.html"),)),
                ConfigMapVolume(name="nginx-conf", config_map=LANDING, items=(("nginx.conf", "default.conf"),)),
                EmptyDirVolume(name="tmp", size_limit="10Mi"),
                EmptyDirVolume(name="nginx-cache", size_limit="10Mi"),
            ),
        ),
    )


SERVICE = Service(
    name=NAME,
    namespace=NAMESPACE,
    applications=(APP,),
    exposure=EXPOSURE,
    workloads=(workload(),),
    bookmark=Bookmark(
        id="app-launchfast",
        slug="launchfast",
        name="LaunchFast",
        group="Development",
        icon="https://api.iconify.design/mdi/rocket-launch-outline.svg?color=%236c63ff",
        description="Modern Startup Scaffolding CLI",
    ),
)
