"""The whole homelab: its services and the platform under them. Every renderer reads this one value.

Only ``params``, ``services`` and ``platform`` are declared. Everything else is a derived, read-only
view (computed once per model): the Applications, the projects' destinations, charts and cluster
kinds, the namespaces and who renders them, the NetworkPolicies, the exposures, the ExternalSecrets.
Orders follow the order of the services; where the spec fixes one the derivation would not produce,
the platform says so explicitly (``Platform.bookmark_order``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from homelab.model.argocd import Application, Chart, CreatedBy, GitPath, GroupKind, HelmRelease, HelmSource, Project
from homelab.model.host import Host
from homelab.model.monitoring import AuthentikBlueprint, Bookmark, Monitoring
from homelab.model.namespaces import Namespace
from homelab.model.network import (
    AllowApiServerEgress,
    AllowDns,
    AllowEgressToNamespace,
    AllowIngressFromNamespace,
    AllowInternetEgress,
    AllowSameNamespace,
    AllowTailscaleIngress,
    DefaultDenyAll,
    Exposure,
    NamespacePolicies,
    PolicyRule,
    Tailnet,
)
from homelab.model.risks import AcceptedRisk
from homelab.model.secrets import BootstrapSecret, ClusterSecretStore, ExternalSecret, SensitiveVariables
from homelab.model.service import ApiServer, Internet, Service, ToService
from homelab.model.workloads import Workload

T = TypeVar("T")

NAMESPACE_KIND = GroupKind(group="", kind="Namespace")
RBAC_GROUP = "rbac.authorization.k8s.io"
CLUSTER_ROLE_KINDS = (
    GroupKind(group=RBAC_GROUP, kind="ClusterRole"),
    GroupKind(group=RBAC_GROUP, kind="ClusterRoleBinding"),
)
CLUSTER_SECRET_STORE_KIND = GroupKind(group="external-secrets.io", kind="ClusterSecretStore")


@dataclass(frozen=True, kw_only=True)
class Parameters:
    """Synthesizer parameters: what differs between one owner's homelab and another's."""

    repo_url: str = "https://github.com/holdennguyen/homelab.git"
    target_revision: str = "HEAD"
    home: str = "/Users/holden.nguyen"
    homelab_path: str = "/Users/holden.nguyen/homelab"
    log_dir: str = "/Users/holden.nguyen/Library/Logs/homelab"


@dataclass(frozen=True, kw_only=True)
class Platform:
    """What is not one service: Argo CD's own objects, the projects, Layer 0 secrets, the host.

    ``projects`` are declarations (name, description, the cluster kinds every project allows);
    ``namespace_security`` and ``networking_policies`` are the aggregator Applications that render
    the Namespaces with Pod Security labels and the NetworkPolicies of every service that does not
    render its own. ``namespaces`` are namespaces no service runs in (e.g. pre-existing kube-system).
    ``bookmarks`` link to things that are not services; ``bookmark_order`` lists slugs in the
    spec's order (others follow in service order).
    """

    argocd_namespace: Namespace
    argocd_release: HelmRelease
    root_app: Application
    projects: tuple[Project, ...]
    namespace_security: Application
    networking_policies: Application
    bootstrap_secrets: tuple[BootstrapSecret, ...]
    sensitive_variables: SensitiveVariables
    host: Host
    tailnet: Tailnet
    namespaces: tuple[Namespace, ...] = ()
    bookmarks: tuple[Bookmark, ...] = ()
    bookmark_order: tuple[str, ...] = ()
    #: Risks kept on purpose (settings no rule refuses), each with its reason; shown by synth and the docs.
    accepted_risks: tuple[AcceptedRisk, ...] = ()


#: What exactly one service declares (the gate names the services when that does not hold).
SINGLETONS = {
    "secret_store": "the ClusterSecretStore",
    "monitoring": "the dashboards and rules (monitoring)",
    "blueprint": "the Authentik blueprint",
}


def _one(items: Iterable[T], what: str) -> T:
    found = list(items)
    if len(found) != 1:
        raise ValueError(f"exactly one service must declare {what}; {len(found)} do")
    return found[0]


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    """``items`` without repeats, in first-seen order."""
    return tuple(dict.fromkeys(items))


def _first(order: Sequence[str], items: Iterable[T], key: str) -> tuple[T, ...]:
    """``items`` with those whose ``key`` attribute is listed in ``order`` first, in that order."""
    items = tuple(items)
    rank = {name: i for i, name in enumerate(order)}
    return tuple(sorted(items, key=lambda item: rank.get(getattr(item, key), len(rank))))


@dataclass(frozen=True, kw_only=True)
class Homelab:
    params: Parameters
    services: tuple[Service, ...]
    platform: Platform

    # -- declared pieces, flattened ------------------------------------------------------------
    @property
    def argocd_namespace(self) -> str:
        return self.platform.argocd_namespace.name

    @property
    def root_app(self) -> str:
        return self.platform.root_app.name

    @property
    def namespace_security_app(self) -> str:
        return self.platform.namespace_security.name

    @property
    def tailnet(self) -> Tailnet:
        return self.platform.tailnet

    @property
    def host(self) -> Host:
        return self.platform.host

    @property
    def bootstrap_secrets(self) -> tuple[BootstrapSecret, ...]:
        return self.platform.bootstrap_secrets

    @property
    def sensitive_variables(self) -> SensitiveVariables:
        return self.platform.sensitive_variables

    @property
    def argocd_release(self) -> HelmRelease:
        return self.platform.argocd_release

    @property
    def accepted_risks(self) -> tuple[AcceptedRisk, ...]:
        return self.platform.accepted_risks

    @cached_property
    def secret_store(self) -> ClusterSecretStore:
        return _one((s.secret_store for s in self.services if s.secret_store is not None), SINGLETONS["secret_store"])

    @cached_property
    def argocd_exposure(self) -> Exposure:
        """The exposure of the service in Argo CD's namespace (Argo CD's UI): Layer 0 prints its URL."""
        return _one(
            (s.exposure for s in self.services if s.namespace.name == self.argocd_namespace and s.exposure is not None),
            f"an exposure in Argo CD's namespace {self.argocd_namespace!r}",
        )

    @cached_property
    def workloads(self) -> tuple[Workload, ...]:
        return tuple(w for s in self.services for w in s.workloads)

    @cached_property
    def external_secrets(self) -> tuple[ExternalSecret, ...]:
        """Every ExternalSecret, by name (the order Layer 0 lists their Infisical keys in)."""
        return tuple(sorted((es for s in self.services for es in s.secrets), key=lambda es: es.name))

    @cached_property
    def monitoring(self) -> Monitoring:
        return _one((s.monitoring for s in self.services if s.monitoring is not None), SINGLETONS["monitoring"])

    # -- Argo CD ----------------------------------------------------------------------------------
    @cached_property
    def applications(self) -> tuple[Application, ...]:
        """The root app, every service's Applications (in service order), then the aggregators.

        The aggregators' ``also_writes_to`` is derived: the namespaces whose objects they render.
        """
        policy_namespaces = tuple(
            p.namespace for p in self.network_policies if p.application == self.platform.networking_policies.name
        )
        by_name = {ns.name: ns for ns in self.namespaces}
        security_namespaces = tuple(
            ns for ns in self.namespaces if ns.application == self.platform.namespace_security.name
        )
        return (
            self.platform.root_app,
            *(app for s in self.services for app in s.applications),
            dataclasses.replace(self.platform.namespace_security, also_writes_to=security_namespaces),
            dataclasses.replace(
                self.platform.networking_policies, also_writes_to=tuple(by_name[n] for n in policy_namespaces)
            ),
        )

    @cached_property
    def projects(self) -> tuple[Project, ...]:
        """Each declared project with the charts, destinations and cluster kinds its Applications need."""
        return tuple(self._derive_project(p) for p in self.platform.projects)

    def _derive_project(self, project: Project) -> Project:
        apps = [a for a in self.applications if a.project.name == project.name]
        if project.builtin:
            return project
        charts: tuple[Chart, ...] = _unique(a.source.chart for a in apps if isinstance(a.source, HelmSource))
        destinations = _unique(n for a in apps for n in (a.namespace, *(ns.name for ns in a.also_writes_to)))
        kinds = _unique((*project.cluster_resource_whitelist, *(k for a in apps for k in self._cluster_kinds(a))))
        return dataclasses.replace(project, charts=charts, destinations=destinations, cluster_resource_whitelist=kinds)

    def _cluster_kinds(self, app: Application) -> Iterator[GroupKind]:
        """The cluster-scoped kinds ``app`` creates: declared (a chart's), then those of its raw objects."""
        yield from app.cluster_kinds
        if any(ns.application == app.name for ns in self.namespaces):
            yield NAMESPACE_KIND
        for w in self.workloads:
            if w.application == app.name and any(role.cluster for role in w.roles):
                yield from CLUSTER_ROLE_KINDS
        if self.secret_store.application == app.name:
            yield CLUSTER_SECRET_STORE_KIND

    # -- namespaces and network -------------------------------------------------------------------
    @cached_property
    def namespaces(self) -> tuple[Namespace, ...]:
        """Every namespace a service runs in, then the platform's; each says which Application renders it.

        A service with ``renders_namespace`` renders its own; a namespace with Pod Security labels is
        rendered by ``namespace-security``; others are created by ``CreateNamespace=true`` or exist.
        """
        found: dict[str, Namespace] = {}
        for s in self.services:
            found.setdefault(s.namespace.name, s.namespace)
        for ns in self.platform.namespaces:
            found.setdefault(ns.name, ns)
        own: dict[str, str] = {}  # namespace -> the first service Application that renders it
        for s in self.services:
            git = s.git_application() if s.renders_namespace else None
            if git is not None:
                own.setdefault(s.namespace.name, git.name)
        aggregator = self.platform.namespace_security.name
        return tuple(
            dataclasses.replace(ns, application=own.get(ns.name, aggregator if ns.pod_security is not None else None))
            for ns in found.values()
        )

    @cached_property
    def exposures(self) -> tuple[Exposure, ...]:
        """Every exposure, by Tailscale port (the order of the Tailscale Serve mapping)."""
        found = (s.exposure for s in self.services if s.exposure is not None)
        return tuple(sorted(found, key=lambda e: e.tailscale_port))

    @cached_property
    def network_policies(self) -> tuple[NamespacePolicies, ...]:
        """Per namespace with services: default-deny, same-namespace and DNS, then what the services need.

        The tailnet may reach a namespace with an exposure; egress follows each service's ``egress``;
        a ``ToService`` relation also opens the target's namespace to the caller's.
        """
        spaces = _unique(s.namespace.name for s in self.services)
        return tuple(self._policies(ns) for ns in spaces)

    def _policies(self, namespace: str) -> NamespacePolicies:
        here = [s for s in self.services if s.namespace.name == namespace]
        egress = [e for s in here for e in s.egress]
        rules: list[PolicyRule] = [DefaultDenyAll(), AllowSameNamespace(), AllowDns()]
        if any(s.exposure is not None for s in here):
            rules.append(AllowTailscaleIngress())
        if any(isinstance(e, ApiServer) for e in egress):
            rules.append(AllowApiServerEgress())
        internet = _unique(p for e in egress if isinstance(e, Internet) for p in e.ports)
        if internet:
            # one policy per namespace: its services' reasons together (an empty one stays empty, and is refused)
            given = _unique(e.private_ranges_reason for e in egress if isinstance(e, Internet))
            reasons = [r for r in given if r is not None]
            written = None if not reasons else "" if not all(r.strip() for r in reasons) else "; ".join(reasons)
            rules.append(AllowInternetEgress(ports=internet, private_ranges_reason=written))
        to: dict[str, list[int]] = {}
        for e in egress:
            if isinstance(e, ToService):
                to.setdefault(e.namespace, []).append(e.container_port)
        rules += [AllowEgressToNamespace(namespace=n, ports=_unique(ports)) for n, ports in to.items()]
        incoming: dict[str, list[int]] = {}
        for s in self.services:
            for e in s.egress:
                if isinstance(e, ToService) and e.namespace == namespace and s.namespace.name != namespace:
                    incoming.setdefault(s.namespace.name, []).append(e.container_port)
        rules += [AllowIngressFromNamespace(namespace=n, ports=_unique(ports)) for n, ports in incoming.items()]
        owner = next((s.git_application() for s in here if s.renders_network_policies), None)
        application = owner.name if owner is not None else self.platform.networking_policies.name
        return NamespacePolicies(namespace=namespace, application=application, rules=tuple(rules))

    # -- Authentik ---------------------------------------------------------------------------------
    @cached_property
    def authentik_blueprint(self) -> AuthentikBlueprint:
        """The blueprint of the service that declares one, listing every service's bookmark."""
        blueprint = _one((s.blueprint for s in self.services if s.blueprint is not None), SINGLETONS["blueprint"])
        bookmarks = [*self.platform.bookmarks]
        for s in self.services:
            if s.bookmark is not None:
                url = s.bookmark.launch_url or (self.tailnet.url(s.exposure) if s.exposure is not None else None)
                bookmarks.append(dataclasses.replace(s.bookmark, launch_url=url))
        return dataclasses.replace(blueprint, bookmarks=_first(self.platform.bookmark_order, bookmarks, "slug"))

    # -- lookups -------------------------------------------------------------------------
    def application(self, name: str) -> Application:
        for app in self.applications:
            if app.name == name:
                return app
        raise KeyError(f"no Application named {name!r}")

    def project(self, name: str) -> Project:
        for project in self.projects:
            if project.name == name:
                return project
        raise KeyError(f"no AppProject named {name!r}")

    def namespace(self, name: str) -> Namespace:
        for namespace in self.namespaces:
            if namespace.name == name:
                return namespace
        raise KeyError(f"no Namespace named {name!r}")

    def exposure(self, key: str) -> Exposure:
        for exposure in self.exposures:
            if exposure.key == key:
                return exposure
        raise KeyError(f"no Exposure named {key!r}")

    def service(self, name: str) -> Service:
        for service in self.services:
            if service.name == name:
                return service
        raise KeyError(f"no Service named {name!r}")

    # -- derived views -------------------------------------------------------------------
    def child_applications(self) -> tuple[Application, ...]:
        """Applications the root App of Apps renders (everything not created by Terraform)."""
        return tuple(a for a in self.applications if a.created_by is CreatedBy.ROOT_APP)

    def terraform_applications(self) -> tuple[Application, ...]:
        return tuple(a for a in self.applications if a.created_by is CreatedBy.TERRAFORM)

    def git_applications(self) -> tuple[Application, ...]:
        return tuple(a for a in self.applications if isinstance(a.source, GitPath))

    def tailscale_url(self, exposure: Exposure) -> str:
        return self.tailnet.url(exposure)

    def tailscale_ingress_ports(self, namespace: str) -> tuple[int, ...]:
        """Container ports the namespace's ``allow-tailscale-ingress`` policy opens, ascending."""
        ports = {p.container_port for e in self.exposures if e.namespace == namespace for p in e.ports}
        return tuple(sorted(ports))

    def api_service_accounts(self) -> frozenset[tuple[str, str]]:
        """(namespace, ServiceAccount) of every account some Role or ClusterRole of the model is bound to:
        pods running as any other account never call the API, so they mount no token."""
        return frozenset((w.namespace, w.service_account) for w in self.workloads if w.roles and w.service_account)

    def infisical_keys(self) -> tuple[str, ...]:
        """Every Infisical key some ExternalSecret reads, in first-use order."""
        keys: dict[str, None] = {}
        for es in self.external_secrets:
            for key in es.remote_keys():
                keys.setdefault(key, None)
        return tuple(keys)
