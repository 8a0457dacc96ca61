"""Spec conformance of the host automation: ``launchd/`` against ``../shared/spec/homelab.yaml``.

A development check, not a user's test (``make test`` does not collect it: the name does not start
with ``test_``). Run it with ``pytest tests/spec_host.py``; it skips when the spec is absent. The
user's tests (``test_host.py``) compute their expectations from the model instead.

One deliberate difference: the spec keeps the scripts and plists in ``scripts/``; this repository
renders them into ``launchd/``, so paths are compared with that folder swapped.
"""

from __future__ import annotations

import plistlib
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from homelab.host import FOLDER, TAILSCALE_SERVE, render_host, script_path
from homelab.host.scripts import SPEC_POLLS
from homelab.host.tailscale import serve_mappings
from homelab.model import Homelab, Parameters

from tests.conftest import SHARED

SPEC = SHARED / "spec" / "homelab.yaml"
SPEC_FOLDER = "scripts"

pytestmark = pytest.mark.skipif(not SPEC.is_file(), reason=f"no spec at {SPEC}")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return data


def resolve(value: Any, params: Parameters) -> Any:
    """A spec value with ``${param.X}`` filled in and the spec's folder swapped for ours."""
    if isinstance(value, str):
        value = re.sub(r"\$\{param\.(\w+)\}", lambda m: str(getattr(params, m[1])), value)
        return value.replace(f"/{SPEC_FOLDER}/", f"/{FOLDER}/")
    if isinstance(value, list):
        return [resolve(v, params) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, params) for k, v in value.items()}
    return value


def test_parameters_default_to_the_spec(spec: dict[str, Any]) -> None:
    defaults = {name: p["default"] for name, p in spec["launchd"]["parameters"].items()}
    assert {name: getattr(Parameters(), name) for name in defaults} == defaults


def test_plists_are_the_spec(spec: dict[str, Any], model: Homelab) -> None:
    launchd = spec["launchd"]
    files = render_host(model)
    assert [a.label for a in model.host.agents] == [a["Label"] for a in launchd["agents"]]
    for agent in launchd["agents"]:
        expected = {k: v for k, v in resolve(agent, model.params).items() if k != "plist_file"}
        plist_file = f"{FOLDER}/{Path(agent['plist_file']).name}"
        plist = plistlib.loads(files[plist_file][0])
        assert plist == expected
        assert list(plist) == launchd["plist_key_order"]
    schedule = {a.action.value: f"{a.hour:02d}:{a.minute:02d}" for a in model.host.agents}
    assert schedule == {k: v for k, v in launchd["schedule"].items() if k != "repeat"}


def test_scripts_have_the_spec_names_interpreter_and_flags(spec: dict[str, Any], model: Homelab) -> None:
    files = render_host(model)
    for name, script in spec["launchd"]["scripts"].items():
        path = f"{FOLDER}/{name}"
        assert Path(script["path"]).name == name
        text = files[path][0].decode()
        assert text.startswith(script["interpreter"] + "\n")
        assert f"\n{script['flags']}\n" in text
    assert {Path(script_path(model, a)).name for a in model.host.agents} == set(spec["launchd"]["scripts"])


def test_script_constants_and_polls_are_the_spec(spec: dict[str, Any], model: Homelab) -> None:
    scripts, host = spec["launchd"]["scripts"], model.host
    assert scripts["orb-stop.sh"]["constants"] == {"MAX_WAIT": host.stop_max_wait}
    assert scripts["orb-start.sh"]["constants"] == {
        "MAX_WAIT_CLUSTER_HEALTH": host.start_max_wait_cluster_health,
        "MAX_WAIT_ARGOCD": host.start_max_wait_argocd,
    }
    stop_steps = " ".join(scripts["orb-stop.sh"]["steps"])
    assert f"every {SPEC_POLLS.stop}s for up to MAX_WAIT" in stop_steps
    waits = [
        (int(m[1]), int(m[2]))
        for m in re.finditer(r"wait up to (\d+)s \(poll every (\d+)s\)", " ".join(scripts["orb-start.sh"]["steps"]))
    ]
    assert waits == [
        (host.start_max_wait_cluster_health, SPEC_POLLS.nodes),
        (host.start_max_wait_cluster_health, SPEC_POLLS.namespaces),
        (host.start_max_wait_argocd, SPEC_POLLS.argocd),
    ]
    among = re.search(r"namespaces among (.+?) have", " ".join(scripts["orb-start.sh"]["steps"]))
    assert among is not None
    assert host.start_wait_namespaces == tuple(among[1].split(", "))


def test_tailscale_mapping_is_the_spec(spec: dict[str, Any], model: Homelab, tmp_path: Path) -> None:
    tailscale = spec["tailscale"]
    assert [(m.service, m.https_port, f"http://localhost:{m.node_port}") for m in serve_mappings(model)] == [
        (m["service"], m["https_port"], m["target"]) for m in tailscale["mappings"]
    ]
    assert {m.service: m.url for m in serve_mappings(model)} == tailscale["urls"]
    assert model.tailnet.host == tailscale["host"]
    script = tmp_path / "tailscale-serve.sh"
    script.write_bytes(render_host(model)[TAILSCALE_SERVE][0])
    dry_run = subprocess.run(["bash", str(script), "--dry-run"], capture_output=True, text=True, check=True)
    assert dry_run.stdout.splitlines() == [m["command"] for m in tailscale["mappings"]]
