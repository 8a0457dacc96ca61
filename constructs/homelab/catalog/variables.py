"""The sensitive Terraform variables: the only names under which secrets reach Layer 0."""

from __future__ import annotations

from homelab.model.secrets import SensitiveVariables
from homelab.model.typed import TerraformVariable

SENSITIVE = SensitiveVariables(
    infisical_encryption_key=TerraformVariable("infisical_encryption_key"),
    infisical_auth_secret=TerraformVariable("infisical_auth_secret"),
    # Passwords of Infisical's bundled databases: only Terraform knows them.
    infisical_postgres_password=TerraformVariable("infisical_postgres_password"),
    infisical_redis_password=TerraformVariable("infisical_redis_password"),
    machine_identity_client_id=TerraformVariable("infisical_machine_identity_client_id"),
    machine_identity_client_secret=TerraformVariable("infisical_machine_identity_client_secret"),
    # Authentik's OIDC client secret for Argo CD: Terraform hands it to the release via set_sensitive.
    argocd_oidc_client_secret=TerraformVariable("argocd_oidc_client_secret"),
)
