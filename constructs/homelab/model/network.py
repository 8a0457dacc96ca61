"""Network exposure (container port → NodePort → Tailscale HTTPS port) and NetworkPolicy intent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Kubernetes facts the policies rely on (not homelab choices): cluster DNS and the API server are
# reached through kube-system, and every namespace carries its name as a label.
KUBE_SYSTEM = "kube-system"
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
DNS_PORT = 53
API_SERVER_PORT = 6443
#: Every IPv4 address, and the private ranges (RFC 1918) internet egress leaves out unless exempt.
ANY_ADDRESS = "0.0.0.0/0"
PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")


class Protocol(StrEnum):
    TCP = "TCP"
    UDP = "UDP"


@dataclass(frozen=True, kw_only=True)
class PortMapping:
    """One port of a service: the container's port and the NodePort that publishes it on localhost."""

    name: str
    container_port: int
    node_port: int


@dataclass(frozen=True, kw_only=True)
class Exposure:
    """A service reachable from the tailnet.

    OrbStack binds NodePorts to localhost only; Tailscale Serve terminates TLS on
    ``tailscale_port`` and proxies to the *first* port's NodePort. Every port's container port is
    opened to the tailnet CIDR by the namespace's ``allow-tailscale-ingress`` policy.
    """

    key: str
    service: str
    namespace: str
    ports: tuple[PortMapping, ...]
    tailscale_port: int

    @property
    def primary(self) -> PortMapping:
        return self.ports[0]

    def port(self, name: str) -> PortMapping:
        for port in self.ports:
            if port.name == name:
                return port
        raise KeyError(f"exposure {self.key!r} has no port named {name!r}")


@dataclass(frozen=True, kw_only=True)
class Tailnet:
    """The tailnet the Mac serves on: its MagicDNS name and the CGNAT range peers connect from."""

    host: str
    cidr: str

    def url(self, exposure: Exposure) -> str:
        """The HTTPS URL of an exposure (port 443 is implied, so it is left out)."""
        port = "" if exposure.tailscale_port == 443 else f":{exposure.tailscale_port}"
        return f"https://{self.host}{port}"


@dataclass(frozen=True, kw_only=True)
class DefaultDenyAll:
    """Deny all ingress and egress of every pod in the namespace, unless another policy allows it."""

    name: str = "default-deny-all"


@dataclass(frozen=True, kw_only=True)
class AllowSameNamespace:
    """Pods of the namespace may talk to each other, both ways."""

    name: str = "allow-same-namespace"


@dataclass(frozen=True, kw_only=True)
class AllowDns:
    """Egress to kube-system on port 53 (UDP and TCP) for cluster DNS."""

    name: str = "allow-dns"


@dataclass(frozen=True, kw_only=True)
class AllowTailscaleIngress:
    """Ingress from the tailnet CIDR to the container ports of the namespace's exposures."""

    name: str = "allow-tailscale-ingress"


@dataclass(frozen=True, kw_only=True)
class AllowApiServerEgress:
    """Egress to the Kubernetes API server (port 6443, via kube-system)."""

    name: str = "allow-egress-apiserver"


@dataclass(frozen=True, kw_only=True)
class AllowInternetEgress:
    """Egress to any address on the given TCP ports, except the private ranges and the tailnet.

    ``private_ranges_reason`` is the written exemption for a policy that must reach those too: it is
    then rendered as plain ``0.0.0.0/0`` (the gate refuses that without a reason: ``internet-egress``).
    """

    ports: tuple[int, ...]
    name: str = "allow-egress-internet"
    private_ranges_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class AllowEgressToNamespace:
    """Egress to every pod of ``namespace`` on the given TCP ports."""

    namespace: str
    ports: tuple[int, ...]

    @property
    def name(self) -> str:
        return f"allow-egress-{self.namespace}"


@dataclass(frozen=True, kw_only=True)
class AllowIngressFromNamespace:
    """Ingress from every pod of ``namespace`` on the given TCP ports."""

    namespace: str
    ports: tuple[int, ...]

    @property
    def name(self) -> str:
        return f"allow-ingress-from-{self.namespace}"


PolicyRule = (
    DefaultDenyAll
    | AllowSameNamespace
    | AllowDns
    | AllowTailscaleIngress
    | AllowApiServerEgress
    | AllowInternetEgress
    | AllowEgressToNamespace
    | AllowIngressFromNamespace
)


@dataclass(frozen=True, kw_only=True)
class NamespacePolicies:
    """The NetworkPolicies of one namespace, in render order, and the Application that renders them."""

    namespace: str
    application: str
    rules: tuple[PolicyRule, ...]
