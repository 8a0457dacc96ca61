"""Network: who may talk to whom, as the rendered NetworkPolicies decide (see :mod:`homelab.docs.netpol`)."""

from __future__ import annotations

from dataclasses import dataclass

from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.docs.netpol import Address, Endpoint, Pod, PortSet, describe
from homelab.model.network import API_SERVER_PORT, DNS_PORT, KUBE_SYSTEM


@dataclass(frozen=True, kw_only=True)
class Peer:
    """A namespace (its pods) or an outside address range, with how the page names it."""

    name: str
    node: str
    endpoint: Endpoint


@dataclass(frozen=True, kw_only=True)
class Flow:
    src: Peer
    dst: Peer
    ports: PortSet


def peers(facts: Facts) -> tuple[Peer, ...]:
    """Every namespace, then the tailnet and the internet (outside addresses)."""
    namespaces = tuple(
        Peer(name=ns, node=md.node_id("ns", ns), endpoint=Pod(namespace=ns)) for ns in facts.namespace_names
    )
    outside = (
        Peer(name=f"tailnet ({facts.model.tailnet.cidr})", node="tailnet", endpoint=facts.tailnet_sample),
        Peer(name="internet", node="internet", endpoint=facts.internet_sample),
    )
    return namespaces + outside


def flows(facts: Facts) -> tuple[Flow, ...]:
    """Every allowed connection between two different peers (not outside to outside), sorted by peer order."""
    found: list[Flow] = []
    everyone = peers(facts)
    names = [p.endpoint.namespace for p in everyone if isinstance(p.endpoint, Pod)]
    for src in everyone:
        reach = facts.cluster.egress_namespaces(src.endpoint, names) if isinstance(src.endpoint, Pod) else None
        for dst in everyone:
            if src == dst or (isinstance(src.endpoint, Address) and isinstance(dst.endpoint, Address)):
                continue
            if reach is not None and isinstance(dst.endpoint, Pod) and dst.endpoint.namespace not in reach:
                continue  # src's egress rules name no peer there: nothing allowed
            ports = facts.cluster.ports(src.endpoint, dst.endpoint)
            if ports:
                found.append(Flow(src=src, dst=dst, ports=ports))
    return tuple(found)


def ports_text(dst: Peer, ports: PortSet) -> str:
    """The ports, naming cluster DNS and the API server where the destination is kube-system."""
    text = describe(ports)
    if isinstance(dst.endpoint, Pod) and dst.endpoint.namespace == KUBE_SYSTEM:
        roles = [
            role
            for role, number in (("DNS", DNS_PORT), ("API server", API_SERVER_PORT))
            if any(p.start <= number <= p.end and not p.name for p in ports)
        ]
        if roles and text != "any port":
            text += f" ({', '.join(roles)})"
    return text


def _graph(edges: list[Flow], nodes: list[Peer]) -> str:
    return md.flowchart(
        "LR",
        {p.node: p.name for p in nodes},
        [(f.src.node, f.dst.node, ports_text(f.dst, f.ports)) for f in edges],
        classes={"outside": [p.node for p in nodes if isinstance(p.endpoint, Address)]},
    )


def _isolation(facts: Facts, namespace: str) -> str:
    pod = Pod(namespace=namespace)
    parts = []
    for direction in ("Ingress", "Egress"):
        policies = facts.cluster.isolating(pod, direction)
        if policies:
            parts.append(f"{direction.lower()}: only what {', '.join(md.code(p.name) for p in policies)} allow")
        else:
            parts.append(f"{direction.lower()}: **not isolated** (no NetworkPolicy selects its pods: all allowed)")
    return "; ".join(parts)


def render(facts: Facts) -> str:
    everyone = peers(facts)
    allowed = flows(facts)
    overview = md.table(
        ["From", "To", "Ports"], [[f.src.name, f.dst.name, ports_text(f.dst, f.ports)] for f in allowed]
    )
    incoming_of: dict[str, list[Flow]] = {}  # by peer node id (peers hold label dicts: not hashable)
    outgoing_of: dict[str, list[Flow]] = {}
    for f in allowed:
        incoming_of.setdefault(f.dst.node, []).append(f)
        outgoing_of.setdefault(f.src.node, []).append(f)
    sections: list[str] = []
    for peer in everyone:
        if not isinstance(peer.endpoint, Pod):
            continue
        ns = peer.endpoint.namespace
        incoming = incoming_of.get(peer.node, [])
        outgoing = outgoing_of.get(peer.node, [])
        own = facts.cluster.ports(peer.endpoint, peer.endpoint)
        linked = {f.src.node for f in incoming} | {f.dst.node for f in outgoing}
        related = [peer] + [p for p in everyone if p != peer and p.node in linked]
        sections.append(
            md.page(
                "network-namespace.md",
                namespace=ns,
                isolation=_isolation(facts, ns),
                same=describe(own) if own else "nothing",
                ingress=md.table(["Source", "Ports"], [[f.src.name, ports_text(f.dst, f.ports)] for f in incoming]),
                egress=md.table(["Destination", "Ports"], [[f.dst.name, ports_text(f.dst, f.ports)] for f in outgoing]),
                graph=_graph(incoming + outgoing, related),
            )
        )
    subsets = sorted(f"{p.namespace}/{p.name}" for p in facts.cluster.policies if p.spec.get("podSelector"))
    return md.page(
        "network.md",
        policies=str(len(facts.cluster.policies)),
        tailnet=facts.model.tailnet.cidr,
        internet=facts.internet_sample.ip,
        graph=_graph(list(allowed), list(everyone)),
        overview=overview,
        subsets=", ".join(md.code(s) for s in subsets) if subsets else "none",
        namespaces="\n\n".join(sections),
    )
