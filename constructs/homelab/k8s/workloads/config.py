"""ConfigMaps of a workload, as typed L1 objects."""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.workloads.metadata import construct_id, object_meta
from homelab.model.workloads import ConfigMap, Workload


def config_map(scope: Construct, workload: Workload, cm: ConfigMap) -> k8s.KubeConfigMap:
    """A ConfigMap labelled with its own labels when the model gives them, else the workload's."""
    return k8s.KubeConfigMap(
        scope,
        construct_id("ConfigMap", cm.name, workload.namespace),
        metadata=object_meta(workload, cm.name, labels=cm.labels),
        data=dict(cm.data),
    )
