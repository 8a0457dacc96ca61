"""Argo CD: AppProjects, Applications and where their manifests come from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

from homelab.model.namespaces import Namespace
from homelab.model.typed import TerraformVariable

ARGOCD_API_VERSION = "argoproj.io/v1alpha1"
IN_CLUSTER = "https://kubernetes.default.svc"
DIST_DIR = "dist"


class Component(StrEnum):
    """``app.kubernetes.io/component`` of an Application: its functional role."""

    GITOPS = "gitops"
    SECRETS = "secrets"
    MONITORING = "monitoring"
    IDENTITY = "identity"
    AI = "ai"
    SECURITY = "security"
    DASHBOARD = "dashboard"
    WEB = "web"
    NETWORKING = "networking"


class SyncOption(StrEnum):
    """Argo CD ``syncPolicy.syncOptions`` entries the homelab uses."""

    CREATE_NAMESPACE = "CreateNamespace=true"
    NO_CREATE_NAMESPACE = "CreateNamespace=false"
    SERVER_SIDE_APPLY = "ServerSideApply=true"


class CreatedBy(Enum):
    """Who applies an Application: the root App of Apps (rendered to git) or Terraform (Layer 0)."""

    ROOT_APP = "argocd-apps"
    TERRAFORM = "terraform"


@dataclass(frozen=True, kw_only=True)
class GroupKind:
    """An API group and kind, as in an AppProject's ``clusterResourceWhitelist`` (``*`` = any kind)."""

    group: str
    kind: str


@dataclass(frozen=True, kw_only=True)
class Chart:
    """A Helm chart at a pinned version in a chart repository."""

    name: str
    repo: str
    version: str


@dataclass(frozen=True, kw_only=True)
class HelmSetting:
    """One Helm ``--set`` entry. A key segment that contains dots (``server.insecure``) is one segment.

    ``yamlencode`` values are objects Terraform encodes to a YAML string.
    """

    path: tuple[str, ...]
    value: str | Mapping[str, Any] | TerraformVariable
    yamlencode: bool = False

    @property
    def hcl_name(self) -> str:
        """The name as written for ``helm --set``: dots inside a segment are escaped."""
        return ".".join(segment.replace(".", "\\.") for segment in self.path)


@dataclass(frozen=True, kw_only=True)
class HelmRelease:
    """A chart Terraform installs with ``helm_release`` (Layer 0), because Argo CD cannot install itself.

    ``sensitive_settings`` go through ``set_sensitive``: never in plan output, never in git.
    """

    name: str
    namespace: str
    chart: Chart
    settings: tuple[HelmSetting, ...]
    sensitive_settings: tuple[HelmSetting, ...]


@dataclass(frozen=True, kw_only=True)
class HelmSource:
    """An Application that installs a Helm chart with inline ``valuesObject``.

    ``schema`` is the ``TypedDict`` the values must match; synth checks them against it.
    """

    chart: Chart
    values: Mapping[str, Any]
    schema: Any = None


@dataclass(frozen=True, kw_only=True)
class GitPath:
    """An Application that applies the folder ``dist/<application>`` this synthesizer writes."""


ApplicationSource = HelmSource | GitPath


@dataclass(frozen=True, kw_only=True)
class IgnoreDifference:
    """A ``spec.ignoreDifferences`` entry: JSON pointers Argo CD ignores when diffing."""

    group: str
    kind: str
    json_pointers: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Project:
    """An AppProject: which repositories, namespaces and cluster-scoped kinds its Applications may use.

    ``charts`` are the Helm charts its Applications may install; their repositories, after the
    homelab's own git repository, are the project's ``sourceRepos``. The catalog declares a project
    with its name, description and the cluster kinds every project allows; the model derives
    ``charts``, ``destinations`` and the rest of the whitelist from the Applications that use it.
    """

    name: str
    description: str
    charts: tuple[Chart, ...] = ()
    destinations: tuple[str, ...] = ()
    cluster_resource_whitelist: tuple[GroupKind, ...] = ()
    builtin: bool = False


@dataclass(frozen=True, kw_only=True)
class Application:
    """An Argo CD Application of the homelab.

    ``namespace`` is the destination namespace. ``wave`` is the sync-wave annotation; ``None``
    renders no annotation (Argo CD treats that as wave 0). ``also_writes_to`` are other namespaces
    its objects land in and ``cluster_kinds`` the cluster-scoped kinds a chart creates: both join
    its project's destinations and whitelist (raw objects' cluster kinds are derived).
    """

    name: str
    project: Project
    namespace: str
    component: Component
    source: ApplicationSource
    sync_options: tuple[SyncOption, ...] = ()
    wave: int | None = None
    created_by: CreatedBy = CreatedBy.ROOT_APP
    ignore_differences: tuple[IgnoreDifference, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    also_writes_to: tuple[Namespace, ...] = ()
    cluster_kinds: tuple[GroupKind, ...] = ()

    @property
    def path(self) -> str | None:
        """The repository path of a git-sourced Application (``dist/<name>``), else ``None``."""
        return f"{DIST_DIR}/{self.name}" if isinstance(self.source, GitPath) else None

    def standard_labels(self) -> dict[str, str]:
        """The four ``app.kubernetes.io/*`` labels every Application carries."""
        return {
            "app.kubernetes.io/name": self.name,
            "app.kubernetes.io/part-of": "homelab",
            "app.kubernetes.io/component": self.component.value,
            "app.kubernetes.io/managed-by": "argocd",
        }
