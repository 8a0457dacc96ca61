"""What the host renderers read from the model, and nothing more.

The :class:`~homelab.model.Homelab` satisfies :class:`HostModel`; naming the views here keeps the
host scripts independent of how the rest of the model is built (and lets tests vary one view).
"""

from __future__ import annotations

from typing import Protocol

from homelab.model import Parameters
from homelab.model.host import Host
from homelab.model.network import Exposure


class HostModel(Protocol):
    """The read-only views of the homelab that ``launchd/`` is rendered from."""

    @property
    def params(self) -> Parameters: ...

    @property
    def host(self) -> Host: ...

    @property
    def argocd_namespace(self) -> str: ...

    @property
    def exposures(self) -> tuple[Exposure, ...]: ...

    def tailscale_url(self, exposure: Exposure) -> str: ...
