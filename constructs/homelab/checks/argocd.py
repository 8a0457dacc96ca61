"""Argo CD: every Application against its AppProject, and every ``dist/`` folder against the
Applications that sync it.

Checked on the synthesized objects (the rendered AppProjects and Applications, plus the
Applications Terraform creates, rendered in memory), the way Argo CD itself would judge them:

- the project exists; only the root app may use a built-in project (``default`` allows anything);
- the project allows the source repository, the destination, every namespace the Application's
  objects land in, and every cluster-scoped kind it renders (``clusterResourceWhitelist``);
- every git-sourced Application points at a ``dist/`` folder synth writes, holding its objects;
  every ``dist/`` folder is synced by exactly one Application;
- Applications carry the four ``app.kubernetes.io/*`` labels and live in the Argo CD namespace.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from typing import Any

from homelab.checks.objects import CLUSTER_SCOPED, Inventory, Obj
from homelab.checks.violation import Violation
from homelab.model import Homelab
from homelab.model.argocd import DIST_DIR, IN_CLUSTER

IN_CLUSTER_NAME = "in-cluster"
ARGOCD_GROUP = "argoproj.io"
REQUIRED_LABELS = (
    "app.kubernetes.io/name",
    "app.kubernetes.io/part-of",
    "app.kubernetes.io/component",
    "app.kubernetes.io/managed-by",
)
FORBIDDEN_LABEL_PREFIXES = ("homelab/",)


@dataclass(frozen=True)
class ProjectRules:
    """What an AppProject allows, as Argo CD reads its spec (globs, ``!`` negations)."""

    name: str
    source_repos: tuple[str, ...]
    destinations: tuple[tuple[str, str, str], ...]  # (server, name, namespace)
    cluster_whitelist: tuple[tuple[str, str], ...]
    cluster_blacklist: tuple[tuple[str, str], ...]
    namespace_whitelist: tuple[tuple[str, str], ...] | None
    namespace_blacklist: tuple[tuple[str, str], ...]
    builtin: bool = False

    @classmethod
    def from_spec(cls, name: str, spec: Mapping[str, Any], *, builtin: bool = False) -> ProjectRules:
        def kinds(key: str) -> tuple[tuple[str, str], ...]:
            return tuple((str(gk.get("group", "")), str(gk.get("kind", ""))) for gk in spec.get(key) or ())

        return cls(
            name=name,
            source_repos=tuple(str(r) for r in spec.get("sourceRepos") or ()),
            destinations=tuple(
                (str(d.get("server", "")), str(d.get("name", "")), str(d.get("namespace", "")))
                for d in spec.get("destinations") or ()
            ),
            cluster_whitelist=kinds("clusterResourceWhitelist"),
            cluster_blacklist=kinds("clusterResourceBlacklist"),
            namespace_whitelist=kinds("namespaceResourceWhitelist") if "namespaceResourceWhitelist" in spec else None,
            namespace_blacklist=kinds("namespaceResourceBlacklist"),
            builtin=builtin,
        )

    @classmethod
    def argocd_default(cls, name: str) -> ProjectRules:
        """Argo CD's built-in ``default`` project as installed: everything allowed."""
        return cls(
            name=name,
            source_repos=("*",),
            destinations=(("*", "", "*"),),
            cluster_whitelist=(("*", "*"),),
            cluster_blacklist=(),
            namespace_whitelist=None,
            namespace_blacklist=(),
            builtin=True,
        )

    def allows_repo(self, repo: str) -> bool:
        return _glob_allowed(repo, self.source_repos)

    def allows_destination(self, server: str, name: str, namespace: str) -> bool:
        by_server, by_name, patterns = _split_destinations(self.destinations)
        if (server, namespace) in by_server or (name, namespace) in by_name:
            allowed = True  # an exact entry matches: only a negation could still refuse it
            patterns = tuple(d for d in patterns if _negated(d))
        else:
            allowed = False
        denied = False
        for d_server, d_name, d_namespace in patterns:
            negated = d_namespace.startswith("!") or d_server.startswith("!") or d_name.startswith("!")
            ns_ok = fnmatchcase(namespace, d_namespace.lstrip("!"))
            where = (server, d_server) if d_server else (name, d_name)
            where_ok = fnmatchcase(where[0], where[1].lstrip("!"))
            if negated and ns_ok and where_ok:
                denied = True
            elif not negated and ns_ok and where_ok:
                allowed = True
        return allowed and not denied

    def allowed_namespaces(self) -> str:
        return ", ".join(d[2] for d in self.destinations) or "none"

    def allows_cluster_kind(self, group: str, kind: str) -> bool:
        white = any(fnmatchcase(group, g) and fnmatchcase(kind, k) for g, k in self.cluster_whitelist)
        black = any(fnmatchcase(group, g) and fnmatchcase(kind, k) for g, k in self.cluster_blacklist)
        return white and not black

    def allows_namespaced_kind(self, group: str, kind: str) -> bool:
        if any(fnmatchcase(group, g) and fnmatchcase(kind, k) for g, k in self.namespace_blacklist):
            return False
        if self.namespace_whitelist is None:
            return True
        return any(fnmatchcase(group, g) and fnmatchcase(kind, k) for g, k in self.namespace_whitelist)


