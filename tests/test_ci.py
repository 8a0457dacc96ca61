"""The pull-request loop's wiring: what CI, pre-commit and ``.ci/run`` call exists, actions are pinned,
and ``make help`` documents every target it lists."""

from __future__ import annotations

import re
import subprocess
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def workflow_steps() -> list[tuple[str, dict[str, Any]]]:
    steps: list[tuple[str, dict[str, Any]]] = []
    for path in WORKFLOWS:
        for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values():
            steps += [(path.name, step) for step in job.get("steps", [])]
    return steps


def make_targets_called() -> set[str]:
    """Every ``make <target>`` in the workflows, ``.ci/run`` and the pre-commit hooks."""
    texts = [
        p.read_text(encoding="utf-8") for p in [*WORKFLOWS, REPO / ".ci" / "run", REPO / ".pre-commit-config.yaml"]
    ]
    return {m for text in texts for m in re.findall(r"\bmake (?:-s )?([a-z][\w-]*)", text)}


def test_there_is_a_workflow() -> None:
    assert WORKFLOWS, ".github/workflows/ has no workflow"


@pytest.mark.parametrize("target", sorted(make_targets_called()))
def test_every_make_target_called_exists(target: str) -> None:
    result = subprocess.run(["make", "-n", target], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"make {target}: {result.stderr.strip()}"


def test_every_action_is_pinned_by_commit() -> None:
    uses = [(name, step["uses"]) for name, step in workflow_steps() if "uses" in step]
    assert uses
    loose = [f"{name}: {use}" for name, use in uses if not PINNED.match(use)]
    assert not loose, f"pin these actions by full commit SHA (with a `# vX.Y.Z` comment): {loose}"
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"# v\d+\.\d+\.\d+", line), f"{path.name}: say the version the SHA is: {line.strip()}"


def test_pre_commit_hooks_run_tools_of_the_venv() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    for repo in config["repos"]:
        for hook in repo["hooks"]:
            tool = re.search(r"\.venv/bin/([\w-]+)", hook["entry"])
            assert tool, f"hook {hook['id']}: run a tool of the repository's venv"
            assert (REPO / ".venv" / "bin" / tool.group(1)).exists(), f"hook {hook['id']}: {tool.group(0)} missing"


def test_make_help_lists_each_documented_target_once() -> None:
    documented = re.findall(r"^## ([^:]+):", (REPO / "Makefile").read_text(encoding="utf-8"), flags=re.M)
    shown = subprocess.run(
        ["make", "-s", "--no-print-directory", "help"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    lines = shown.splitlines()
    assert len(lines) == len(documented)
    for name, line in zip(documented, lines, strict=True):
        assert line.split()[0] == name.split()[0] and len(line.split()) > len(name.split())
