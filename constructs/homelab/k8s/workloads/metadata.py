"""Object metadata shared by every object of a workload: its labels and, when namespaced, its namespace.

Built here once so a workload's objects cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_27 import k8s

from homelab.model.workloads import Workload


def _labels(workload: Workload, labels: Mapping[str, str] | None) -> dict[str, str] | None:
    """``labels`` when given (even empty), else the workload's; ``None`` renders no ``labels`` key."""
    chosen = workload.labels if labels is None else labels
    return dict(chosen) or None


def object_meta(
    workload: Workload, name: str, *, labels: Mapping[str, str] | None = None, cluster_scoped: bool = False
) -> k8s.ObjectMeta:
    """Metadata for a typed L1 object; cluster-scoped objects (ClusterRole, ...) carry no namespace."""
    return k8s.ObjectMeta(
        name=name,
        namespace=None if cluster_scoped else workload.namespace,
        labels=_labels(workload, labels),
    )


def construct_id(kind: str, name: str, namespace: str | None = None) -> str:
    """A construct id unique within a chart: Kubernetes identifies an object by kind, namespace and name."""
    return f"{kind.lower()}-{namespace}-{name}" if namespace else f"{kind.lower()}-{name}"
