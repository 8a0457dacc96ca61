"""kube-prometheus-stack: Prometheus, Alertmanager, Grafana (SSO via Authentik) and kube-state-metrics."""

from __future__ import annotations

from typing import TypedDict

from homelab.catalog.charts._common import (
    Enabled,
    PodSecurityContext,
    Resources,
    VolumeClaimTemplate,
    volume_claim,
)
from homelab.model import Chart

CHART = Chart(
    name="kube-prometheus-stack",
    repo="https://prometheus-community.github.io/helm-charts",
    version="82.1.0",  # renovate: helm kube-prometheus-stack
)

GRAFANA_SECRET_MOUNT = "/etc/secrets"


class GrafanaAdmin(TypedDict):
    existingSecret: str
    passwordKey: str


class NodePortService(TypedDict):
    type: str
    nodePort: int


class Persistence(TypedDict):
    enabled: bool
    size: str


class EnvFromSecret(TypedDict):
    name: str
    optional: bool


class SecretMount(TypedDict):
    name: str
    secretName: str
    mountPath: str
    readOnly: bool


class Sidecar(TypedDict):
    dashboards: Enabled
    datasources: Enabled


class GrafanaServer(TypedDict):
    root_url: str


class GrafanaAuth(TypedDict):
    disable_login_form: bool


class GenericOAuth(TypedDict):
    enabled: bool
    name: str
    allow_sign_up: bool
    client_id: str
    client_secret: str
    scopes: str
    auth_url: str
    token_url: str
    api_url: str
    role_attribute_path: str
    auto_login: bool


GrafanaIni = TypedDict(
    "GrafanaIni",
    {"server": GrafanaServer, "auth": GrafanaAuth, "auth.generic_oauth": GenericOAuth},
)
Grafana = TypedDict(
    "Grafana",
    {
        "admin": GrafanaAdmin,
        "service": NodePortService,
        "persistence": Persistence,
        "initChownData": Enabled,
        "securityContext": PodSecurityContext,
        "envFromSecrets": list[EnvFromSecret],
        "grafana.ini": GrafanaIni,
        "extraSecretMounts": list[SecretMount],
        "defaultDashboardsEnabled": bool,
        "sidecar": Sidecar,
    },
    total=False,
)


class StorageSpec(TypedDict):
    volumeClaimTemplate: VolumeClaimTemplate


class PrometheusSpec(TypedDict, total=False):
    securityContext: PodSecurityContext
    scrapeInterval: str
    evaluationInterval: str
    retention: str
    resources: Resources
    storageSpec: StorageSpec


class Prometheus(TypedDict):
    prometheusSpec: PrometheusSpec


class AlertmanagerSpec(TypedDict, total=False):
    securityContext: PodSecurityContext
    resources: Resources
    storage: StorageSpec


class Alertmanager(TypedDict):
    alertmanagerSpec: AlertmanagerSpec


class Values(TypedDict, total=False):
    grafana: Grafana
    prometheus: Prometheus
    alertmanager: Alertmanager
    nodeExporter: Enabled
    kubeStateMetrics: Enabled
    kubeProxy: Enabled
    kubeEtcd: Enabled
    kubeScheduler: Enabled
    kubeControllerManager: Enabled


def values(
    *,
    grafana_node_port: int,
    grafana_url: str,
    sso_base_url: str,
    grafana_secret: str,
    admin_password_key: str,
    oauth_client_id_key: str,
    oauth_client_secret_key: str,
) -> Values:
    """Grafana logs in through Authentik only; its OAuth client id and secret are files from the Secret."""
    oauth = f"{sso_base_url}/application/o"
    return {
        "grafana": {
            "admin": {"existingSecret": grafana_secret, "passwordKey": admin_password_key},
            "service": {"type": "NodePort", "nodePort": grafana_node_port},
            "persistence": {"enabled": True, "size": "2Gi"},
            "initChownData": {"enabled": False},
            "securityContext": {"runAsUser": 472, "runAsGroup": 472, "fsGroup": 472},
            "envFromSecrets": [{"name": grafana_secret, "optional": False}],
            "grafana.ini": {
                "server": {"root_url": grafana_url},
                "auth": {"disable_login_form": True},
                "auth.generic_oauth": {
                    "enabled": True,
                    "name": "Authentik",
                    "allow_sign_up": True,
                    "client_id": f"$__file{{{GRAFANA_SECRET_MOUNT}/{oauth_client_id_key}}}",
                    "client_secret": f"$__file{{{GRAFANA_SECRET_MOUNT}/{oauth_client_secret_key}}}",
                    "scopes": "openid email profile",
                    "auth_url": f"{oauth}/authorize/",
                    "token_url": f"{oauth}/token/",
                    "api_url": f"{oauth}/userinfo",
                    "role_attribute_path": "contains(groups[*], 'authentik Admins') && 'Admin' || 'Viewer'",
                    "auto_login": True,
                },
            },
            "extraSecretMounts": [
                {
                    "name": "oauth-secret",
                    "secretName": grafana_secret,
                    "mountPath": GRAFANA_SECRET_MOUNT,
                    "readOnly": True,
                }
            ],
            "defaultDashboardsEnabled": True,
            "sidecar": {"dashboards": {"enabled": True}, "datasources": {"enabled": True}},
        },
        "prometheus": {
            "prometheusSpec": {
                "securityContext": {
                    "runAsUser": 65534,
                    "runAsGroup": 65534,
                    "runAsNonRoot": True,
                    "fsGroup": 65534,
                },
                "scrapeInterval": "60s",
                "evaluationInterval": "60s",
                "retention": "15d",
                "resources": {
                    "requests": {"cpu": "200m", "memory": "512Mi"},
                    "limits": {"cpu": "1", "memory": "2Gi"},
                },
                "storageSpec": {"volumeClaimTemplate": volume_claim("10Gi")},
            }
        },
        "alertmanager": {
            "alertmanagerSpec": {
                "securityContext": {
                    "runAsUser": 1000,
                    "runAsGroup": 2000,
                    "runAsNonRoot": True,
                    "fsGroup": 2000,
                },
                "resources": {
                    "requests": {"cpu": "50m", "memory": "64Mi"},
                    "limits": {"cpu": "200m", "memory": "256Mi"},
                },
                "storage": {"volumeClaimTemplate": volume_claim("2Gi")},
            }
        },
        # node-exporter needs host namespaces and hostPort, which baseline Pod Security refuses.
        "nodeExporter": {"enabled": False},
        "kubeStateMetrics": {"enabled": True},
        "kubeProxy": {"enabled": False},
        "kubeEtcd": {"enabled": False},
        "kubeScheduler": {"enabled": False},
        "kubeControllerManager": {"enabled": False},
    }
