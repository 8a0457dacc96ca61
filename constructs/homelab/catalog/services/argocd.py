"""Argo CD: installed by Terraform with Helm (it cannot install itself; see ``catalog/platform.py``)."""

from __future__ import annotations

from homelab.model import Exposure, Namespace, PodSecurity, PortMapping
from homelab.model.service import ApiServer, Internet, Service

HTTPS = 443
SSH = 22

NAMESPACE = Namespace(name="argocd", pod_security=PodSecurity.restricted(), created_by_terraform=True)
EXPOSURE = Exposure(
    key="argocd-server",
    service="ArgoCD",
    namespace=NAMESPACE.name,
    ports=(
        PortMapping(name="http", container_port=8080, node_port=30080),
        PortMapping(name="https", container_port=8080, node_port=30443),
    ),
    tailscale_port=8443,
)

SERVICE = Service(
    name="argocd",
    namespace=NAMESPACE,
    exposure=EXPOSURE,
    # Argo CD pulls charts over HTTPS and may use git over SSH.
    egress=(
        ApiServer(),
        Internet(
            ports=(HTTPS, SSH),
            private_ranges_reason="the spec renders plain 0.0.0.0/0: Argo CD may pull charts and git repositories "
            "from hosts on the home network or the tailnet",
        ),
    ),
)
