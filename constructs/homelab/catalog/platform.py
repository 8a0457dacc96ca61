"""The platform under the services: Argo CD's release and root app, the aggregator Applications,
the projects, the Layer 0 bootstrap Secrets, the host and the tailnet."""

from __future__ import annotations

from homelab.catalog import projects
from homelab.catalog.charts import argo_cd
from homelab.catalog.host import host
from homelab.catalog.namespaces import KUBE_SYSTEM
from homelab.catalog.services import argocd, authentik, external_secrets, infisical
from homelab.catalog.tailnet import TAILNET
from homelab.catalog.variables import SENSITIVE
from homelab.model import AcceptedRisk, Application, Component, CreatedBy, GitPath, HelmRelease, Parameters, SyncOption
from homelab.model.homelab import Platform
from homelab.model.monitoring import Bookmark

DOCS_SITE = "https://holdennguyen.github.io/homelab"
SSA = SyncOption.SERVER_SIDE_APPLY

ROOT_APP = Application(
    name="argocd-apps",
    project=projects.DEFAULT,
    namespace=argocd.NAMESPACE.name,
    component=Component.GITOPS,
    source=GitPath(),
    sync_options=(SSA,),
    created_by=CreatedBy.TERRAFORM,
)
# The aggregators write into every namespace they render objects for (derived by the model).
NAMESPACE_SECURITY = Application(
    name="namespace-security",
    project=projects.APPS,
    namespace=argocd.NAMESPACE.name,
    component=Component.SECURITY,
    wave=2,
    source=GitPath(),
    sync_options=(SSA,),
)
NETWORKING_POLICIES = Application(
    name="networking-policies",
    project=projects.APPS,
    namespace=argocd.NAMESPACE.name,
    component=Component.NETWORKING,
    wave=2,
    source=GitPath(),
    sync_options=(SSA,),
)

ARGOCD_RELEASE = HelmRelease(
    name=argo_cd.RELEASE,
    namespace=argocd.NAMESPACE.name,
    chart=argo_cd.CHART,
    settings=argo_cd.settings(
        node_port_http=argocd.EXPOSURE.port("http").node_port,
        node_port_https=argocd.EXPOSURE.port("https").node_port,
        url=TAILNET.url(argocd.EXPOSURE),
        sso_base_url=TAILNET.url(authentik.EXPOSURE),
    ),
    sensitive_settings=argo_cd.sensitive_settings(oidc_client_secret=SENSITIVE.argocd_oidc_client_secret),
)

DOCS = Bookmark(
    id="app-mkdocs",
    slug="mkdocs",
    name="Homelab Docs",
    group="Documentation",
    launch_url=DOCS_SITE,
    icon="https://avatars.githubusercontent.com/u/9692741?s=48&v=4",
    description="Homelab Documentation",
)


def platform(params: Parameters) -> Platform:
    return Platform(
        argocd_namespace=argocd.NAMESPACE,
        argocd_release=ARGOCD_RELEASE,
        root_app=ROOT_APP,
        projects=projects.PROJECTS,
        namespace_security=NAMESPACE_SECURITY,
        networking_policies=NETWORKING_POLICIES,
        bootstrap_secrets=(infisical.BOOTSTRAP, infisical.HELM_SECRETS, external_secrets.MACHINE_IDENTITY),
        sensitive_variables=SENSITIVE,
        host=host(params),
        tailnet=TAILNET,
        namespaces=(KUBE_SYSTEM,),
        bookmarks=(DOCS,),
        # The spec's order of the portal's bookmarks (a new service's bookmark goes last).
        bookmark_order=("infisical", "mkdocs", "trivy", "openclaw", "launchfast"),
        accepted_risks=(
            AcceptedRisk(
                name="every Argo CD user is admin (configs.rbac policy.default: role:admin)",
                where=f"Helm release {ARGOCD_RELEASE.name!r}",
                reason="the spec decides it: the only way in is Authentik SSO over the tailnet, the owner is its "
                "only user, and no group mapping exists to grant less",
            ),
        ),
    )
