"""Strict schema validation of every rendered object, offline, and the kinds the cluster serves.

- Custom resources with a CRD in ``checks/schemas/`` (generated from the CRDs vendored under
  ``vendor/crds/`` at the deployed versions, by ``schemas_gen``) are validated against the served
  version's schema, closed like the API server's strict field validation (an unknown field is an error).
- Built-in kinds are validated against the Kubernetes OpenAPI schemas that ``kubernetes-validate``
  bundles, in their strict flavour, for :data:`KUBERNETES_VERSION`.
- Every other kind is refused (:func:`served_kinds`): nothing in the cluster would serve it. A CRD kind
  is only served when the chart that installs its CRD (``installed_by`` in ``index.json``) is installed
  by the model, and the model's version of that chart must be the one the CRDs were vendored for
  (:func:`crd_versions`).

Validators are built once per kind per process; schemas load lazily, on the first object of a kind.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from homelab.checks.fastschema import Check, Resolve, Unsupported, compile_schema
from homelab.checks.objects import Inventory, Obj, split_api_version
from homelab.checks.violation import Violation

#: The Kubernetes minor the cluster runs (OrbStack's bundled Kubernetes). Built-in kinds are
#: validated against this version's OpenAPI schemas. Change it here, and only here.
KUBERNETES_VERSION = "1.33"

SCHEMAS = Path(__file__).resolve().parent / "schemas"

#: API groups Kubernetes itself serves: a kind of these groups without a schema is an error (typo
#: or removed API version), not "unchecked".
BUILTIN_GROUPS = frozenset(
    {
        "",
        "apps",
        "batch",
        "autoscaling",
        "policy",
        "admissionregistration.k8s.io",
        "apiextensions.k8s.io",
        "apiregistration.k8s.io",
        "authentication.k8s.io",
        "authorization.k8s.io",
        "certificates.k8s.io",
        "coordination.k8s.io",
        "discovery.k8s.io",
        "events.k8s.io",
        "flowcontrol.apiserver.k8s.io",
        "internal.apiserver.k8s.io",
        "networking.k8s.io",
        "node.k8s.io",
        "rbac.authorization.k8s.io",
        "resource.k8s.io",
        "scheduling.k8s.io",
        "storage.k8s.io",
        "storagemigration.k8s.io",
    }
)


class SchemaSetupError(RuntimeError):
    """The schemas themselves are missing (a broken install, not a mistake in the model)."""


# -- loading -----------------------------------------------------------------------------------


@cache
def crd_index() -> Mapping[str, Mapping[str, Any]]:
    """``group/Kind`` → ``{file, scope, served}`` for every CRD in ``checks/schemas``."""
    path = SCHEMAS / "index.json"
    if not path.exists():
        raise SchemaSetupError(f"{path} is missing: run `python -m homelab.checks.schemas_gen`")
    index: Mapping[str, Mapping[str, Any]] = json.loads(path.read_bytes())
    return index


@cache
def _crd_document(file: str) -> Mapping[str, Any]:
    document: Mapping[str, Any] = json.loads((SCHEMAS / file).read_bytes())
    return document


@cache
def _core_dir() -> Path:
    spec = importlib.util.find_spec("kubernetes_validate")
    if spec is None or not spec.submodule_search_locations:
        raise SchemaSetupError("kubernetes-validate is not installed (pip install -e .)")
    base = Path(next(iter(spec.submodule_search_locations))) / "kubernetes-json-schema"
    folder = base / f"v{KUBERNETES_VERSION}.0-local-strict"
    if not folder.is_dir():
        have = sorted(p.name for p in base.glob("v*-local-strict"))
        raise SchemaSetupError(f"kubernetes-validate has no schemas for Kubernetes {KUBERNETES_VERSION} (has: {have})")
    return folder


def _core_file(api_version: str, kind: str) -> Path:
    """kubernetes-validate's file naming: ``rbac.authorization.k8s.io/v1`` → ``<kind>-rbac-v1.json``."""
    group, version = split_api_version(api_version)
    suffix = f"{group.split('.')[0]}-{version}" if group else version
    return _core_dir() / f"{kind.lower()}-{suffix}.json"


