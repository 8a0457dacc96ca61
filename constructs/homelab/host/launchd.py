"""The launchd property lists of the agents: run a script daily at a fixed time, log to a file.

Keys are written in the spec's order (``plistlib.dumps(..., sort_keys=False)``) so the committed
plist reads like the spec. Every value comes from the model's :class:`LaunchAgent` and
:class:`Host`; what is the same for every agent is fixed here.
"""

from __future__ import annotations

import plistlib
from typing import Any, Final

from homelab.host.view import HostModel
from homelab.model.host import LaunchAgent

#: The interpreter launchd starts; the script is its argument, so the file needs no exec bit.
INTERPRETER: Final = "/bin/bash"


def plist_file_name(agent: LaunchAgent) -> str:
    """``<label>.plist``: launchd's convention, and what ``install.sh`` copies."""
    return f"{agent.label}.plist"


def agent_plist(model: HostModel, agent: LaunchAgent) -> dict[str, Any]:
    """The property list of ``agent``, keys in the spec's order."""
    return {
        "Label": agent.label,
        "ProgramArguments": [INTERPRETER, agent.script],
        "RunAtLoad": False,  # loading it (install, login) must not stop or start the cluster
        "StartCalendarInterval": {"Hour": agent.hour, "Minute": agent.minute},
        "StandardOutPath": agent.log_file,
        "StandardErrorPath": agent.log_file,
        "EnvironmentVariables": {"PATH": model.host.path_env},
        "KeepAlive": False,
        "ProcessType": "Standard",
        "Nice": 0,
    }


def render_plist(model: HostModel, agent: LaunchAgent) -> bytes:
    """The XML property list of ``agent``."""
    return plistlib.dumps(agent_plist(model, agent), fmt=plistlib.FMT_XML, sort_keys=False)
