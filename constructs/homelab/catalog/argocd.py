"""Layer 1: the AppProjects and Applications of the App of Apps."""

from __future__ import annotations

from homelab.catalog import names as n
from homelab.catalog import network, secrets
from homelab.catalog.charts import (
    authentik,
    external_secrets,
    infisical,
    kube_prometheus_stack,
    trivy_operator,
)
from homelab.model import (
    Application,
    Component,
    CreatedBy,
    GitPath,
    GroupKind,
    HelmSource,
    IgnoreDifference,
    Project,
    SyncOption,
)

CREATE_NS = SyncOption.CREATE_NAMESPACE
SSA = SyncOption.SERVER_SIDE_APPLY


def _kinds(group: str, *kinds: str) -> tuple[GroupKind, ...]:
    return tuple(GroupKind(group=group, kind=kind) for kind in kinds)


NAMESPACE = GroupKind(group="", kind="Namespace")
CRD = GroupKind(group="apiextensions.k8s.io", kind="CustomResourceDefinition")
CLUSTER_RBAC = _kinds("rbac.authorization.k8s.io", "ClusterRole", "ClusterRoleBinding")

PROJECTS = (
    Project(
        name=n.PROJECT_SECRETS,
        description="Secret management infrastructure (ESO, Infisical)",
        charts=(external_secrets.CHART, infisical.CHART),
        destinations=(n.EXTERNAL_SECRETS, n.INFISICAL),
        cluster_resource_whitelist=(
            NAMESPACE,
            CRD,
            *CLUSTER_RBAC,
            GroupKind(group="admissionregistration.k8s.io", kind="ValidatingWebhookConfiguration"),
            GroupKind(group="external-secrets.io", kind="ClusterSecretStore"),
            GroupKind(group="networking.k8s.io", kind="IngressClass"),
        ),
    ),
    Project(
        name=n.PROJECT_DATA,
        description="Databases and persistent data stores",
        cluster_resource_whitelist=(NAMESPACE,),
    ),
    Project(
        name=n.PROJECT_APPS,
        description="User-facing applications and services",
        charts=(kube_prometheus_stack.CHART, authentik.CHART, trivy_operator.CHART),
        # namespace-security and networking-policies (destination argocd) write Namespaces and
        # NetworkPolicies into argocd, external-secrets and infisical too.
        destinations=(
            n.MONITORING,
            n.KUBE_SYSTEM,
            n.OPENCLAW,
            n.AUTHENTIK,
            n.TRIVY_DASHBOARD,
            n.LAUNCHFAST,
            n.ARGOCD,
            n.EXTERNAL_SECRETS,
            n.INFISICAL,
        ),
        cluster_resource_whitelist=(
            NAMESPACE,
            *CLUSTER_RBAC,
            CRD,
            GroupKind(group="monitoring.coreos.com", kind="*"),
            *_kinds(
                "admissionregistration.k8s.io",
                "MutatingWebhookConfiguration",
                "ValidatingWebhookConfiguration",
            ),
            GroupKind(group="aquasecurity.github.io", kind="*"),
        ),
    ),
    Project(name=n.PROJECT_DEFAULT, description="Argo CD's built-in project", builtin=True),
)


