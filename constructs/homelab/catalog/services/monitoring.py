"""Monitoring: kube-prometheus-stack (Prometheus, Grafana), and the dashboards and rules of monitoring-config."""

from __future__ import annotations

from homelab.catalog import projects
from homelab.catalog.charts import kube_prometheus_stack
from homelab.catalog.namespaces import KUBE_SYSTEM
from homelab.catalog.services import authentik, external_secrets
from homelab.catalog.services.monitoring_content import COMMON_LABELS, DASHBOARDS, RULE_GROUPS, RUNBOOKS
from homelab.catalog.tailnet import TAILNET
from homelab.model import (
    Application,
    Component,
    Exposure,
    ExternalSecret,
    GitPath,
    GroupKind,
    HelmSource,
    Namespace,
    PodSecurity,
    PortMapping,
    SecretKey,
    SyncOption,
)
from homelab.model.monitoring import Monitoring
from homelab.model.service import ApiServer, Internet, Service

NAMESPACE = Namespace(
    name="monitoring",
    pod_security=PodSecurity.baseline_enforced(),
    reason="chart workloads are not restricted-compliant (node-exporter would need host namespaces "
    "and hostPort; it is disabled)",
)
EXPOSURE = Exposure(
    key="grafana",
    service="Grafana",
    namespace=NAMESPACE.name,
    ports=(PortMapping(name="http", container_port=3000, node_port=30090),),
    tailscale_port=8444,
)

CONFIG = Application(
    name="monitoring-config",
    project=projects.APPS,
    namespace=NAMESPACE.name,
    component=Component.MONITORING,
    source=GitPath(),
    sync_options=(SyncOption.CREATE_NAMESPACE,),
)

ADMIN_USER_KEY = "admin-user"
ADMIN_PASSWORD_KEY = "admin-password"
OAUTH_CLIENT_ID_KEY = "oauth-client-id"
OAUTH_CLIENT_SECRET_KEY = "oauth-client-secret"
GRAFANA_SECRET = ExternalSecret(
    name="grafana-secret",
    namespace=NAMESPACE.name,
    application=CONFIG.name,
    store=external_secrets.STORE.name,
    labels=COMMON_LABELS,
    data=(
        SecretKey(secret_key=ADMIN_USER_KEY, remote_key="GRAFANA_ADMIN_USER"),
        SecretKey(secret_key=ADMIN_PASSWORD_KEY, remote_key="GRAFANA_ADMIN_PASSWORD"),
        SecretKey(secret_key=OAUTH_CLIENT_ID_KEY, remote_key="GRAFANA_OAUTH_CLIENT_ID"),
        SecretKey(secret_key=OAUTH_CLIENT_SECRET_KEY, remote_key="GRAFANA_OAUTH_CLIENT_SECRET"),
    ),
)

SERVICE = Service(
    name="monitoring",
    namespace=NAMESPACE,
    exposure=EXPOSURE,
    egress=(
        ApiServer(),
        Internet(
            ports=(443,),
            private_ranges_reason="the spec renders plain 0.0.0.0/0: Grafana and Prometheus may reach HTTPS "
            "endpoints on the home network or the tailnet (alert receivers, datasources)",
        ),
    ),
    applications=(
        Application(
            name="monitoring",
            project=projects.APPS,
            namespace=NAMESPACE.name,
            component=Component.MONITORING,
            source=HelmSource(
                chart=kube_prometheus_stack.CHART,
                schema=kube_prometheus_stack.Values,
                values=kube_prometheus_stack.values(
                    grafana_node_port=EXPOSURE.primary.node_port,
                    grafana_url=TAILNET.url(EXPOSURE),
                    sso_base_url=TAILNET.url(authentik.EXPOSURE),
                    grafana_secret=GRAFANA_SECRET.name,
                    admin_password_key=ADMIN_PASSWORD_KEY,
                    oauth_client_id_key=OAUTH_CLIENT_ID_KEY,
                    oauth_client_secret_key=OAUTH_CLIENT_SECRET_KEY,
                ),
            ),
            sync_options=(SyncOption.CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
            # The chart monitors the control plane through Services it creates in kube-system.
            also_writes_to=(KUBE_SYSTEM,),
            cluster_kinds=(
                *projects.CLUSTER_RBAC,
                projects.CRD,
                GroupKind(group="monitoring.coreos.com", kind="*"),
                projects.MUTATING_WEBHOOK,
                projects.VALIDATING_WEBHOOK,
            ),
        ),
        CONFIG,
    ),
    secrets=(GRAFANA_SECRET,),
    monitoring=Monitoring(
        application=CONFIG.name,
        namespace=NAMESPACE.name,
        dashboards=DASHBOARDS,
        dashboard_labels={"grafana_dashboard": "1", **COMMON_LABELS},
        rule_groups=RULE_GROUPS,
        rule_labels={"prometheus": "kube-prometheus", "role": "alert-rules", **COMMON_LABELS},
        runbook_url_prefix=RUNBOOKS,
    ),
)
