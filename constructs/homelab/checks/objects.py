"""The rendered objects the checks read, with the few facts every check needs about each one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

Manifest = Mapping[str, Any]

#: Where the objects of each pod-carrying kind keep their pod spec.
POD_SPEC_PATHS: dict[str, tuple[str, ...]] = {
    "Pod": ("spec",),
    "Deployment": ("spec", "template", "spec"),
    "ReplicaSet": ("spec", "template", "spec"),
    "StatefulSet": ("spec", "template", "spec"),
    "DaemonSet": ("spec", "template", "spec"),
    "ReplicationController": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
}

#: Built-in kinds that are cluster-scoped, by (group, kind). CRD scopes come from checks/schemas.
CLUSTER_SCOPED: frozenset[tuple[str, str]] = frozenset(
    {
        ("", "Namespace"),
        ("", "Node"),
        ("", "PersistentVolume"),
        ("", "ComponentStatus"),
        ("rbac.authorization.k8s.io", "ClusterRole"),
        ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        ("apiextensions.k8s.io", "CustomResourceDefinition"),
        ("apiregistration.k8s.io", "APIService"),
        ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
        ("admissionregistration.k8s.io", "MutatingAdmissionPolicy"),
        ("admissionregistration.k8s.io", "MutatingAdmissionPolicyBinding"),
        ("storage.k8s.io", "StorageClass"),
        ("storage.k8s.io", "VolumeAttachment"),
        ("storage.k8s.io", "CSIDriver"),
        ("storage.k8s.io", "CSINode"),
        ("storage.k8s.io", "VolumeAttributesClass"),
        ("scheduling.k8s.io", "PriorityClass"),
        ("node.k8s.io", "RuntimeClass"),
        ("networking.k8s.io", "IngressClass"),
        ("networking.k8s.io", "IPAddress"),
        ("networking.k8s.io", "ServiceCIDR"),
        ("certificates.k8s.io", "CertificateSigningRequest"),
        ("certificates.k8s.io", "ClusterTrustBundle"),
        ("flowcontrol.apiserver.k8s.io", "FlowSchema"),
        ("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"),
        ("resource.k8s.io", "DeviceClass"),
        ("resource.k8s.io", "ResourceSlice"),
        ("storagemigration.k8s.io", "StorageVersionMigration"),
    }
)


def split_api_version(api_version: str) -> tuple[str, str]:
    """``apps/v1`` → (``apps``, ``v1``); ``v1`` → (``""``, ``v1``)."""
    group, _, version = api_version.rpartition("/")
    return group, version


@dataclass(frozen=True)
class Obj:
    """One rendered object and where it goes: ``folder`` is its ``dist/`` folder, or ``None`` for an
    object Terraform applies (the Layer 0 Applications, which never reach ``dist/``)."""

    manifest: Manifest
    folder: str | None

    @property
    def api_version(self) -> str:
        return str(self.manifest.get("apiVersion", ""))

    @property
    def group(self) -> str:
        return split_api_version(self.api_version)[0]

    @property
    def kind(self) -> str:
        return str(self.manifest.get("kind", ""))

    @property
    def metadata(self) -> Mapping[str, Any]:
        meta = self.manifest.get("metadata")
        return meta if isinstance(meta, Mapping) else {}

    @property
    def name(self) -> str:
        return str(self.metadata.get("name", ""))

    @property
    def namespace(self) -> str | None:
        ns = self.metadata.get("namespace")
        return None if ns is None else str(ns)

    @property
    def labels(self) -> Mapping[str, Any]:
        labels = self.metadata.get("labels")
        return labels if isinstance(labels, Mapping) else {}

    @property
    def spec(self) -> Mapping[str, Any]:
        spec = self.manifest.get("spec")
        return spec if isinstance(spec, Mapping) else {}

    @property
    def identity(self) -> tuple[str, str, str, str]:
        """What the API server keys the object by: group, kind, namespace, name."""
        return (self.group, self.kind, self.namespace or "", self.name)

    @property
    def where(self) -> str:
        return f"dist/{self.folder}" if self.folder is not None else "Terraform (Layer 0)"

    def __str__(self) -> str:
        """``Kind 'namespace/name'`` (``Kind 'name'`` without a namespace, and for Argo CD objects)."""
        if self.namespace is None or self.kind in ("Application", "AppProject"):
            return f"{self.kind} {self.name!r}"
        return f"{self.kind} '{self.namespace}/{self.name}'"

    def pod_spec(self) -> Mapping[str, Any] | None:
        path = POD_SPEC_PATHS.get(self.kind)
        if path is None:
            return None
        node: Any = self.manifest
        for key in path:
            node = node.get(key) if isinstance(node, Mapping) else None
        return node if isinstance(node, Mapping) else None


def containers(pod_spec: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Every container of a pod spec: init, regular and ephemeral."""
    for key in ("initContainers", "containers", "ephemeralContainers"):
        for container in pod_spec.get(key) or ():
            if isinstance(container, Mapping):
                yield container


def dig(node: Any, *path: str | int) -> Any:
    """``node[path[0]][path[1]]…``, or ``None`` where the path does not exist."""
    for key in path:
        if isinstance(key, int):
            node = node[key] if isinstance(node, Sequence) and not isinstance(node, str) and key < len(node) else None
        else:
            node = node.get(key) if isinstance(node, Mapping) else None
    return node


@dataclass
class Inventory:
    """All rendered objects: those in ``dist/`` by folder, plus the Terraform-applied Applications."""

    folders: Mapping[str, Sequence[Manifest]]
    terraform: Sequence[Manifest] = ()
    objects: list[Obj] = field(init=False)

    def __post_init__(self) -> None:
        self.objects = [Obj(m, folder) for folder, manifests in self.folders.items() for m in manifests]
        self.objects += [Obj(m, None) for m in self.terraform]

    @cached_property
    def by_kind(self) -> Mapping[str, list[Obj]]:
        index: dict[str, list[Obj]] = defaultdict(list)
        for obj in self.objects:
            index[obj.kind].append(obj)
        return index

    def of_kind(self, kind: str, group: str | None = None) -> list[Obj]:
        return [o for o in self.by_kind.get(kind, ()) if group is None or o.group == group]

    def in_dist(self) -> Iterator[Obj]:
        return (o for o in self.objects if o.folder is not None)

    @cached_property
    def by_folder(self) -> Mapping[str, list[Obj]]:
        """The objects of each ``dist/`` folder, in rendering order (an index: per-Application checks
        would otherwise scan every object once per Application, quadratic in the catalog)."""
        index: dict[str, list[Obj]] = defaultdict(list)
        for obj in self.objects:
            if obj.folder is not None:
                index[obj.folder].append(obj)
        return index

    def in_folder(self, folder: str) -> list[Obj]:
        return self.by_folder.get(folder, [])

    @cached_property
    def workloads(self) -> list[tuple[Obj, Mapping[str, Any]]]:
        """Every object that runs pods, with its pod spec."""
        found = []
        for kind in POD_SPEC_PATHS:
            for obj in self.by_kind.get(kind, ()):
                spec = obj.pod_spec()
                if spec is not None:
                    found.append((obj, spec))
        return found
