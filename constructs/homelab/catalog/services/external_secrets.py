"""External Secrets Operator: turns Infisical keys into Kubernetes Secrets (the ClusterSecretStore lives here)."""

from __future__ import annotations

from homelab.catalog import projects
from homelab.catalog.charts import external_secrets
from homelab.catalog.charts import infisical as infisical_chart
from homelab.catalog.services import infisical
from homelab.catalog.variables import SENSITIVE
from homelab.model import (
    Application,
    BootstrapSecret,
    ClusterSecretStore,
    Component,
    GitPath,
    HelmSource,
    Namespace,
    PodSecurity,
    SyncOption,
)
from homelab.model.service import ApiServer, Service, ToService

NAMESPACE = Namespace(name="external-secrets", pod_security=PodSecurity.restricted(), created_by_terraform=True)

# The machine identity ESO logs in to Infisical with: created by Terraform from tfvars.
MACHINE_IDENTITY = BootstrapSecret(
    name="infisical-machine-identity",
    namespace=NAMESPACE.name,
    terraform_name="infisical_machine_identity",
    data={
        "clientId": SENSITIVE.machine_identity_client_id,
        "clientSecret": SENSITIVE.machine_identity_client_secret,
    },
)

CONFIG = Application(
    name="external-secrets-config",
    project=projects.SECRETS,
    namespace=NAMESPACE.name,
    component=Component.SECRETS,
    wave=1,  # after external-secrets (wave 0) has installed the ESO CRDs
    source=GitPath(),
    sync_options=(SyncOption.CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
)

TO_INFISICAL = ToService(service=infisical.SERVICE, port="http")

STORE = ClusterSecretStore(
    name="infisical",
    application=CONFIG.name,
    exposure=infisical.EXPOSURE,
    host_api=f"http://{infisical_chart.SERVICE_NAME}.{TO_INFISICAL.namespace}.svc.cluster.local:"
    f"{TO_INFISICAL.container_port}",
    credentials=MACHINE_IDENTITY,
    client_id_key="clientId",
    client_secret_key="clientSecret",
    project_slug="homelab",
    environment_slug="prod",
)


SERVICE = Service(
    name="external-secrets",
    namespace=NAMESPACE,
    egress=(ApiServer(), TO_INFISICAL),
    applications=(
        Application(
            name="external-secrets",
            project=projects.SECRETS,
            namespace=NAMESPACE.name,
            component=Component.SECRETS,
            wave=0,
            source=HelmSource(
                chart=external_secrets.CHART, schema=external_secrets.Values, values=external_secrets.values()
            ),
            sync_options=(SyncOption.CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
            cluster_kinds=(projects.CRD, *projects.CLUSTER_RBAC, projects.VALIDATING_WEBHOOK),
        ),
        CONFIG,
    ),
    secret_store=STORE,
)
