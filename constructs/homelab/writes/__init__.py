"""How synth changes files on disk: one writer at a time, whole folders swapped atomically, a journal.

- :mod:`.lock`: the repository-wide lock (``.synth.lock``) that serialises writers and keeps readers off a
  half-finished swap;
- :mod:`.syscalls`: the atomic exchange of two directory entries (Linux ``renameat2``, macOS
  ``renamex_np``), with a two-rename fallback elsewhere, and a flush of one file system;
- :mod:`.journal`: the record of a swap in progress, which the next run completes or rolls back.

:mod:`homelab.output` puts them together (:func:`homelab.output.publish`).
"""

from __future__ import annotations

import errno


class OutputError(Exception):
    """Synth could not write (or read) its output: one line naming the path, the problem and the fix."""

    def __init__(self, *, path: str, problem: str, fix: str) -> None:
        super().__init__(path, problem, fix)
        self.path = path
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}. {self.fix} [output]"


_FIXES = {
    errno.ENOSPC: "Free some disk space, then run synth again",
    errno.EDQUOT: "Free some disk space (or raise the quota), then run synth again",
    errno.EROFS: "The file system is read-only: run synth on a writable checkout",
    errno.EACCES: "Make it writable for this user (chmod u+w, or check its owner), then run synth again",
    errno.EPERM: "Make it writable for this user (chmod u+w; chflags nouchg on macOS), then run synth again",
    errno.ENOENT: "It disappeared while synth ran (another tool removed it?): run synth again",
    errno.ENOTDIR: "A file stands where a folder belongs: move it away, then run synth again",
    errno.EMFILE: "Too many open files: raise the limit (ulimit -n), then run synth again",
}


def os_error(error: OSError, *, doing: str, path: object = None) -> OutputError:
    """Turn an :class:`OSError` into an :class:`OutputError` that says what synth was doing and what to do."""
    where = path if path is not None else (error.filename if error.filename is not None else "?")
    reason = error.strerror or str(error)
    fix = _FIXES.get(error.errno or 0, "Fix the cause, then run synth again")
    return OutputError(path=str(where), problem=f"cannot {doing}: {reason}", fix=fix)
