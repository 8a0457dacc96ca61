"""How each service is reached, and what each namespace's pods may talk to."""

from __future__ import annotations

from homelab.catalog import names as n
from homelab.model import (
    AllowApiServerEgress,
    AllowDns,
    AllowEgressToNamespace,
    AllowIngressFromNamespace,
    AllowInternetEgress,
    AllowSameNamespace,
    AllowTailscaleIngress,
    DefaultDenyAll,
    Exposure,
    NamespacePolicies,
    PortMapping,
)

AUTHENTIK = Exposure(
    key="authentik",
    service="Authentik",
    namespace=n.AUTHENTIK,
    ports=(
        PortMapping(name="http", container_port=9000, node_port=30500),
        PortMapping(name="https", container_port=9443, node_port=30501),
    ),
    tailscale_port=443,
)
ARGOCD_SERVER = Exposure(
    key="argocd-server",
    service="ArgoCD",
    namespace=n.ARGOCD,
    ports=(
        PortMapping(name="http", container_port=8080, node_port=30080),
        PortMapping(name="https", container_port=8080, node_port=30443),
    ),
    tailscale_port=8443,
)
GRAFANA = Exposure(
    key="grafana",
    service="Grafana",
    namespace=n.MONITORING,
    ports=(PortMapping(name="http", container_port=3000, node_port=30090),),
    tailscale_port=8444,
)
INFISICAL = Exposure(
    key="infisical",
    service="Infisical",
    namespace=n.INFISICAL,
    ports=(PortMapping(name="http", container_port=8080, node_port=30445),),
    tailscale_port=8445,
)
LAUNCHFAST = Exposure(
    key="launchfast",
    service="LaunchFast",
    namespace=n.LAUNCHFAST,
    ports=(PortMapping(name="http", container_port=8080, node_port=30100),),
    tailscale_port=8446,
)
OPENCLAW = Exposure(
    key="openclaw",
    service="OpenClaw",
    namespace=n.OPENCLAW,
    ports=(PortMapping(name="http", container_port=18789, node_port=30789),),
    tailscale_port=8447,
)
TRIVY_DASHBOARD = Exposure(
    key="trivy-dashboard",
    service="Trivy Dashboard",
    namespace=n.TRIVY_DASHBOARD,
    ports=(PortMapping(name="http", container_port=8900, node_port=30448),),
    tailscale_port=8448,
)

EXPOSURES = (AUTHENTIK, ARGOCD_SERVER, GRAFANA, INFISICAL, LAUNCHFAST, OPENCLAW, TRIVY_DASHBOARD)

HTTPS = 443
SSH = 22

_BASE = (DefaultDenyAll(), AllowSameNamespace(), AllowDns())


def policies() -> tuple[NamespacePolicies, ...]:
    """Default-deny everywhere, then only what each namespace needs (declared intent: OrbStack does
    not enforce NetworkPolicies)."""
    infisical_api = INFISICAL.primary.container_port
    shared = n.APP_NETWORKING_POLICIES
    return (
        NamespacePolicies(
            namespace=n.ARGOCD,
            application=shared,
            rules=(
                *_BASE,
                AllowTailscaleIngress(),
                AllowApiServerEgress(),
                # Argo CD pulls charts over HTTPS and may use git over SSH.
                AllowInternetEgress(
                    ports=(HTTPS, SSH),
                    private_ranges_reason="the spec renders plain 0.0.0.0/0: Argo CD may pull charts and git "
                    "repositories from hosts on the home network or the tailnet",
                ),
            ),
        ),
        NamespacePolicies(
            namespace=n.MONITORING,
            application=shared,
            rules=(
                *_BASE,
                AllowTailscaleIngress(),
                AllowApiServerEgress(),
                AllowInternetEgress(
                    ports=(HTTPS,),
                    private_ranges_reason="the spec renders plain 0.0.0.0/0: Grafana and Prometheus may reach "
                    "HTTPS endpoints on the home network or the tailnet (alert receivers, datasources)",
                ),
            ),
        ),
        NamespacePolicies(namespace=n.AUTHENTIK, application=shared, rules=(*_BASE, AllowTailscaleIngress())),
        NamespacePolicies(
            namespace=n.OPENCLAW,
            application=shared,
            rules=(
                *_BASE,
                AllowTailscaleIngress(),
                AllowApiServerEgress(),
                AllowInternetEgress(
                    ports=(HTTPS,),
                    private_ranges_reason="the spec renders plain 0.0.0.0/0: the agents call the homelab's own "
                    "HTTPS services through their tailnet URLs",
                ),
            ),
        ),
        NamespacePolicies(
            namespace=n.EXTERNAL_SECRETS,
            application=shared,
            rules=(
                *_BASE,
                AllowApiServerEgress(),
                AllowEgressToNamespace(namespace=n.INFISICAL, ports=(infisical_api,)),
            ),
        ),
        NamespacePolicies(
            namespace=n.INFISICAL,
            application=shared,
            rules=(
                *_BASE,
                AllowTailscaleIngress(),
                AllowIngressFromNamespace(namespace=n.EXTERNAL_SECRETS, ports=(infisical_api,)),
            ),
        ),
        NamespacePolicies(namespace=n.LAUNCHFAST, application=shared, rules=(*_BASE, AllowTailscaleIngress())),
        NamespacePolicies(
            namespace=n.TRIVY_DASHBOARD,
            application="trivy-dashboard",
            rules=(*_BASE, AllowTailscaleIngress(), AllowApiServerEgress()),
        ),
    )
