"""Host automation rendered from the model: launchd agents, their scripts, Tailscale Serve."""

from __future__ import annotations

from homelab.model import Homelab


def render_host(model: Homelab) -> dict[str, tuple[bytes, int]]:
    """Files under ``launchd/`` by repository path, with their file modes."""
    return {}
