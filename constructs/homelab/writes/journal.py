"""The swap of several folders as one transaction: staged, journaled, swapped, cleaned.

1. Every changed folder is written in full beside its target (``.dist.new-<token>``) and flushed.
2. The journal (``.synth-journal.json``) records, per folder, the identity (device, inode) of the
   new tree and of the old one. Writing it is the commit point: from here on, the new rendering wins.
3. Each target is exchanged with its new tree (see :mod:`.syscalls`).
4. The journal is removed, then the old trees.

A run killed before step 2 leaves only ``.<folder>.new-*`` leftovers, which the next run deletes:
the committed trees never changed. A run killed during step 3 leaves the journal, and the next run
finishes the swap before anything else (rolling all folders back only if a new tree has vanished),
so ``dist/`` and ``launchd/`` always end up from the same rendering. Folders are found by identity,
not by name, because an exchange swaps the names.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from homelab.writes import OutputError, os_error, syscalls

JOURNAL_NAME = ".synth-journal.json"

Identity = tuple[int, int]


@dataclass(frozen=True, kw_only=True)
class Swap:
    """One folder of a transaction. ``staged`` and ``old`` are names beside the target."""

    folder: str
    staged: str
    old: str
    new_id: Identity
    #: ``None`` when the folder did not exist before.
    old_id: Identity | None


class _Unfinishable(Exception):
    """The new tree of a journaled swap is gone: the transaction can only be rolled back."""


def identity(path: Path) -> Identity | None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino)


def fsync_dir(path: Path) -> None:
    """Make renames and new entries in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_tree(path: Path) -> None:
    """``rm -rf``, also through folders without a write bit (the user's own read-only copy)."""

    def retry(function: Callable[..., Any], failed: str, *_: object) -> None:
        parent = os.path.dirname(failed)
        os.chmod(parent, os.stat(parent).st_mode | stat.S_IWUSR | stat.S_IXUSR)
        function(failed)

    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    elif sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=retry)
    else:
        shutil.rmtree(path, onerror=retry)


# -- the journal file ---------------------------------------------------------------------------


def pending(root: Path) -> bool:
    """Whether an interrupted transaction waits to be finished (by the next writer)."""
    return (root / JOURNAL_NAME).exists()


def _write(root: Path, swaps: Sequence[Swap], token: str) -> None:
    syscalls.sync_filesystem(root)  # the staged trees first: the journal must never point at unwritten files
    tmp = root / f"{JOURNAL_NAME}.tmp-{token}"
    data = json.dumps({"version": 1, "swaps": [asdict(s) for s in swaps]}, indent=2).encode()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, root / JOURNAL_NAME)
    fsync_dir(root)


def _read(root: Path, folders: Iterable[str]) -> list[Swap] | None:
    path = root / JOURNAL_NAME
    try:
        raw = json.loads(path.read_bytes())
        return [
            Swap(
                folder=str(s["folder"]),
                staged=str(s["staged"]),
                old=str(s["old"]),
                new_id=(int(s["new_id"][0]), int(s["new_id"][1])),
                old_id=None if s["old_id"] is None else (int(s["old_id"][0]), int(s["old_id"][1])),
            )
            for s in raw["swaps"]
        ]
    except FileNotFoundError:
        return None
    except OSError as error:
        raise os_error(error, doing="read the journal of an interrupted synth", path=path) from None
    except (ValueError, KeyError, TypeError, IndexError):
        raise OutputError(
            path=str(path),
            problem="the journal of an interrupted synth is unreadable",
            fix=f"Check that {' and '.join(f'{f}/' for f in folders)} are whole (git status), delete the journal,"
            " then run synth again",
        ) from None


# -- installing and restoring one folder ----------------------------------------------------------


def _install(root: Path, swap: Swap) -> None:
    """Put the new tree at the target's name (nothing to do if it is there already)."""
    target, staged = root / swap.folder, root / swap.staged
    if identity(target) == swap.new_id:
        return
    if identity(staged) != swap.new_id:
        raise _Unfinishable(swap.folder)
    if os.path.lexists(target):
        if syscalls.exchange(target, staged):
            return
        os.rename(target, root / swap.old)  # no atomic exchange here: a moment without target
    os.rename(staged, target)


