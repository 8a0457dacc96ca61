"""Compare two renderings object by object, and pick out what a reviewer must not miss.

A rendering here is just ``{repository path: file}``: the committed output at a revision on one side,
what the model renders now on the other. Manifests under ``dist/<application>/`` are compared as
Kubernetes objects (identity = kind, namespace, name, so a renamed file is still one object); every
other file (``launchd/``, ``docs/``) is one object of its own.

The "attention" rules read the parsed objects, not the text: a chart version, an image, a NodePort,
an RBAC rule, a NetworkPolicy, a Pod Security label or anything Secret-related that changed is
reported as ``old → new`` whatever else moved around it.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import yaml

#: Written for a value that does not exist on one side (an added or removed object or field).
ABSENT = "—"
#: Longest value an attention line shows in full.
MAX_VALUE = 160

SECRET_KINDS = frozenset({"Secret", "ExternalSecret", "SecretStore", "ClusterSecretStore"})
RBAC_ROLE_KINDS = frozenset({"Role", "ClusterRole"})
RBAC_BINDING_KINDS = frozenset({"RoleBinding", "ClusterRoleBinding"})
APPPROJECT_ACCESS = (
    "sourceRepos",
    "destinations",
    "clusterResourceWhitelist",
    "clusterResourceBlacklist",
    "namespaceResourceWhitelist",
    "namespaceResourceBlacklist",
    "roles",
)
POD_SECURITY_LABEL = "pod-security.kubernetes.io/"
_SECRET_KEY = re.compile(r"secret", re.IGNORECASE)


class Change(StrEnum):
    """How an object differs; the value is the marker printed before it."""

    ADDED = "+"
    REMOVED = "-"
    CHANGED = "~"


class Category(StrEnum):
    """What kind of change a reviewer must look at, in the order they are listed."""

    RBAC = "RBAC"
    NETWORK_POLICY = "NetworkPolicy"
    POD_SECURITY = "Pod Security"
    SECRET = "Secret"
    IMAGE = "image"
    CHART = "chart"
    NODE_PORT = "NodePort"
    TAILSCALE = "Tailscale"
    MODE = "file mode"


@dataclass(frozen=True, kw_only=True)
class Attention:
    """One change a reviewer must not miss: ``<category> <subject> <detail>: old → new``."""

    category: Category
    subject: str
    detail: str
    old: str
    new: str


@dataclass(frozen=True, kw_only=True)
class File:
    """A rendered or committed file: bytes and the executable bit (all git keeps of the mode)."""

    data: bytes
    executable: bool = False


@dataclass(frozen=True, kw_only=True)
class ObjectDiff:
    """One object (or non-manifest file) that was added, removed or changed."""

    group: str
    label: str
    change: Change
    old_path: str | None
    new_path: str | None
    old_text: str
    new_text: str
    attention: tuple[Attention, ...] = ()

    def unified(self) -> list[str]:
        """The unified diff of the two texts (lines without trailing newlines)."""
        lines = list(
            difflib.unified_diff(
                self.old_text.splitlines(),
                self.new_text.splitlines(),
                fromfile=f"a/{self.old_path}" if self.old_path else "/dev/null",
                tofile=f"b/{self.new_path}" if self.new_path else "/dev/null",
                lineterm="",
            )
        )
        if not lines and self.change is Change.CHANGED:  # same text: the file moved or its mode changed
            notes = [f"{a.detail} {a.old} → {a.new}" for a in self.attention if a.category is Category.MODE]
            if self.old_path != self.new_path:
                notes.insert(0, "renamed")
            return [f"a/{self.old_path} → b/{self.new_path}: {', '.join(notes)}"]
        return lines


@dataclass(frozen=True, kw_only=True)
class GroupDiff:
    """The changes of one Application's folder (``dist/<app>/``) or of another managed folder."""

    name: str
    folder: str
    objects: tuple[ObjectDiff, ...]

    def count(self, change: Change) -> int:
        return sum(1 for o in self.objects if o.change is change)


