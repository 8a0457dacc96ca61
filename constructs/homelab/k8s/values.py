"""Turning model values into plain JSON for manifests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homelab.model.typed import TerraformVariable

#: A rendered Kubernetes object as plain JSON data.
Manifest = dict[str, Any]


class SensitiveValueError(ValueError):
    """A Terraform-only (sensitive) value reached a renderer that writes to git."""


def plain(value: Any, *, terraform: bool = False, path: str = "values") -> Any:
    """``value`` as JSON data. ``TerraformVariable`` leaves become ``${var.NAME}`` only when
    ``terraform`` is true (Layer 0); anywhere else they would put a secret's slot into git."""
    if isinstance(value, TerraformVariable):
        if not terraform:
            raise SensitiveValueError(
                f"{path}: Terraform variable {value.name!r} is sensitive and can only be rendered by "
                "Layer 0 (make layer0). Move the Application to created_by=TERRAFORM or read the value "
                "from an ExternalSecret."
            )
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v, terraform=terraform, path=f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, terraform=terraform, path=f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def sorted_manifest(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """``manifest`` with every mapping's keys sorted, recursively: the key order cdk8s gives each object it
    synthesizes, so an object rendered as a plain dict (no jsii round trip) is written byte for byte alike."""
    return {key: _sorted(manifest[key]) for key in sorted(manifest)}


def _sorted(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value
