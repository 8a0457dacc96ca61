"""The gate: everything that must hold before a manifest may reach git (and so the cluster).

``check_model`` runs on the model before rendering; ``check_rendered`` on the synthesized
objects. Each returns every violation at once, so one run shows every mistake.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from homelab.checks.violation import Violation
from homelab.model import HelmSource, Homelab
from homelab.model.typed import check_typed


def check_model(model: Homelab) -> list[Violation]:
    violations: list[Violation] = []
    for app in model.applications:
        if isinstance(app.source, HelmSource) and app.source.schema is not None:
            for error in check_typed(app.source.values, app.source.schema, "valuesObject"):
                violations.append(
                    Violation(
                        subject=f"Application {app.name!r}",
                        rule="helm-values",
                        message=f"{error} (chart {app.source.chart.name} {app.source.chart.version}). "
                        "Fix the value in the chart's values() or its TypedDict.",
                    )
                )
    return violations


def check_rendered(model: Homelab, manifests: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Violation]:
    return []


__all__ = ["Violation", "check_model", "check_rendered"]
