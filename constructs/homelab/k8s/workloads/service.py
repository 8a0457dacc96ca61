"""The NodePort Service that publishes a workload's exposure on the node (OrbStack: localhost).

Typed L1 object: cdk8s-plus's ServicePort takes ``targetPort`` as a number only, and the spec targets
the container port by *name* (so the Service follows the container if its number changes); it also
writes ``externalIPs: []``.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.jsii_values import port_name
from homelab.k8s.workloads.metadata import construct_id, object_meta
from homelab.model.network import Exposure
from homelab.model.workloads import Deployment, Workload


def service(scope: Construct, workload: Workload, deployment: Deployment, exposure: Exposure) -> k8s.KubeService:
    """Named like the workload (``Exposure.service`` is a display name, e.g. "OpenClaw").

    One port per port mapping: named like the container port it targets, with port = container port.
    """
    return k8s.KubeService(
        scope,
        construct_id("Service", workload.name, workload.namespace),
        metadata=object_meta(workload, workload.name),
        spec=k8s.ServiceSpec(
            type="NodePort",
            selector=dict(deployment.selector),
            ports=[
                k8s.ServicePort(
                    name=mapping.name,
                    port=mapping.container_port,
                    target_port=port_name(mapping.name),
                    node_port=mapping.node_port,
                    protocol=workload.service_protocol.value,
                )
                for mapping in exposure.ports
            ],
        ),
    )
