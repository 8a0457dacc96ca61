"""Secrets wiring: Infisical → ClusterSecretStore → ExternalSecrets → Kubernetes Secrets.

No secret *values* ever appear in the model; only names of secrets and keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from homelab.model.network import Exposure
from homelab.model.typed import TerraformVariable


@dataclass(frozen=True, kw_only=True)
class SecretKey:
    """One key fetched from the store: ``remote_key`` in Infisical becomes ``secret_key``."""

    secret_key: str
    remote_key: str


@dataclass(frozen=True, kw_only=True)
class ExternalSecret:
    """An ExternalSecret that makes Secret ``name`` in ``namespace``.

    With a ``template`` the Secret's keys are the template's keys (rendered from the fetched
    ``data``); without one, they are the ``secret_key`` of each entry.
    """

    name: str
    namespace: str
    application: str
    store: str
    data: tuple[SecretKey, ...]
    template: Mapping[str, str] | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    refresh_interval: str = "1h"

    def secret_keys(self) -> tuple[str, ...]:
        """The keys of the Kubernetes Secret this ExternalSecret produces."""
        if self.template is not None:
            return tuple(self.template)
        return tuple(entry.secret_key for entry in self.data)

    def remote_keys(self) -> tuple[str, ...]:
        return tuple(entry.remote_key for entry in self.data)


@dataclass(frozen=True, kw_only=True)
class BootstrapSecret:
    """A Secret created once by Terraform from sensitive variables (it must exist before Infisical).

    ``data`` maps each Secret key to the Terraform variable holding its value, or to an object
    (with variables as leaves) that Terraform ``yamlencode``s into the key.
    """

    name: str
    namespace: str
    terraform_name: str
    data: Mapping[str, TerraformVariable | Mapping[str, Any]]


@dataclass(frozen=True, kw_only=True)
class SensitiveVariables:
    """The sensitive Terraform variables: the only names under which secrets reach Layer 0."""

    infisical_encryption_key: TerraformVariable
    infisical_auth_secret: TerraformVariable
    infisical_postgres_password: TerraformVariable
    infisical_redis_password: TerraformVariable
    machine_identity_client_id: TerraformVariable
    machine_identity_client_secret: TerraformVariable
    argocd_oidc_client_secret: TerraformVariable


@dataclass(frozen=True, kw_only=True)
class ClusterSecretStore:
    """The cluster-wide store ESO reads from: an Infisical project and environment, via Universal Auth.

    ``exposure`` is the store's server (Layer 0 prints its URL for the first login).
    """

    name: str
    exposure: Exposure
    application: str
    host_api: str
    credentials: BootstrapSecret
    client_id_key: str
    client_secret_key: str
    project_slug: str
    environment_slug: str
    secrets_path: str = "/"
