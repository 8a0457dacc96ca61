"""Real processes: concurrent synths, SIGKILLs mid-write, and the real ``cdk8s synth``.

``make test`` runs a fast variant (writer processes that publish pre-rendered trees). ``make
test-deep`` (``HOMELAB_DEEP_TESTS=1``; ``.ci/run`` calls it) adds more kills, whole synth processes
of two different models racing, and the pinned cdk8s CLI against a copy of the repository.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest
from homelab.output import differences, on_disk, publish, recover, wanted
from homelab.pipeline import MANAGED_FOLDERS, Rendering
from homelab.runtime import bundled_node_bin

from tests.conftest import REPO, default_rendering
from tests.test_output import OTHER, other_rendering

DEEP = os.environ.get("HOMELAB_DEEP_TESTS") == "1"
deep = pytest.mark.deep  # deselected (not skipped) by make test: tests/conftest.py
FOLDERS = list(MANAGED_FOLDERS)
CHILD = [sys.executable, str(REPO / "tests" / "publish_child.py")]

#: Rounds of two racing writers, and SIGKILLs: fast variant (make test), deep variant (make test-deep).
RACES = 10 if DEEP else 4
KILLS = 40 if DEEP else 10
#: Where a kill lands: the Nth file written, or just before/after the journal or an exchange.
STEPS = ("file", "journal", "journaled", "swap", "swapped")


def rendered_by(root: Path, renderings: Mapping[str, Rendering]) -> dict[str, str | None]:
    """Which rendering each managed folder is wholly from (``None``: missing, or a mix of renderings)."""

    def which(folder: str) -> str | None:
        disk = on_disk(root, folder)
        return next((n for n, r in renderings.items() if disk == wanted(r.files, r.modes, folder)), None)

    return {folder: which(folder) for folder in FOLDERS}


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def renderings() -> dict[str, Rendering]:
    return {"A": default_rendering(), "B": other_rendering()}  # every folder differs: a mix would show


@pytest.fixture(scope="module")
def pickles(renderings: dict[str, Rendering], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("renderings")
    paths = {}
    for name, rendering in renderings.items():
        paths[name] = folder / f"{name}.pickle"
        data = {"files": dict(rendering.files), "modes": dict(rendering.modes), "folders": FOLDERS}
        paths[name].write_bytes(pickle.dumps(data))
    return paths


@pytest.fixture
def root(tmp_path: Path, renderings: dict[str, Rendering]) -> Path:
    a = renderings["A"]
    publish(tmp_path, a.files, FOLDERS, modes=a.modes)
    return tmp_path


def test_two_writers_racing_leave_one_whole_rendering(
    root: Path, renderings: dict[str, Rendering], pickles: dict[str, Path]
) -> None:
    """Two writer processes of different renderings start together, RACES times: never a traceback, never a
    mixed tree; the second one waits for the first."""
    waited = 0
    for turn in range(RACES):
        order = ["A", "B"] if turn % 2 else ["B", "A"]
        writers = [
            subprocess.Popen(
                [*CHILD, str(pickles[n]), str(root), "--slow-file", "0.0005"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for n in order
        ]
        results = [w.communicate(timeout=60) for w in writers]
        for writer, (_, err) in zip(writers, results, strict=True):
            assert writer.returncode == 0 and b"Traceback" not in err, err.decode()
            waited += b"waiting for another synth" in err
        state = rendered_by(root, renderings)
        assert len(set(state.values())) == 1 and None not in state.values(), (turn, state)
        assert leftovers(root) == []
    print(f"{RACES} races: in {waited} the second writer waited for the first")


def _kill_at(child: subprocess.Popen[bytes], step: str, nth: int) -> bool:
    """SIGKILL ``child`` as soon as it reports the ``nth`` ``step``. False if it finished first."""
    assert child.stdout is not None
    seen = 0
    for line in child.stdout:
        seen += line.strip().decode() == step
        if seen == nth:
            child.send_signal(signal.SIGKILL)
            return True
    return False


@pytest.mark.parametrize("exchange", [True, pytest.param(False, marks=deep)], ids=["exchange", "two-renames"])
def test_sigkill_mid_write_leaves_old_or_new_and_the_next_run_recovers(
    root: Path, renderings: dict[str, Rendering], pickles: dict[str, Path], exchange: bool
) -> None:
    """KILLS writer processes SIGKILLed at a random step: while writing the new trees, around the journal,
    between and after the exchanges. At the kill each folder is there and wholly one rendering; after
    the next run's recovery every folder is from the same one, and nothing is left behind.

    Without an atomic exchange (``two-renames``) a folder may be missing at the kill, only while the
    journal is pending, and the next run puts it back."""
    rng = random.Random(int(os.environ.get("HOMELAB_KILL_SEED", "20261202")))
    outcomes: Counter[str] = Counter()
    current = "A"
    for _ in range(KILLS):
        target = "B" if current == "A" else "A"
        step = rng.choice(STEPS if exchange else (*STEPS, "renamed", "renamed"))
        count = {"file": len(renderings[target].files), "swap": len(FOLDERS), "swapped": len(FOLDERS)}.get(step, 1)
        count = 2 * len(FOLDERS) if step == "renamed" else count  # two renames per folder
        nth = rng.randint(1, count)
        child = subprocess.Popen(
            [*CHILD, str(pickles[target]), str(root), "--slow-file", "0.0002", "--slow-swap", "0.02", "--trace"]
            + ([] if exchange else ["--no-exchange"]),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        killed = _kill_at(child, step, nth)
        _, err = child.communicate(timeout=60)
        assert b"Traceback" not in err, err.decode()
        assert child.returncode == (-signal.SIGKILL if killed else 0), err.decode()
        state = rendered_by(root, renderings)
        pending = (root / ".synth-journal.json").exists()
        for folder, name in state.items():  # every folder there, each wholly old or new
            assert name is not None or (not exchange and pending and not (root / folder).exists()), state
        recover(root, FOLDERS)
        after = rendered_by(root, renderings)
        assert set(after.values()) == ({target} if pending else {state[FOLDERS[0]]}), (state, after)
        assert leftovers(root) == []
        if not killed:
            outcomes["finished before the kill"] += 1
        elif pending and None in state.values():
            outcomes["between the two renames: folder put back by recovery"] += 1
        elif pending and len(set(state.values())) > 1:
            outcomes["between exchanges: finished by recovery"] += 1
        elif pending:
            outcomes["after the journal: finished by recovery"] += 1
        elif set(state.values()) == {target}:
            outcomes["after the swap: leftovers cleaned"] += 1
        else:
            outcomes["before the journal: old tree kept"] += 1
        current = after[FOLDERS[0]] or current
    print(f"{KILLS} kills: {dict(outcomes)}")
    assert outcomes["finished before the kill"] == 0, outcomes  # every step chosen exists


# -- deep variant ---------------------------------------------------------------------------------------


@deep
def test_two_whole_synths_of_different_models_racing(root: Path, renderings: dict[str, Rendering]) -> None:
    """The real entry point in two processes at once (model A: the catalog; B: other parameters)."""
    commands = {
        "A": [sys.executable, str(REPO / "main.py"), "--root", str(root)],
        "B": [sys.executable, str(REPO / "tests" / "synth_child.py"), str(root), OTHER.repo_url, OTHER.log_dir],
    }
    for turn in range(RACES):
        order = ["A", "B"] if turn % 2 else ["B", "A"]
        synths = [subprocess.Popen(commands[n], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in order]
        for synth in synths:
            out, err = synth.communicate(timeout=300)
            assert synth.returncode == 0 and b"Traceback" not in out + err, (out + err).decode()
        state = rendered_by(root, renderings)
        assert len(set(state.values())) == 1 and None not in state.values(), (turn, state)
        assert leftovers(root) == []


def _node_bin() -> Path | None:
    bundled = bundled_node_bin()
    if bundled is not None:
        return bundled
    node = shutil.which("node")
    return Path(node).parent if node and shutil.which("npm") else None


@pytest.fixture(scope="module")
def cdk8s_cli() -> Path:
    """The pinned cdk8s CLI (``make cdk8s-cli``), installed here if missing. Skipped only without Node.js/npm."""
    node_bin = _node_bin()
    if node_bin is None:
        pytest.skip("no Node.js/npm: the cdk8s CLI cannot run")
    cli = REPO / ".cache" / "cdk8s-cli" / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        subprocess.run(["make", "cdk8s-cli"], cwd=REPO, check=True, capture_output=True, timeout=600)
    return cli


def _copy_repository(dest: Path) -> Path:
    for name in ("main.py", "cdk8s.yaml"):
        shutil.copy2(REPO / name, dest / name)
    for name in ("constructs", "imports", "vendor", *FOLDERS):
        shutil.copytree(REPO / name, dest / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / ".venv").symlink_to(REPO / ".venv")
    return dest


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mode)
        for folder in FOLDERS
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def _cdk8s_synth(cli: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    node_bin = _node_bin()
    env = {**os.environ, "PATH": f"{node_bin}{os.pathsep}{os.environ.get('PATH', '')}", "CDK8S_CHECK_UPGRADE": "false"}
    return subprocess.run([str(cli), "synth"], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@deep
def test_cdk8s_synth_of_a_refused_model_changes_nothing_and_a_good_one_renders_what_make_synth_does(
    cdk8s_cli: Path, tmp_path: Path
) -> None:
    repo = _copy_repository(tmp_path)
    (repo / "dist" / "stale.yaml").write_bytes(b"kind: Stale\n")  # so that a good synth must write
    catalog = repo / "constructs" / "homelab" / "catalog" / "__init__.py"
    source = catalog.read_text()
    # a service registered twice: its Applications are defined twice, which the gate refuses
    catalog.write_text(source + "\n\nSERVICES = (*SERVICES, SERVICES[-1])\n")
    before = _snapshot(repo)
    refused = _cdk8s_synth(cdk8s_cli, repo)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert _snapshot(repo) == before
    assert "problem(s); nothing was written:" in output
    assert "    at " not in output and "Traceback" not in output, output  # no JavaScript or Python stack
    assert "A new version" not in output

    catalog.write_text(source)
    good = _cdk8s_synth(cdk8s_cli, repo)
    assert good.returncode == 0, good.stdout + good.stderr
    expected = default_rendering()
    assert differences(repo, expected.files, expected.modes, FOLDERS) == []
    assert not (repo / "dist" / "stale.yaml").exists()
    mirrored = {f"dist/{p.relative_to(repo / '.cdk8s.out').as_posix()}" for p in (repo / ".cdk8s.out").rglob("*.yaml")}
    assert mirrored == {p for p in expected.files if p.startswith("dist/")}

    # and main.py run from another folder writes next to itself
    (repo / "cdktf").mkdir()
    check = subprocess.run(
        [str(repo / ".venv" / "bin" / "python"), "../main.py", "--check"], cwd=repo / "cdktf", capture_output=True
    )
    assert check.returncode == 0, check.stderr
    assert list((repo / "cdktf").iterdir()) == []
