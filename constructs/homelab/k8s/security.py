"""Namespaces with Pod Security labels and default-deny NetworkPolicies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homelab.k8s.values import Manifest, sorted_manifest
from homelab.model import (
    AllowApiServerEgress,
    AllowDns,
    AllowEgressToNamespace,
    AllowIngressFromNamespace,
    AllowInternetEgress,
    AllowSameNamespace,
    AllowTailscaleIngress,
    DefaultDenyAll,
    Homelab,
    Namespace,
    NamespacePolicies,
    PolicyRule,
)
from homelab.model.network import (
    ANY_ADDRESS,
    API_SERVER_PORT,
    DNS_PORT,
    KUBE_SYSTEM,
    NAMESPACE_NAME_LABEL,
    PRIVATE_RANGES,
    Protocol,
)


def namespace_manifest(ns: Namespace) -> Manifest:
    """The Namespace object, as cdk8s renders it (keys sorted, empty labels left out)."""
    metadata: dict[str, Any] = {"name": ns.name}
    labels = ns.rendered_labels()
    if labels:
        metadata["labels"] = labels
    return sorted_manifest({"apiVersion": "v1", "kind": "Namespace", "metadata": metadata})


def _ports(*ports: int, protocol: Protocol = Protocol.TCP) -> list[dict[str, Any]]:
    return [{"port": p, "protocol": protocol.value} for p in ports]


def _in_namespace(name: str) -> dict[str, Any]:
    return {"namespaceSelector": {"matchLabels": {NAMESPACE_NAME_LABEL: name}}}


def _spec(rule: PolicyRule, tailnet: tuple[str, tuple[int, ...]] | None = None) -> dict[str, Any]:
    """The NetworkPolicy spec of one rule; every policy selects all pods of its namespace.

    ``tailnet``: the tailnet CIDR and the ports, for ``AllowTailscaleIngress`` (the CIDR it admits) and
    ``AllowInternetEgress`` (the CIDR it excepts). Built fresh for each object (a plain dict costs
    microseconds; a shared one could be changed through another).
    """
    match rule:
        case DefaultDenyAll():
            return {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
        case AllowSameNamespace():
            return {
                "podSelector": {},
                "policyTypes": ["Ingress", "Egress"],
                "ingress": [{"from": [{"podSelector": {}}]}],
                "egress": [{"to": [{"podSelector": {}}]}],
            }
        case AllowDns():
            return {
                "podSelector": {},
                "policyTypes": ["Egress"],
                "egress": [
                    {
                        "to": [_in_namespace(KUBE_SYSTEM)],
                        "ports": [*_ports(DNS_PORT, protocol=Protocol.UDP), *_ports(DNS_PORT)],
                    }
                ],
            }
        case AllowTailscaleIngress():
            if tailnet is None:
                raise ValueError("AllowTailscaleIngress needs the tailnet CIDR and ports")
            cidr, ports = tailnet
            return {
                "podSelector": {},
                "policyTypes": ["Ingress"],
                "ingress": [{"from": [{"ipBlock": {"cidr": cidr}}], "ports": _ports(*ports)}],
            }
        case AllowApiServerEgress():
            return {
                "podSelector": {},
                "policyTypes": ["Egress"],
                "egress": [{"to": [_in_namespace(KUBE_SYSTEM)], "ports": _ports(API_SERVER_PORT)}],
            }
        case AllowInternetEgress(ports=ports):
            if tailnet is None:
                raise ValueError("AllowInternetEgress needs the tailnet CIDR")
            block: dict[str, Any] = {"cidr": ANY_ADDRESS}
            excepts = list(internet_excepts(rule, tailnet[0]))
            if excepts:
                block["except"] = excepts
            return {
                "podSelector": {},
                "policyTypes": ["Egress"],
                "egress": [{"to": [{"ipBlock": block}], "ports": _ports(*ports)}],
            }
        case AllowEgressToNamespace(namespace=other, ports=ports):
            return {
                "podSelector": {},
                "policyTypes": ["Egress"],
                "egress": [{"to": [_in_namespace(other)], "ports": _ports(*ports)}],
            }
        case AllowIngressFromNamespace(namespace=other, ports=ports):
            return {
                "podSelector": {},
                "policyTypes": ["Ingress"],
                "ingress": [{"from": [_in_namespace(other)], "ports": _ports(*ports)}],
            }


def internet_excepts(rule: AllowInternetEgress, tailnet_cidr: str) -> tuple[str, ...]:
    """What internet egress leaves out: the private ranges and the tailnet, unless the model exempts it."""
    return () if rule.private_ranges_reason is not None else (*PRIVATE_RANGES, tailnet_cidr)


def _tailnet(model: Homelab, namespace: str) -> tuple[str, tuple[int, ...]]:
    return model.tailnet.cidr, model.tailscale_ingress_ports(namespace)


def network_policy_manifests(model: Homelab, policies: NamespacePolicies) -> list[Manifest]:
    """The NetworkPolicies of one namespace, one per rule, as cdk8s renders them (keys sorted)."""
    return [
        sorted_manifest(
            {
                "apiVersion": "networking.k8s.io/v1",
                "kind": "NetworkPolicy",
                "metadata": {"name": rule.name, "namespace": policies.namespace},
                "spec": _spec(
                    rule,
                    _tailnet(model, policies.namespace)
                    if isinstance(rule, (AllowTailscaleIngress, AllowInternetEgress))
                    else None,
                ),
            }
        )
        for rule in policies.rules
    ]


def render(add: Callable[[str, Manifest], None], model: Homelab) -> None:
    """Namespaces go to the Application named on each; policies to the one named on each set.

    ``add(application, manifest)`` takes plain dicts: these objects are the bulk of a large homelab
    (a Namespace and ~5 NetworkPolicies per service) and a jsii round trip each cost ~1 ms.
    """
    for ns in model.namespaces:
        if ns.application is not None:
            add(ns.application, namespace_manifest(ns))
    for policies in model.network_policies:
        for manifest in network_policy_manifests(model, policies):
            add(policies.application, manifest)
