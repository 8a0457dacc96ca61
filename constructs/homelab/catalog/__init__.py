"""THE homelab: one file per service in ``services/``, registered by one line in ``registry.py``;
``build()`` returns the model.

A service is a :class:`~homelab.model.service.Service` (or, when it depends on the synthesizer
parameters, a function of them returning one). Everything shared — projects' destinations, the
aggregator folders, the Tailscale mapping, the Infisical keys — is derived from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from homelab.catalog import registry
from homelab.catalog import services as services_package
from homelab.catalog.platform import platform
from homelab.model import Homelab, Parameters
from homelab.model.service import Service

Entry = Service | Callable[[Parameters], Service]


class RegistrationError(Exception):
    """A module registered as a service does not define one."""


def registered(listing: ModuleType) -> tuple[Entry, ...]:
    """The services whose modules ``listing`` imports, in the order it imports them."""
    entries: list[Entry] = []
    for value in vars(listing).values():
        if not isinstance(value, ModuleType) or not value.__name__.startswith(f"{services_package.__name__}."):
            continue
        entry = getattr(value, "SERVICE", None) or getattr(value, "service", None)
        if not isinstance(entry, Service) and not callable(entry):
            raise RegistrationError(
                f"{value.__name__} is registered in catalog/registry.py but defines neither SERVICE (a Service) "
                "nor service(params). Define one of them, or remove its line from the registry."
            )
        entries.append(entry)
    return tuple(entries)


#: Every service, in the order the projects list their destinations and charts.
SERVICES: tuple[Entry, ...] = registered(registry)


def build(params: Parameters | None = None) -> Homelab:
    """The homelab for ``params`` (the owner's defaults when omitted)."""
    params = params or Parameters()
    services = tuple(s if isinstance(s, Service) else s(params) for s in SERVICES)
    return Homelab(params=params, services=services, platform=platform(params))
