"""monitoring-config (dashboards, PrometheusRules) and the Authentik blueprint.

A PrometheusRule is a plain dict built from typed model data (no generated class: importing one
would cost more than all eight objects); the gate validates it strictly against the CRD of the
deployed prometheus-operator, like every custom resource.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import yaml
from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.values import Manifest, sorted_manifest
from homelab.model import Homelab
from homelab.model.monitoring import (
    Alert,
    AuthentikBlueprint,
    Dashboard,
    Monitoring,
    RuleGroup,
)

DASHBOARD_KEY = "dashboard.json"


def dashboard_json(dashboard: Dashboard) -> str:
    body: dict[str, Any] = {
        "uid": dashboard.uid,
        "title": dashboard.title,
        "tags": list(dashboard.tags),
        "schemaVersion": dashboard.schema_version,
        "editable": False,
        "time": {"from": "now-6h", "to": "now"},
        "refresh": "1m",
        "panels": [dict(panel) for panel in dashboard.panels],
    }
    return json.dumps(body, indent=2) + "\n"


def dashboards(scope: Construct, monitoring: Monitoring) -> None:
    for dashboard in monitoring.dashboards:
        k8s.KubeConfigMap(
            scope,
            f"configmap-{dashboard.name}",
            metadata=k8s.ObjectMeta(
                name=dashboard.name, namespace=monitoring.namespace, labels=dict(monitoring.dashboard_labels)
            ),
            data={DASHBOARD_KEY: dashboard_json(dashboard)},
        )


def _rule(rule: Any, runbooks: str) -> dict[str, Any]:
    if isinstance(rule, Alert):
        return {
            "alert": rule.alert,
            "expr": rule.expr,
            "for": rule.for_,
            "labels": {"severity": rule.severity, "component": rule.component},
            "annotations": {
                "summary": rule.summary,
                "description": rule.description,
                "runbook_url": f"{runbooks}{rule.alert.lower()}",
            },
        }
    return {"record": rule.record, "expr": rule.expr}


def prometheus_rule(monitoring: Monitoring, group: RuleGroup) -> Manifest:
    """The rule group's object, keyed as cdk8s writes an ``ApiObject`` whose spec is added as is:
    apiVersion, kind and metadata sorted, the rules in the model's own key order."""
    metadata = {"name": group.name, "namespace": monitoring.namespace, "labels": dict(monitoring.rule_labels)}
    rules = [_rule(rule, monitoring.runbook_url_prefix) for rule in group.rules]
    return {
        **sorted_manifest({"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": metadata}),
        "spec": {"groups": [{"name": group.group, "rules": rules}]},
    }


def blueprint(scope: Construct, bp: AuthentikBlueprint) -> None:
    """An Authentik blueprint (``authentik_core.application`` entries) loaded from a ConfigMap.

    The slug is the entry's identifier only: Authentik sets it on create from ``identifiers``.
    """
    document = {
        "version": 1,
        "entries": [
            {
                "model": "authentik_core.application",
                "state": "present",
                "id": b.id,
                "identifiers": {"slug": b.slug},
                "attrs": {
                    "name": b.name,
                    "group": b.group,
                    "meta_launch_url": b.launch_url,
                    "meta_icon": b.icon,
                    "meta_description": b.description,
                    "meta_publisher": b.publisher,
                },
            }
            for b in bp.bookmarks
        ],
    }
    k8s.KubeConfigMap(
        scope,
        f"configmap-{bp.name}",
        metadata=k8s.ObjectMeta(name=bp.name, namespace=bp.namespace),
        data={bp.file_name: yaml.safe_dump(document, sort_keys=False, allow_unicode=True)},
    )


def render(scope_of: Callable[[str], Construct], add: Callable[[str, Manifest], None], model: Homelab) -> None:
    mon = model.monitoring
    dashboards(scope_of(mon.application), mon)
    for group in mon.rule_groups:
        add(mon.application, prometheus_rule(mon, group))
    blueprint(scope_of(model.authentik_blueprint.application), model.authentik_blueprint)
