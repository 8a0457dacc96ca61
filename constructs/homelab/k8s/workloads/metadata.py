"""Object metadata shared by every object of a workload: its labels and, when namespaced, its namespace.

Both forms are built here so a workload's objects cannot drift apart: ``k8s.ObjectMeta`` for the
typed L1 classes and ``cdk8s.ApiObjectMetadata`` for cdk8s-plus constructs.
"""

from __future__ import annotations

from collections.abc import Mapping

import cdk8s
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


def plus_metadata(workload: Workload, name: str, *, labels: Mapping[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
    """Metadata for a namespaced cdk8s-plus construct: an explicit name, so no hash suffix is added."""
    return cdk8s.ApiObjectMetadata(name=name, namespace=workload.namespace, labels=_labels(workload, labels))


def construct_id(kind: str, name: str, namespace: str | None = None) -> str:
    """A construct id unique within a chart: Kubernetes identifies an object by kind, namespace and name."""
    return f"{kind.lower()}-{namespace}-{name}" if namespace else f"{kind.lower()}-{name}"
