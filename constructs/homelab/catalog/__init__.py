"""THE homelab: the spec, written once in Python. ``build()`` returns the model every renderer reads."""

from __future__ import annotations

from homelab.catalog import argocd, authentik, host, monitoring, namespaces, network, secrets
from homelab.catalog import names as n
from homelab.catalog.charts import argo_cd
from homelab.catalog.workloads import launchfast, openclaw, trivy_dashboard, vulnerability_rescan
from homelab.model import AcceptedRisk, HelmRelease, Homelab, Parameters
from homelab.model.network import Tailnet


def build(params: Parameters | None = None) -> Homelab:
    """The homelab for ``params`` (the owner's defaults when omitted)."""
    params = params or Parameters()

    tailnet = Tailnet(host=n.TAILNET_HOST, cidr=n.TAILNET_CIDR)

    return Homelab(
        params=params,
        argocd_namespace=n.ARGOCD,
        argocd_release=HelmRelease(
            name=argo_cd.RELEASE,
            namespace=n.ARGOCD,
            chart=argo_cd.CHART,
            settings=argo_cd.settings(
                node_port_http=network.ARGOCD_SERVER.port("http").node_port,
                node_port_https=network.ARGOCD_SERVER.port("https").node_port,
                url=tailnet.url(network.ARGOCD_SERVER),
                sso_base_url=tailnet.url(network.AUTHENTIK),
            ),
            sensitive_settings=argo_cd.sensitive_settings(oidc_client_secret=secrets.ARGOCD_OIDC_CLIENT_SECRET),
        ),
        root_app=n.ROOT_APP,
        namespaces=namespaces.NAMESPACES,
        projects=argocd.PROJECTS,
        applications=argocd.applications(tailnet_url_of={e.key: tailnet.url(e) for e in network.EXPOSURES}),
        exposures=network.EXPOSURES,
        network_policies=network.policies(),
        secret_store=secrets.STORE,
        external_secrets=secrets.EXTERNAL_SECRETS,
        bootstrap_secrets=secrets.BOOTSTRAP_SECRETS,
        workloads=(
            openclaw.workload(params),
            trivy_dashboard.workload(),
            launchfast.workload(),
            vulnerability_rescan.workload(),
        ),
        monitoring=monitoring.MONITORING,
        authentik_blueprint=authentik.blueprint(tailnet.url),
        host=host.host(params),
        namespace_security_app=n.APP_NAMESPACE_SECURITY,
        tailnet=tailnet,
        accepted_risks=(
            AcceptedRisk(
                name="every Argo CD user is admin (configs.rbac policy.default: role:admin)",
                where=f"Helm release {argo_cd.RELEASE!r}",
                reason="the spec decides it: the only way in is Authentik SSO over the tailnet, the owner is its "
                "only user, and no group mapping exists to grant less",
            ),
        ),
    )
