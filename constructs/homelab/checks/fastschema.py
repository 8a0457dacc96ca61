"""A yes/no JSON Schema check compiled to Python closures: the fast path of schema validation.

Almost every object synth renders is valid, and answering "valid?" needs none of jsonschema's
machinery (error objects, evolving validators). :func:`compile_schema` turns a schema into a
predicate, following ``$ref`` through the resolver it is given (each referenced definition compiles
once, on first use, and is shared by every schema that refers to it); only when it says *invalid* does
:mod:`homelab.checks.schema` ask jsonschema for the precise errors. A schema using a keyword this
module does not implement raises :class:`Unsupported`, and jsonschema checks it every time: the
fast path may only ever be *stricter* than jsonschema, never more lenient.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]
#: ``$ref`` → the schema it names.
Resolve = Callable[[str], Any]

#: Keywords that never constrain a value (annotations, and formats jsonschema does not assert).
_IGNORED = frozenset(
    {
        "$schema",
        "$id",
        "description",
        "title",
        "default",
        "example",
        "examples",
        "format",
        "x-kubernetes-group-version-kind",
        "x-kubernetes-list-type",
        "x-kubernetes-map-type",
        "x-kubernetes-patch-strategy",
        "x-kubernetes-patch-merge-key",
        "x-kubernetes-unions",
        "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-int-or-string",
        "x-kubernetes-embedded-resource",
    }
)


class Unsupported(ValueError):
    """The schema uses a keyword the fast path does not implement."""


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float))
    raise Unsupported(f"type {name!r}")


def _scalar_key(value: Any) -> Any:
    """What JSON Schema equality compares: ``True`` is not ``1``; ``1.0`` is ``1``."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return (type(value).__name__, value)
    if isinstance(value, (int, float)):
        return ("number", float(value))
    return ("json", json.dumps(value, sort_keys=True))


def lazy(schema: Any, resolve: Resolve | None = None) -> Check:
    """:func:`compile_schema`, deferred to the first value checked (most of a big CRD schema is
    never visited). A shared subschema (the inlined Kubernetes definitions) compiles once."""
    compiled: list[Check] = []

    def check(value: Any) -> bool:
        if not compiled:
            key = id(schema)
            if key not in _COMPILED:
                _COMPILED[key] = (schema, compile_schema(schema, resolve))
            compiled.append(_COMPILED[key][1])
        return compiled[0](value)

    return check


#: id(schema) → (schema, its check); the schema is kept so its id stays unique.
_COMPILED: dict[int, tuple[Any, Check]] = {}


def compile_schema(schema: Any, resolve: Resolve | None = None) -> Check:
    """A predicate equivalent to (or stricter than) jsonschema's ``is_valid`` for ``schema``.

    Subschemas compile lazily, so :class:`Unsupported` may also be raised by the predicate. Without
    ``resolve`` a ``$ref`` is :class:`Unsupported`.
    """
    if schema is True or schema == {}:
        return lambda value: True
    if schema is False:
        return lambda value: False
    if not isinstance(schema, Mapping):
        raise Unsupported(f"schema {schema!r}")
    checks: list[Check] = []
    for keyword, arg in schema.items():
        if keyword in _IGNORED:
            continue
        checks.append(_compile_keyword(keyword, arg, schema, resolve))
    if not checks:
        return lambda value: True
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


def _compile_keyword(keyword: str, arg: Any, schema: Mapping[str, Any], resolve: Resolve | None) -> Check:
    if keyword == "$ref":
        if resolve is None or not isinstance(arg, str):
            raise Unsupported(f"$ref {arg!r}")
        return lazy(resolve(arg), resolve)
    if keyword == "type":
        names = arg if isinstance(arg, list) else [arg]
        for name in names:
            _is_type(None, name)  # raises Unsupported for unknown type names
        return lambda value: any(_is_type(value, name) for name in names)
    if keyword == "properties":
        compiled = {name: lazy(sub, resolve) for name, sub in arg.items()}

        def properties(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            return all(check(value[name]) for name, check in compiled.items() if name in value)

        return properties
    if keyword == "additionalProperties":
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        known = frozenset(schema.get("properties", ()))
        extra = lazy(arg, resolve)

        def additional(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            return all(extra(item) for key, item in value.items() if key not in known)

        return additional
    if keyword == "required":
        needed = tuple(arg)
        return lambda value: not isinstance(value, dict) or all(key in value for key in needed)
    if keyword == "items":
        if not isinstance(arg, Mapping) and not isinstance(arg, bool):
            raise Unsupported("items as a list")
        item = lazy(arg, resolve)
        return lambda value: not isinstance(value, list) or all(item(x) for x in value)
    if keyword in ("enum", "const"):
        allowed = {_scalar_key(v) for v in (arg if keyword == "enum" else [arg])}
        return lambda value: _scalar_key(value) in allowed
    if keyword == "pattern":
        pattern = re.compile(arg)
        return lambda value: not isinstance(value, str) or pattern.search(value) is not None
    if keyword in ("minLength", "maxLength"):
        bound = int(arg)
        if keyword == "minLength":
            return lambda value: not isinstance(value, str) or len(value) >= bound
        return lambda value: not isinstance(value, str) or len(value) <= bound
    if keyword in ("minItems", "maxItems"):
        bound = int(arg)
        if keyword == "minItems":
            return lambda value: not isinstance(value, list) or len(value) >= bound
        return lambda value: not isinstance(value, list) or len(value) <= bound
    if keyword in ("minProperties", "maxProperties"):
        bound = int(arg)
        if keyword == "minProperties":
            return lambda value: not isinstance(value, dict) or len(value) >= bound
        return lambda value: not isinstance(value, dict) or len(value) <= bound
    if keyword in ("minimum", "maximum"):
        limit = arg

        def number(value: Any) -> bool:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return True
            return bool(value >= limit) if keyword == "minimum" else bool(value <= limit)

        return number
    if keyword == "uniqueItems":
        if not arg:
            return lambda value: True
        return lambda value: not isinstance(value, list) or len({_scalar_key(x) for x in value}) == len(value)
    if keyword in ("anyOf", "oneOf", "allOf"):
        branches = [lazy(branch, resolve) for branch in arg]
        if keyword == "anyOf":
            return lambda value: any(branch(value) for branch in branches)
        if keyword == "allOf":
            return lambda value: all(branch(value) for branch in branches)
        return lambda value: sum(1 for branch in branches if branch(value)) == 1
    if keyword == "not":
        negated = lazy(arg, resolve)
        return lambda value: not negated(value)
    if keyword == "x-kubernetes-list-map-keys":
        keys = tuple(arg)

        def list_map(value: Any) -> bool:
            if not isinstance(value, list):
                return True
            seen = [
                tuple(json.dumps(item.get(k), sort_keys=True) for k in keys) for item in value if isinstance(item, dict)
            ]
            return len(set(seen)) == len(seen)

        return list_map
    raise Unsupported(f"keyword {keyword!r}")
