"""The committed output tree is the snapshot of synth: one test per file the model renders or git holds.

``dist/``, ``launchd/`` (every folder in :data:`homelab.pipeline.MANAGED_FOLDERS`) are compared with
what the model renders now, file by file, content and executable bit. After a model change, ``make synth``
(or ``pytest --snapshot-update``, which writes the same bytes) brings them up to date; the pull request
shows the rendered YAML diff once, in the files Argo CD applies.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from homelab.output import DEFAULT_MODE, publish
from homelab.pipeline import MANAGED_FOLDERS, Rendering, SynthError
from syrupy.assertion import SnapshotAssertion
from syrupy.data import Snapshot, SnapshotCollection

from tests.conftest import default_rendering
from tests.yaml_snapshot import CommittedTreeExtension, TreeFile, committed_files, tree_path


@cache
def current_rendering() -> Rendering | SynthError:
    """The rendering, or synth's refusal (kept, so a refused model is not rendered again for every file)."""
    try:
        return default_rendering()
    except SynthError as error:
        return error


def rendering_or_fail() -> Rendering:
    """The rendering; a refused model fails the test with synth's own messages, not a traceback."""
    outcome = current_rendering()
    if isinstance(outcome, SynthError):
        problems = "\n".join(f"  - {v}" for v in outcome.violations)
        pytest.fail(f"synth refuses the model, so the committed tree cannot be compared:\n{problems}", pytrace=False)
    return outcome


_outcome = current_rendering()
PATHS = sorted(set(committed_files()) | (set(_outcome.files) if isinstance(_outcome, Rendering) else set()))


def rendered_file(path: str) -> TreeFile:
    """What synth writes at ``path`` now (absent when the model no longer renders it)."""
    rendering = rendering_or_fail()
    if path not in rendering.files:
        return TreeFile.absent(path)
    return TreeFile(rendering.files[path], path=path, mode=rendering.modes.get(path, DEFAULT_MODE))


@pytest.fixture
def committed_tree(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(CommittedTreeExtension)


@pytest.mark.parametrize("path", PATHS)
def test_committed_file_is_what_the_model_renders(path: str, committed_tree: SnapshotAssertion) -> None:
    assert rendered_file(path) == committed_tree(name=path)


def test_every_rendered_file_is_in_a_managed_folder() -> None:
    """Synth only swaps the managed folders in: a file rendered elsewhere would never be written."""
    assert not [p for p in rendering_or_fail().files if p.split("/", 1)[0] not in MANAGED_FOLDERS]


def test_synth_and_snapshot_update_write_the_same_tree(tmp_path: Path) -> None:
    """``make synth`` and ``pytest --snapshot-update`` are interchangeable: same bytes, same executable bits."""
    rendering = rendering_or_fail()
    (tmp_path / "synth").mkdir()
    publish(tmp_path / "synth", rendering.files, MANAGED_FOLDERS, modes=rendering.modes)
    for path in rendering.files:
        collection = SnapshotCollection(location=str(tmp_path / "update" / path))
        collection.add(Snapshot(name=path, data=rendered_file(path)))
        CommittedTreeExtension.write_snapshot_collection(snapshot_collection=collection)
    by_synth, by_update = committed_files(tmp_path / "synth"), committed_files(tmp_path / "update")
    assert sorted(by_synth) == sorted(by_update) == sorted(rendering.files)
    assert [p for p in by_synth if not by_synth[p].same_as(by_update[p])] == []


def test_synth_restores_a_lost_executable_bit(tmp_path: Path) -> None:
    """A script that lost its executable bit is the only change synth must notice without a byte changing."""
    rendering = rendering_or_fail()
    scripts = [p for p, mode in rendering.modes.items() if mode & 0o111]
    assert scripts, "the model renders no executable script"
    publish(tmp_path, rendering.files, MANAGED_FOLDERS, modes=rendering.modes)
    (tmp_path / scripts[0]).chmod(DEFAULT_MODE)
    assert publish(tmp_path, rendering.files, MANAGED_FOLDERS, modes=rendering.modes) == [scripts[0].split("/")[0]]
    assert committed_files(tmp_path)[scripts[0]].executable


@pytest.mark.parametrize("name", ["README.md", "../outside/dist/x.yaml", "/etc/passwd", "dist/../main.py"])
def test_the_extension_reads_and_writes_only_the_managed_folders(name: str) -> None:
    with pytest.raises(ValueError, match="not a file below one of the folders synth manages"):
        tree_path(name)
