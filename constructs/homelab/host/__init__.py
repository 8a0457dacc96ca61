"""Host automation rendered from the model: launchd agents, their scripts, Tailscale Serve.

Everything lands in the repository's ``launchd/`` folder, which the Mac's checkout (the
``homelab_path`` parameter) provides at run time:

- ``<label>.plist`` per agent (mode 644), installed into ``~/Library/LaunchAgents`` by
- ``install.sh`` (755), which (re)loads the agents;
- the script each agent runs (755), at the path its plist names;
- ``tailscale-serve.sh`` (755), the one-time Tailscale Serve setup.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Final

from homelab.host.install import install_script
from homelab.host.launchd import plist_file_name, render_plist
from homelab.host.scripts import agent_script
from homelab.host.tailscale import tailscale_serve_script
from homelab.host.view import HostModel
from homelab.model.host import LaunchAgent

FOLDER: Final = "launchd"
INSTALL: Final = f"{FOLDER}/install.sh"
TAILSCALE_SERVE: Final = f"{FOLDER}/tailscale-serve.sh"
PLIST_MODE: Final = 0o644
SCRIPT_MODE: Final = 0o755


def script_path(model: HostModel, agent: LaunchAgent) -> str:
    """Repository path of the script ``agent`` runs (its absolute path lies in the checkout)."""
    checkout = PurePosixPath(model.params.homelab_path)
    script = PurePosixPath(agent.script)
    if not script.is_relative_to(checkout / FOLDER):
        raise ValueError(f"agent {agent.label!r} runs {agent.script}, which is not in {checkout / FOLDER}")
    return script.relative_to(checkout).as_posix()


def render_host(model: HostModel) -> dict[str, tuple[bytes, int]]:
    """Files under ``launchd/`` by repository path, with their file modes."""
    files: dict[str, tuple[bytes, int]] = {}
    for agent in model.host.agents:
        files[f"{FOLDER}/{plist_file_name(agent)}"] = (render_plist(model, agent), PLIST_MODE)
        files[script_path(model, agent)] = (agent_script(model, agent).encode(), SCRIPT_MODE)
    files[INSTALL] = (install_script(model).encode(), SCRIPT_MODE)
    files[TAILSCALE_SERVE] = (tailscale_serve_script(model).encode(), SCRIPT_MODE)
    return files


__all__ = ["FOLDER", "INSTALL", "TAILSCALE_SERVE", "HostModel", "render_host", "script_path"]
