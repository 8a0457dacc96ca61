"""A service: everything one thing the homelab runs *is*, declared in one place.

The platform pieces that used to be kept by hand (a project's destinations, charts and cluster kinds,
the ``namespace-security`` and ``networking-policies`` folders, the Tailscale mapping, the Infisical
keys) are derived from the services by :class:`~homelab.model.homelab.Homelab`.
"""

from __future__ import annotations

from dataclasses import dataclass

from homelab.model.argocd import Application
from homelab.model.monitoring import AuthentikBlueprint, Bookmark, Monitoring
from homelab.model.namespaces import Namespace
from homelab.model.network import Exposure
from homelab.model.secrets import ClusterSecretStore, ExternalSecret
from homelab.model.workloads import Workload


@dataclass(frozen=True, kw_only=True)
class ApiServer:
    """Egress to the Kubernetes API server (the pods call it with their ServiceAccount token)."""


@dataclass(frozen=True, kw_only=True)
class Internet:
    """Egress to the internet on the given TCP ports. The home network's private ranges and the
    tailnet are excepted unless ``private_ranges_reason`` says in words why they must be reachable."""

    ports: tuple[int, ...]
    private_ranges_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class ToService:
    """Egress to another service's pods on one of its exposure's ports (by name).

    The other service's namespace gets the matching ingress rule: one relation, both policies.
    """

    service: Service
    port: str

    @property
    def namespace(self) -> str:
        return self.service.namespace.name

    @property
    def container_port(self) -> int:
        if self.service.exposure is None:
            raise ValueError(f"service {self.service.name!r} has no exposure to reach on port {self.port!r}")
        return self.service.exposure.port(self.port).container_port


Egress = ApiServer | Internet | ToService


@dataclass(frozen=True, kw_only=True)
class Service:
    """One service of the homelab and everything it consists of.

    - ``namespace``: where it runs; the Namespace carries its Pod Security level or written exemption.
    - ``applications``: its Argo CD Applications (project, component, wave, sync options, source).
    - ``workloads``: raw manifests it runs (rendered into its Applications' ``dist/`` folders).
    - ``exposure``: container port → NodePort → Tailscale HTTPS port. It also opens the namespace to
      the tailnet (``allow-tailscale-ingress``) and adds a line to the Tailscale Serve mapping.
    - ``egress``: what its pods call (API server, the internet on given ports, other services).
      Every namespace also gets default-deny, same-namespace and DNS policies.
    - ``secrets``: ExternalSecrets it reads (their Infisical keys join the list Layer 0 prints).
    - ``bookmark``: an Authentik portal link (its URL is the exposure's Tailscale URL unless given).
    - ``renders_namespace`` / ``renders_network_policies``: its own git Application renders the
      Namespace object / the namespace's NetworkPolicies, instead of the shared aggregator Applications.
    """

    name: str
    namespace: Namespace
    applications: tuple[Application, ...] = ()
    workloads: tuple[Workload, ...] = ()
    exposure: Exposure | None = None
    egress: tuple[Egress, ...] = ()
    secrets: tuple[ExternalSecret, ...] = ()
    bookmark: Bookmark | None = None
    monitoring: Monitoring | None = None
    blueprint: AuthentikBlueprint | None = None
    secret_store: ClusterSecretStore | None = None
    renders_namespace: bool = False
    renders_network_policies: bool = False

    def git_application(self) -> Application | None:
        """The first Application that renders a ``dist/`` folder (where its own objects go)."""
        from homelab.model.argocd import GitPath

        return next((a for a in self.applications if isinstance(a.source, GitPath)), None)