def applications(*, tailnet_url_of: dict[str, str]) -> tuple[Application, ...]:
    """Every Application, in the order the root app lists them. ``tailnet_url_of`` maps exposure keys to URLs."""
    sso = tailnet_url_of[network.AUTHENTIK.key]
    return (
        Application(
            name=n.ROOT_APP,
            project=n.PROJECT_DEFAULT,
            namespace=n.ARGOCD,
            component=Component.GITOPS,
            source=GitPath(),
            sync_options=(SSA,),
            created_by=CreatedBy.TERRAFORM,
        ),
        Application(
            name="infisical",
            project=n.PROJECT_SECRETS,
            namespace=n.INFISICAL,
            component=Component.SECRETS,
            wave=0,
            source=HelmSource(
                chart=infisical.CHART,
                schema=infisical.Values,
                values=infisical.values(
                    node_port=network.INFISICAL.primary.node_port,
                    kube_secret=secrets.INFISICAL_BOOTSTRAP.name,
                    postgres_password=secrets.INFISICAL_POSTGRES_PASSWORD,
                    redis_password=secrets.INFISICAL_REDIS_PASSWORD,
                ),
            ),
            sync_options=(CREATE_NS,),
            created_by=CreatedBy.TERRAFORM,
            # The chart's Secrets are generated; Terraform owns their real data.
            ignore_differences=(IgnoreDifference(group="", kind="Secret", json_pointers=("/data",)),),
        ),
        Application(
            name="external-secrets",
            project=n.PROJECT_SECRETS,
            namespace=n.EXTERNAL_SECRETS,
            component=Component.SECRETS,
            wave=0,
            source=HelmSource(
                chart=external_secrets.CHART, schema=external_secrets.Values, values=external_secrets.values()
            ),
            sync_options=(CREATE_NS, SSA),
        ),
        Application(
            name=n.APP_EXTERNAL_SECRETS_CONFIG,
            project=n.PROJECT_SECRETS,
            namespace=n.EXTERNAL_SECRETS,
            component=Component.SECRETS,
            wave=1,  # after external-secrets (wave 0) has installed the ESO CRDs
            source=GitPath(),
            sync_options=(CREATE_NS, SSA),
        ),
        Application(
            name="monitoring",
            project=n.PROJECT_APPS,
            namespace=n.MONITORING,
            component=Component.MONITORING,
            source=HelmSource(
                chart=kube_prometheus_stack.CHART,
                schema=kube_prometheus_stack.Values,
                values=kube_prometheus_stack.values(
                    grafana_node_port=network.GRAFANA.primary.node_port,
                    grafana_url=tailnet_url_of[network.GRAFANA.key],
                    sso_base_url=sso,
                    grafana_secret=secrets.GRAFANA.name,
                    admin_password_key=secrets.GRAFANA_ADMIN_PASSWORD_KEY,
                    oauth_client_id_key=secrets.GRAFANA_OAUTH_CLIENT_ID_KEY,
                    oauth_client_secret_key=secrets.GRAFANA_OAUTH_CLIENT_SECRET_KEY,
                ),
            ),
            sync_options=(CREATE_NS, SSA),
        ),
        Application(
            name=n.APP_MONITORING_CONFIG,
            project=n.PROJECT_APPS,
            namespace=n.MONITORING,
            component=Component.MONITORING,
            source=GitPath(),
            sync_options=(CREATE_NS,),
        ),
        Application(
            name="authentik",
            project=n.PROJECT_APPS,
            namespace=n.AUTHENTIK,
            component=Component.IDENTITY,
            wave=1,  # after authentik-config has created its Secret and blueprints
            source=HelmSource(
                chart=authentik.CHART,
                schema=authentik.Values,
                values=authentik.values(
                    secret=secrets.AUTHENTIK.name,
                    postgres_password_key=secrets.AUTHENTIK_PG_PASSWORD_KEY,
                    blueprint_config_map=n.AUTHENTIK_BLUEPRINTS,
                    node_port_http=network.AUTHENTIK.port("http").node_port,
                    node_port_https=network.AUTHENTIK.port("https").node_port,
                ),
            ),
            sync_options=(CREATE_NS, SSA),
        ),
        Application(
            name=n.APP_AUTHENTIK_CONFIG,
            project=n.PROJECT_APPS,
            namespace=n.AUTHENTIK,
            component=Component.IDENTITY,
            wave=0,
            source=GitPath(),
            sync_options=(CREATE_NS,),
        ),
        Application(
            name=n.OPENCLAW,
            project=n.PROJECT_APPS,
            namespace=n.OPENCLAW,
            component=Component.AI,
            source=GitPath(),
            sync_options=(CREATE_NS,),
        ),
        Application(
            name="trivy-operator",
            project=n.PROJECT_APPS,
            namespace=n.MONITORING,
            component=Component.SECURITY,
            wave=2,
            source=HelmSource(
                chart=trivy_operator.CHART,
                schema=trivy_operator.Values,
                # OpenClaw's hostPath-heavy pod is scanned by nobody: its image is built locally.
                values=trivy_operator.values(namespace=n.MONITORING, exclude_namespaces=(n.OPENCLAW,)),
            ),
            sync_options=(SyncOption.NO_CREATE_NAMESPACE, SSA),
        ),
        Application(
            name=n.APP_VULNERABILITY_SCANNER,
            project=n.PROJECT_APPS,
            namespace=n.MONITORING,
            component=Component.SECURITY,
            wave=3,  # after trivy-operator (wave 2)
            source=GitPath(),
            sync_options=(SyncOption.NO_CREATE_NAMESPACE, SSA),
        ),
        Application(
            name=n.TRIVY_DASHBOARD,
            project=n.PROJECT_APPS,
            namespace=n.TRIVY_DASHBOARD,
            component=Component.DASHBOARD,
            source=GitPath(),
            sync_options=(CREATE_NS,),
        ),
        Application(
            name=n.LAUNCHFAST,
            project=n.PROJECT_APPS,
            namespace=n.LAUNCHFAST,
            component=Component.WEB,
            source=GitPath(),
            sync_options=(CREATE_NS,),
        ),
        Application(
            name=n.APP_NAMESPACE_SECURITY,
            project=n.PROJECT_APPS,
            namespace=n.ARGOCD,
            component=Component.SECURITY,
            wave=2,
            source=GitPath(),
            sync_options=(SSA,),
        ),
        Application(
            name=n.APP_NETWORKING_POLICIES,
            project=n.PROJECT_APPS,
            namespace=n.ARGOCD,
            component=Component.NETWORKING,
            wave=2,
            source=GitPath(),
            sync_options=(SSA,),
        ),
    )
