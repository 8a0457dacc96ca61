"""``install.sh``: put the agents' plists into ``~/Library/LaunchAgents`` and (re)load them.

Loading uses the current launchctl verbs (``bootout`` / ``bootstrap`` in the user's ``gui/<uid>``
domain) rather than the deprecated ``load``. ``bootout`` returns before launchd has let go of the
job, and a ``bootstrap`` in that window fails with "5: Input/output error", so the script waits for
the label to disappear and retries the bootstrap a few times. The bash is in
``templates/install.sh.j2``.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Final

from homelab.host import bash
from homelab.host.launchd import plist_file_name
from homelab.host.view import HostModel
from homelab.model.host import LaunchAgent

#: install.sh's own option, besides ``--dry-run`` and ``--help``.
SWITCH: Final = bash.switch("--uninstall", "UNINSTALL")


def render_install(*, home: str, agents: tuple[LaunchAgent, ...]) -> str:
    """Render ``install.sh`` for ``agents``; ``home`` is the default install home."""
    if not agents:
        raise ValueError("agents must not be empty")
    log_dirs = sorted({str(PurePosixPath(a.log_file).parent) for a in agents})
    rows = [
        {
            "label": bash.single_line("label", a.label),
            "time": bash.time_of_day(f"agent {a.label!r}", a.hour, a.minute),
            "script": bash.single_line("script", a.script),
            "log_file": bash.single_line("log_file", a.log_file),
        }
        for a in agents
    ]
    return bash.render(
        "install.sh.j2",
        {
            "switch": SWITCH,
            "agents": rows,
            "home": bash.quoted("home", home),
            "log_dirs": bash.array("log_dirs", log_dirs),
            "labels": bash.array("labels", (a.label for a in agents)),
            "plists": bash.array("plists", (plist_file_name(a) for a in agents)),
            "scripts": bash.array("scripts", (a.script for a in agents)),
        },
    )


def install_script(model: HostModel) -> str:
    return render_install(home=model.params.home, agents=model.host.agents)
