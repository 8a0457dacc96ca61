"""The registry: every service module is registered once, in the order ``registry.py`` lists it."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import types
from pathlib import Path

import pytest
from homelab import catalog
from homelab.catalog import registry, services

REGISTRY = Path(registry.__file__)


def _listed() -> list[str]:
    """The module names ``registry.py`` imports, as written."""
    tree = ast.parse(REGISTRY.read_text())
    return [alias.name for node in tree.body if isinstance(node, ast.ImportFrom) for alias in node.names]


def _service_modules() -> list[str]:
    """Modules of ``catalog/services/`` that define a service (helpers such as content modules do not)."""
    found = []
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"{services.__name__}.{info.name}")
        if hasattr(module, "SERVICE") or hasattr(module, "service"):
            found.append(info.name)
    return found


def test_every_service_module_is_registered_once() -> None:
    listed = _listed()
    unregistered = sorted(set(_service_modules()) - set(listed))
    assert not unregistered, (
        f"catalog/services/{unregistered[0]}.py defines a service that the homelab does not have yet: "
        f"add the line `    {unregistered[0]},` to catalog/registry.py"
    )
    assert len(listed) == len(set(listed)), "a service is registered twice in catalog/registry.py"


def test_services_follow_the_registry_order() -> None:
    expected = [getattr(importlib.import_module(f"{services.__name__}.{name}"), "SERVICE", None) for name in _listed()]
    assert [e for e in catalog.SERVICES if not callable(e)] == [e for e in expected if e is not None]
    assert len(catalog.SERVICES) == len(_listed())


def test_a_registered_module_without_a_service_is_named() -> None:
    helper = types.ModuleType(f"{services.__name__}.helper")
    listing = types.ModuleType("listing")
    listing.helper = helper  # type: ignore[attr-defined]
    with pytest.raises(catalog.RegistrationError, match=r"homelab\.catalog\.services\.helper is registered .*"):
        catalog.registered(listing)


def test_modules_outside_the_services_package_are_not_services() -> None:
    listing = types.ModuleType("listing")
    listing.os = importlib.import_module("os")  # type: ignore[attr-defined]
    assert catalog.registered(listing) == ()