def _negated(destination: tuple[str, str, str]) -> bool:
    return any(part.startswith("!") for part in destination)


@cache
def _split_destinations(
    destinations: tuple[tuple[str, str, str], ...],
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]], tuple[tuple[str, str, str], ...]]:
    """Destinations without glob characters or negation, as sets of (server, namespace) and (name,
    namespace) (a server, when given, is what a destination matches on); then the rest, matched by
    ``fnmatch`` as Argo CD does. A project lists every namespace of its services: without the sets each
    Application scanned them all, quadratic in the catalog."""
    plain = [d for d in destinations if not _negated(d) and not any(c in part for part in d for c in "*?[")]
    by_server = frozenset((server, namespace) for server, _, namespace in plain if server)
    by_name = frozenset((name, namespace) for server, name, namespace in plain if not server)
    return by_server, by_name, tuple(d for d in destinations if d not in plain)


def _glob_allowed(value: str, patterns: Sequence[str]) -> bool:
    positive = [p for p in patterns if not p.startswith("!")]
    negative = [p[1:] for p in patterns if p.startswith("!")]
    return any(fnmatchcase(value, p) for p in positive) and not any(fnmatchcase(value, p) for p in negative)


def _gk(group: str, kind: str) -> str:
    return f"{group or 'core'}/{kind}"


def is_cluster_scoped(obj: Obj, crd_scopes: Mapping[str, str]) -> bool:
    scope = crd_scopes.get(f"{obj.group}/{obj.kind}")
    if scope is not None:
        return scope == "Cluster"
    if (obj.group, obj.kind) in CLUSTER_SCOPED:
        return True
    # Kinds we know nothing about: an object rendered without a namespace is cluster-scoped.
    from homelab.checks.schema import BUILTIN_GROUPS

    return obj.group not in BUILTIN_GROUPS and obj.namespace is None


def _sources(app: Obj) -> list[Mapping[str, Any]]:
    spec = app.spec
    sources = [s for s in spec.get("sources") or () if isinstance(s, Mapping)]
    if isinstance(spec.get("source"), Mapping):
        sources.insert(0, spec["source"])
    return sources


def _normalize_path(path: str) -> str:
    return path.strip().removeprefix("./").rstrip("/")


