"""README "How to add a service", followed literally in a copy of the repository (``make test-deep``).

A new user copies the example into ``catalog/services/whoami.py``, adds its one registration line to
``catalog/registry.py``, runs ``make synth``, then ``make test`` and ``make check``: all must pass
with no test edited. This is the contract every catalog change keeps, run end to end (~3 minutes),
so it is a deep test; ``tests/test_add_a_service.py`` checks the example in-process on every run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

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
    env = {k: v for k, v in os.environ.items() if k != "HOMELAB_DEEP_TESTS"}
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
