"""Shared fixtures: the model and one in-memory rendering of it, built once per test session."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import pytest
from homelab.runtime import use_bundled_node

use_bundled_node()

from homelab.catalog import build  # noqa: E402
from homelab.model import Homelab  # noqa: E402
from homelab.pipeline import Rendering, SynthError, render  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@cache
def default_rendering() -> Rendering:
    """The homelab rendered with its default parameters (cached: tests only read it)."""
    return render(build())


def write_rendering(root: Path, rendering: Rendering) -> Path:
    """The rendered files below ``root``, bytes and modes as synth writes them."""
    for rel, data in rendering.files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        path.chmod(rendering.modes.get(rel, 0o644))
    return root


@pytest.fixture(scope="module")
def rendered_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's rendered folders, as synth writes them for the real model (tests copy it)."""
    return write_rendering(tmp_path_factory.mktemp("rendered"), default_rendering())


@pytest.fixture(scope="session")
def model() -> Homelab:
    return build()


@pytest.fixture(scope="session")
def rendering() -> Rendering:
    return default_rendering()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``@pytest.mark.deep`` variants run only under ``make test-deep`` (HOMELAB_DEEP_TESTS=1): deselected
    otherwise, so ``make test`` reports nothing skipped."""
    if os.environ.get("HOMELAB_DEEP_TESTS") == "1":
        return
    deep = [item for item in items if item.get_closest_marker("deep")]
    if deep:
        config.hook.pytest_deselected(items=deep)
        items[:] = [item for item in items if not item.get_closest_marker("deep")]


def pytest_sessionstart(session: pytest.Session) -> None:
    """A model synth refuses (say, a chart bump before ``make crds``) stops the run with synth's own messages,
    once, instead of a collection traceback and a failure in every test that reads the rendering."""
    try:
        default_rendering()
    except SynthError as error:
        problems = "".join(f"  - {v}\n" for v in error.violations)
        sys.stderr.write(f"synth: {len(error.violations)} problem(s); the model cannot be rendered:\n{problems}")
        pytest.exit(
            "synth refuses the model, so there is nothing to test: fix the problems above, then `make synth`", 1
        )