def check(model: Homelab, inventory: Inventory, crd_scopes: Mapping[str, str]) -> Iterator[Violation]:
    projects: dict[str, ProjectRules] = {
        p.name: ProjectRules.argocd_default(p.name) for p in model.projects if p.builtin
    }
    for obj in inventory.of_kind("AppProject", ARGOCD_GROUP):
        projects[obj.name] = ProjectRules.from_spec(obj.name, obj.spec)
        if obj.namespace != model.argocd_namespace:
            yield Violation(
                subject=str(obj),
                rule="argocd-namespace",
                message=f"is in namespace {obj.namespace!r}; Argo CD only reads AppProjects in "
                f"{model.argocd_namespace!r}. Render it there.",
            )
    applications = inventory.of_kind("Application", ARGOCD_GROUP)
    owners: dict[str, list[Obj]] = defaultdict(list)
    for app in applications:
        yield from _check_application(model, inventory, app, projects, crd_scopes, owners)
    for folder, objects in inventory.folders.items():
        apps = owners.get(folder, [])
        if not apps and objects:
            yield Violation(
                subject=f"{DIST_DIR}/{folder}",
                rule="argocd-paths",
                message=f"no Application syncs this folder, so its {len(objects)} object(s) would never reach the "
                f"cluster. Add an Application with source=GitPath() named {folder!r}, or assign the objects to an "
                "existing one.",
            )
        elif len(apps) > 1:
            names = ", ".join(sorted(repr(a.name) for a in apps))
            yield Violation(
                subject=f"{DIST_DIR}/{folder}",
                rule="argocd-paths",
                message=f"synced by {len(apps)} Applications ({names}); they would fight over its objects. "
                "Point each Application at its own folder.",
            )


def _check_application(
    model: Homelab,
    inventory: Inventory,
    app: Obj,
    projects: Mapping[str, ProjectRules],
    crd_scopes: Mapping[str, str],
    owners: dict[str, list[Obj]],
) -> Iterator[Violation]:
    subject = str(app)
    if app.namespace != model.argocd_namespace:
        yield Violation(
            subject=subject,
            rule="argocd-namespace",
            message=f"is in namespace {app.namespace!r}; Argo CD only reconciles Applications in "
            f"{model.argocd_namespace!r}. Render it there.",
        )
    if app.folder is not None and app.folder != model.root_app:
        yield Violation(
            subject=subject,
            rule="argocd-root",
            message=f"is rendered into {app.where}; child Applications belong to the root App of Apps "
            f"({DIST_DIR}/{model.root_app}). Create it with created_by=CreatedBy.ROOT_APP.",
        )
    yield from _check_labels(app)
    project_name = str(app.spec.get("project", ""))
    project = projects.get(project_name)
    if project is None:
        yield Violation(
            subject=subject,
            rule="argocd-project",
            message=f"project {project_name!r} does not exist (projects: {', '.join(sorted(projects))}). "
            "Add the Project to the model or fix the Application's project.",
        )
    elif project.builtin and app.name != model.root_app:
        usable = ", ".join(sorted(n for n, p in projects.items() if not p.builtin))
        yield Violation(
            subject=subject,
            rule="argocd-project",
            message=f"uses the built-in project {project_name!r}, which allows every repository, namespace and "
            f"cluster-scoped kind and is reserved for the root app {model.root_app!r}. Use one of: {usable}.",
        )
    destination = app.spec.get("destination") or {}
    dest_server = str(destination.get("server", "")) or (
        IN_CLUSTER if destination.get("name") == IN_CLUSTER_NAME else ""
    )
    dest_name = str(destination.get("name", "")) or (IN_CLUSTER_NAME if dest_server == IN_CLUSTER else "")
    dest_namespace = str(destination.get("namespace", ""))
    if project is not None and not project.allows_destination(dest_server, dest_name, dest_namespace):
        if any(fnmatchcase(dest_namespace, d[2]) for d in project.destinations if not d[2].startswith("!")):
            yield Violation(
                subject=subject,
                rule="argocd-project",
                message=f"destination server {dest_server or dest_name!r} is not allowed by project "
                f"{project.name!r}. Add it to the project's destinations or target {IN_CLUSTER}.",
            )
        else:
            yield Violation(
                subject=subject,
                rule="argocd-project",
                message=f"destination namespace {dest_namespace!r} is not allowed by project {project.name!r} "
                f"(allowed: {project.allowed_namespaces()}). Add it to the project's destinations or fix the "
                "namespace.",
            )
    for source in _sources(app):
        repo = str(source.get("repoURL", ""))
        if project is not None and not project.allows_repo(repo):
            allowed = ", ".join(project.source_repos) or "none"
            yield Violation(
                subject=subject,
                rule="argocd-project",
                message=f"source repository {repo!r} is not allowed by project {project.name!r} (allowed: "
                f"{allowed}). Add the chart to the project's charts or fix the repository.",
            )
        if repo == model.params.repo_url:
            yield from _check_path(inventory, app, source, project, crd_scopes, dest_namespace, owners)


