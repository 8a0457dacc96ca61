"""trivy-operator: vulnerability and configuration scanning, with its built-in Trivy server."""

from __future__ import annotations

from typing import TypedDict

from homelab.catalog.charts._common import Resources
from homelab.model import Chart

CHART = Chart(
    name="trivy-operator",
    repo="https://aquasecurity.github.io/helm-charts",
    version="0.32.0",  # renovate: helm trivy-operator
)
TRIVY_SERVER_PORT = 4975


class Operator(TypedDict, total=False):
    vulnerabilityScannerEnabled: bool
    scanJobsConcurrentLimit: int
    scanJobTTL: str
    scanJobsRetryDelay: str
    scannerReportTTL: str
    builtInTrivyServer: bool
    infraAssessmentScannerEnabled: bool


class Compliance(TypedDict):
    cron: str


class TrivyServer(TypedDict):
    resources: Resources


class Trivy(TypedDict, total=False):
    mode: str
    serverURL: str
    resources: Resources
    server: TrivyServer


class Values(TypedDict, total=False):
    excludeNamespaces: str
    operator: Operator
    compliance: Compliance
    trivy: Trivy
    resources: Resources


def values(*, namespace: str, exclude_namespaces: tuple[str, ...]) -> Values:
    """``trivy.resources`` apply to scan jobs; the top-level ``resources`` to the operator."""
    return {
        "excludeNamespaces": ",".join(exclude_namespaces),
        "operator": {
            "vulnerabilityScannerEnabled": False,
            "scanJobsConcurrentLimit": 3,
            "scanJobTTL": "30m",
            "scanJobsRetryDelay": "2m",
            "scannerReportTTL": "72h",
            "builtInTrivyServer": True,
            "infraAssessmentScannerEnabled": False,
        },
        "compliance": {"cron": "0 0 * * *"},
        "trivy": {
            "mode": "ClientServer",
            "serverURL": f"http://trivy-service.{namespace}:{TRIVY_SERVER_PORT}",
            "resources": {
                "requests": {"cpu": "100m", "memory": "256Mi"},
                "limits": {"cpu": "500m", "memory": "1Gi"},
            },
            "server": {
                "resources": {
                    "requests": {"cpu": "100m", "memory": "256Mi"},
                    "limits": {"cpu": "500m", "memory": "512Mi"},
                }
            },
        },
        "resources": {
            "requests": {"cpu": "100m", "memory": "256Mi"},
            "limits": {"cpu": "500m", "memory": "512Mi"},
        },
    }