@dataclass(frozen=True, kw_only=True)
class ReviewDiff:
    """Everything that differs between two renderings, grouped, with the attention items pulled out."""

    groups: tuple[GroupDiff, ...]
    attention: tuple[Attention, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.groups

    def count(self, change: Change) -> int:
        return sum(g.count(change) for g in self.groups)


def group_of(path: str) -> tuple[str, str]:
    """``(group name, folder)``: ``dist/<app>/…`` groups by Application, other folders by themselves."""
    parts = path.split("/")
    if parts[0] == "dist" and len(parts) > 2:
        return parts[1], f"dist/{parts[1]}/"
    return parts[0], f"{parts[0]}/"


@dataclass(frozen=True, kw_only=True)
class _Entry:
    group: str
    label: str
    path: str
    text: str
    executable: bool
    manifest: Mapping[str, Any] | None


def _entries(files: Mapping[str, File]) -> dict[tuple[str, str], _Entry]:
    entries: dict[tuple[str, str], _Entry] = {}
    for path, file in files.items():
        group, _ = group_of(path)
        text = file.data.decode(errors="replace")
        manifest = _manifest(path, text)
        label = _label(manifest) if manifest is not None else path
        entries[(group, label)] = _Entry(
            group=group, label=label, path=path, text=text, executable=file.executable, manifest=manifest
        )
    return entries


def _manifest(path: str, text: str) -> Mapping[str, Any] | None:
    if not (path.startswith("dist/") and path.endswith((".yaml", ".yml"))):
        return None
    try:
        document = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None  # compared as text: the diff still shows it
    if isinstance(document, dict) and "kind" in document and isinstance(document.get("metadata"), dict):
        return document
    return None


def _label(manifest: Mapping[str, Any]) -> str:
    metadata = manifest["metadata"]
    name = str(metadata.get("name", "?"))
    namespace = metadata.get("namespace")
    return f"{manifest['kind']} {namespace}/{name}" if namespace else f"{manifest['kind']} {name}"


def compare(old: Mapping[str, File], new: Mapping[str, File]) -> ReviewDiff:
    """Every object added, removed or changed from ``old`` to ``new``, grouped and sorted."""
    before, after = _entries(old), _entries(new)
    by_group: dict[str, list[ObjectDiff]] = {}
    folders: dict[str, str] = {}
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key), after.get(key)
        if (
            was is not None
            and now is not None
            and (was.text, was.executable, was.path) == (now.text, now.executable, now.path)
        ):
            continue
        change = Change.ADDED if was is None else Change.REMOVED if now is None else Change.CHANGED
        label = key[1]
        diff = ObjectDiff(
            group=key[0],
            label=label,
            change=change,
            old_path=was.path if was else None,
            new_path=now.path if now else None,
            old_text=was.text if was else "",
            new_text=now.text if now else "",
            attention=tuple(_attention(label, was, now)),
        )
        by_group.setdefault(key[0], []).append(diff)
        folders[key[0]] = group_of((now or was).path)[1]  # type: ignore[union-attr]
    groups = tuple(
        GroupDiff(name=name, folder=folders[name], objects=tuple(by_group[name]))
        for name in sorted(by_group, key=lambda n: (not folders[n].startswith("dist/"), folders[n]))
    )
    attention = sorted(
        (a for g in groups for o in g.objects for a in o.attention),
        key=lambda a: list(Category).index(a.category),
    )
    return ReviewDiff(groups=groups, attention=tuple(attention))


# --- attention rules -------------------------------------------------------------------------------


def _attention(label: str, was: _Entry | None, now: _Entry | None) -> Iterator[Attention]:
    if was is not None and now is not None and was.executable != now.executable:
        yield Attention(
            category=Category.MODE,
            subject=label,
            detail="executable",
            old=_yes_no(was.executable),
            new=_yes_no(now.executable),
        )
    old = was.manifest if was else None
    new = now.manifest if now else None
    if old is None and new is None:
        if "tailscale" in label.lower():
            yield from _tailscale(label, was.text if was else "", now.text if now else "")
        return
    kind = str((new or old or {}).get("kind"))
    if kind in RBAC_ROLE_KINDS:
        yield from _rbac_rules(label, old, new)
    elif kind in RBAC_BINDING_KINDS:
        for part in ("roleRef", "subjects"):
            yield from _whole(Category.RBAC, label, part, old, new)
    elif kind == "AppProject":  # what Argo CD may deploy, from where, to where: access control too
        old_spec, new_spec = (old or {}).get("spec") or {}, (new or {}).get("spec") or {}
        for part in APPPROJECT_ACCESS:
            yield from _whole(Category.RBAC, label, part, old_spec, new_spec)
    elif kind == "NetworkPolicy":  # each section of the spec that changed (podSelector, ingress, egress, …)
        old_spec, new_spec = (old or {}).get("spec") or {}, (new or {}).get("spec") or {}
        for part in [*old_spec, *(k for k in new_spec if k not in old_spec)]:
            yield from _whole(Category.NETWORK_POLICY, label, part, old_spec, new_spec)
    before, after = dict(_leaves(old or {})), dict(_leaves(new or {}))
    for path in sorted(set(before) | set(after), key=lambda p: [str(x) for x in p]):
        if before.get(path) == after.get(path):
            continue
        category = _classify(kind, path)
        if category is None:
            continue
        yield Attention(
            category=category,
            subject=label,
            detail=_path_text(_from_container(path)),
            old=_show(before.get(path)),
            new=_show(after.get(path)),
        )
    yield from _charts(label, old, new)


def _classify(kind: str, path: tuple[str, ...]) -> Category | None:
    """The category of one changed leaf, or ``None`` when it is ordinary."""
    last = path[-1]
    if kind in RBAC_ROLE_KINDS | RBAC_BINDING_KINDS or kind == "NetworkPolicy":
        return None  # reported as whole rules / specs above
    if any(p.startswith(POD_SECURITY_LABEL) for p in path):
        return Category.POD_SECURITY
    if kind in SECRET_KINDS or any(_SECRET_KEY.search(p) for p in path):
        return Category.SECRET
    if last == "image" or (len(path) > 1 and path[-2] == "image" and last in ("repository", "tag", "digest")):
        return Category.IMAGE
    if last == "nodePort" or (len(path) > 1 and path[-2] == "nodePorts"):
        return Category.NODE_PORT
    return None