def _check_labels(app: Obj) -> Iterator[Violation]:
    labels = app.labels
    missing = [key for key in REQUIRED_LABELS if not labels.get(key)]
    if missing:
        yield Violation(
            subject=str(app),
            rule="argocd-labels",
            message=f"missing label(s) {', '.join(missing)}; every Application carries the four "
            "app.kubernetes.io/* labels. Set the Application's component (the others are derived).",
        )
    if labels.get("app.kubernetes.io/name", app.name) != app.name:
        yield Violation(
            subject=str(app),
            rule="argocd-labels",
            message=f"label app.kubernetes.io/name is {labels['app.kubernetes.io/name']!r}, not the Application's "
            "name. Remove the override from the Application's labels.",
        )
    for key in labels:
        if str(key).startswith(FORBIDDEN_LABEL_PREFIXES):
            yield Violation(
                subject=str(app),
                rule="argocd-labels",
                message=f"label {key!r} uses a custom prefix ({', '.join(FORBIDDEN_LABEL_PREFIXES)}), which the "
                "labelling rules forbid. Use an app.kubernetes.io/* label.",
            )


def _check_path(
    inventory: Inventory,
    app: Obj,
    source: Mapping[str, Any],
    project: ProjectRules | None,
    crd_scopes: Mapping[str, str],
    dest_namespace: str,
    owners: dict[str, list[Obj]],
) -> Iterator[Violation]:
    path = _normalize_path(str(source.get("path", "")))
    folder = path.removeprefix(f"{DIST_DIR}/")
    if not path.startswith(f"{DIST_DIR}/") or "/" in folder or folder not in inventory.folders:
        rendered = ", ".join(f"{DIST_DIR}/{f}" for f in sorted(inventory.folders)) or "none"
        yield Violation(
            subject=str(app),
            rule="argocd-paths",
            message=f"source path {path!r} is not a folder synth renders (rendered: {rendered}). Point the "
            f"Application at {DIST_DIR}/<application> of a git-sourced Application.",
        )
        return
    owners[folder].append(app)
    objects = inventory.in_folder(folder)
    if not objects:
        yield Violation(
            subject=str(app),
            rule="argocd-paths",
            message=f"source path {path!r} holds no objects (nothing in the model is assigned to {folder!r}), so "
            "Argo CD would fail to sync it. Assign objects to it or remove the Application.",
        )
    if project is None:
        return
    for obj in objects:
        if is_cluster_scoped(obj, crd_scopes):
            if not project.allows_cluster_kind(obj.group, obj.kind):
                whitelist = ", ".join(_gk(g, k) for g, k in project.cluster_whitelist) or "empty"
                yield Violation(
                    subject=str(app),
                    rule="argocd-project",
                    message=f"renders {obj} ({_gk(obj.group, obj.kind)}), a cluster-scoped kind project "
                    f"{project.name!r} does not whitelist (clusterResourceWhitelist: {whitelist}). Add "
                    f"GroupKind(group={obj.group!r}, kind={obj.kind!r}) to the project's cluster_resource_whitelist.",
                )
            continue
        if not project.allows_namespaced_kind(obj.group, obj.kind):
            yield Violation(
                subject=str(app),
                rule="argocd-project",
                message=f"renders {obj}, whose kind {_gk(obj.group, obj.kind)} project {project.name!r} does not "
                "allow (namespaceResourceWhitelist/Blacklist). Allow the kind in the project.",
            )
        namespace = obj.namespace or dest_namespace
        server = str((app.spec.get("destination") or {}).get("server", IN_CLUSTER))
        if namespace != dest_namespace and not project.allows_destination(server, IN_CLUSTER_NAME, namespace):
            yield Violation(
                subject=str(app),
                rule="argocd-project",
                message=f"renders {obj} into namespace {namespace!r}, which project {project.name!r} does not "
                f"allow (allowed: {project.allowed_namespaces()}). Add it to the project's destinations or move "
                "the object.",
            )
