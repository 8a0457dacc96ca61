"""Spec ``launchd``, ``tailscale`` and ``node_ports``: the rendered plists, scripts, Serve mapping and NodePorts.

The spec writes the host folder as ``scripts/``; this repository renders it as ``launchd/``
(:data:`homelab.host.FOLDER`), so spec paths are read with that folder in place of ``scripts/``.
"""

from __future__ import annotations

import plistlib
import re
import shlex
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from homelab.host import FOLDER, TAILSCALE_SERVE
from homelab.pipeline import Rendering

from tests_spec.conftest import SPEC, Manifest, everything, find

SPEC_FOLDER = "scripts"
AGENTS = [a["Label"] for a in SPEC["launchd"]["agents"]]
NODE_PORTS = list(SPEC["node_ports"])
HELM_SET_IN = re.compile(r"^helm_charts\.(?P<chart>[\w-]+)\.values ")
SERVICE_SET_IN = re.compile(r"^Service (?P<namespace>[\w-]+)/(?P<name>[\w-]+)$")


def here(path: str) -> str:
    """A spec path (``scripts/x``) as this repository renders it (``launchd/x``)."""
    return path.replace(f"/{SPEC_FOLDER}/", f"/{FOLDER}/").replace(f"{SPEC_FOLDER}/", f"{FOLDER}/", 1)


def spec_agent(label: str) -> dict[str, Any]:
    return next(a for a in SPEC["launchd"]["agents"] if a["Label"] == label)


# -- launchd --------------------------------------------------------------------------------------


def test_only_the_specs_agents(rendering: Rendering) -> None:
    plists = sorted(p for p in rendering.files if p.startswith(f"{FOLDER}/") and p.endswith(".plist"))
    assert plists == sorted(here(spec_agent(label)["plist_file"]) for label in AGENTS)


@pytest.mark.parametrize("label", AGENTS)
def test_agent_plist(label: str, rendering: Rendering) -> None:
    """Every key and value of the spec's agent, in the spec's key order, paths from the parameters."""
    want = spec_agent(label)
    plist = plistlib.loads(rendering.files[here(want["plist_file"])])
    assert list(plist) == SPEC["launchd"]["plist_key_order"]
    expected = {k: v for k, v in want.items() if k != "plist_file"}
    expected["ProgramArguments"] = [here(arg) for arg in want["ProgramArguments"]]
    assert plist == expected


def test_schedule(rendering: Rendering) -> None:
    """Stop and start at the spec's times (matched by the script each agent runs)."""
    for action in ("stop", "start"):
        (label,) = [a for a in AGENTS if spec_agent(a)["ProgramArguments"][-1].endswith(f"/orb-{action}.sh")]
        plist = plistlib.loads(rendering.files[here(spec_agent(label)["plist_file"])])
        interval = plist["StartCalendarInterval"]
        assert f"{interval['Hour']:02d}:{interval['Minute']:02d}" == SPEC["launchd"]["schedule"][action]


@pytest.mark.parametrize("script", list(SPEC["launchd"]["scripts"]))
def test_script_header_and_constants(script: str, rendering: Rendering) -> None:
    want = SPEC["launchd"]["scripts"][script]
    path = here(want["path"])
    text = rendering.files[path].decode()
    assert text.splitlines()[0] == want["interpreter"]
    assert f"\n{want['flags']}\n" in text
    for name, value in want["constants"].items():
        assert f"\nreadonly {name}={value}\n" in text, name
    assert rendering.modes[path] & 0o111, "executable"


# -- Tailscale Serve --------------------------------------------------------------------------------


def serve_lines(rendering: Rendering) -> Iterator[list[str]]:
    for line in rendering.files[TAILSCALE_SERVE].decode().splitlines():
        if line.startswith("serve "):
            yield shlex.split(line)


def test_tailscale_mappings(rendering: Rendering) -> None:
    """Service, HTTPS port and localhost target of every mapping, in the spec's order."""
    got = [
        (service, int(https), f"http://localhost:{node_port}")
        for _, https, node_port, service in serve_lines(rendering)
    ]
    assert got == [(m["service"], m["https_port"], m["target"]) for m in SPEC["tailscale"]["mappings"]]


def test_tailscale_commands(rendering: Rendering, tmp_path: Path) -> None:
    """``tailscale-serve.sh --dry-run`` prints exactly the spec's commands."""
    script = tmp_path / "tailscale-serve.sh"
    script.write_bytes(rendering.files[TAILSCALE_SERVE])
    result = subprocess.run(["bash", str(script), "--dry-run"], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [m["command"] for m in SPEC["tailscale"]["mappings"]]


def test_tailscale_urls(rendering: Rendering) -> None:
    """The URL written beside each mapping is the spec's."""
    comment = re.compile(r"^# (?P<service>.+): (?P<url>https://\S+) -> http://localhost:\d+$")
    urls = {
        m["service"]: m["url"]
        for line in rendering.files[TAILSCALE_SERVE].decode().splitlines()
        if (m := comment.match(line))
    }
    assert urls == SPEC["tailscale"]["urls"]
    assert all(url.startswith(f"https://{SPEC['tailscale']['host']}") for url in urls.values())


# -- NodePorts --------------------------------------------------------------------------------------


def node_port_values(entry: Mapping[str, Any]) -> set[int]:
    return {int(entry[k]) for k in ("http", "https", "nodePort") if k in entry}


def leaves(values: Any, key_part: str) -> Iterator[Any]:
    """Every value in ``values`` whose key contains ``key_part``."""
    if isinstance(values, dict):
        for k, v in values.items():
            if key_part in k and not isinstance(v, dict):
                yield v
            yield from leaves(v, key_part)
    elif isinstance(values, list):
        for v in values:
            yield from leaves(v, key_part)


@pytest.mark.parametrize("key", [k for k in NODE_PORTS if SERVICE_SET_IN.match(SPEC["node_ports"][k]["set_in"])])
def test_service_node_port(key: str, dist: Mapping[str, list[Manifest]]) -> None:
    entry = SPEC["node_ports"][key]
    where = SERVICE_SET_IN.match(entry["set_in"])
    assert where is not None
    service = find(everything(dist), "Service", where["name"], where["namespace"])
    (port,) = service["spec"]["ports"]
    assert (port["nodePort"], port["port"], port["targetPort"]) == (
        entry["nodePort"],
        entry["port"],
        entry["targetPort"],
    )


@pytest.mark.parametrize("key", [k for k in NODE_PORTS if HELM_SET_IN.match(SPEC["node_ports"][k]["set_in"])])
def test_helm_node_port(key: str, applications: dict[str, Manifest]) -> None:
    """The chart's Application sets exactly these NodePorts in its values (as numbers or strings)."""
    entry = SPEC["node_ports"][key]
    where = HELM_SET_IN.match(entry["set_in"])
    assert where is not None
    (app,) = [a for a in applications.values() if a["spec"]["source"].get("chart") == where["chart"]]
    values = app["spec"]["source"]["helm"]["valuesObject"]
    assert {int(v) for v in leaves(values, "nodePort")} == node_port_values(entry)
