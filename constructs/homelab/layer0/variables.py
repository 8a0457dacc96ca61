"""The stack's input variables (spec ``terraform.variables``): what ``terraform.tfvars`` fills in.

Sensitive variables never have a default, so no secret can be committed with the code; their
values come from ``cdktf/terraform.tfvars`` (git-ignored) at apply time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from cdktn import TerraformStack
from cdktn import TerraformVariable as TfVariable

from homelab.model import Homelab

KUBE_CONTEXT: Final = "kube_context"
ARGOCD_VERSION: Final = "argocd_version"
HOMELAB_REPO_URL: Final = "homelab_repo_url"


@dataclass(frozen=True, kw_only=True)
class Variable:
    """One ``variable`` block. ``hint`` tells the owner how to obtain the value (tfvars example)."""

    name: str
    description: str
    sensitive: bool = False
    default: str | None = None
    hint: str = ""

    def __post_init__(self) -> None:
        if self.sensitive and self.default is not None:
            raise ValueError(f"variable {self.name!r}: a sensitive variable must not have a default")


def declarations(model: Homelab) -> tuple[Variable, ...]:
    """Every variable, in the spec's order; defaults come from the model."""
    placeholder = "any placeholder on the first apply"
    identity = f"from Infisical: the machine identity's Universal Auth; {placeholder}"
    return (
        Variable(
            name=model.sensitive_variables.argocd_oidc_client_secret.name,
            description="Client secret of the argocd OIDC client in Authentik",
            sensitive=True,
            hint=f"from Authentik's 'argocd' OAuth2 provider; {placeholder}, as Argo CD installs Authentik later",
        ),
        Variable(
            name=KUBE_CONTEXT,
            description="kubeconfig context of the target cluster",
            default=model.host.kube_context,
        ),
        Variable(
            name=ARGOCD_VERSION, description="argo-cd Helm chart version", default=model.argocd_release.chart.version
        ),
        Variable(
            name=HOMELAB_REPO_URL,
            description=f"HTTPS URL of the GitOps repository (default {model.params.repo_url})",
            default=model.params.repo_url,
        ),
        Variable(
            name=model.sensitive_variables.infisical_encryption_key.name,
            description="Infisical ENCRYPTION_KEY, 32 hex characters",
            sensitive=True,
            hint="generate: openssl rand -hex 16",
        ),
        Variable(
            name=model.sensitive_variables.infisical_auth_secret.name,
            description="Infisical AUTH_SECRET, random base64 string",
            sensitive=True,
            hint="generate: openssl rand -base64 32",
        ),
        Variable(
            name=model.sensitive_variables.infisical_postgres_password.name,
            description="Password of the PostgreSQL bundled with Infisical",
            sensitive=True,
            hint="generate: openssl rand -hex 24",
        ),
        Variable(
            name=model.sensitive_variables.infisical_redis_password.name,
            description="Password of the Redis bundled with Infisical",
            sensitive=True,
            hint="generate: openssl rand -hex 24",
        ),
        Variable(
            name=model.sensitive_variables.machine_identity_client_id.name,
            description="Universal Auth clientId used by ESO",
            sensitive=True,
            hint=identity,
        ),
        Variable(
            name=model.sensitive_variables.machine_identity_client_secret.name,
            description="Universal Auth clientSecret used by ESO",
            sensitive=True,
            hint=identity,
        ),
    )


def tfvars_example(model: Homelab) -> tuple[str, ...]:
    """The keys of ``terraform.tfvars.example``, in its order (spec ``tfvars_example_variable_names``).

    ``homelab_repo_url`` is left out on purpose: the repository is a synthesizer parameter that the
    AppProjects and child Applications use too, so it must be changed there, not in tfvars.
    """
    sensitive = model.sensitive_variables
    return (
        KUBE_CONTEXT,
        ARGOCD_VERSION,
        sensitive.infisical_encryption_key.name,
        sensitive.infisical_auth_secret.name,
        sensitive.infisical_postgres_password.name,
        sensitive.infisical_redis_password.name,
        sensitive.machine_identity_client_id.name,
        sensitive.machine_identity_client_secret.name,
        sensitive.argocd_oidc_client_secret.name,
    )


class Variables:
    """The stack's ``variable`` blocks by name, and the tokens that reference them."""

    def __init__(self, stack: TerraformStack, variables: Iterable[Variable]) -> None:
        self.declared: dict[str, Variable] = {}
        self._blocks: dict[str, TfVariable] = {}
        self._tokens: set[str] = set()
        for var in variables:
            self.declared[var.name] = var
            self._blocks[var.name] = TfVariable(
                stack,
                var.name,
                type="string",
                description=var.description,
                sensitive=True if var.sensitive else None,
                default=var.default,
            )

    def ref(self, name: str) -> str:
        """A token that synthesizes to ``${var.NAME}`` (bare ``var.NAME`` inside an expression)."""
        token = self._blocks[name].string_value
        self._tokens.add(token)
        return token

    def is_ref(self, value: str) -> bool:
        """Whether ``value`` is a token :meth:`ref` returned (not a literal)."""
        return value in self._tokens

    def sensitive_names(self) -> tuple[str, ...]:
        return tuple(name for name, var in self.declared.items() if var.sensitive)
