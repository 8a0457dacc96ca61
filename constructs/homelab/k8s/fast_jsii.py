"""Synthesis without jsii's per-call runtime type checks (the largest Python cost of a synth).

Every jsii-generated constructor and struct re-checks its arguments when it is called, under
``if __debug__:`` (the checks jsii's authors switch off with ``python -O``): it resolves the
annotations of a stub function with ``typing.get_type_hints`` (or jsii's ``cached_type_hints``)
and runs typeguard's ``check_type`` on each argument, recursively. Measured on the bench (real homelab + 100 services),
that is ~40% of the Python time of ``synthesize``.

Our renderers gain nothing from it: they are checked statically against the same generated
signatures (``mypy --strict`` in ``make check``), and the model they read has been checked at
runtime by the gate (``model-types``) before anything renders. So, while synthesizing only, the
generated modules see a no-op ``check_type`` and type hints that are never resolved (nothing reads
them but the no-op); all are restored afterwards. Rendered output is unchanged (jsii does the same calls in Node).
"""

from __future__ import annotations

import sys
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The jsii-generated packages synth calls into (cdk8s, cdk8s-plus, constructs, ``imports/`` CRDs).
PACKAGES = ("cdk8s", "cdk8s_plus_27", "constructs", "imports")


def _no_check(*args: Any, **kwargs: Any) -> None:
    return None


class _NoHints(dict[str, Any]):
    """The hints a no-op ``check_type`` is given: every argument's expected type is ``None``."""

    def __missing__(self, key: str) -> None:
        return None


_NO_HINTS = _NoHints()


def _no_hints(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return _NO_HINTS


class _Typing(types.ModuleType):
    """``typing`` whose ``get_type_hints`` resolves nothing (the generated stubs' hints feed only ``check_type``)."""

    def __init__(self) -> None:
        super().__init__("typing")

    def __getattr__(self, name: str) -> Any:
        return getattr(typing, name)

    get_type_hints = staticmethod(_no_hints)


_TYPING = _Typing()


def _generated_modules() -> list[types.ModuleType]:
    """Loaded modules of :data:`PACKAGES` that import typeguard's ``check_type`` (i.e. jsii bindings)."""
    found = []
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".", 1)[0] not in PACKAGES:
            continue
        if "check_type" in vars(module) and vars(module).get("typing") is typing:
            found.append(module)
    return found


@contextmanager
def without_runtime_type_checks() -> Iterator[None]:
    """Within the block, jsii bindings skip their runtime argument checks; restored on exit."""
    modules = _generated_modules()
    swapped = ("check_type", "typing", "cached_type_hints")
    saved = [(module, {name: vars(module)[name] for name in swapped if name in vars(module)}) for module in modules]
    for module in modules:
        module.check_type = _no_check  # type: ignore[attr-defined]
        module.typing = _TYPING  # type: ignore[attr-defined]
        if "cached_type_hints" in vars(module):
            module.cached_type_hints = _no_hints  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, before in saved:
            for name, value in before.items():
                setattr(module, name, value)
