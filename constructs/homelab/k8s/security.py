"""Namespaces with Pod Security labels and default-deny NetworkPolicies."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.jsii_values import port_number
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


def namespace(scope: Construct, ns: Namespace) -> k8s.KubeNamespace:
    return k8s.KubeNamespace(
        scope,
        f"namespace-{ns.name}",
        metadata=k8s.ObjectMeta(name=ns.name, labels=ns.rendered_labels() or None),
    )


def _ports(*ports: int, protocol: Protocol = Protocol.TCP) -> list[k8s.NetworkPolicyPort]:
    return [k8s.NetworkPolicyPort(protocol=protocol.value, port=port_number(p)) for p in ports]


def _in_namespace(name: str) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: name}))


ALL_PODS = k8s.LabelSelector()


@cache
def _spec(rule: PolicyRule, tailnet: tuple[str, tuple[int, ...]] | None = None) -> k8s.NetworkPolicySpec:
    """The NetworkPolicy spec of one rule; every policy selects all pods of its namespace.

    Specs are immutable and most rules are the same in every namespace, so each distinct spec is
    built once (``tailnet``: the tailnet CIDR and the ports, for ``AllowTailscaleIngress`` and
    ``AllowInternetEgress`` only).
    """
    match rule:
        case DefaultDenyAll():
            return k8s.NetworkPolicySpec(pod_selector=ALL_PODS, policy_types=["Ingress", "Egress"])
        case AllowSameNamespace():
            same = [k8s.NetworkPolicyPeer(pod_selector=ALL_PODS)]
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Ingress", "Egress"],
                ingress=[k8s.NetworkPolicyIngressRule(from_=same)],
                egress=[k8s.NetworkPolicyEgressRule(to=same)],
            )
        case AllowDns():
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Egress"],
                egress=[
                    k8s.NetworkPolicyEgressRule(
                        to=[_in_namespace(KUBE_SYSTEM)],
                        ports=[*_ports(DNS_PORT, protocol=Protocol.UDP), *_ports(DNS_PORT)],
                    )
                ],
            )
        case AllowTailscaleIngress():
            if tailnet is None:
                raise ValueError("AllowTailscaleIngress needs the tailnet CIDR and ports")
            cidr, ports = tailnet
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Ingress"],
                ingress=[
                    k8s.NetworkPolicyIngressRule(
                        from_=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr))],
                        ports=_ports(*ports),
                    )
                ],
            )
        case AllowApiServerEgress():
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Egress"],
                egress=[k8s.NetworkPolicyEgressRule(to=[_in_namespace(KUBE_SYSTEM)], ports=_ports(API_SERVER_PORT))],
            )
        case AllowInternetEgress(ports=ports):
            if tailnet is None:
                raise ValueError("AllowInternetEgress needs the tailnet CIDR")
            excepts = list(internet_excepts(rule, tailnet[0])) or None
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Egress"],
                egress=[
                    k8s.NetworkPolicyEgressRule(
                        to=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=ANY_ADDRESS, except_=excepts))],
                        ports=_ports(*ports),
                    )
                ],
            )
        case AllowEgressToNamespace(namespace=other, ports=ports):
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Egress"],
                egress=[k8s.NetworkPolicyEgressRule(to=[_in_namespace(other)], ports=_ports(*ports))],
            )
        case AllowIngressFromNamespace(namespace=other, ports=ports):
            return k8s.NetworkPolicySpec(
                pod_selector=ALL_PODS,
                policy_types=["Ingress"],
                ingress=[k8s.NetworkPolicyIngressRule(from_=[_in_namespace(other)], ports=_ports(*ports))],
            )


def internet_excepts(rule: AllowInternetEgress, tailnet_cidr: str) -> tuple[str, ...]:
    """What internet egress leaves out: the private ranges and the tailnet, unless the model exempts it."""
    return () if rule.private_ranges_reason is not None else (*PRIVATE_RANGES, tailnet_cidr)


def _tailnet(model: Homelab, namespace: str) -> tuple[str, tuple[int, ...]]:
    return model.tailnet.cidr, model.tailscale_ingress_ports(namespace)


def network_policies(scope: Construct, model: Homelab, policies: NamespacePolicies) -> None:
    for rule in policies.rules:
        k8s.KubeNetworkPolicy(
            scope,
            f"netpol-{policies.namespace}-{rule.name}",
            metadata=k8s.ObjectMeta(name=rule.name, namespace=policies.namespace),
            spec=_spec(
                rule,
                _tailnet(model, policies.namespace)
                if isinstance(rule, (AllowTailscaleIngress, AllowInternetEgress))
                else None,
            ),
        )


def render(scope_of: Callable[[str], Construct], model: Homelab) -> None:
    """Namespaces go to the Application named on each; policies to the one named on each set."""
    for ns in model.namespaces:
        if ns.application is not None:
            namespace(scope_of(ns.application), ns)
    for policies in model.network_policies:
        network_policies(scope_of(policies.application), model, policies)
