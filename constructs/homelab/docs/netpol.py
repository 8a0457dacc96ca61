"""A small NetworkPolicy evaluator: who may talk to whom, read from the *rendered* manifests.

The docs describe what the cluster would enforce, not what the model meant, so this reads the
NetworkPolicy objects synth wrote (``networking.k8s.io/v1`` semantics):

- a pod is isolated for a direction only when some policy of its namespace selects it (its
  ``podSelector``; ``{}`` selects every pod) and lists that direction in ``policyTypes`` (absent:
  ``Ingress``, plus ``Egress`` when the policy has ``egress`` rules); a pod no policy isolates may
  send or receive anything;
- an isolated pod allows the union of the rules of every policy that selects it; a rule without
  ``from``/``to`` matches every peer, one without ``ports`` every port;
- a peer is an ``ipBlock`` (``cidr`` minus ``except``; it matches addresses outside the cluster,
  never pods) or a ``namespaceSelector`` and/or ``podSelector`` (only ``podSelector``: pods of the
  policy's own namespace); namespaces are matched on their labels plus
  ``kubernetes.io/metadata.name``, which Kubernetes sets on every namespace;
- a connection between two pods needs the sender's egress *and* the receiver's ingress.

Named ports match only the same name (the evaluator does not resolve container port names).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from homelab.model.network import NAMESPACE_NAME_LABEL

PROTOCOLS = ("SCTP", "TCP", "UDP")
MAX_PORT = 65535


@dataclass(frozen=True, order=True, kw_only=True)
class Port:
    """A port range of one protocol (``start == end``: one port), or a named port (``name``)."""

    protocol: str
    start: int = 1
    end: int = MAX_PORT
    name: str = ""

    @property
    def every(self) -> bool:
        return not self.name and self.start == 1 and self.end == MAX_PORT

    def __str__(self) -> str:
        if self.name:
            return f"{self.name}/{self.protocol}"
        if self.every:
            return f"any/{self.protocol}"
        if self.start == self.end:
            return f"{self.start}/{self.protocol}"
        return f"{self.start}-{self.end}/{self.protocol}"


PortSet = frozenset[Port]
ALL_PORTS: PortSet = frozenset(Port(protocol=p) for p in PROTOCOLS)
NO_PORTS: PortSet = frozenset()


def _normalize(ports: Iterable[Port]) -> PortSet:
    """Merge overlapping or adjacent ranges of a protocol; drop names a full range already covers."""
    out: set[Port] = set()
    by_protocol: dict[str, list[Port]] = {}
    for port in ports:
        by_protocol.setdefault(port.protocol, []).append(port)
    for protocol, group in by_protocol.items():
        ranges = sorted((p.start, p.end) for p in group if not p.name)
        merged: list[list[int]] = []
        for start, end in ranges:
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out.update(Port(protocol=protocol, start=s, end=e) for s, e in merged)
        if not any(s == 1 and e == MAX_PORT for s, e in merged):
            out.update(p for p in group if p.name)
    return frozenset(out)


def intersect(a: PortSet, b: PortSet) -> PortSet:
    """Ports in both sets (a named port survives against the same name or a protocol's full range)."""
    out: list[Port] = []
    for x in a:
        for y in b:
            if x.protocol != y.protocol:
                continue
            if x.name or y.name:
                if x.name == y.name or y.every or x.every:
                    out.append(x if x.name else y)
                continue
            start, end = max(x.start, y.start), min(x.end, y.end)
            if start <= end:
                out.append(Port(protocol=x.protocol, start=start, end=end))
    return _normalize(out)


def describe(ports: PortSet) -> str:
    """``any port``, or the ports sorted by number then protocol (``53/TCP, 53/UDP, 6443/TCP``)."""
    if ports == ALL_PORTS:
        return "any port"
    return ", ".join(str(p) for p in sorted(ports, key=lambda p: (p.name, p.start, p.end, p.protocol)))


@dataclass(frozen=True, kw_only=True)
class Pod:
    """A pod, by namespace and labels (no labels: a pod only ``podSelector: {}`` policies select)."""

    namespace: str
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Address:
    """An IP address outside the cluster (the tailnet, the internet)."""

    ip: str


Endpoint = Pod | Address


def selector_matches(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    """A ``LabelSelector``: every ``matchLabels`` pair and every ``matchExpressions`` entry holds."""
    if selector is None:
        return False
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or ():
        key, operator, values = expression["key"], expression["operator"], expression.get("values") or ()
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and key in labels and labels[key] in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True


def _rule_ports(rule: Mapping[str, Any]) -> PortSet:
    entries = rule.get("ports") or ()
    if not entries:
        return ALL_PORTS
    ports: list[Port] = []
    for entry in entries:
        protocol = str(entry.get("protocol") or "TCP")
        port = entry.get("port")
        if port is None:
            ports.append(Port(protocol=protocol))
        elif isinstance(port, str) and not port.isdigit():
            ports.append(Port(protocol=protocol, name=port))
        else:
            start = int(port)
            ports.append(Port(protocol=protocol, start=start, end=int(entry.get("endPort") or start)))
    return _normalize(ports)


@dataclass(frozen=True)
class Policy:
    """One NetworkPolicy manifest."""

    manifest: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.manifest["metadata"]["name"])

    @property
    def namespace(self) -> str:
        return str(self.manifest["metadata"].get("namespace") or "default")

    @property
    def spec(self) -> Mapping[str, Any]:
        return self.manifest.get("spec") or {}

    def types(self) -> tuple[str, ...]:
        declared = self.spec.get("policyTypes")
        if declared:
            return tuple(declared)
        return ("Ingress", "Egress") if "egress" in self.spec else ("Ingress",)

    def selects(self, pod: Pod, direction: str) -> bool:
        return (
            pod.namespace == self.namespace
            and direction in self.types()
            and selector_matches(self.spec.get("podSelector") or {}, pod.labels)
        )

    def rules(self, direction: str) -> Sequence[Mapping[str, Any]]:
        return self.spec.get("ingress" if direction == "Ingress" else "egress") or ()


class Cluster:
    """The NetworkPolicies and namespace labels of a rendering; answers who may reach whom on which ports."""

    def __init__(self, policies: Iterable[Mapping[str, Any]], namespaces: Mapping[str, Mapping[str, str]]) -> None:
        self.policies = tuple(Policy(p) for p in policies)
        self._labels = {name: dict(labels) for name, labels in namespaces.items()}
        self._by_namespace: dict[str, list[Policy]] = {}
        for policy in self.policies:
            self._by_namespace.setdefault(policy.namespace, []).append(policy)
        #: ``isolating`` by (namespace, labels, direction): the docs ask it for every pair of peers.
        self._isolating: dict[tuple[str, tuple[tuple[str, str], ...], str], tuple[Policy, ...]] = {}
        self._index: Mapping[tuple[str, str], frozenset[str]] = {}
        self._index_of: tuple[str, ...] | None = None

    @classmethod
    def from_manifests(cls, manifests: Iterable[Mapping[str, Any]], namespaces: Iterable[str] = ()) -> Cluster:
        """Policies and Namespace labels from rendered objects; ``namespaces`` adds ones nobody renders."""
        policies: list[Mapping[str, Any]] = []
        labels: dict[str, dict[str, str]] = {name: {} for name in namespaces}
        for obj in manifests:
            if obj.get("kind") == "NetworkPolicy" and str(obj.get("apiVersion")).startswith("networking.k8s.io/"):
                policies.append(obj)
                labels.setdefault(str(obj["metadata"].get("namespace") or "default"), {})
            elif obj.get("kind") == "Namespace" and obj.get("apiVersion") == "v1":
                labels.setdefault(str(obj["metadata"]["name"]), {}).update(obj["metadata"].get("labels") or {})
        return cls(policies, labels)

    @property
    def namespaces(self) -> tuple[str, ...]:
        return tuple(sorted(self._labels))

    def namespace_labels(self, namespace: str) -> dict[str, str]:
        """The namespace's labels, with the name label Kubernetes sets on every namespace."""
        return {**self._labels.get(namespace, {}), NAMESPACE_NAME_LABEL: namespace}

    def isolating(self, pod: Pod, direction: str) -> tuple[Policy, ...]:
        """The policies that select ``pod`` for ``direction`` (``Ingress`` or ``Egress``)."""
        key = (pod.namespace, tuple(sorted(pod.labels.items())), direction)
        found = self._isolating.get(key)
        if found is None:
            found = tuple(p for p in self._by_namespace.get(pod.namespace, ()) if p.selects(pod, direction))
            self._isolating[key] = found
        return found

    def egress_namespaces(self, src: Pod, namespaces: Iterable[str]) -> frozenset[str] | None:
        """Of ``namespaces``, those whose pods ``src`` might send to at all; ``None`` when it may be any.

        A superset, read from the peers of ``src``'s egress rules alone (ports are not looked at): a
        pod in a namespace outside it gets nothing from :meth:`egress`. It spares the docs from
        evaluating every pair of namespaces on a large homelab, where most pairs are denied.
        """
        policies = self.isolating(src, "Egress")
        if not policies:
            return None
        universe = tuple(namespaces)
        found: set[str] = set()
        for policy in policies:
            for rule in policy.rules("Egress"):
                peers = rule.get("to") or ()
                if not peers:
                    return None  # a rule without peers allows every destination
                for peer in peers:
                    if "ipBlock" in peer or ("namespaceSelector" not in peer and "podSelector" not in peer):
                        continue  # addresses only, or (per _peer_matches) nothing
                    selector = peer.get("namespaceSelector")
                    if selector is None:
                        found.add(policy.namespace)
                    else:
                        found.update(self._namespaces_selected(selector, universe))
        return frozenset(found)

    def _namespaces_selected(self, selector: Mapping[str, Any], universe: tuple[str, ...]) -> Iterable[str]:
        """The namespaces of ``universe`` a namespaceSelector matches (by label index for plain matchLabels)."""
        match = selector.get("matchLabels") or {}
        if not match or selector.get("matchExpressions"):
            return [ns for ns in universe if selector_matches(selector, self.namespace_labels(ns))]
        index = self._label_index(universe)
        sets = [index.get((key, value), frozenset()) for key, value in match.items()]
        return frozenset.intersection(*sets)

    def _label_index(self, universe: tuple[str, ...]) -> Mapping[tuple[str, str], frozenset[str]]:
        if self._index_of != universe:
            index: dict[tuple[str, str], set[str]] = {}
            for ns in universe:
                for pair in self.namespace_labels(ns).items():
                    index.setdefault(pair, set()).add(ns)
            self._index = {pair: frozenset(names) for pair, names in index.items()}
            self._index_of = universe
        return self._index

    def _peer_matches(self, policy: Policy, peer: Mapping[str, Any], other: Endpoint) -> bool:
        if "ipBlock" in peer:
            if not isinstance(other, Address):
                return False
            block = peer["ipBlock"]
            ip = ipaddress.ip_address(other.ip)
            network = ipaddress.ip_network(block["cidr"], strict=False)
            if ip.version != network.version or ip not in network:
                return False
            excepted = (ipaddress.ip_network(e, strict=False) for e in block.get("except") or ())
            return not any(ip.version == e.version and ip in e for e in excepted)
        if not isinstance(other, Pod):
            return False
        ns_selector = peer.get("namespaceSelector")
        pod_selector = peer.get("podSelector")
        if ns_selector is None and pod_selector is None:
            return False
        if ns_selector is None:
            in_namespace = other.namespace == policy.namespace
        else:
            in_namespace = selector_matches(ns_selector, self.namespace_labels(other.namespace))
        return in_namespace and (pod_selector is None or selector_matches(pod_selector, other.labels))

    def _allowed(self, pod: Pod, direction: str, other: Endpoint) -> PortSet:
        policies = self.isolating(pod, direction)
        if not policies:
            return ALL_PORTS
        peers_key = "from" if direction == "Ingress" else "to"
        ports: set[Port] = set()
        for policy in policies:
            for rule in policy.rules(direction):
                peers = rule.get(peers_key) or ()
                if not peers or any(self._peer_matches(policy, peer, other) for peer in peers):
                    ports.update(_rule_ports(rule))
        return _normalize(ports)

    def egress(self, src: Pod, dst: Endpoint) -> PortSet:
        """Ports ``src``'s own policies let it send to ``dst`` on."""
        return self._allowed(src, "Egress", dst)

    def ingress(self, dst: Pod, src: Endpoint) -> PortSet:
        """Ports ``dst``'s own policies let it receive from ``src`` on."""
        return self._allowed(dst, "Ingress", src)

    def ports(self, src: Endpoint, dst: Endpoint) -> PortSet:
        """Ports a connection from ``src`` to ``dst`` may use: the sender's egress and the receiver's ingress."""
        if isinstance(src, Address) and isinstance(dst, Address):
            raise ValueError("NetworkPolicies say nothing about traffic between two outside addresses")
        sent = self.egress(src, dst) if isinstance(src, Pod) else ALL_PORTS
        if not sent:
            return NO_PORTS  # the receiver's policies cannot add ports (most pairs of namespaces)
        received = self.ingress(dst, src) if isinstance(dst, Pod) else ALL_PORTS
        return intersect(sent, received)

    def allows(self, src: Endpoint, dst: Endpoint, port: int, protocol: str = "TCP") -> bool:
        """Whether ``src`` may open a connection to ``dst`` on ``port``/``protocol``."""
        return bool(intersect(self.ports(src, dst), frozenset({Port(protocol=protocol, start=port, end=port)})))


def subset_selectors(cluster: Cluster) -> Iterator[Policy]:
    """Policies that select only some pods of their namespace (the docs evaluate a label-less pod)."""
    for policy in cluster.policies:
        if policy.spec.get("podSelector"):
            yield policy
