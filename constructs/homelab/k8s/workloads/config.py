"""ConfigMaps of a workload, as cdk8s-plus ConfigMaps (its only opinion, ``immutable``, is stripped)."""

from __future__ import annotations

import cdk8s_plus_27 as kplus

from constructs import Construct
from homelab.k8s.workloads.metadata import construct_id, plus_metadata
from homelab.k8s.workloads.plus import without_plus_defaults
from homelab.model.workloads import ConfigMap, Workload


def config_map(scope: Construct, workload: Workload, cm: ConfigMap) -> kplus.ConfigMap:
    """A ConfigMap labelled with its own labels when the model gives them, else the workload's."""
    return without_plus_defaults(
        kplus.ConfigMap(
            scope,
            construct_id("ConfigMap", cm.name, workload.namespace),
            metadata=plus_metadata(workload, cm.name, labels=cm.labels),
            data=dict(cm.data),
        )
    )
