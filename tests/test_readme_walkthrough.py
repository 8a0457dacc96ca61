"""The contract of a catalog change, end to end in a copy of the repository (``make test-deep``).

A new user copies the example into ``catalog/services/whoami.py``, adds its one registration line to
``catalog/registry.py``, runs ``make synth``, then ``make test`` and ``make check``: all must pass
with no test edited. This is the contract every catalog change keeps, run end to end (~2 minutes
each), so these are deep tests; ``tests/test_add_a_service.py`` checks the example in-process on every run.
The everyday edits (an image bump, a NodePort move, a new ExternalSecret key) get the same treatment.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from homelab.model import HelmSource, Homelab
from homelab.tools import vendored

from tests import sample
from tests.conftest import REPO

deep = pytest.mark.deep  # deselected by make test: tests/conftest.py
REGISTRY = Path("constructs/homelab/catalog/registry.py")


def _tracked_files() -> list[str]:
    """What a clone holds: the tracked files plus new, not ignored ones (uncommitted work included)."""
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    return [name for name in out.stdout.decode().split("\0") if name and (REPO / name).is_file()]


def _copy(dest: Path) -> Path:
    for name in _tracked_files():
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target, follow_symlinks=False)
    (dest / ".venv").symlink_to(REPO / ".venv")
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)  # a clone is a repository (actionlint looks)
    return dest


def _readme_steps() -> tuple[str, str]:
    """The example service's code and the line the README says to add to the registry."""
    section = (REPO / "README.md").read_text().split("## How to add a service", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    line = re.search(r"add `(    \w+,)` at the end of the import list in\s+`([^`]+)`", section)
    assert code and line, "README 'How to add a service' lost its example or its registration step"
    assert line.group(2) == REGISTRY.as_posix()
    return code.group(1), line.group(1)


def _make(repo: Path, target: str) -> subprocess.CompletedProcess[str]:
    # as from a user's shell: not inside the make (test-deep) that runs this test
    inherited = {"HOMELAB_DEEP_TESTS", "MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES"}
    env = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(["make", target], cwd=repo, env=env, capture_output=True, text=True, timeout=900)


@deep
def test_the_readme_service_is_one_file_and_one_line_and_no_test_edit(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo")
    code, line = _readme_steps()
    name = line.strip().rstrip(",")
    (repo / "constructs/homelab/catalog/services" / f"{name}.py").write_text(code)
    registry = repo / REGISTRY
    text = registry.read_text()
    end = text.rindex(")")
    registry.write_text(f"{text[:end]}{line}\n{text[end:]}")

    for target in ("synth", "test", "check"):
        result = _make(repo, target)
        assert result.returncode == 0, f"make {target}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"

    assert (repo / "dist" / name).is_dir()
    assert f"**{name}**" in (repo / "docs" / "services.md").read_text()
    edited = [
        f for f in _tracked_files() if f.startswith("tests/") and (repo / f).read_bytes() != (REPO / f).read_bytes()
    ]
    assert edited == [], f"tests were edited: {edited}"


SERVICES = Path("constructs/homelab/catalog/services")
CHARTS = Path("constructs/homelab/catalog/charts")


def _edit_first(repo: Path, folder: Path, pattern: str, change: Callable[[re.Match[str]], str]) -> re.Match[str]:
    """Replace the first match of ``pattern`` in the catalog files of ``folder`` (one line edited)."""
    for path in sorted((repo / folder).glob("*.py")):
        text = path.read_text()
        match = re.search(pattern, text, re.M)
        if match:
            path.write_text(text[: match.start()] + change(match) + text[match.end() :])
            return match
    raise AssertionError(f"no catalog file in {folder} matches {pattern!r}")


@deep
def test_everyday_edits_are_one_edit_then_synth_and_no_test_edit(model: Homelab, tmp_path: Path) -> None:
    """An image bump, a NodePort move and a new ExternalSecret key, then make synth, test and check.

    Each edit is found by its shape in today's service files (not by today's values)."""
    repo = _copy(tmp_path / "repo")
    image = _edit_first(
        repo,
        SERVICES,
        r'image="([^"@]+):([^"@]+)",(  # renovate: docker)',
        lambda m: f'image="{m[1]}:{m[2]}-next",{m[3]}',
    )
    free = sample.free_node_port(model)
    port = _edit_first(repo, SERVICES, r"(PortMapping\([^)]*node_port=)(\d+)", lambda m: f"{m[1]}{free}")
    assert int(port[2]) in {p.node_port for e in (*model.exposures, model.argocd_exposure) for p in e.ports}
    key = _edit_first(
        repo,
        SERVICES,
        r'^( *)SecretKey\(secret_key="([^"]+)", remote_key="([^"]+)"\),$',
        lambda m: f'{m[0]}\n{m[1]}SecretKey(secret_key="{m[2]}Next", remote_key="{m[3]}_NEXT"),',
    )

    for target in ("synth", "test", "check"):
        result = _make(repo, target)
        assert result.returncode == 0, f"make {target}:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"

    rendered = "\n".join(p.read_text() for p in (repo / "dist").rglob("*.yaml"))
    assert f"{image[1]}:{image[2]}-next" in rendered
    assert str(free) in (repo / "launchd" / "tailscale-serve.sh").read_text()
    assert str(free) in (repo / "docs" / "services.md").read_text()
    assert f"{key[3]}_NEXT" in rendered
    tests = [f for f in _tracked_files() if f.startswith("tests/")]
    assert [f for f in tests if (repo / f).read_bytes() != (REPO / f).read_bytes()] == []


@deep
def test_a_chart_version_that_cannot_be_vendored_is_refused_by_the_gate_and_nothing_is_written(
    model: Homelab, tmp_path: Path
) -> None:
    """Offline, or a version the chart repository does not have: make synth says so, and the gate then
    names the Application and the fix; dist/ stays as it was."""
    repo = _copy(tmp_path / "repo")
    vendored_charts = {c.chart.name for c in vendored.load().charts}
    bumped = _edit_first(
        repo,
        CHARTS,
        r'version="([^"]+)",(  # renovate: helm ('
        + "|".join(re.escape(name) for name in sorted(vendored_charts))
        + r"))$",
        lambda m: f'version="0.0.999",{m[2]}',
    )
    chart = bumped[3]
    app = next(a.name for a in model.applications if isinstance(a.source, HelmSource) and a.source.chart.name == chart)
    before = {p: p.read_bytes() for p in (repo / "dist").rglob("*") if p.is_file()}

    result = _make(repo, "synth")

    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "vendored: " in output and "could not be vendored" in output
    assert f"Application {app!r}: chart {chart} 0.0.999" in output and "[helm-values]" in output
    assert "Traceback" not in output
    assert {p: p.read_bytes() for p in (repo / "dist").rglob("*") if p.is_file()} == before
