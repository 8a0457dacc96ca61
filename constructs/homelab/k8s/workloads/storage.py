"""PersistentVolumeClaims of a workload, on the cluster's default StorageClass (no ``storageClassName``).

Built from the typed L1 class: cdk8s-plus's PersistentVolumeClaim takes its size as a ``Size`` (the
model keeps the Kubernetes quantity, e.g. ``5Gi``, verbatim) and always writes ``volumeMode: Filesystem``.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.jsii_values import quantity
from homelab.k8s.workloads.metadata import construct_id, object_meta
from homelab.model.workloads import PersistentVolumeClaim, Workload


def volume_claim(scope: Construct, workload: Workload, claim: PersistentVolumeClaim) -> k8s.KubePersistentVolumeClaim:
    return k8s.KubePersistentVolumeClaim(
        scope,
        construct_id("PersistentVolumeClaim", claim.name, workload.namespace),
        metadata=object_meta(workload, claim.name),
        spec=k8s.PersistentVolumeClaimSpec(
            access_modes=list(claim.access_modes),
            resources=k8s.ResourceRequirements(requests={"storage": quantity(claim.storage)}),
        ),
    )
