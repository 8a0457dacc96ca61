"""Infisical: the secret store. Its Application is created by Terraform (ESO needs it before Argo CD can sync)."""

from __future__ import annotations

from homelab.catalog import projects
from homelab.catalog.charts import infisical
from homelab.catalog.services import argocd
from homelab.catalog.variables import SENSITIVE
from homelab.model import (
    Application,
    BootstrapSecret,
    Component,
    CreatedBy,
    Exposure,
    GroupKind,
    HelmSource,
    IgnoreDifference,
    Namespace,
    PodSecurity,
    PortMapping,
    SyncOption,
)
from homelab.model.monitoring import Bookmark
from homelab.model.service import Service

NAMESPACE = Namespace(
    name="infisical",
    pod_security=PodSecurity.baseline_enforced(),
    reason="chart pods run as root and set no seccompProfile",
    created_by_terraform=True,
)
EXPOSURE = Exposure(
    key="infisical",
    service="Infisical",
    namespace=NAMESPACE.name,
    ports=(PortMapping(name="http", container_port=8080, node_port=30445),),
    tailscale_port=8445,
)

# Secrets Terraform creates before Infisical exists (they are its own keys and database passwords).
BOOTSTRAP = BootstrapSecret(
    name="infisical-secrets",
    namespace=NAMESPACE.name,
    terraform_name="infisical_bootstrap",
    data={
        "ENCRYPTION_KEY": SENSITIVE.infisical_encryption_key,
        "AUTH_SECRET": SENSITIVE.infisical_auth_secret,
    },
)
HELM_SECRETS = BootstrapSecret(
    name="infisical-helm-secrets",
    namespace=argocd.NAMESPACE.name,
    terraform_name="infisical_helm_secrets",
    data={
        "values.yaml": {
            "postgresql": {"auth": {"password": SENSITIVE.infisical_postgres_password}},
            "redis": {"auth": {"password": SENSITIVE.infisical_redis_password}},
        }
    },
)

SERVICE = Service(
    name="infisical",
    namespace=NAMESPACE,
    exposure=EXPOSURE,
    applications=(
        Application(
            name="infisical",
            project=projects.SECRETS,
            namespace=NAMESPACE.name,
            component=Component.SECRETS,
            wave=0,
            source=HelmSource(
                chart=infisical.CHART,
                schema=infisical.Values,
                values=infisical.values(
                    node_port=EXPOSURE.primary.node_port,
                    kube_secret=BOOTSTRAP.name,
                    postgres_password=SENSITIVE.infisical_postgres_password,
                    redis_password=SENSITIVE.infisical_redis_password,
                ),
            ),
            sync_options=(SyncOption.CREATE_NAMESPACE,),
            created_by=CreatedBy.TERRAFORM,
            # The chart's Secrets are generated; Terraform owns their real data.
            ignore_differences=(IgnoreDifference(group="", kind="Secret", json_pointers=("/data",)),),
            cluster_kinds=(GroupKind(group="networking.k8s.io", kind="IngressClass"),),
        ),
    ),
    bookmark=Bookmark(
        id="app-infisical",
        slug="infisical",
        name="Infisical",
        group="Infrastructure",
        icon="https://avatars.githubusercontent.com/u/107880645?s=48&v=4",
        description="Secret Management Platform",
    ),
)
