"""Writes: one writer at a time, every folder always wholly old or new, OS errors as one-line messages.

Most tests call :func:`homelab.output.publish` (what ``make synth`` runs after the gate) on a copy
of the rendered tree; a few go through the real entry point (:func:`homelab.pipeline.main`) to see
the exit status and the exact output. Crashes are simulated by raising a ``BaseException`` at a
chosen step (nothing catches it, like a SIGKILL there); real SIGKILLs and concurrent processes are
in ``test_output_process.py``.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import runpy
import shutil
import stat
import threading
import time
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import homelab.output
import homelab.pipeline
import pytest
from homelab.catalog import build
from homelab.model import Homelab, Parameters
from homelab.output import differences, on_disk, publish, recover, wanted
from homelab.pipeline import MANAGED_FOLDERS, Rendering, main, render
from homelab.writes import OutputError, journal, lock, syscalls

from tests.conftest import REPO, default_rendering, write_rendering
from tests.surgery import replace

FOLDERS = list(MANAGED_FOLDERS)


class Killed(BaseException):
    """A crash at this very step: nothing in synth catches it, as nothing runs after a SIGKILL."""


# -- helpers ------------------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every entry below ``root`` (temporaries, lock and journal included) with its bytes and mode."""
    found: dict[str, tuple[bytes | None, int]] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        data = path.read_bytes() if stat.S_ISREG(info.st_mode) else None
        found[path.relative_to(root).as_posix()] = (data, stat.S_IMODE(info.st_mode))
    return found


def write(root: Path, rendering: Rendering) -> None:
    write_rendering(root, rendering)


def matches(root: Path, rendering: Rendering, folder: str) -> bool:
    return on_disk(root, folder) == wanted(rendering.files, rendering.modes, folder)


def rendered_by(root: Path, renderings: Mapping[str, Rendering]) -> dict[str, str | None]:
    """Which rendering each managed folder is wholly from (``None``: none of them, a mixed tree)."""
    return {f: next((name for name, r in renderings.items() if matches(root, r, f)), None) for f in FOLDERS}


def publish_rendering(root: Path, rendering: Rendering, **kwargs: Any) -> list[str]:
    return publish(root, rendering.files, FOLDERS, modes=rendering.modes, **kwargs)


@pytest.fixture(scope="module")
def old() -> Rendering:
    return default_rendering()


#: Another owner's parameters: every managed folder renders differently (repository URL, log folder).
OTHER = Parameters(repo_url="https://git.example.com/other/homelab.git", log_dir="/tmp/other-logs")


@cache
def other_rendering() -> Rendering:
    """The homelab rendered with :data:`OTHER` (cached: the process-level tests use it too).

    Every managed folder must differ from the default rendering, so that a mix of the two shows; a
    folder that does not depend on these parameters gets one extra file.
    """
    rendering = render(build(OTHER))
    files = dict(rendering.files)
    for folder in FOLDERS:
        if matches_files(rendering, default_rendering(), folder):
            files[f"{folder}/rendered-from-another-model.txt"] = b"another model\n"
    return dataclasses.replace(rendering, files=files)


@pytest.fixture(scope="module")
def new() -> Rendering:
    return other_rendering()


def matches_files(a: Rendering, b: Rendering, folder: str) -> bool:
    return wanted(a.files, a.modes, folder) == wanted(b.files, b.modes, folder)


@pytest.fixture(scope="module")
def rendered_tree(tmp_path_factory: pytest.TempPathFactory, old: Rendering) -> Path:
    root = tmp_path_factory.mktemp("rendered")
    write(root, old)
    return root


