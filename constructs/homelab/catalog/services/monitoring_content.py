"""Grafana dashboards and Prometheus rules of the monitoring service (rendered by monitoring-config)."""

from __future__ import annotations

from typing import Any

from homelab.model.monitoring import Alert, Dashboard, Record, RuleGroup

RUNBOOKS = "https://github.com/holdennguyen/homelab/tree/main/docs/runbooks#"
COMMON_LABELS = {"app.kubernetes.io/name": "monitoring", "app.kubernetes.io/instance": "monitoring"}


def _panel(index: int, title: str, expr: str, *, kind: str = "timeseries", unit: str = "short") -> dict[str, Any]:
    """A panel on a two-column grid, querying the default Prometheus datasource."""
    return {
        "id": index + 1,
        "title": title,
        "type": kind,
        "datasource": {"type": "prometheus", "uid": "prometheus"},
        "gridPos": {"h": 8, "w": 12, "x": 12 * (index % 2), "y": 8 * (index // 2)},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "targets": [{"refId": "A", "expr": expr}],
    }


def _dashboard(
    name: str, uid: str, title: str, tags: tuple[str, ...], panels: list[tuple[str, str, str, str]]
) -> Dashboard:
    return Dashboard(
        name=name,
        uid=uid,
        title=title,
        tags=tags,
        panels=tuple(_panel(i, t, e, kind=k, unit=u) for i, (t, e, k, u) in enumerate(panels)),
    )


DASHBOARDS = (
    _dashboard(
        "dashboard-homelab-overview",
        "homelab-overview",
        "Homelab Overview",
        ("homelab", "overview"),
        [
            (
                "Nodes ready",
                'sum(kube_node_status_condition{condition="Ready",status="true"})',
                "stat",
                "short",
            ),
            ("Running pods", 'sum(kube_pod_status_phase{phase="Running"})', "stat", "short"),
            ("CPU usage by namespace", "sum by (namespace) (namespace:cpu:rate)", "timeseries", "cores"),
            (
                "Memory usage by namespace",
                "sum by (namespace) (namespace:memory:usage)",
                "timeseries",
                "bytes",
            ),
            ("Firing alerts", 'count(ALERTS{alertstate="firing"}) or vector(0)', "stat", "short"),
            (
                "Argo CD apps out of sync",
                'count(argocd_app_sync_status{status="OutOfSync"} == 1) or vector(0)',
                "stat",
                "short",
            ),
        ],
    ),
    _dashboard(
        "dashboard-node-health",
        "node-health",
        "Node Health",
        ("homelab", "node", "health"),
        [
            (
                "CPU usage",
                'sum(rate(container_cpu_usage_seconds_total{container!=""}[5m]))',
                "timeseries",
                "cores",
            ),
            (
                "Memory working set",
                'sum(container_memory_working_set_bytes{container!=""})',
                "timeseries",
                "bytes",
            ),
            ("Allocatable CPU", 'sum(kube_node_status_allocatable{resource="cpu"})', "stat", "cores"),
            ("Allocatable memory", 'sum(kube_node_status_allocatable{resource="memory"})', "stat", "bytes"),
            (
                "Container restarts (1h)",
                "sum(increase(kube_pod_container_status_restarts_total[1h]))",
                "stat",
                "short",
            ),
            (
                "PVC usage",
                "kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes",
                "timeseries",
                "percentunit",
            ),
        ],
    ),
    _dashboard(
        "dashboard-network",
        "network",
        "Network",
        ("network", "traffic"),
        [
            (
                "Receive by namespace",
                "sum by (namespace) (namespace:network:receive:rate)",
                "timeseries",
                "Bps",
            ),
            (
                "Transmit by namespace",
                "sum by (namespace) (namespace:network:transmit:rate)",
                "timeseries",
                "Bps",
            ),
            (
                "Receive errors",
                "sum(rate(container_network_receive_errors_total[5m]))",
                "timeseries",
                "short",
            ),
            (
                "Transmit errors",
                "sum(rate(container_network_transmit_errors_total[5m]))",
                "timeseries",
                "short",
            ),
        ],
    ),
    _dashboard(
        "dashboard-argocd",
        "argocd",
        "ArgoCD",
        ("argocd", "gitops"),
        [
            ("Applications", "count(argocd_app_info)", "stat", "short"),
            (
                "Out of sync",
                'count(argocd_app_sync_status{status="OutOfSync"} == 1) or vector(0)',
                "stat",
                "short",
            ),
            (
                "Degraded",
                'count(argocd_app_health_status{status="Degraded"} == 1) or vector(0)',
                "stat",
                "short",
            ),
            ("Sync operations", "sum by (name) (increase(argocd_app_sync_total[1h]))", "timeseries", "short"),
            (
                "Reconciliation time p95",
                "histogram_quantile(0.95, sum by (le) (rate(argocd_app_reconcile_bucket[5m])))",
                "timeseries",
                "s",
            ),
            (
                "Git requests",
                "sum by (request_type) (rate(argocd_git_request_total[5m]))",
                "timeseries",
                "reqps",
            ),
            (
                "Repo server memory",
                'sum(container_memory_working_set_bytes{namespace="argocd",container!=""})',
                "timeseries",
                "bytes",
            ),
        ],
    ),
    _dashboard(
        "dashboard-authentik",
        "authentik",
        "Authentik",
        ("authentik", "sso"),
        [
            (
                "Pods running",
                'sum(kube_pod_status_phase{namespace="authentik",phase="Running"})',
                "stat",
                "short",
            ),
            (
                "CPU",
                'sum(rate(container_cpu_usage_seconds_total{namespace="authentik",container!=""}[5m]))',
                "timeseries",
                "cores",
            ),
            (
                "Memory",
                'sum(container_memory_working_set_bytes{namespace="authentik",container!=""})',
                "timeseries",
                "bytes",
            ),
            (
                "Restarts (1h)",
                'sum(increase(kube_pod_container_status_restarts_total{namespace="authentik"}[1h]))',
                "stat",
                "short",
            ),
        ],
    ),
    _dashboard(
        "dashboard-infisical",
        "infisical",
        "Infisical",
        ("infisical", "secrets"),
        [
            (
                "Pods running",
                'sum(kube_pod_status_phase{namespace="infisical",phase="Running"})',
                "stat",
                "short",
            ),
            (
                "CPU",
                'sum(rate(container_cpu_usage_seconds_total{namespace="infisical",container!=""}[5m]))',
                "timeseries",
                "cores",
            ),
            (
                "Memory",
                'sum(container_memory_working_set_bytes{namespace="infisical",container!=""})',
                "timeseries",
                "bytes",
            ),
            (
                "ExternalSecrets not ready",
                'sum(externalsecret_status_condition{condition="Ready",status="False"}) or vector(0)',
                "stat",
                "short",
            ),
        ],
    ),
)


def _alert(name: str, expr: str, for_: str, severity: str, component: str, summary: str, description: str) -> Alert:
    return Alert(
        alert=name,
        expr=expr,
        for_=for_,
        severity=severity,
        component=component,
        summary=summary,
        description=description,
    )


RULE_GROUPS = (
    RuleGroup(
        name="alerts-argocd",
        group="argocd",
        rules=(
            _alert(
                "ArgoCDAppOutOfSync",
                'argocd_app_sync_status{status="OutOfSync"} == 1',
                "5m",
                "warning",
                "gitops",
                "Argo CD application {{ $labels.name }} is out of sync",
                "{{ $labels.name }} has differed from git for more than 5 minutes.",
            ),
            _alert(
                "ArgoCDAppDegraded",
                'argocd_app_health_status{status="Degraded"} == 1',
                "5m",
                "critical",
                "gitops",
                "Argo CD application {{ $labels.name }} is degraded",
                "{{ $labels.name }} has reported Degraded health for more than 5 minutes.",
            ),
        ),
    ),
    RuleGroup(
        name="alerts-certificates",
        group="certificates",
        rules=(
            _alert(
                "CertificateExpiringSoon",
                '((certificate_validity_not_after{type="x509"} - time()) / 86400 < 30)'
                ' and (certificate_validity_not_after{type="x509"} - time()) > 0',
                "1h",
                "warning",
                "security",
                "Certificate {{ $labels.name }} expires within 30 days",
                "Renew {{ $labels.name }} before it expires.",
            ),
            _alert(
                "CertificateExpired",
                'certificate_validity_not_after{type="x509"} < time()',
                "1h",
                "critical",
                "security",
                "Certificate {{ $labels.name }} has expired",
                "{{ $labels.name }} is past its notAfter date.",
            ),
        ),
    ),
    RuleGroup(
        name="alerts-nodes",
        group="nodes",
        rules=(
            _alert(
                "NodeHighCPUUsage",
                'sum by (node) (rate(container_cpu_usage_seconds_total{container!=""}[5m])) '
                '/ sum by (node) (kube_node_status_allocatable{resource="cpu"}) * 100 > 90',
                "10m",
                "warning",
                "node",
                "Node {{ $labels.node }} CPU above 90%",
                "CPU usage on {{ $labels.node }} has stayed above 90% for 10 minutes.",
            ),
            _alert(
                "NodeHighMemoryUsage",
                'sum by (node) (container_memory_working_set_bytes{container!=""}) '
                '/ sum by (node) (kube_node_status_allocatable{resource="memory"}) * 100 > 85',
                "10m",
                "warning",
                "node",
                "Node {{ $labels.node }} memory above 85%",
                "Memory usage on {{ $labels.node }} has stayed above 85% for 10 minutes.",
            ),
            _alert(
                "NodeHighDiskUsage",
                "max by (node) (kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes) * 100 > 90",
                "15m",
                "warning",
                "node",
                "Node {{ $labels.node }} disk above 90%",
                "Volume usage on {{ $labels.node }} has stayed above 90% for 15 minutes.",
            ),
        ),
    ),
    RuleGroup(
        name="alerts-pods",
        group="pods",
        rules=(
            _alert(
                "PodCrashLooping",
                "rate(kube_pod_container_status_restart_total[15m]) * 60 * 5 > 0",
                "2m",
                "warning",
                "pod",
                "Pod {{ $labels.namespace }}/{{ $labels.pod }} is crash looping",
                "Container {{ $labels.container }} restarted in the last 15 minutes.",
            ),
            _alert(
                "PodOOMKilled",
                'kube_pod_container_status_terminated_reason{reason="OOMKilled"} > 0',
                "1m",
                "critical",
                "pod",
                "Pod {{ $labels.namespace }}/{{ $labels.pod }} was OOM killed",
                "Container {{ $labels.container }} exceeded its memory limit.",
            ),
        ),
    ),
    RuleGroup(
        name="alerts-prometheus",
        group="prometheus",
        rules=(
            _alert(
                "PrometheusTargetMissing",
                'up{job=~".*"} == 0',
                "3m",
                "critical",
                "monitoring",
                "Prometheus target {{ $labels.job }} is down",
                "{{ $labels.instance }} of job {{ $labels.job }} has not been scraped for 3 minutes.",
            ),
            _alert(
                "PrometheusTooManyChunks",
                "prometheus_tsdb_head_chunks > 4",
                "5m",
                "warning",
                "monitoring",
                "Prometheus head holds many chunks",
                "The TSDB head has more chunks than expected for this homelab.",
            ),
        ),
    ),
    RuleGroup(
        name="alerts-pvc",
        group="persistentvolumeclaims",
        rules=(
            _alert(
                "PVCUsageTooHigh",
                "kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes * 100 > 80",
                "5m",
                "warning",
                "storage",
                "PVC {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} above 80%",
                "Grow the claim or free space before it fills up.",
            ),
        ),
    ),
    RuleGroup(
        name="recording-rules-namespace",
        group="namespace",
        rules=(
            Record(
                record="namespace:cpu:rate",
                expr='sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=""}[5m]))',
            ),
            Record(
                record="namespace:memory:usage",
                expr='sum by (namespace) (container_memory_working_set_bytes{container!=""})',
            ),
            Record(
                record="namespace:memory:limit",
                expr='sum by (namespace) (kube_pod_container_resource_limits{resource="memory"})',
            ),
            Record(
                record="namespace:network:transmit:rate",
                expr="sum by (namespace) (rate(container_network_transmit_bytes_total[5m]))",
            ),
            Record(
                record="namespace:network:receive:rate",
                expr="sum by (namespace) (rate(container_network_receive_bytes_total[5m]))",
            ),
            Record(
                record="namespace:pod:count",
                expr='count by (namespace) (kube_pod_status_phase{phase="Running"})',
            ),
        ),
    ),
    RuleGroup(
        name="recording-rules-requests",
        group="requests",
        rules=(
            Record(
                record="http:requests:rate5m",
                expr="sum by (namespace, service) (rate(http_requests_total[5m]))",
            ),
            Record(
                record="http:requests:errors:rate5m",
                expr='sum by (namespace, service) (rate(http_requests_total{code=~"5.."}[5m]))',
            ),
            Record(record="http:requests:total:rate5m", expr="sum(rate(http_requests_total[5m]))"),
        ),
    ),
)
