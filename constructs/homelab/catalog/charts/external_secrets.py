"""external-secrets: the External Secrets Operator and its CRDs."""

from __future__ import annotations

from typing import TypedDict

from homelab.catalog.charts._common import PodSecurityContext, Resources
from homelab.model import Chart

CHART = Chart(
    name="external-secrets",
    repo="https://charts.external-secrets.io",
    version="0.20.4",  # renovate: helm external-secrets
)


class Controller(TypedDict, total=False):
    securityContext: PodSecurityContext


class Values(TypedDict, total=False):
    replicaCount: int
    installCRDs: bool
    resources: Resources
    controller: Controller


def values() -> Values:
    return {
        "replicaCount": 1,
        "installCRDs": True,
        "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"memory": "256Mi"}},
        "controller": {
            "securityContext": {"runAsUser": 1000, "runAsGroup": 1000, "runAsNonRoot": True, "fsGroup": 1000}
        },
    }
