"""LaunchFast: a static landing page served by unprivileged nginx (restricted Pod Security)."""

from __future__ import annotations

from html import escape

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


def index_html() -> str:
    tags = "\n".join(f'        <li class="tag">{escape(tag)}</li>' for tag in TECH_TAGS)
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(TITLE)}</title>
  <style>
    body {{ margin: 0; min-height: 100vh; display: grid; place-items: center;
           font-family: system-ui, sans-serif; background: #0f1020; color: #e8e8f0; }}
    main {{ text-align: center; padding: 2rem; }}
    h1 {{ font-size: 3rem; margin: 0 0 .5rem; color: #6c63ff; }}
    .badge {{ display: inline-block; padding: .25rem .75rem; border-radius: 999px;
              background: #6c63ff; color: #fff; font-weight: 600; }}
    ul {{ list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; justify-content: center; }}
    .tag {{ border: 1px solid #6c63ff; border-radius: 6px; padding: .25rem .6rem; }}
  </style>
</head>
<body>
  <main>
    <h1>LaunchFast</h1>
    <p>Modern startup scaffolding, from idea to production.</p>
    <ul>
{tags}
    </ul>
    <span class="badge">{escape(BADGE)}</span>
  </main>
</body>
</html>
"""


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
