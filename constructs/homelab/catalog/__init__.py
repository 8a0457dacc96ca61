"""THE homelab: one file per service in ``services/``, registered in ``SERVICES``; ``build()`` returns the model.

A service is a :class:`~homelab.model.service.Service` (or, when it depends on the synthesizer
parameters, a function of them returning one). Everything shared — projects' destinations, the
aggregator folders, the Tailscale mapping, the Infisical keys — is derived from this list.
"""

from __future__ import annotations

from collections.abc import Callable

from homelab.catalog.platform import platform
from homelab.catalog.services import (
    argocd,
    authentik,
    external_secrets,
    infisical,
    launchfast,
    monitoring,
    openclaw,
    trivy,
    trivy_dashboard,
)
from homelab.model import Homelab, Parameters
from homelab.model.service import Service

#: Every service, in the order the projects list their destinations and charts.
SERVICES: tuple[Service | Callable[[Parameters], Service], ...] = (
    argocd.SERVICE,
    external_secrets.SERVICE,
    infisical.SERVICE,
    monitoring.SERVICE,
    openclaw.service,
    authentik.SERVICE,
    trivy.SERVICE,
    trivy_dashboard.SERVICE,
    launchfast.SERVICE,
)


def build(params: Parameters | None = None) -> Homelab:
    """The homelab for ``params`` (the owner's defaults when omitted)."""
    params = params or Parameters()
    services = tuple(s if isinstance(s, Service) else s(params) for s in SERVICES)
    return Homelab(params=params, services=services, platform=platform(params))
