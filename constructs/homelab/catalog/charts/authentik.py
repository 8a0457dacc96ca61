"""authentik: the SSO provider (OIDC for Grafana and Argo CD, bookmarks for the rest)."""

from __future__ import annotations

from typing import TypedDict

from homelab.catalog.charts._common import PodSecurityContext
from homelab.model import Chart

CHART = Chart(
    name="authentik",
    repo="https://charts.goauthentik.io",
    version="2025.12.4",  # renovate: helm authentik
)
# The chart's PostgreSQL Service is "<release>-postgresql".
POSTGRES_HOST = "authentik-postgresql"
POSTGRES_PORT = 5432
POSTGRES_USER = "authentik"
POSTGRES_DATABASE = "authentik"


class ExistingSecret(TypedDict):
    secretName: str


class Authentik(TypedDict):
    existingSecret: ExistingSecret


class Blueprints(TypedDict):
    configMaps: list[str]


class SecretRef(TypedDict):
    name: str


class EnvFrom(TypedDict):
    secretRef: SecretRef


class Env(TypedDict):
    name: str
    value: str


class NodeAffinity(TypedDict):
    type: str


class Affinity(TypedDict):
    podAntiAffinity: str
    nodeAffinity: NodeAffinity


class Global(TypedDict):
    envFrom: list[EnvFrom]
    env: list[Env]
    affinity: Affinity


class ServerService(TypedDict):
    type: str
    nodePortHttp: int
    nodePortHttps: int


class Server(TypedDict):
    securityContext: PodSecurityContext
    replicas: int
    service: ServerService


class Worker(TypedDict):
    securityContext: PodSecurityContext
    replicas: int


class SecretKeys(TypedDict):
    adminPasswordKey: str
    userPasswordKey: str


class PostgresAuth(TypedDict):
    username: str
    database: str
    existingSecret: str
    secretKeys: SecretKeys


class PrimaryPersistence(TypedDict):
    enabled: bool
    size: str


class ContainerSecurityContext(TypedDict):
    readOnlyRootFilesystem: bool


class Primary(TypedDict):
    persistence: PrimaryPersistence
    containerSecurityContext: ContainerSecurityContext
    resourcesPreset: str


class Preset(TypedDict):
    resourcesPreset: str


class Postgresql(TypedDict):
    enabled: bool
    auth: PostgresAuth
    primary: Primary
    readReplicas: Preset
    backup: Preset
    passwordUpdateJob: Preset
    volumePermissions: Preset
    metrics: Preset


class ServiceAccount(TypedDict):
    create: bool


# ``global`` is a Python keyword: the functional syntax spells it as the chart does.
Values = TypedDict(
    "Values",
    {
        "authentik": Authentik,
        "blueprints": Blueprints,
        "global": Global,
        "server": Server,
        "worker": Worker,
        "postgresql": Postgresql,
        "serviceAccount": ServiceAccount,
    },
)


def values(
    *,
    secret: str,
    postgres_password_key: str,
    blueprint_config_map: str,
    node_port_http: int,
    node_port_https: int,
) -> Values:
    """Every Authentik credential comes from the ``secret`` ExternalSecret (env and PostgreSQL)."""
    non_root: PodSecurityContext = {
        "runAsUser": 1000,
        "runAsGroup": 1000,
        "runAsNonRoot": True,
        "fsGroup": 1000,
    }
    no_preset: Preset = {"resourcesPreset": "none"}
    return {
        "authentik": {"existingSecret": {"secretName": secret}},
        "blueprints": {"configMaps": [blueprint_config_map]},
        "global": {
            "envFrom": [{"secretRef": {"name": secret}}],
            "env": [
                {"name": "AUTHENTIK_POSTGRESQL__HOST", "value": POSTGRES_HOST},
                {"name": "AUTHENTIK_POSTGRESQL__PORT", "value": str(POSTGRES_PORT)},
                {"name": "AUTHENTIK_POSTGRESQL__USER", "value": POSTGRES_USER},
                {"name": "AUTHENTIK_POSTGRESQL__NAME", "value": POSTGRES_DATABASE},
            ],
            "affinity": {"podAntiAffinity": "none", "nodeAffinity": {"type": "none"}},
        },
        "server": {
            "securityContext": non_root,
            "replicas": 1,
            "service": {"type": "NodePort", "nodePortHttp": node_port_http, "nodePortHttps": node_port_https},
        },
        "worker": {"securityContext": non_root, "replicas": 1},
        "postgresql": {
            "enabled": True,
            "auth": {
                "username": POSTGRES_USER,
                "database": POSTGRES_DATABASE,
                "existingSecret": secret,
                "secretKeys": {
                    "adminPasswordKey": postgres_password_key,
                    "userPasswordKey": postgres_password_key,
                },
            },
            "primary": {
                "persistence": {"enabled": True, "size": "2Gi"},
                "containerSecurityContext": {"readOnlyRootFilesystem": False},
                "resourcesPreset": "none",
            },
            "readReplicas": no_preset,
            "backup": no_preset,
            "passwordUpdateJob": no_preset,
            "volumePermissions": no_preset,
            "metrics": no_preset,
        },
        "serviceAccount": {"create": False},
    }