def _list_map_keys(validator: Any, keys: Sequence[str], instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """``x-kubernetes-list-type: map``: no two items may share their key fields."""
    from jsonschema import ValidationError  # type: ignore[import-untyped]

    if not isinstance(instance, list):
        return
    seen: dict[tuple[Any, ...], int] = {}
    for i, item in enumerate(instance):
        if not isinstance(item, dict):
            continue
        key = tuple(json.dumps(item.get(k), sort_keys=True) for k in keys)
        if key in seen:
            shown = ", ".join(f"{k}={item.get(k)!r}" for k in keys)
            yield ValidationError(f"items [{seen[key]}] and [{i}] have the same {shown} (a list map keyed by it)")
        seen.setdefault(key, i)


@cache
def _validator_class() -> Any:
    from jsonschema import Draft202012Validator, validators

    return validators.extend(Draft202012Validator, {"x-kubernetes-list-map-keys": _list_map_keys})


@cache
def _core_definitions() -> Mapping[str, Any]:
    definitions: Mapping[str, Any] = json.loads((_core_dir() / "_definitions.json").read_bytes())["$defs"]
    return definitions


_DEFS_REF = "#/$defs/"


def _inline(node: Any, resolving: frozenset[str] = frozenset()) -> Any:
    """``node`` with every ``$ref`` into ``_definitions.json`` replaced by the definition itself.

    jsonschema resolves a ``$ref`` on every visit; inlined, validation is about three times faster.
    A recursive definition (only CustomResourceDefinition's JSONSchemaProps) stays open (``{}``).
    """
    if isinstance(node, list):
        return [_inline(item, resolving) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and _DEFS_REF in ref:
        name = ref.split(_DEFS_REF, 1)[1]
        return {} if name in resolving else _inline_definition(name, resolving)
    return {key: _inline(value, resolving) for key, value in node.items() if key != "description"}


def _inline_definition(name: str, resolving: frozenset[str]) -> Any:
    if not resolving and name in _INLINED:
        return _INLINED[name]
    result = _inline(_core_definitions()[name], resolving | {name})
    if not resolving:
        _INLINED[name] = result
    return result


_INLINED: dict[str, Any] = {}


class KindSchema:
    """The schema of one kind: a compiled yes/no check (fast path) and, only when an object fails
    it, a jsonschema validator that says precisely what is wrong.

    A built-in kind's schema refers to Kubernetes' shared definitions: the fast path follows those
    references (each definition compiled once for every kind); jsonschema gets the schema with the
    definitions inlined, built only when it is needed.
    """

    def __init__(self, name: str, schema: Mapping[str, Any], *, resolve: Resolve | None = None) -> None:
        self.name = name
        self._schema = schema
        self._resolve = resolve
        try:
            self.fast: Check | None = compile_schema(schema, resolve)
        except Unsupported:
            self.fast = None
        self._validator: Any = None

    @property
    def schema(self) -> Mapping[str, Any]:
        """The schema, self-contained (no ``$ref``)."""
        if self._resolve is None:
            return self._schema
        inlined: Mapping[str, Any] = _inline(self._schema)
        self._schema, self._resolve = inlined, None
        return inlined

    def errors(self, document: Mapping[str, Any]) -> list[Any]:
        if self.fast is not None:
            try:
                if self.fast(document):
                    return []
            except Unsupported:
                self.fast = None
        if self._validator is None:
            self._validator = _validator_class()(self.schema)
        return sorted(self._validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])


def _core_definition(ref: str) -> Any:
    """A ``$ref`` of kubernetes-validate's schemas: a definition of ``_definitions.json``."""
    if _DEFS_REF not in ref:
        raise Unsupported(f"$ref {ref!r}")
    return _core_definitions()[ref.split(_DEFS_REF, 1)[1]]


@cache
def _validator(api_version: str, kind: str) -> KindSchema | None:
    """The schema of the kind (built once per process), or ``None`` when no schema exists."""
    group, version = split_api_version(api_version)
    entry = crd_index().get(f"{group}/{kind}")
    if entry is not None:
        schema = _crd_document(str(entry["file"]))["versions"].get(version)
        if schema is None:
            return None
        return KindSchema(f"{api_version} {kind} (CRD, strict)", schema)
    path = _core_file(api_version, kind)
    if group not in BUILTIN_GROUPS or not path.exists():
        return None
    schema = json.loads(path.read_bytes())
    return KindSchema(
        f"{api_version} {kind} (Kubernetes {KUBERNETES_VERSION}, strict)", schema, resolve=_core_definition
    )


def has_schema(api_version: str, kind: str) -> bool:
    group, version = split_api_version(api_version)
    entry = crd_index().get(f"{group}/{kind}")
    if entry is not None:
        return version in entry["served"]
    return group in BUILTIN_GROUPS and _core_file(api_version, kind).exists()


def served_kinds(inventory: Inventory, installed: Iterable[str]) -> Iterator[Violation]:
    """Objects whose kind nothing in the cluster serves: neither a built-in of :data:`KUBERNETES_VERSION`
    nor a kind of a CRD that a chart in ``installed`` (chart names the model installs) brings."""
    charts = frozenset(installed)
    index = crd_index()
    available = sorted(k for k, e in index.items() if e["installed_by"]["chart"] in charts)
    for obj in inventory.objects:
        api_version, kind = obj.api_version, obj.kind
        group = split_api_version(api_version)[0]
        if not api_version or not kind or group in BUILTIN_GROUPS:
            continue  # schema checks report missing fields and unknown built-in kinds
        entry = index.get(f"{group}/{kind}")
        if entry is None:
            why = f"no vendored CRD defines it; the installed CRDs serve {', '.join(available)}"
            fix = (
                "Remove the object, or install the chart that serves the kind and vendor its CRDs "
                "(vendor/provenance.yaml, then `make crds schemas`)"
            )
        elif entry["installed_by"]["chart"] not in charts:
            chart = entry["installed_by"]["chart"]
            why = f"its CRD comes with chart {chart}, which neither an Application nor the Argo CD release installs"
            fix = f"Install chart {chart} in the model, or remove the object"
        else:
            continue
        yield Violation(
            subject=str(obj),
            rule="served-kinds",
            message=f"kind {kind} ({api_version}) is served by nothing this homelab installs ({why}). {fix}.",
        )


def refresh_hint(chart: str, version: str) -> str:
    """The fix for a chart version whose vendored files are older: one command (``homelab.tools.vendored``)."""
    return (
        f"Run `make crds` (needs the network) to vendor {chart} {version}'s CRDs and default values, then `make synth`."
    )


def crd_versions(charts: Iterable[tuple[str, str, str]]) -> Iterator[Violation]:
    """``charts`` are (subject, chart name, version) of everything the model installs with Helm. A chart
    whose CRDs are vendored must be at the version they were vendored for: a newer chart may serve
    fields (or versions) the gate does not know, or drop some it accepts."""
    sets: dict[str, tuple[str, str, list[str]]] = {}
    for key, entry in crd_index().items():
        chart, version = entry["installed_by"]["chart"], entry["installed_by"]["version"]
        sets.setdefault(chart, (version, entry["crd_set"], []))[2].append(key.split("/")[1])
    for subject, name, version in charts:
        if name in sets and sets[name][0] != version:
            vendored, crd_set, kinds = sets[name]
            yield Violation(
                subject=subject,
                rule="crd-versions",
                message=f"chart {name} {version} installs CRDs the gate does not have (vendor/crds/{crd_set} holds "
                f"the CRDs of {name} {vendored}: {', '.join(sorted(kinds))}). {refresh_hint(name, version)}",
            )


def unchecked_kinds(objects: Iterable[Mapping[str, Any]]) -> list[str]:
    """Kinds among ``objects`` that no schema covers, by name (``PrometheusRule``, …).

    Built-in groups and CRDs whose version is not served are not listed here: they are violations.
    """
    kinds: set[tuple[str, str]] = set()
    for manifest in objects:
        api_version, kind = str(manifest.get("apiVersion", "")), str(manifest.get("kind", ""))
        group = split_api_version(api_version)[0]
        if group in BUILTIN_GROUPS or f"{group}/{kind}" in crd_index():
            continue
        kinds.add((kind, api_version))
    by_name: dict[str, list[str]] = {}
    for kind, api_version in sorted(kinds):
        by_name.setdefault(kind, []).append(api_version)
    return [name if len(versions) == 1 else f"{name} ({', '.join(versions)})" for name, versions in by_name.items()]


# -- messages ------------------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def json_path(parts: Iterable[str | int]) -> str:
    """``spec.template.spec.containers[0].name``; odd keys quoted: ``data['openclaw.json']``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{part!r}]"
    return out or "(object)"


_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def _describe(error: Any) -> tuple[str, str]:
    """(path, what is wrong and how to fix it) for one jsonschema error."""
    path = list(error.absolute_path)
    validator = error.validator
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        known = sorted(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(known))
        where = json_path(path) + "." if path else ""
        fields = ", ".join(f"{where}{name}" for name in unknown)
        hint = f" (known fields: {', '.join(known)})" if known else ""
        return fields, f"unknown field{hint}. Remove it or fix its spelling"
    if validator == "required":
        missing = str(error.message).split("'")[1] if "'" in str(error.message) else str(error.message)
        return json_path([*path, missing]), "required field is missing. Set it"
    if validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        got = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        return json_path(path), f"expected {expected}, got {got} {error.instance!r}. Fix the value's type"
    if validator in ("enum", "const"):
        allowed = error.validator_value if validator == "enum" else [error.validator_value]
        shown = ", ".join(repr(v) for v in allowed)
        return json_path(path), f"{error.instance!r} is not allowed (allowed: {shown}). Use one of those"
    if validator in ("oneOf", "anyOf") and error.context:
        from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

        return _describe(best_match(error.context))
    return json_path(path), f"{error.message}. Fix the value"


def _violations(obj: Obj, kind_schema: KindSchema) -> Iterator[Violation]:
    schema_name = kind_schema.name
    for error in kind_schema.errors(obj.manifest):
        path, problem = _describe(error)
        yield Violation(
            subject=str(obj),
            rule="schema",
            message=f"{path}: {problem} (schema {schema_name}; in {obj.where}).",
        )


def check(inventory: Inventory) -> Iterator[Violation]:
    for obj in inventory.objects:
        api_version, kind = obj.api_version, obj.kind
        if not api_version or not kind:
            yield Violation(
                subject=f"object in {obj.where}",
                rule="schema",
                message="apiVersion or kind is missing. Every rendered object needs both.",
            )
            continue
        group = split_api_version(api_version)[0]
        found = _validator(api_version, kind)
        if found is not None:
            yield from _violations(obj, found)
            continue
        entry = crd_index().get(f"{group}/{kind}")
        if entry is not None:
            served = ", ".join(f"{group}/{v}" for v in entry["served"])
            yield Violation(
                subject=str(obj),
                rule="schema",
                message=f"apiVersion {api_version} is not served by the installed {kind} CRD (served: {served}). "
                "Render the served version.",
            )
        elif group in BUILTIN_GROUPS:
            prefix = f"{kind.lower()}-"
            others = sorted(
                p.stem.removeprefix(prefix).replace("-", "/")
                for p in _core_dir().glob(f"{prefix}*.json")
                if p.stem.removeprefix(prefix).count("-") == (1 if group else 0)
            )
            if others:
                hint = f"served versions of {kind}: {', '.join(others)}. Render one of those"
            else:
                hint = "no such kind exists. Fix the kind's spelling"
            yield Violation(
                subject=str(obj),
                rule="schema",
                message=f"{api_version} {kind} is not an API of Kubernetes {KUBERNETES_VERSION} ({hint}).",
            )
