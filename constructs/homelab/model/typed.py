"""Runtime checking of nested values against TypedDict declarations.

Helm values are typed with ``TypedDict`` so mypy catches a wrong field while editing; this module
catches the same mistakes at synth time (for values built dynamically or edited without mypy).
An unknown key is an error, like the API server's strict field validation.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict


@dataclass(frozen=True)
class TerraformVariable:
    """A reference to a Terraform input variable, for values only Terraform may fill in (secrets).

    Layer 0 renders it as ``${var.NAME}``; nothing else may render it.
    """

    name: str

    def __str__(self) -> str:
        return f"${{var.{self.name}}}"


def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "null"
    if isinstance(tp, type):
        return "mapping" if is_typeddict(tp) else tp.__name__
    return str(tp).replace("typing.", "")


@cache
def type_hints(tp: Any) -> dict[str, Any]:
    """A class's resolved annotations (a TypedDict's or a model dataclass's): resolving them is most of a
    check's cost, and they never change."""
    return get_type_hints(tp)


def check_typed(value: object, tp: Any, path: str) -> list[str]:
    """Every mismatch between ``value`` and the type ``tp``, as ``path: message`` strings."""
    if tp is Any:
        return []
    if is_typeddict(tp):
        if not isinstance(value, Mapping):
            return [f"{path}: expected a mapping, got {type(value).__name__} {value!r}"]
        hints = type_hints(tp)
        errors: list[str] = []
        for key in value:
            if key not in hints:
                known = ", ".join(sorted(hints))
                errors.append(f"{path}.{key}: unknown field (known fields: {known})")
        for key in sorted(tp.__required_keys__ - set(value)):
            errors.append(f"{path}.{key}: required field is missing")
        for key, item in value.items():
            if key in hints:
                errors.extend(check_typed(item, hints[key], f"{path}.{key}"))
        return errors
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if any(not check_typed(value, option, path) for option in options):
            return []
        names = " | ".join(_type_name(o) for o in options)
        return [f"{path}: expected {names}, got {type(value).__name__} {value!r}"]
    if origin is Literal:
        allowed = get_args(tp)
        return [] if value in allowed else [f"{path}: expected one of {list(allowed)}, got {value!r}"]
    if origin in (list, tuple, Sequence, typing.Sequence):
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            return [f"{path}: expected a list, got {type(value).__name__} {value!r}"]
        (item_type, *_) = get_args(tp) or (Any,)
        return [err for i, item in enumerate(value) for err in check_typed(item, item_type, f"{path}[{i}]")]
    if origin in (dict, Mapping, typing.Mapping):
        if not isinstance(value, Mapping):
            return [f"{path}: expected a mapping, got {type(value).__name__} {value!r}"]
        _, value_type = get_args(tp) or (str, Any)
        return [err for k, v in value.items() for err in check_typed(v, value_type, f"{path}.{k}")]
    if tp is type(None):
        return [] if value is None else [f"{path}: expected null, got {value!r}"]
    if isinstance(tp, type):
        ok = isinstance(value, tp) and not (tp in (int, float) and isinstance(value, bool))
        # a literal in a sensitive slot may be the secret itself: never echo it
        shown = "(value not shown)" if tp is TerraformVariable else repr(value)
        return [] if ok else [f"{path}: expected {_type_name(tp)}, got {type(value).__name__} {shown}"]
    raise TypeError(f"{path}: cannot check against type {tp!r}")
