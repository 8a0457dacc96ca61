"""Names, labels and identities: what the API server would refuse, or silently merge.

- object names are DNS-1123 (label or subdomain, by kind; RBAC names are path segments);
- namespaces are DNS-1123 labels; label keys are qualified names, label values valid values;
- ConfigMap keys are valid file names; container and Service port names are IANA service names;
- no two objects share group/kind/namespace/name, and no two share a file in ``dist/``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from homelab.checks.objects import Inventory, Obj
from homelab.checks.violation import Violation
from homelab.output import manifest_file_name

DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
QUALIFIED_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
#: A ConfigMap/Secret key: a file name, but not '.', '..' or starting with '..' (the kubelet's own links).
CONFIG_KEY = re.compile(r"^(?!\.\.?$)(?!\.\.)[-._a-zA-Z0-9]+$")
IANA_SVC_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")

#: Kinds whose names must be DNS-1123 labels (≤ 63): they become hostnames, DNS names or label values.
LABEL_NAMED = frozenset({"Namespace", "Service", "StatefulSet", "Application", "AppProject"})
#: Kinds whose names are path segments (``system:controller:foo`` is valid).
PATH_SEGMENT_NAMED = frozenset({"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"})


def dns1123_label_problem(value: str) -> str | None:
    """Why ``value`` is not a DNS-1123 label, or ``None``."""
    if not value:
        return "is empty"
    if len(value) > 63:
        return f"is {len(value)} characters long (at most 63)"
    if not DNS1123_LABEL.match(value):
        return "must be lowercase letters, digits and '-', starting and ending with a letter or digit"
    return None


def dns1123_subdomain_problem(value: str) -> str | None:
    if not value:
        return "is empty"
    if len(value) > 253:
        return f"is {len(value)} characters long (at most 253)"
    if not DNS1123_SUBDOMAIN.match(value):
        return "must be lowercase letters, digits, '-' and '.', starting and ending with a letter or digit"
    return None


def label_value_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"is a {type(value).__name__}, not a string (quote it)"
    if len(value) > 63:
        return f"is {len(value)} characters long (at most 63)"
    if not LABEL_VALUE.match(value):
        return "must be empty or letters, digits, '-', '_' and '.', starting and ending with a letter or digit"
    return None


def qualified_name_problem(key: str) -> str | None:
    """Why ``key`` is not a valid label/annotation key (``[prefix/]name``), or ``None``."""
    prefix, slash, name = key.rpartition("/")
    if slash and (problem := dns1123_subdomain_problem(prefix)):
        return f"prefix {prefix!r} {problem}"
    if not name or len(name) > 63 or not QUALIFIED_NAME.match(name):
        return "name part must be 1-63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit"
    return None


def iana_port_name_problem(name: str) -> str | None:
    if not name or len(name) > 15:
        return "must be 1-15 characters"
    if not IANA_SVC_NAME.match(name) or "--" in name or not re.search("[a-z]", name):
        return "must be lowercase letters, digits and '-' (no '--', at least one letter)"
    return None


def _name_problem(obj: Obj) -> tuple[str, str] | None:
    if obj.kind in PATH_SEGMENT_NAMED:
        if not obj.name or obj.name in (".", "..") or "/" in obj.name or "%" in obj.name:
            return "a path segment", "may not be empty, '.', '..' or contain '/' or '%'"
        return None
    if obj.kind in LABEL_NAMED:
        problem = dns1123_label_problem(obj.name)
        return ("a DNS-1123 label", problem) if problem else None
    problem = dns1123_subdomain_problem(obj.name)
    return ("a DNS-1123 subdomain", problem) if problem else None


def _label_maps(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], Mapping[str, Any]]]:
    """Every label map in an object (``labels``, ``matchLabels``), outside Helm values and data."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key in ("helm", "data", "binaryData", "stringData"):
                continue
            if key in ("labels", "matchLabels") and isinstance(value, Mapping):
                yield (*path, key), value
            else:
                yield from _label_maps(value, (*path, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _label_maps(item, (*path, i))


def _path(parts: tuple[str | int, ...]) -> str:
    from homelab.checks.schema import json_path

    return json_path(parts)


def check(inventory: Inventory) -> Iterator[Violation]:
    identities: dict[tuple[str, str, str, str], list[Obj]] = defaultdict(list)
    files: dict[tuple[str, str], list[Obj]] = defaultdict(list)
    for obj in inventory.objects:
        identities[obj.identity].append(obj)
        if obj.folder is not None and obj.kind and obj.name:
            files[(obj.folder, manifest_file_name(obj.manifest))].append(obj)
        named = _name_problem(obj)
        if named:
            what, why = named
            yield Violation(
                subject=str(obj),
                rule="dns-1123",
                message=f"name {obj.name!r} {why}; a {obj.kind} name must be {what}. Rename it in the model.",
            )
        if obj.namespace is not None and (bad_ns := dns1123_label_problem(obj.namespace)):
            yield Violation(
                subject=str(obj),
                rule="dns-1123",
                message=f"namespace {obj.namespace!r} {bad_ns}; namespaces are DNS-1123 labels. Fix the namespace.",
            )
        yield from _labels(obj)
        yield from _annotations(obj)
        if obj.kind == "ConfigMap":
            for key in obj.manifest.get("data") or {}:
                if len(key) > 253 or not CONFIG_KEY.match(key):
                    yield Violation(
                        subject=str(obj),
                        rule="config-key",
                        message=f"data key {key!r} is not a valid file name (letters, digits, '-', '_', '.'; not '.', "
                        "'..' or '..x'). Rename the key.",
                    )
    for objs in identities.values():
        if len(objs) > 1:
            places = ", ".join(sorted(o.where for o in objs))
            yield Violation(
                subject=str(objs[0]),
                rule="unique-objects",
                message=f"rendered {len(objs)} times ({places}); the API server keeps one object per "
                "group/kind/namespace/name, so the copies would overwrite each other. Remove the duplicate "
                "or rename one.",
            )
    for (folder, file), objs in files.items():
        if len({o.identity for o in objs}) > 1:
            names = ", ".join(sorted(str(o) for o in objs))
            yield Violation(
                subject=f"dist/{folder}/{file}",
                rule="file-name",
                message=f"{names} would be written to the same file. Rename one of them.",
            )


def _labels(obj: Obj) -> Iterator[Violation]:
    for path, labels in _label_maps(obj.manifest, ()):
        for key, value in labels.items():
            if problem := qualified_name_problem(str(key)):
                yield Violation(
                    subject=str(obj),
                    rule="label",
                    message=f"{_path(path)}: label key {key!r}: {problem}. Fix the key.",
                )
            if problem := label_value_problem(value):
                yield Violation(
                    subject=str(obj),
                    rule="label",
                    message=f"{_path(path)}: value {value!r} of label {key!r} {problem}. Fix the value.",
                )


def _annotations(obj: Obj) -> Iterator[Violation]:
    annotations = obj.metadata.get("annotations") or {}
    for key, value in annotations.items() if isinstance(annotations, Mapping) else ():
        if problem := qualified_name_problem(str(key)):
            yield Violation(
                subject=str(obj),
                rule="label",
                message=f"metadata.annotations: key {key!r}: {problem}. Fix the key.",
            )
        if not isinstance(value, str):
            yield Violation(
                subject=str(obj),
                rule="label",
                message=f"metadata.annotations: value of {key!r} is a {type(value).__name__}; annotation values "
                "are strings. Quote it.",
            )
