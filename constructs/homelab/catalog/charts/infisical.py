"""infisical-standalone: Infisical with its bundled PostgreSQL and Redis (installed by Layer 0)."""

from __future__ import annotations

from typing import TypedDict

from homelab.catalog.charts._common import Resources
from homelab.model import Chart
from homelab.model.typed import TerraformVariable

CHART = Chart(
    name="infisical-standalone",
    repo="https://dl.cloudsmith.io/public/infisical/helm-charts/helm/charts/",
    version="1.7.2",  # renovate: helm infisical-standalone
)
RELEASE = "infisical"
# The chart names its API Service "<release>-<chart>-infisical".
SERVICE_NAME = f"{RELEASE}-{CHART.name}-infisical"


class Service(TypedDict):
    type: str
    nodePort: str  # the chart templates it verbatim; it must be a string


class Infisical(TypedDict, total=False):
    replicaCount: int
    kubeSecretRef: str
    service: Service
    resources: Resources


class Ingress(TypedDict):
    enabled: bool


class PostgresAuth(TypedDict):
    username: str
    password: TerraformVariable
    database: str


class Postgresql(TypedDict):
    enabled: bool
    fullnameOverride: str
    auth: PostgresAuth


class RedisAuth(TypedDict):
    password: TerraformVariable


class Redis(TypedDict):
    enabled: bool
    fullnameOverride: str
    architecture: str
    auth: RedisAuth


class Values(TypedDict):
    infisical: Infisical
    ingress: Ingress
    postgresql: Postgresql
    redis: Redis


def values(
    *,
    node_port: int,
    kube_secret: str,
    postgres_password: TerraformVariable,
    redis_password: TerraformVariable,
) -> Values:
    """The passwords are Terraform variables: an Application CR cannot read values from a Secret."""
    return {
        "infisical": {
            "replicaCount": 1,
            "kubeSecretRef": kube_secret,
            "service": {"type": "NodePort", "nodePort": str(node_port)},
            "resources": {"requests": {"cpu": "100m", "memory": "512Mi"}, "limits": {"memory": "1500Mi"}},
        },
        "ingress": {"enabled": False},
        "postgresql": {
            "enabled": True,
            "fullnameOverride": "postgresql",
            "auth": {"username": "infisical", "password": postgres_password, "database": "infisicalDB"},
        },
        "redis": {
            "enabled": True,
            "fullnameOverride": "redis",
            "architecture": "standalone",
            "auth": {"password": redis_password},
        },
    }
