"""Helpers the resource modules share: Terraform names and the namespaces Terraform creates."""

from __future__ import annotations

from typing import TypeVar

from cdktn import TerraformResource, TerraformStack
from cdktn_provider_kubernetes.namespace import Namespace, NamespaceMetadata

R = TypeVar("R", bound=TerraformResource)

#: Namespaces created so far, by Kubernetes name (several modules need the same one).
Namespaces = dict[str, Namespace]


def tf_name(name: str) -> str:
    """A Kubernetes name as a Terraform identifier (``external-secrets`` -> ``external_secrets``)."""
    return name.replace("-", "_").replace(".", "_")


def named(resource: R, name: str) -> R:
    """Give ``resource`` the Terraform name ``name``.

    Construct ids must be unique in the stack, Terraform names only per resource type
    (``kubernetes_namespace.argocd`` and ``helm_release.argocd``), so every resource gets a
    distinct construct id (``<type>_<name>``) and its Terraform name here.
    """
    resource.override_logical_id(name)
    return resource


def namespace(stack: TerraformStack, namespaces: Namespaces, name: str) -> Namespace:
    """The ``kubernetes_namespace`` for ``name``, created on first use."""
    if name not in namespaces:
        ns = Namespace(stack, f"kubernetes_namespace_{tf_name(name)}", metadata=NamespaceMetadata(name=name))
        namespaces[name] = named(ns, tf_name(name))
    return namespaces[name]
