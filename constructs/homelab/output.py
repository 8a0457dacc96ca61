"""Rendered files: stable names, stable bytes, and an all-or-nothing write.

Synth renders every file in memory first. :func:`publish` then, holding the synth lock, writes
each changed managed folder (``dist/``, ``launchd/``) in full beside its target and swaps all of
them in as one journaled transaction (:mod:`homelab.writes`): at every instant each folder is
wholly the old or the new tree, a failure before the swap leaves them byte-for-byte as they were,
and files of removed resources disappear with the old folder.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from homelab.writes import OutputError, journal, lock, os_error

#: Mode of a rendered file unless its renderer says otherwise (scripts are 0o755).
DEFAULT_MODE = 0o644


class _Dumper(yaml.CSafeDumper):
    """Block-style YAML (libyaml's emitter: 10x faster than PyYAML's) with literal blocks for
    multi-line strings and no anchors/aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.CSafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(document: Any) -> bytes:
    """One YAML document, deterministic: key order as given, no line wrapping."""
    text = yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=4096, allow_unicode=True
    )
    return text.encode()


def manifest_file_name(manifest: Mapping[str, Any]) -> str:
    """``<kind>-<namespace>-<name>.yaml`` (``<kind>-<name>.yaml`` for cluster-scoped objects), lowercase."""
    metadata = manifest.get("metadata", {})
    parts = [str(manifest["kind"]), metadata.get("namespace"), str(metadata["name"])]
    return "-".join(p for p in parts if p).lower() + ".yaml"


def read_tree(root: Path, folders: Iterable[str]) -> dict[str, bytes]:
    """Every file below ``root/<folder>``, keyed by its path relative to ``root`` (POSIX style)."""
    files: dict[str, bytes] = {}
    for folder in folders:
        base = root / folder
        if not base.exists():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


# -- what is on disk, compared with what synth renders ---------------------------------------------

#: A folder's entry: a file (bytes, executable?), a directory, or anything else (described).
Entry = tuple[bytes, bool] | str
_DIR = "directory"


def executable(mode: int) -> bool:
    """Only the executable bit counts: it is all git records, the rest follows the user's umask."""
    return bool(mode & 0o111)


def _walk(path: Path, rel: str, into: dict[str, Entry]) -> None:
    with os.scandir(path) as entries:
        for entry in entries:
            key = f"{rel}/{entry.name}"
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode):
                with open(entry.path, "rb") as handle:
                    into[key] = (handle.read(), executable(info.st_mode))
            elif stat.S_ISDIR(info.st_mode):
                into[key] = _DIR
                _walk(Path(entry.path), key, into)
            elif stat.S_ISLNK(info.st_mode):
                into[key] = f"symbolic link to {os.readlink(entry.path)}"
            else:
                into[key] = "special file"


def on_disk(root: Path, folder: str) -> dict[str, Entry] | None:
    """Every entry below ``root/<folder>`` keyed by repository path (``None``: no such folder)."""
    base = root / folder
    if not base.is_dir():
        return None
    found: dict[str, Entry] = {}
    _walk(base, folder, found)
    return found


def wanted(files: Mapping[str, bytes], modes: Mapping[str, int], folder: str) -> dict[str, Entry]:
    """What ``root/<folder>`` must hold: the rendered files of that folder and their parent folders."""
    found: dict[str, Entry] = {}
    for path, data in files.items():
        parts = path.split("/")
        if parts[0] != folder:
            continue
        found[path] = (data, executable(modes.get(path, DEFAULT_MODE)))
        for depth in range(2, len(parts)):
            found["/".join(parts[:depth])] = _DIR
    return found


def differences(root: Path, files: Mapping[str, bytes], modes: Mapping[str, int], folders: Iterable[str]) -> list[str]:
    """Paths whose content, kind or executable bit differs from the rendering (added, changed or stale).

    A missing folder counts through its files (a folder is only named when it should not be there).
    """
    paths: list[str] = []
    for folder in folders:
        disk = on_disk(root, folder) or {}
        want = wanted(files, modes, folder)
        for path in set(disk) | set(want):
            if disk.get(path) != want.get(path) and (path in disk or want[path] != _DIR):
                paths.append(path)
    return sorted(paths)


