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
from homelab.model import Application, Exposure, ExternalSecret, HelmRelease, HelmSource, Homelab, Namespace
from homelab.model.network import KUBE_SYSTEM
from homelab.model.typed import TerraformVariable

#: A stand-in internet address (TEST-NET-3, RFC 5737): "the internet" when asking the evaluator.
INTERNET_SAMPLE = "203.0.113.10"
_TEMPLATE_FIELD = re.compile(r"\.\s*([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True, kw_only=True)
class Owner:
    """Who installs an exposed service: an Application, or Argo CD's own Layer 0 Helm release."""

    application: Application | None
    label: str
    release: HelmRelease | None = None


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
    def owner(self, exposure: Exposure) -> Owner:
        return self._owners[exposure.key]

    @cached_property
    def _owners(self) -> dict[str, Owner]:
        return {e.key: self._owner(e) for e in self.model.exposures}

    def _owner(self, exposure: Exposure) -> Owner:
        """Who installs the exposed service: the workload's Application, the Helm Application whose
        values publish its NodePort, or the Argo CD release (Layer 0) when its settings do."""
        for workload in self.model.workloads:
            if workload.exposure is not None and workload.exposure.key == exposure.key:
                return Owner(application=self.model.application(workload.application), label=workload.application)
        node_ports = {str(p.node_port) for p in exposure.ports}
        for app in self.model.applications:
            values = app.source.values if isinstance(app.source, HelmSource) else {}
            if app.namespace == exposure.namespace and node_ports & set(_scalars(values)):
                return Owner(application=app, label=app.name)
        release = self.model.argocd_release
        if release.namespace == exposure.namespace and node_ports & {str(s.value) for s in release.settings}:
            return Owner(application=None, label=f"{release.name} (Helm release, Layer 0)", release=release)
        return Owner(application=None, label="—")

    def exposures_of(self, app: Application) -> tuple[Exposure, ...]:
        return tuple(e for e in self.model.exposures if self.owner(e).application == app)

    def workload_objects(self, app: Application) -> list[tuple[Obj, Mapping[str, Any]]]:
        """Rendered pod-running objects of a git-sourced Application, in render order."""
        return [(o, pod) for o, pod in self.inventory.workloads if o.folder == app.name]

    def images(self, app: Application) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for _, pod in self.workload_objects(app):
            for container in containers(pod):
                found.setdefault(str(container.get("image")), None)
        return tuple(found)

    def source(self, app: Application) -> str:
        """``chart <name> <version> (<repo>)`` or the images of its workloads, or ``manifests``."""
        if isinstance(app.source, HelmSource):
            chart = app.source.chart
            return f"chart {chart.name} {chart.version}"
        images = self.images(app)
        return ", ".join(images) if images else f"manifests ({app.path})"

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

    def infisical_keys_read_by(self, reader: str) -> tuple[str, ...]:
        """Infisical keys a reader (``Application 'x'``, ``Deployment 'ns/name'``) reads, sorted."""
        keys: set[str] = set()
        for ref in self.references:
            es = self.external_secret(ref.namespace, ref.name) if ref.reader == reader else None
            if es is not None:
                keys.update(self.remote_keys(es, ref.key))
        return tuple(sorted(keys))

    def infisical_keys_of(self, app: Application) -> tuple[str, ...]:
        """Infisical keys an Application's chart values or rendered pods read."""
        readers = [f"Application {app.name!r}"] + [str(o) for o, _ in self.workload_objects(app)]
        return tuple(sorted({k for r in readers for k in self.infisical_keys_read_by(r)}))


def terraform_variables(value: Any) -> tuple[str, ...]:
    """Names of the Terraform variables in a value (a variable, or a mapping with variables as leaves)."""
    if isinstance(value, TerraformVariable):
        return (value.name,)
    if isinstance(value, Mapping):
        return tuple(name for item in value.values() for name in terraform_variables(item))
    return ()


def _scalars(node: Any) -> list[str]:
    """Every scalar of nested values, as strings."""
    if isinstance(node, Mapping):
        return [s for value in node.values() for s in _scalars(value)]
    if isinstance(node, (list, tuple)):
        return [s for value in node for s in _scalars(value)]
    return [str(node)]
