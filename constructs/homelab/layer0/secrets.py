"""bootstrap-secrets.tf: the Secrets that must exist before Infisical and ESO run, and their namespaces.

One ``kubernetes_secret`` per ``model.bootstrap_secrets`` entry. Every value comes from a
sensitive variable; a mapping value is a values file Terraform ``yamlencode``s (its leaves are
sensitive variables too).
"""

from __future__ import annotations

from collections.abc import Mapping

from cdktn import ITerraformDependable, TerraformStack
from cdktn_provider_kubernetes.secret import Secret, SecretMetadata

from homelab.layer0.resources import Namespaces, named, namespace
from homelab.layer0.sensitive import Guard
from homelab.model import Homelab


def bootstrap(stack: TerraformStack, model: Homelab, guard: Guard, namespaces: Namespaces) -> None:
    """The bootstrap Secrets; a namespace another file created is also an explicit ``depends_on``."""
    created_elsewhere = set(namespaces)
    for secret in model.bootstrap_secrets:
        ns = namespace(stack, namespaces, secret.namespace)
        address = f"kubernetes_secret.{secret.terraform_name}"
        data: dict[str, str] = {}
        for key, value in secret.data.items():
            slot = f"{address} (Secret {secret.namespace}/{secret.name}) data[{key!r}]"
            if isinstance(value, Mapping):
                data[key] = guard.yamlencode(guard.sensitive_tree(value, slot=slot), slot=slot)
            else:
                data[key] = guard.sensitive(value, slot=slot)
        depends_on: list[ITerraformDependable] = [ns] if secret.namespace in created_elsewhere else []
        named(
            Secret(
                stack,
                f"kubernetes_secret_{secret.terraform_name}",
                metadata=SecretMetadata(name=secret.name, namespace=ns.metadata.name),
                type="Opaque",
                data=data,
                depends_on=depends_on or None,
            ),
            secret.terraform_name,
        )