def _charts(label: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> Iterator[Attention]:
    """``chart <name> <old version> → <new version>`` for each Helm source of an Application."""
    if str((new or old or {}).get("kind")) != "Application":
        return
    before, after = _helm_sources(old), _helm_sources(new)
    for chart in sorted(set(before) | set(after)):
        was, now = before.get(chart), after.get(chart)
        if was != now:
            yield Attention(category=Category.CHART, subject=label, detail=chart, old=was or ABSENT, new=now or ABSENT)


def _helm_sources(application: Mapping[str, Any] | None) -> dict[str, str]:
    """``{chart name: "version" or "version (repository)"}`` of an Application's Helm sources."""
    if application is None:
        return {}
    spec = application.get("spec") or {}
    sources = [spec["source"]] if isinstance(spec.get("source"), dict) else []
    sources += [s for s in spec.get("sources") or [] if isinstance(s, dict)]
    return {str(s["chart"]): str(s.get("targetRevision", ABSENT)) for s in sources if "chart" in s}


def _rbac_rules(label: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> Iterator[Attention]:
    """Each RBAC rule granted or taken away (a rule is compared whole: any change is remove + add)."""
    before = [_rule(r) for r in (old or {}).get("rules") or []]
    after = [_rule(r) for r in (new or {}).get("rules") or []]
    for rule in before:
        if rule not in after:
            yield Attention(category=Category.RBAC, subject=label, detail="rule", old=rule, new=ABSENT)
    for rule in after:
        if rule not in before:
            yield Attention(category=Category.RBAC, subject=label, detail="rule", old=ABSENT, new=rule)
    for part in ("aggregationRule",):
        yield from _whole(Category.RBAC, label, part, old, new)


def _rule(rule: Mapping[str, Any]) -> str:
    """``apps: deployments,statefulsets [get,list]`` — one RBAC rule on one line."""
    groups = ",".join(g or '""' for g in rule.get("apiGroups") or []) or "*"
    what = ",".join(rule.get("resources") or rule.get("nonResourceURLs") or [])
    names = f" ({','.join(rule['resourceNames'])})" if rule.get("resourceNames") else ""
    return f"{groups}: {what}{names} [{','.join(rule.get('verbs') or [])}]"


def _whole(
    category: Category, label: str, part: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None
) -> Iterator[Attention]:
    """One attention item when a whole section (a NetworkPolicy spec, a binding's subjects) differs."""
    was = (old or {}).get(part)
    now = (new or {}).get(part)
    if was != now:
        yield Attention(category=category, subject=label, detail=part, old=_show(was), new=_show(now))


_SERVE_LINE = re.compile(r"\b\d{2,5}\b")


def _tailscale(label: str, old: str, new: str) -> Iterator[Attention]:
    """Changed lines of a Tailscale script that carry a port (comments and logic are left to the diff)."""

    def port_lines(text: str) -> list[str]:
        return [
            line.strip()
            for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#") and _SERVE_LINE.search(line)
        ]

    before, after = port_lines(old), port_lines(new)
    removed = [line for line in before if line not in after]
    added = [line for line in after if line not in before]
    for index in range(max(len(removed), len(added))):
        yield Attention(
            category=Category.TAILSCALE,
            subject=label,
            detail="mapping",
            old=removed[index] if index < len(removed) else ABSENT,
            new=added[index] if index < len(added) else ABSENT,
        )


# --- helpers ---------------------------------------------------------------------------------------


def _leaves(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every scalar with its path. List items with a ``name`` are keyed by it (``containers[web]``), so a
    reordered or inserted container, env var or port changes only its own leaves."""
    if isinstance(value, Mapping):
        if not value and path:
            yield path, {}
        for key, item in value.items():
            yield from _leaves(item, (*path, str(key)))
    elif isinstance(value, list):
        if not value and path:
            yield path, []
        named = all(isinstance(i, Mapping) and "name" in i for i in value)
        for index, item in enumerate(value):
            key = f"[{item['name']}]" if named else f"[{index}]"
            yield from _leaves(item, (*path, key))
    else:
        yield path, value


def _from_container(path: tuple[str, ...]) -> tuple[str, ...]:
    """``containers[web].image`` rather than ``spec.template.spec.containers[web].image``: the pod
    template's path is the same for every workload and says nothing."""
    for index, part in enumerate(path):
        if part in ("containers", "initContainers"):
            return path[index:]
    return path


def _path_text(path: tuple[str, ...]) -> str:
    text = ""
    for part in path:
        text += part if part.startswith("[") else (f".{part}" if text else part)
    return text


def _show(value: Any) -> str:
    if value is None:
        return ABSENT
    text = value if isinstance(value, str) else json.dumps(value, separators=(", ", ": "), sort_keys=False)
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"
