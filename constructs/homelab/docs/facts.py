"""What the pages share: the rendered objects indexed once, and the answers several pages need.

Reads the model's read-only views and the rendered manifests; renders nothing itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from homelab.checks.objects import Inventory, Obj, containers
from homelab.checks.secrets import Reference, secret_references
from homelab.docs.netpol import Address, Cluster, Pod
from homelab.model import Application, ExternalSecret, Homelab, Namespace, Service
from homelab.model.network import KUBE_SYSTEM
from homelab.model.typed import TerraformVariable

#: A stand-in internet address (TEST-NET-3, RFC 5737): "the internet" when asking the evaluator.
INTERNET_SAMPLE = "203.0.113.10"
_TEMPLATE_FIELD = re.compile(r"\.\s*([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True, kw_only=True)
class Facts:
    model: Homelab
    manifests: Mapping[str, Sequence[Mapping[str, Any]]]
    inventory: Inventory = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "inventory", Inventory(folders=self.manifests))

    # -- namespaces ----------------------------------------------------------------------------
    @cached_property
    def namespace_names(self) -> tuple[str, ...]:
        """Every namespace the homelab knows of: modelled, destinations, rendered into, kube-system."""
        names = {ns.name for ns in self.model.namespaces} | {a.namespace for a in self.model.applications}
        names |= {o.namespace for o in self.inventory.objects if o.namespace}
        names |= {o.name for o in self.inventory.of_kind("Namespace")}
        return tuple(sorted(names | {KUBE_SYSTEM}))

    def namespace(self, name: str) -> Namespace | None:
        return next((ns for ns in self.model.namespaces if ns.name == name), None)

    def pod_security(self, name: str) -> str:
        """``restricted``, ``baseline (audit/warn restricted): why``, ``exempt: why`` or ``—``."""
        ns = self.namespace(name)
        if ns is None:
            return "—"
        if ns.pss_exemption:
            return f"exempt: {ns.pss_exemption}"
        if ns.pod_security is None:
            return f"no labels: {ns.reason}" if ns.reason else "—"
        ps = ns.pod_security
        text = ps.enforce.value
        if {ps.audit, ps.warn} != {ps.enforce}:
            text += f" (audit {ps.audit.value}, warn {ps.warn.value})"
        return f"{text}: {ns.reason}" if ns.reason else text

    # -- network -------------------------------------------------------------------------------
    @cached_property
    def cluster(self) -> Cluster:
        objects = [o.manifest for o in self.inventory.objects]
        return Cluster.from_manifests(objects, namespaces=self.namespace_names)

    @cached_property
    def tailnet_sample(self) -> Address:
        """An address of the tailnet (its CIDR's first host)."""
        import ipaddress

        return Address(ip=str(next(ipaddress.ip_network(self.model.tailnet.cidr).hosts())))

    @cached_property
    def internet_sample(self) -> Address:
        return Address(ip=INTERNET_SAMPLE)

    def pod(self, namespace: str) -> Pod:
        return Pod(namespace=namespace)

    # -- services ------------------------------------------------------------------------------
    def installed_by_release(self, service: Service) -> bool:
        """A service with no Application in the namespace of Argo CD's Helm release: Layer 0 installs it."""
        return not service.applications and service.namespace.name == self.model.argocd_release.namespace

    def exposed_services(self) -> tuple[Service, ...]:
        """Services with an exposure, by Tailscale HTTPS port (the order of the Tailscale Serve mapping)."""
        exposed = [s for s in self.model.services if s.exposure is not None]
        return tuple(sorted(exposed, key=lambda s: s.exposure.tailscale_port if s.exposure else 0))

    def service_of(self, app: Application) -> Service | None:
        """The service an Application belongs to (``None``: a platform piece)."""
        return next((s for s in self.model.services if any(a.name == app.name for a in s.applications)), None)

    def platform_applications(self) -> tuple[Application, ...]:
        """Applications of no service: the root App of Apps and the aggregators, in model order."""
        return tuple(a for a in self.model.applications if self.service_of(a) is None)

    def workload_objects(self, app: Application) -> list[tuple[Obj, Mapping[str, Any]]]:
        """Rendered pod-running objects of a git-sourced Application, in render order."""
        return [(o, pod) for o, pod in self.inventory.workloads if o.folder == app.name]

    def images(self, app: Application) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for _, pod in self.workload_objects(app):
            for container in containers(pod):
                found.setdefault(str(container.get("image")), None)
        return tuple(found)

    # -- secrets -------------------------------------------------------------------------------
    @cached_property
    def references(self) -> tuple[Reference, ...]:
        """Every read of a Secret: pods (env, envFrom, volumes), secret stores, chart values."""
        return tuple(secret_references(self.model, self.inventory))

    def external_secret(self, namespace: str, secret: str) -> ExternalSecret | None:
        return next((es for es in self.model.external_secrets if (es.namespace, es.name) == (namespace, secret)), None)

    def remote_keys(self, es: ExternalSecret, secret_key: str | None) -> tuple[str, ...]:
        """The Infisical keys behind one key of the Secret ``es`` makes (``None``: every key)."""
        if secret_key is None:
            return es.remote_keys()
        if es.template is not None:
            fields = set(_TEMPLATE_FIELD.findall(es.template.get(secret_key, "")))
            return tuple(d.remote_key for d in es.data if d.secret_key in fields)
        return tuple(d.remote_key for d in es.data if d.secret_key == secret_key)


def terraform_variables(value: Any) -> tuple[str, ...]:
    """Names of the Terraform variables in a value (a variable, or a mapping with variables as leaves)."""
    if isinstance(value, TerraformVariable):
        return (value.name,)
    if isinstance(value, Mapping):
        return tuple(name for item in value.values() for name in terraform_variables(item))
    return ()