@pytest.fixture
def repo(rendered_tree: Path, tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "repo"
    shutil.copytree(rendered_tree, root, symlinks=True)
    yield root
    for path in root.rglob("*"):  # let pytest remove what a test made read-only
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    root.chmod(0o755)


@pytest.fixture(scope="module")
def good() -> Homelab:
    return build()


@pytest.fixture(autouse=True)
def render_once(good: Homelab, old: Rendering, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about writing: ``main`` reuses the one rendering of the real model."""
    real = homelab.pipeline.render
    monkeypatch.setattr(homelab.pipeline, "render", lambda model: old if model is good else real(model))


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


# -- a normal write --------------------------------------------------------------------------------


def test_publish_renders_exactly_the_model_and_leaves_nothing_behind(tmp_path: Path, old: Rendering) -> None:
    assert publish_rendering(tmp_path, old) == FOLDERS
    assert differences(tmp_path, old.files, old.modes, FOLDERS) == []
    assert leftovers(tmp_path) == []


def test_unchanged_folders_are_not_touched(repo: Path, old: Rendering, new: Rendering) -> None:
    before = snapshot(repo)
    inodes = {f: (repo / f).stat().st_ino for f in FOLDERS}
    assert publish_rendering(repo, old) == []
    assert snapshot(repo) == before
    assert {f: (repo / f).stat().st_ino for f in FOLDERS} == inodes
    # a change in one folder replaces that folder only
    files = {**old.files, "dist/extra/configmap-x.yaml": b"kind: ConfigMap\n"}
    assert publish(repo, files, FOLDERS, modes=old.modes) == ["dist"]
    assert (repo / "launchd").stat().st_ino == inodes["launchd"]


def test_stale_files_and_folders_disappear(repo: Path, old: Rendering) -> None:
    (repo / "dist" / "removed-app" / "empty").mkdir(parents=True)
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    (repo / "launchd" / "link.sh").symlink_to("orb-stop.sh")
    assert publish_rendering(repo, old) == ["dist", "launchd"]  # the folders this test made stale
    assert differences(repo, old.files, old.modes, FOLDERS) == []


def test_synth_repairs_a_lost_executable_bit(
    repo: Path, good: Homelab, old: Rendering, capsys: pytest.CaptureFixture[str]
) -> None:
    script = next(p for p, m in old.modes.items() if m & 0o111)
    (repo / script).chmod(0o644)
    assert main(["--root", str(repo), "--check"], model=good) == 1
    assert f"  - {script}" in capsys.readouterr().err.splitlines()
    assert main(["--root", str(repo)], model=good) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith(f"updated {script.split('/')[0]}")
    assert (repo / script).stat().st_mode & 0o111
    assert main(["--root", str(repo), "--check"], model=good) == 0


def test_root_defaults_to_the_repository_of_main_py(
    repo: Path, good: Homelab, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``cd cdktf && ../main.py`` writes next to main.py, never into the working directory."""
    shutil.copy(REPO / "main.py", repo / "main.py")
    (repo / "cdktf").mkdir()
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    monkeypatch.chdir(repo / "cdktf")
    monkeypatch.setattr("sys.argv", ["main.py"])
    monkeypatch.setattr("homelab.catalog.build", lambda *args: good)
    with pytest.raises(SystemExit) as exit:
        runpy.run_path(str(repo / "main.py"), run_name="__main__")
    assert exit.value.code == 0, capsys.readouterr()
    assert list((repo / "cdktf").iterdir()) == []
    assert not (repo / "dist" / "stale.yaml").exists()


def test_default_root_of_the_package_is_this_checkout() -> None:
    from homelab.pipeline import _repository

    assert _repository() == REPO


# -- one writer at a time -----------------------------------------------------------------------------


def test_a_second_writer_stops_with_one_line_naming_the_holder(
    repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    with lock.hold(repo, exclusive=True):
        before = snapshot(repo)
        assert main(["--root", str(repo), "--wait", "0.3"], model=good) == 2
        assert snapshot(repo) == before
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("synth: waiting for another synth to finish (pid ")
    assert len(err) == 2, err
    assert err[1].startswith(f"synth: {repo / '.synth.lock'}: another synth is still running (pid {os.getpid()}: ")
    assert err[1].endswith("after 0.3 s. Wait for it to finish (or stop it), then run synth again [output]")
    assert leftovers(repo) == []


def test_a_second_writer_waits_for_the_first(repo: Path, old: Rendering) -> None:
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    waits: list[str] = []
    acquired = threading.Event()

    def hold_a_while() -> None:
        with lock.hold(repo, exclusive=True):
            acquired.set()
            time.sleep(0.3)

    holder = threading.Thread(target=hold_a_while)
    holder.start()
    acquired.wait()
    assert publish_rendering(repo, old, wait=30, on_wait=waits.append) == ["dist"]
    holder.join()
    assert len(waits) == 1 and f"pid {os.getpid()}: " in waits[0]
    assert leftovers(repo) == []


def test_readers_share_the_lock_and_wait_for_a_writer(repo: Path) -> None:
    def blocked(exclusive: bool) -> bool:
        try:
            with lock.hold(repo, exclusive=exclusive, timeout=0.05, on_wait=lambda _: None):
                return False
        except OutputError as error:
            assert "another synth is still running" in str(error)
            return True

    with lock.hold(repo, exclusive=False):
        assert not blocked(exclusive=False)
        assert blocked(exclusive=True)
    with lock.hold(repo, exclusive=True):
        assert blocked(exclusive=False)
        assert blocked(exclusive=True)
    assert leftovers(repo) == []


def test_a_lock_file_left_by_a_dead_process_does_not_block(repo: Path, old: Rendering) -> None:
    (repo / ".synth.lock").write_text(json.dumps({"pid": 999999, "command": "python main.py"}))
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    assert publish_rendering(repo, old, wait=0) == ["dist"]
    assert leftovers(repo) == []


def test_check_waits_for_a_writer_and_refuses_a_half_finished_swap(
    repo: Path, good: Homelab, old: Rendering, new: Rendering, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    with lock.hold(repo, exclusive=True):
        assert main(["--root", str(repo), "--check", "--wait", "0.1"], model=good) == 2
    assert "another synth is still running" in capsys.readouterr().err
    with monkeypatch.context() as patch, pytest.raises(Killed):
        crash_at_exchange(patch, 2)
        publish_rendering(repo, new)
    assert main(["--root", str(repo), "--check"], model=good) == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"synth --check: {repo / '.synth-journal.json'}: a synth was interrupted while it swapped folders."
        " Run `make synth` to finish it [output]"
    )


# -- crash safety: the journal --------------------------------------------------------------------------


def crash_at_exchange(monkeypatch: pytest.MonkeyPatch, nth: int) -> None:
    real = syscalls.exchange
    calls: list[Path] = []

    def exchange(a: Path, b: Path) -> bool:
        calls.append(a)
        if len(calls) == nth:
            raise Killed
        return real(a, b)

    monkeypatch.setattr(syscalls, "exchange", exchange)


@pytest.mark.parametrize("nth", [1, 2])
def test_a_crash_between_exchanges_is_finished_by_the_next_run(
    repo: Path, old: Rendering, new: Rendering, monkeypatch: pytest.MonkeyPatch, nth: int
) -> None:
    with monkeypatch.context() as patch, pytest.raises(Killed):
        crash_at_exchange(patch, nth)
        publish_rendering(repo, new)
    # at the crash: every folder there, each wholly one rendering; the journal says which wins
    state = rendered_by(repo, {"old": old, "new": new})
    assert state == {f: "new" if i < nth - 1 else "old" for i, f in enumerate(FOLDERS)}
    assert (repo / ".synth-journal.json").exists()
    recover(repo, FOLDERS)
    assert rendered_by(repo, {"old": old, "new": new}) == {f: "new" for f in FOLDERS}
    assert leftovers(repo) == []


def test_a_crash_before_the_journal_changes_nothing(
    repo: Path, new: Rendering, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(repo)
    real = homelab.output._write_file
    count: list[Path] = []

    def write_file(path: Path, data: bytes, mode: int) -> None:
        count.append(path)
        if len(count) == 30:
            raise Killed
        real(path, data, mode)

    with monkeypatch.context() as patch, pytest.raises(Killed):
        patch.setattr(homelab.output, "_write_file", write_file)
        publish_rendering(repo, new)
    assert {k: v for k, v in snapshot(repo).items() if not k.startswith(".")} == before
    recover(repo, FOLDERS)
    assert snapshot(repo) == before


def test_ctrl_c_is_one_line_and_leaves_nothing_behind(
    repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    before = snapshot(repo)
    real = homelab.output._write_file
    count: list[Path] = []

    def write_file(path: Path, data: bytes, mode: int) -> None:
        count.append(path)
        if len(count) == 10:
            raise KeyboardInterrupt
        real(path, data, mode)

    monkeypatch.setattr(homelab.output, "_write_file", write_file)
    assert main(["--root", str(repo)], model=good) == 130
    assert snapshot(repo) == before
    assert capsys.readouterr().err.splitlines() == [
        "synth: interrupted. Every managed folder is wholly old or new; the next synth finishes or removes what"
        " this one left [output]"
    ]


def test_without_atomic_exchange_the_two_rename_gap_is_recovered(
    repo: Path, old: Rendering, new: Rendering, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Systems without an exchange rename twice; a crash between the renames leaves no dist/, until the
    next run puts the journaled new tree there."""
    monkeypatch.setattr(syscalls, "_swap", None)
    real = os.rename
    calls: list[str] = []

    def rename(a: Any, b: Any) -> None:
        calls.append(str(b))
        if len(calls) == 2:
            raise Killed
        real(a, b)

    with monkeypatch.context() as patch, pytest.raises(Killed):
        patch.setattr(os, "rename", rename)
        publish_rendering(repo, new)
    assert not (repo / FOLDERS[0]).exists()
    recover(repo, FOLDERS)
    assert rendered_by(repo, {"old": old, "new": new}) == {f: "new" for f in FOLDERS}
    assert leftovers(repo) == []
    # and the fallback writes correctly when nothing crashes
    assert publish_rendering(repo, old) == FOLDERS
    assert rendered_by(repo, {"old": old}) == {f: "old" for f in FOLDERS}
    assert leftovers(repo) == []


def test_a_journal_whose_new_tree_vanished_is_rolled_back(
    repo: Path, old: Rendering, new: Rendering, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch, pytest.raises(Killed):
        crash_at_exchange(patch, 2)
        publish_rendering(repo, new)
    record = json.loads((repo / ".synth-journal.json").read_text())
    pending = record["swaps"][1]
    shutil.rmtree(repo / pending["staged"])  # someone deleted the not-yet-swapped new tree
    recover(repo, FOLDERS)
    assert rendered_by(repo, {"old": old, "new": new}) == {f: "old" for f in FOLDERS}
    assert leftovers(repo) == []


def test_an_unreadable_journal_is_a_message(repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / ".synth-journal.json").write_text("{not json")
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    before = snapshot(repo)
    assert main(["--root", str(repo)], model=good) == 2
    assert snapshot(repo) == before
    assert capsys.readouterr().err.splitlines() == [
        f"synth: {repo / '.synth-journal.json'}: the journal of an interrupted synth is unreadable. Check that"
        f" {' and '.join(f'{f}/' for f in sorted(FOLDERS))} are whole (git status), delete the journal, then run"
        " synth again [output]"
    ]


def test_leftovers_of_killed_runs_are_removed(repo: Path, old: Rendering) -> None:
    for name in (".dist.new-1-ab", ".launchd.old-2-cd", ".dist.tmp-3", ".synth-journal.json.tmp-4-ef"):
        (repo / name).mkdir()
        (repo / name / "x.yaml").write_bytes(b"x")
    before = {k: v for k, v in snapshot(repo).items() if k.startswith(tuple(FOLDERS))}
    assert publish_rendering(repo, old) == []
    assert leftovers(repo) == []
    assert {k: v for k, v in snapshot(repo).items() if k.startswith(tuple(FOLDERS))} == before


def test_exchange_swaps_two_folders(tmp_path: Path) -> None:
    if not syscalls.supported():
        pytest.skip("no atomic exchange on this system (the two-rename fallback is tested above)")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "from-a").touch()
    (tmp_path / "b").mkdir()
    assert syscalls.exchange(tmp_path / "a", tmp_path / "b")
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["from-a"]
    assert list((tmp_path / "a").iterdir()) == []
    with pytest.raises(FileNotFoundError):
        syscalls.exchange(tmp_path / "a", tmp_path / "missing")


# -- OS errors are one line: path, problem, fix; exit 2; nothing changed ------------------------------


def refused(repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    before = snapshot(repo)
    assert main(["--root", str(repo), *argv], model=good) == 2
    after = snapshot(repo)
    assert after == before, sorted(set(after) ^ set(before))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    lines = err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("synth: ") and lines[0].endswith("[output]")
    return lines[0]


def test_read_only_dist(repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    (repo / "dist").chmod(0o555)
    assert refused(repo, good, capsys) == (
        f"synth: {repo / 'dist'}: is read-only. Make it writable if synth should update it"
        f" (chmod -R u+w '{repo / 'dist'}'), then run synth again [output]"
    )


def test_disk_full(
    repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    real = homelab.output._write_file
    written: list[Path] = []

    def write_file(path: Path, data: bytes, mode: int) -> None:
        written.append(path)
        if len(written) == 20:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, data, mode)

    monkeypatch.setattr(homelab.output, "_write_file", write_file)
    line = refused(repo, good, capsys)
    assert line == (
        f"synth: {written[-1]}: cannot write the new output: No space left on device."
        " Free some disk space, then run synth again [output]"
    )


def test_disk_full_while_writing_the_journal(repo: Path, new: Rendering, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(repo)

    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(repo / ".synth-journal.json"))

    monkeypatch.setattr(journal, "_write", full)
    with pytest.raises(OutputError, match="cannot write the synth journal: No space left on device"):
        publish_rendering(repo, new)
    assert snapshot(repo) == before


def test_a_failed_exchange_puts_every_folder_back(repo: Path, new: Rendering, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(repo)
    real = syscalls.exchange
    calls: list[Path] = []

    def exchange(a: Path, b: Path) -> bool:
        calls.append(a)
        if len(calls) == 2:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(a))
        return real(a, b)

    monkeypatch.setattr(syscalls, "exchange", exchange)
    with pytest.raises(OutputError, match=r"cannot swap the new folders in \(every folder was put back\)"):
        publish_rendering(repo, new)
    assert snapshot(repo) == before


def test_dist_is_a_symlink(repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "dist").rename(repo / "elsewhere")
    (repo / "elsewhere" / "stale.yaml").write_bytes(b"kind: Stale\n")
    (repo / "dist").symlink_to("elsewhere")
    assert refused(repo, good, capsys) == (
        f"synth: {repo / 'dist'}: is a symbolic link (to elsewhere); synth replaces its managed folders whole."
        f" Replace the link by a real folder (rm '{repo / 'dist'}'), then run synth again [output]"
    )


def test_dist_is_a_file(repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(repo / "dist")
    (repo / "dist").write_bytes(b"not a folder\n")
    assert "/dist: is not a folder. Move the file away" in refused(repo, good, capsys)


def test_missing_root(tmp_path: Path, good: Homelab, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(tmp_path / "nowhere")], model=good) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"synth: {tmp_path / 'nowhere'}: no such folder. Pass the repository folder (the one with main.py) as"
        " --root, or leave --root out [output]"
    ]


def test_a_leftover_that_cannot_be_removed(
    repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    leftover = repo / ".dist.old-4242"
    (leftover / "argocd-apps").mkdir(parents=True)
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    real = journal.remove_tree

    def remove_tree(path: Path) -> None:
        if path == leftover:
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(path / "argocd-apps"))
        real(path)

    monkeypatch.setattr(journal, "remove_tree", remove_tree)
    assert refused(repo, good, capsys) == (
        f"synth: {leftover}: a leftover of an earlier synth cannot be removed (Operation not permitted)."
        f" Remove it by hand (rm -rf '{leftover}'), then run synth again [output]"
    )


def test_a_read_only_leftover_is_removed_anyway(repo: Path, old: Rendering) -> None:
    """A temporary tree whose folders lost their write bit (a copy of a read-only tree) is still cleaned."""
    leftover = repo / ".dist.old-77"
    (leftover / "sub").mkdir(parents=True)
    (leftover / "sub" / "f.yaml").write_bytes(b"x")
    (leftover / "sub").chmod(0o555)
    leftover.chmod(0o555)
    publish_rendering(repo, old)
    assert leftovers(repo) == []


# -- under `cdk8s synth` ----------------------------------------------------------------------------------


def test_under_the_cdk8s_cli_a_refusal_exits_0_without_the_output_folder(
    repo: Path, good: Homelab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI prints a JavaScript stack trace for a non-zero exit; with no output folder it exits 1 itself."""
    outdir = repo / ".cdk8s.out"
    monkeypatch.setenv("CDK8S_OUTDIR", str(outdir))
    bad = replace(good, good.child_applications()[0], project=None)  # refused: not a Project
    before = snapshot(repo)
    assert main(["--root", str(repo)], model=bad) == 0
    assert snapshot(repo) == before and not outdir.exists()
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("problem(s); nothing was written:")
    kept = " and ".join(f"{f}/" for f in FOLDERS)
    assert err[-1] == f"cdk8s synth: synth failed (exit 1); {kept} were left as they were"


def test_under_the_cdk8s_cli_synth_writes_the_tree_and_mirrors_the_manifests(
    repo: Path, good: Homelab, old: Rendering, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    outdir = repo / ".cdk8s.out"
    monkeypatch.setenv("CDK8S_OUTDIR", str(outdir))
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")
    assert main(["--root", str(repo)], model=good) == 0
    assert differences(repo, old.files, old.modes, FOLDERS) == []
    mirrored = {f"dist/{p.relative_to(outdir).as_posix()}" for p in outdir.rglob("*.yaml")}
    assert mirrored == {p for p in old.files if p.startswith("dist/")}
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines()[-1] == f"synth: {len(old.files)} files; updated dist"


def test_under_the_cdk8s_cli_an_output_folder_inside_dist_is_refused_politely(
    repo: Path, good: Homelab, old: Rendering, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDK8S_OUTDIR", str(repo / "dist"))
    assert main(["--root", str(repo)], model=good) == 0
    assert differences(repo, old.files, old.modes, FOLDERS) == []
    assert "overlaps synth's own output" in capsys.readouterr().err