def _restore(root: Path, swap: Swap) -> None:
    """Put the old tree back at the target's name (or no folder, if there was none)."""
    target = root / swap.folder
    if identity(target) == swap.old_id:
        return
    if swap.old_id is None:  # the folder did not exist: move the new one aside
        if identity(target) == swap.new_id:
            os.rename(target, root / swap.staged)
        return
    where = next((root / n for n in (swap.staged, swap.old) if identity(root / n) == swap.old_id), None)
    if where is None:
        raise _Unfinishable(swap.folder)
    if os.path.lexists(target) and not syscalls.exchange(target, where):
        free = next(root / n for n in (swap.staged, swap.old) if not os.path.lexists(root / n))
        os.rename(target, free)
    if identity(target) != swap.old_id:
        os.rename(where, target)


def _finish(root: Path, swaps: Sequence[Swap]) -> Exception | None:
    """Complete every swap of the transaction, or undo every one: never a mix of renderings.

    Returns why it had to undo them (``None``: completed).
    """
    failure: Exception | None = None
    try:
        for swap in swaps:
            _install(root, swap)
    except (OSError, _Unfinishable) as error:
        failure = error
        try:
            for swap in swaps:
                _restore(root, swap)
        except (OSError, _Unfinishable):
            folders = " ".join(s.folder for s in swaps)
            raise OutputError(
                path=str(root / JOURNAL_NAME),
                problem=f"an interrupted synth can be neither finished nor undone ({failure})",
                fix=f"Restore the folders from git (git checkout -- {folders}), delete the journal, then run synth",
            ) from None
    fsync_dir(root)
    (root / JOURNAL_NAME).unlink()
    fsync_dir(root)
    return failure


# -- what the writer calls --------------------------------------------------------------------------


def leftovers(root: Path, folders: Iterable[str]) -> list[Path]:
    """Temporary folders and files of earlier runs (all of them are garbage once no journal is pending)."""
    found = {p for folder in folders for p in root.glob(f".{folder}.*")}
    found.update(root.glob(f"{JOURNAL_NAME}.tmp-*"))
    return sorted(found)


def recover(root: Path, folders: Iterable[str]) -> None:
    """Finish (or undo) an interrupted transaction, then delete every leftover. Call with the lock held."""
    names = set(folders)
    swaps = _read(root, sorted(names))
    if swaps is not None:
        try:
            _finish(root, swaps)
        except OSError as error:
            raise os_error(error, doing="finish the swap of an interrupted synth") from None
        names.update(s.folder for s in swaps)
    for path in leftovers(root, names):
        try:
            remove_tree(path)
        except OSError as error:
            raise OutputError(
                path=str(path),
                problem=f"a leftover of an earlier synth cannot be removed ({error.strerror or error})",
                fix=f"Remove it by hand (rm -rf '{path}'), then run synth again",
            ) from None


def discard(root: Path, names: Iterable[str]) -> None:
    """Best-effort removal of this run's temporary entries after a failure (the next run retries)."""
    for name in names:
        with contextlib.suppress(OSError):
            remove_tree(root / name)


def commit(root: Path, swaps: Sequence[Swap], token: str) -> None:
    """Journal the staged trees, swap them in, forget the old ones. Call with the lock held.

    A failure before the journal is written leaves the committed folders as they were; after it,
    the swap is finished now or by the next run.
    """
    try:
        _write(root, swaps, token)
    except OSError as error:
        discard(root, [s.staged for s in swaps] + [f"{JOURNAL_NAME}.tmp-{token}"])
        raise os_error(error, doing="write the synth journal") from None
    try:
        failure = _finish(root, swaps)
    except OSError as error:
        raise os_error(error, doing="swap the new folders in (the next synth finishes the swap)") from None
    if isinstance(failure, OSError):
        discard(root, [name for s in swaps for name in (s.staged, s.old)])
        raise os_error(failure, doing="swap the new folders in (every folder was put back)")
    if failure is not None:
        raise OutputError(path=str(root), problem=f"a staged folder vanished ({failure})", fix="Run synth again")
    # The old trees: the next run removes what cannot be removed now (or names it, if it still cannot).
    discard(root, [name for s in swaps for name in (s.staged, s.old)])
