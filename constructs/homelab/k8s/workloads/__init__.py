"""Raw-manifest workloads rendered with cdk8s-plus-27 (placeholder until the workload renderer lands)."""

from __future__ import annotations

from collections.abc import Callable

from constructs import Construct
from homelab.model import Homelab


def render(scope_of: Callable[[str], Construct], model: Homelab) -> None:
    """Render every workload of the model into its Application's folder."""
    for workload in model.workloads:
        scope_of(workload.application)
