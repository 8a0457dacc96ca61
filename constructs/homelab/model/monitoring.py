"""Monitoring content rendered next to the kube-prometheus-stack chart: dashboards and rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Dashboard:
    """A Grafana dashboard shipped as a ConfigMap the Grafana sidecar loads (label ``grafana_dashboard``)."""

    name: str
    uid: str
    title: str
    tags: tuple[str, ...]
    panels: tuple[Mapping[str, Any], ...]
    schema_version: int = 36


@dataclass(frozen=True, kw_only=True)
class Alert:
    alert: str
    expr: str
    for_: str
    severity: str
    component: str
    summary: str
    description: str


@dataclass(frozen=True, kw_only=True)
class Record:
    record: str
    expr: str


@dataclass(frozen=True, kw_only=True)
class RuleGroup:
    """One PrometheusRule object holding one rule group."""

    name: str
    group: str
    rules: tuple[Alert | Record, ...]


@dataclass(frozen=True, kw_only=True)
class Monitoring:
    """Dashboards and PrometheusRules of the ``monitoring-config`` Application."""

    application: str
    namespace: str
    dashboards: tuple[Dashboard, ...]
    dashboard_labels: Mapping[str, str]
    rule_groups: tuple[RuleGroup, ...]
    rule_labels: Mapping[str, str]
    runbook_url_prefix: str


@dataclass(frozen=True, kw_only=True)
class Bookmark:
    """An Authentik application that only links somewhere (no OIDC provider)."""

    id: str
    slug: str
    name: str
    group: str
    icon: str
    description: str
    publisher: str = "Homelab"
    launch_url: str | None = None  # None: the Tailscale URL of the service's exposure


@dataclass(frozen=True, kw_only=True)
class AuthentikBlueprint:
    """The blueprint ConfigMap Authentik loads at start (``blueprints.configMaps`` in its chart values)."""

    name: str
    namespace: str
    application: str
    file_name: str
    bookmarks: tuple[Bookmark, ...]
