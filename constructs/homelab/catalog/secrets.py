"""Layer 2: the Infisical store, the ExternalSecrets, and the Secrets Terraform bootstraps."""

from __future__ import annotations

from homelab.catalog import names as n
from homelab.catalog.charts import infisical as infisical_chart
from homelab.catalog.network import INFISICAL
from homelab.model import BootstrapSecret, ClusterSecretStore, ExternalSecret, SecretKey
from homelab.model.typed import TerraformVariable

# The sensitive Terraform variables: the only names under which secrets reach Layer 0.
INFISICAL_ENCRYPTION_KEY = TerraformVariable("infisical_encryption_key")
INFISICAL_AUTH_SECRET = TerraformVariable("infisical_auth_secret")
MACHINE_IDENTITY_CLIENT_ID = TerraformVariable("infisical_machine_identity_client_id")
MACHINE_IDENTITY_CLIENT_SECRET = TerraformVariable("infisical_machine_identity_client_secret")
# Passwords of Infisical's bundled databases: only Terraform knows them.
INFISICAL_POSTGRES_PASSWORD = TerraformVariable("infisical_postgres_password")
INFISICAL_REDIS_PASSWORD = TerraformVariable("infisical_redis_password")
# Authentik's OIDC client secret for Argo CD: Terraform hands it to the release via set_sensitive.
ARGOCD_OIDC_CLIENT_SECRET = TerraformVariable("argocd_oidc_client_secret")

INFISICAL_BOOTSTRAP = BootstrapSecret(
    name=n.INFISICAL_BOOTSTRAP_SECRET,
    namespace=n.INFISICAL,
    terraform_name="infisical_bootstrap",
    data={
        "ENCRYPTION_KEY": INFISICAL_ENCRYPTION_KEY,
        "AUTH_SECRET": INFISICAL_AUTH_SECRET,
    },
)
INFISICAL_HELM = BootstrapSecret(
    name=n.INFISICAL_HELM_SECRET,
    namespace=n.ARGOCD,
    terraform_name="infisical_helm_secrets",
    data={
        "values.yaml": {
            "postgresql": {"auth": {"password": INFISICAL_POSTGRES_PASSWORD}},
            "redis": {"auth": {"password": INFISICAL_REDIS_PASSWORD}},
        }
    },
)
MACHINE_IDENTITY = BootstrapSecret(
    name=n.MACHINE_IDENTITY_SECRET,
    namespace=n.EXTERNAL_SECRETS,
    terraform_name="infisical_machine_identity",
    data={
        "clientId": MACHINE_IDENTITY_CLIENT_ID,
        "clientSecret": MACHINE_IDENTITY_CLIENT_SECRET,
    },
)
BOOTSTRAP_SECRETS = (INFISICAL_BOOTSTRAP, INFISICAL_HELM, MACHINE_IDENTITY)

STORE = ClusterSecretStore(
    name=n.SECRET_STORE,
    application=n.APP_EXTERNAL_SECRETS_CONFIG,
    host_api=f"http://{infisical_chart.SERVICE_NAME}.{n.INFISICAL}.svc.cluster.local:{INFISICAL.primary.container_port}",
    credentials=MACHINE_IDENTITY,
    client_id_key="clientId",
    client_secret_key="clientSecret",
    project_slug="homelab",
    environment_slug="prod",
)


def _same(*keys: str) -> tuple[SecretKey, ...]:
    """Entries whose Secret key is the Infisical key itself."""
    return tuple(SecretKey(secret_key=key, remote_key=key) for key in keys)


AUTHENTIK = ExternalSecret(
    name=n.AUTHENTIK_SECRET,
    namespace=n.AUTHENTIK,
    application=n.APP_AUTHENTIK_CONFIG,
    store=n.SECRET_STORE,
    labels={"app.kubernetes.io/name": n.AUTHENTIK, "app.kubernetes.io/instance": n.AUTHENTIK},
    data=(
        SecretKey(secret_key="secretKey", remote_key="AUTHENTIK_SECRET_KEY"),
        SecretKey(secret_key="bootstrapPassword", remote_key="AUTHENTIK_BOOTSTRAP_PASSWORD"),
        SecretKey(secret_key="bootstrapToken", remote_key="AUTHENTIK_BOOTSTRAP_TOKEN"),
        SecretKey(secret_key="pgPassword", remote_key="AUTHENTIK_POSTGRES_PASSWORD"),
    ),
    # Authentik reads AUTHENTIK_* from env; its PostgreSQL subchart reads the password from pg-password.
    template={
        "AUTHENTIK_SECRET_KEY": "{{ .secretKey }}",
        "AUTHENTIK_BOOTSTRAP_PASSWORD": "{{ .bootstrapPassword }}",
        "AUTHENTIK_BOOTSTRAP_TOKEN": "{{ .bootstrapToken }}",
        "AUTHENTIK_POSTGRESQL__PASSWORD": "{{ .pgPassword }}",
        "pg-password": "{{ .pgPassword }}",
    },
)
AUTHENTIK_PG_PASSWORD_KEY = "pg-password"

GRAFANA_ADMIN_USER_KEY = "admin-user"
GRAFANA_ADMIN_PASSWORD_KEY = "admin-password"
GRAFANA_OAUTH_CLIENT_ID_KEY = "oauth-client-id"
GRAFANA_OAUTH_CLIENT_SECRET_KEY = "oauth-client-secret"
GRAFANA = ExternalSecret(
    name=n.GRAFANA_SECRET,
    namespace=n.MONITORING,
    application=n.APP_MONITORING_CONFIG,
    store=n.SECRET_STORE,
    labels={"app.kubernetes.io/name": n.MONITORING, "app.kubernetes.io/instance": n.MONITORING},
    data=(
        SecretKey(secret_key=GRAFANA_ADMIN_USER_KEY, remote_key="GRAFANA_ADMIN_USER"),
        SecretKey(secret_key=GRAFANA_ADMIN_PASSWORD_KEY, remote_key="GRAFANA_ADMIN_PASSWORD"),
        SecretKey(secret_key=GRAFANA_OAUTH_CLIENT_ID_KEY, remote_key="GRAFANA_OAUTH_CLIENT_ID"),
        SecretKey(secret_key=GRAFANA_OAUTH_CLIENT_SECRET_KEY, remote_key="GRAFANA_OAUTH_CLIENT_SECRET"),
    ),
)

OPENCLAW = ExternalSecret(
    name=n.OPENCLAW_SECRET,
    namespace=n.OPENCLAW,
    application=n.OPENCLAW,
    store=n.SECRET_STORE,
    data=_same(
        "OPENCLAW_GATEWAY_TOKEN",
        "OPENROUTER_API_KEY",
        "GEMINI_API_KEY",
        "GITHUB_TOKEN",
        "DISCORD_BOT_TOKEN",
        "DISCORD_WEBHOOK_DEUTSCH",
        "DISCORD_WEBHOOK_ENGLISH",
        "DISCORD_WEBHOOK_ALERTS",
        "DISCORD_WEBHOOK_DAILY",
        "CURSOR_API_KEY",
    ),
)

EXTERNAL_SECRETS = (AUTHENTIK, GRAFANA, OPENCLAW)
