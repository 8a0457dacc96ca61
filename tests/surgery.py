"""Model surgery by predicate: replace fields of the objects a predicate picks, wherever they sit.

The model is a tree of frozen dataclasses. Finding an object by what it *is* (``an Exposure whose
key is 'launchfast'``) instead of where it sits keeps bad-input tests and the fuzz test independent
of the catalog's layout: a test written today keeps working when services move between files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


def nodes(value: object, path: str = "") -> Iterator[tuple[str, object]]:
    """Every dataclass instance in the tree below ``value`` (itself included), with its path."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield path, value
        for field in dataclasses.fields(value):
            if field.init:
                yield from nodes(getattr(value, field.name), f"{path}.{field.name}" if path else field.name)
    elif isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from nodes(item, f"{path}[{index}]")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from nodes(item, f"{path}[{key!r}]")


def first(value: object, kind: type[T], where: Callable[[T], bool] = lambda _: True, /) -> T:
    """The first object of type ``kind`` in the tree for which ``where`` holds."""
    for _, node in nodes(value):
        if isinstance(node, kind) and where(node):
            return node
    raise LookupError(f"no {kind.__name__} matches")


def replace(value: T, target: object, /, **changes: Any) -> T:
    """``value`` with the object ``target`` (found by identity) replaced by a copy with ``changes``.

    Field values are set without type checks (``object.__setattr__`` on a copy), so a test can
    put a string where an int belongs, as a careless edit would.
    """
    found = False

    def rebuild(node: Any) -> Any:
        nonlocal found
        if node is target:
            found = True
            copy = dataclasses.replace(node)  # type: ignore[type-var]
            for name, change in changes.items():
                object.__setattr__(copy, name, change)
            return copy
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            updates = {}
            for field in dataclasses.fields(node):
                if field.init:
                    old = getattr(node, field.name)
                    new = rebuild(old)
                    if new is not old:
                        updates[field.name] = new
            if not updates:
                return node
            copy = dataclasses.replace(node)
            for name, change in updates.items():
                object.__setattr__(copy, name, change)
            return copy
        if isinstance(node, (tuple, list)):
            items = [rebuild(item) for item in node]
            if all(a is b for a, b in zip(items, node, strict=True)):
                return node
            return type(node)(items)
        if isinstance(node, Mapping):
            rebuilt = {key: rebuild(item) for key, item in node.items()}
            return node if all(rebuilt[k] is node[k] for k in node) else rebuilt
        return node

    result = rebuild(value)
    if not found:
        raise LookupError("the target object is not in the model")
    return result  # type: ignore[no-any-return]


def located(value: object, target: object, /) -> tuple[str, str]:
    """Where the gate's type walk reports ``target``: the outermost named object (``Kind 'name'``) on
    the way to it and the field path below that object (see ``homelab.model.validate``)."""
    path = next(p for p, node in nodes(value) if node is target)
    for prefix, node in nodes(value):  # outermost first: a parent is visited before its children
        label = next((v for v in (getattr(node, "name", None), getattr(node, "key", None)) if isinstance(v, str)), None)
        inside = path == prefix or path.startswith((prefix + ".", prefix + "["))
        if label is not None and inside:
            return f"{type(node).__name__} {label!r}", path[len(prefix) :].lstrip(".")
    return "model", path
