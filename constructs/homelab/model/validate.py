"""Validate a model value against its own type annotations, before anything renders it.

The model is typed for mypy, but a catalog edited without mypy (or built dynamically) can still
hold a string where an int belongs, ``None`` in a required field or an empty name. Rendering such
a model fails deep inside jsii with a traceback; this walk turns each mistake into one problem
that names the object and the field. It is generic: every frozen dataclass of the model is
checked against ``typing.get_type_hints`` of its class, so a new model type is covered as written.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin, is_typeddict

from homelab.model.typed import check_typed, type_hints

PORT_RANGE = range(1, 65536)


@dataclass(frozen=True, kw_only=True)
class FieldProblem:
    """One field that does not hold what its annotation says. ``owner`` names the nearest named
    model object (``Application 'launchfast'``), ``path`` the field below it."""

    owner: str
    path: str
    problem: str


def _label(value: object) -> str | None:
    """``Kind 'name'`` for a model object that has a name (or key), else ``None``."""
    for attribute in ("name", "key"):
        name = getattr(value, attribute, None)
        if isinstance(name, str):
            return f"{type(value).__name__} {name!r}"
    return None


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_dataclass_type(tp: Any) -> bool:
    return isinstance(tp, type) and dataclasses.is_dataclass(tp)


def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "None"
    if isinstance(tp, type):
        return tp.__name__
    return str(tp).replace("typing.", "").replace("homelab.model.", "")


def _matches(value: object, tp: Any) -> bool:
    """Shallow: does ``value`` have the outer shape of ``tp`` (dataclass fields are walked separately)?"""
    if tp is Any or tp is object:
        return True
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return any(_matches(value, option) for option in get_args(tp))
    if origin is Literal:
        return value in get_args(tp)
    if origin in (tuple, list, Sequence, typing.Sequence):
        return isinstance(value, (tuple, list))
    if origin in (dict, Mapping, typing.Mapping):
        return isinstance(value, Mapping)
    if origin is type:
        return isinstance(value, type)
    if tp is type(None):
        return value is None
    if is_typeddict(tp):
        return isinstance(value, Mapping)
    if isinstance(tp, type):
        if tp in (int, float) and isinstance(value, bool):
            return False
        if tp is float:
            return isinstance(value, (int, float))
        return isinstance(value, tp)
    return True  # a type construct we do not know: leave it to mypy


def _walk(value: object, tp: Any, owner: str | None, path: str) -> Iterator[FieldProblem]:
    if not _matches(value, tp):
        expected = (
            " | ".join(_type_name(o) for o in get_args(tp))
            if get_origin(tp) in (Union, types.UnionType)
            else (_type_name(tp))
        )
        yield FieldProblem(
            owner=owner or "model", path=path, problem=f"expected {expected}, got {type(value).__name__} {_show(value)}"
        )
        return
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        # an option that fits all the way down wins; else report against the first that fits at the top
        found = [list(_walk(value, option, owner, path)) for option in get_args(tp) if _matches(value, option)]
        if found and all(found):
            yield from found[0]
        return
    if is_typeddict(tp):
        for message in check_typed(value, tp, path):
            where, _, problem = message.partition(": ")
            yield FieldProblem(owner=owner or "model", path=where, problem=problem)
        return
    if origin in (tuple, list, Sequence, typing.Sequence):
        args = [a for a in get_args(tp) if a is not Ellipsis]
        fixed = origin is tuple and len(get_args(tp)) > 1 and get_args(tp)[-1] is not Ellipsis
        assert isinstance(value, (tuple, list))
        for index, item in enumerate(value):
            item_type = (args[index] if index < len(args) else Any) if fixed else (args[0] if args else Any)
            yield from _walk(item, item_type, owner, f"{path}[{index}]")
        return
    if origin in (dict, Mapping, typing.Mapping):
        key_type, value_type = get_args(tp) or (Any, Any)
        assert isinstance(value, Mapping)
        for key, item in value.items():
            yield from _walk(key, key_type, owner, f"{path} key {key!r}")
            yield from _walk(item, value_type, owner, f"{path}[{key!r}]")
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield from _fields(value, owner=owner, path=path)


def validate(value: object) -> Iterator[FieldProblem]:
    """Every field of the dataclass ``value`` (recursively) that does not match its annotation,
    plus the value rules every model shares: names are not empty, port numbers are ports, counts
    are not negative. The outermost named object owns what is below it: ``Service 'x': a.b[0].c``."""
    yield from _fields(value, owner=None, path="")


def _fields(value: object, *, owner: str | None, path: str) -> Iterator[FieldProblem]:
    if owner is None and (label := _label(value)) is not None:
        owner, path = label, ""
    hints = type_hints(type(value))  # type: ignore[arg-type]
    for field in dataclasses.fields(value):  # type: ignore[arg-type]
        if not field.init:
            continue
        item = getattr(value, field.name)
        where = f"{path}.{field.name}" if path else field.name
        problems = list(_walk(item, hints.get(field.name, Any), owner, where))
        yield from problems
        if not problems:
            yield from _value_rules(field.name, item, hints.get(field.name, Any), owner or "model", where)


def _value_rules(name: str, value: object, tp: Any, owner: str, path: str) -> Iterator[FieldProblem]:
    if name in ("name", "key", "namespace", "image") and isinstance(value, str) and not value.strip():
        yield FieldProblem(owner=owner, path=path, problem="is empty")
    if (name.endswith("port") or name == "ports") and not isinstance(value, bool):
        numbers = value if isinstance(value, (tuple, list)) else (value,)
        for index, number in enumerate(numbers):
            if isinstance(number, int) and not isinstance(number, bool) and number not in PORT_RANGE:
                where = f"{path}[{index}]" if isinstance(value, (tuple, list)) else path
                yield FieldProblem(owner=owner, path=where, problem=f"{number} is not a port number (1-65535)")
        if name == "ports" and value == () and get_args(tp)[:1] == (int,):
            yield FieldProblem(
                owner=owner,
                path=path,
                problem="is empty; an empty port list means every port to Kubernetes. List the ports",
            )
    if name == "replicas" and isinstance(value, int) and not isinstance(value, bool) and value < 0:
        yield FieldProblem(owner=owner, path=path, problem=f"{value} is negative")
    if isinstance(value, str) and "\x00" in value:
        yield FieldProblem(owner=owner, path=path, problem="contains a NUL character")
