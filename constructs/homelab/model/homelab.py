"""The whole homelab: one immutable value every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass

from homelab.model.argocd import Application, CreatedBy, GitPath, HelmRelease, Project
from homelab.model.host import Host
from homelab.model.monitoring import AuthentikBlueprint, Monitoring
from homelab.model.namespaces import Namespace
from homelab.model.network import Exposure, NamespacePolicies, Tailnet
from homelab.model.risks import AcceptedRisk
from homelab.model.secrets import BootstrapSecret, ClusterSecretStore, ExternalSecret
from homelab.model.workloads import Workload


@dataclass(frozen=True, kw_only=True)
class Parameters:
    """Synthesizer parameters: what differs between one owner's homelab and another's."""

    repo_url: str = "https://github.com/holdennguyen/homelab.git"
    target_revision: str = "HEAD"
    home: str = "/Users/holden.nguyen"
    homelab_path: str = "/Users/holden.nguyen/homelab"
    log_dir: str = "/Users/holden.nguyen/Library/Logs/homelab"


@dataclass(frozen=True, kw_only=True)
class Homelab:
    params: Parameters
    argocd_namespace: str
    argocd_release: HelmRelease
    root_app: str
    namespaces: tuple[Namespace, ...]
    projects: tuple[Project, ...]
    applications: tuple[Application, ...]
    exposures: tuple[Exposure, ...]
    network_policies: tuple[NamespacePolicies, ...]
    secret_store: ClusterSecretStore
    external_secrets: tuple[ExternalSecret, ...]
    bootstrap_secrets: tuple[BootstrapSecret, ...]
    workloads: tuple[Workload, ...]
    monitoring: Monitoring
    authentik_blueprint: AuthentikBlueprint
    host: Host
    namespace_security_app: str
    tailnet: Tailnet
    #: Risks kept on purpose (settings no rule refuses), each with its reason; shown by synth and the docs.
    accepted_risks: tuple[AcceptedRisk, ...] = ()

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