# -- the write -------------------------------------------------------------------------------------


def _write_file(path: Path, data: bytes, mode: int) -> None:
    """Write a new file with exactly ``mode`` (not the umask's). The journal flushes them all at once."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fchmod(fd, mode)
    finally:
        os.close(fd)


def _stage(root: Path, entries: Mapping[str, Entry], name: str, modes: Mapping[str, int]) -> Path:
    """Write a folder's whole new tree at ``root/<name>`` (parents before children)."""
    staged = root / name
    staged.mkdir()
    for rel, entry in sorted(entries.items()):
        path = staged / rel.split("/", 1)[1]
        if isinstance(entry, tuple):
            _write_file(path, entry[0], modes.get(rel, DEFAULT_MODE))
        else:
            path.mkdir()
    return staged


def _preflight(target: Path) -> None:
    """Refuse, before writing anything, a target synth must not or cannot replace."""
    if target.is_symlink():
        raise OutputError(
            path=str(target),
            problem=f"is a symbolic link (to {os.readlink(target)}); synth replaces its managed folders whole",
            fix=f"Replace the link by a real folder (rm '{target}'), then run synth again",
        )
    if not target.exists():
        return
    info = target.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(
            path=str(target),
            problem="is not a folder",
            fix=f"Move the file away (mv '{target}' '{target}.bak'), then run synth again",
        )
    if not info.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise OutputError(
            path=str(target),
            problem="is read-only",
            fix=f"Make it writable if synth should update it (chmod -R u+w '{target}'), then run synth again",
        )


def publish(
    root: Path,
    files: Mapping[str, bytes],
    folders: Iterable[str],
    *,
    modes: Mapping[str, int] | None = None,
    wait: float = 60.0,
    on_wait: Callable[[str], None] | None = None,
) -> list[str]:
    """Make each ``root/<folder>`` hold exactly the given files and modes. Returns the folders changed.

    Folders already identical (content, kind and executable bit of every entry) are not touched:
    mtimes stay and ``make`` stays quiet. Raises :class:`OutputError` (one line: path, problem,
    fix) for anything the file system refuses; the committed folders are then as they were.
    """
    modes = modes or {}
    folders = list(folders)
    if not root.is_dir():
        raise OutputError(
            path=str(root),
            problem="no such folder" if not root.exists() else "is not a folder",
            fix="Pass the repository folder (the one with main.py) as --root, or leave --root out",
        )
    with lock.hold(root, exclusive=True, timeout=wait, on_wait=on_wait or lock.print_stderr):
        journal.recover(root, folders)
        try:
            want = {folder: wanted(files, modes, folder) for folder in folders}
            changed = [folder for folder in folders if on_disk(root, folder) != want[folder]]
        except OSError as error:
            raise os_error(error, doing="read the committed output") from None
        for folder in changed:
            _preflight(root / folder)
        if not changed:
            return []
        token = f"{os.getpid()}-{secrets.token_hex(4)}"
        swaps: list[journal.Swap] = []
        staged = [f".{folder}.new-{token}" for folder in changed]
        try:
            for folder, name in zip(changed, staged, strict=True):
                tree = _stage(root, want[folder], name, modes).stat()
                swaps.append(
                    journal.Swap(
                        folder=folder,
                        staged=name,
                        old=f".{folder}.old-{token}",
                        new_id=(tree.st_dev, tree.st_ino),
                        old_id=journal.identity(root / folder),
                    )
                )
        except OSError as error:
            journal.discard(root, staged)
            raise os_error(error, doing="write the new output") from None
        except BaseException:  # ^C: nothing committed changed; leave no temporaries either
            journal.discard(root, staged)
            raise
        journal.commit(root, swaps, token)
    return changed


def recover(root: Path, folders: Iterable[str], *, wait: float = 60.0) -> None:
    """What every write does first: finish (or undo) an interrupted swap and remove leftovers."""
    with lock.hold(root, exclusive=True, timeout=wait):
        journal.recover(root, folders)
