"""The committed output at a revision, read from git's object store (never from the working tree)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


class RevisionError(Exception):
    """The revision cannot be read: the message names it and says how to fix it."""


@dataclass(frozen=True, kw_only=True)
class CommittedFile:
    """One file as git stores it: its bytes and whether it is executable (all git records of the mode)."""

    data: bytes
    executable: bool


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=root, input=stdin, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise RevisionError("git: not found. Install git to compare with a committed revision [diff]") from error
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise RevisionError(f"git {args[0]}: {message[-1] if message else 'failed'} [diff]")
    return result.stdout


def committed_files(root: Path, ref: str, folders: Iterable[str]) -> dict[str, CommittedFile]:
    """Every file below ``folders`` at ``ref``, keyed by its path relative to ``root`` (POSIX style).

    One ``ls-tree`` and one ``cat-file --batch``: two processes whatever the number of files.
    """
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except RevisionError as error:
        raise RevisionError(
            f"{ref}: not a commit in {root}. Give a branch, tag or commit that exists here "
            "(in CI, check out with `fetch-depth: 0` or `git fetch` the base branch first) [diff]"
        ) from error
    listing = _git(root, "ls-tree", "-r", "-z", ref, "--", *folders)
    entries: list[tuple[str, str, bool]] = []
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, name = record.split(b"\t", 1)
        mode, kind, sha = meta.decode().split()
        if kind == "blob":
            entries.append((name.decode(), sha, mode == "100755"))
    if not entries:
        return {}
    batch = _git(root, "cat-file", "--batch", stdin="".join(f"{sha}\n" for _, sha, _ in entries).encode())
    files: dict[str, CommittedFile] = {}
    offset = 0
    for path, sha, executable in entries:
        header_end = batch.index(b"\n", offset)
        header = batch[offset:header_end].decode().split()
        if header[0] != sha:  # cat-file answers in order; anything else is a git we do not understand
            raise RevisionError(f"git cat-file: unexpected answer {header!r} for {path} [diff]")
        size = int(header[2])
        start = header_end + 1
        files[path] = CommittedFile(data=batch[start : start + size], executable=executable)
        offset = start + size + 1  # the object is followed by a newline
    return files
