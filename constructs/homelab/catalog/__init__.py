"""THE homelab: the spec, written once in Python. ``build()`` returns the model every renderer reads."""

from __future__ import annotations

from homelab.catalog import argocd, authentik, host, monitoring, namespaces, network, secrets
from homelab.catalog import names as n
from homelab.catalog.workloads import launchfast, openclaw, trivy_dashboard
from homelab.model import Exposure, Homelab, Parameters


def build(params: Parameters | None = None) -> Homelab:
    """The homelab for ``params`` (the owner's defaults when omitted)."""
    params = params or Parameters()

    def url_of(exposure: Exposure) -> str:
        port = "" if exposure.tailscale_port == 443 else f":{exposure.tailscale_port}"
        return f"https://{n.TAILNET_HOST}{port}"

    return Homelab(
        params=params,
        argocd_namespace=n.ARGOCD,
        root_app=n.ROOT_APP,
        namespaces=namespaces.NAMESPACES,
        projects=argocd.PROJECTS,
        applications=argocd.applications(tailnet_url_of={e.key: url_of(e) for e in network.EXPOSURES}),
        exposures=network.EXPOSURES,
        network_policies=network.policies(),
        secret_store=secrets.STORE,
        external_secrets=secrets.EXTERNAL_SECRETS,
        bootstrap_secrets=secrets.BOOTSTRAP_SECRETS,
        workloads=(openclaw.workload(params), trivy_dashboard.workload(), launchfast.workload()),
        monitoring=monitoring.MONITORING,
        vulnerability_scanner=monitoring.VULNERABILITY_SCANNER,
        authentik_blueprint=authentik.blueprint(url_of),
        host=host.host(params),
        namespace_security_app=n.APP_NAMESPACE_SECURITY,
        tailnet_host=n.TAILNET_HOST,
        tailnet_cidr=n.TAILNET_CIDR,
    )
