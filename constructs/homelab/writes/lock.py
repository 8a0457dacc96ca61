"""One writer at a time: an advisory ``flock`` on ``<root>/.synth.lock``.

A writer holds it exclusively from the moment it looks at the managed folders until its swap is
done, so two synths never stage, swap or clean up over each other. ``--check`` holds it shared:
several checks run together, and none reads a tree while a writer swaps it. The kernel drops the
lock when its holder dies, so a killed synth never blocks the next one.

The file is removed when the last holder leaves. Removing a lock file is only safe when every
acquirer checks, after locking, that the file it locked is still the one at the path (otherwise a
waiter would lock a deleted file while a newcomer locks a fresh one): :func:`_acquire` does.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from homelab.writes import OutputError, os_error

LOCK_NAME = ".synth.lock"


def _holder(fd: int) -> str:
    """Who holds the lock, as its holder wrote it: ``pid 123: python main.py``."""
    try:
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"pid {int(info['pid'])}: {info['command']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process (a shared lock of synth --check, or a holder that has not written its name yet)"


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _acquire(path: Path, *, exclusive: bool, timeout: float, on_wait: Callable[[str], None]) -> int:
    deadline = time.monotonic() + timeout
    delay = 0.01
    announced = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise OutputError(
                    path=str(path),
                    problem=f"another synth is still running ({holder}) after {timeout:g} s",
                    fix="Wait for it to finish (or stop it), then run synth again",
                ) from None
            if not announced:
                on_wait(f"synth: waiting for another synth to finish ({holder}; lock {path})")
                announced = True
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
            continue
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, path):
            return fd
        os.close(fd)  # its holder removed it while we waited: lock the file that is there now


def print_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@contextmanager
def hold(
    root: Path, *, exclusive: bool, timeout: float = 60.0, on_wait: Callable[[str], None] = print_stderr
) -> Iterator[None]:
    """Hold the synth lock of ``root``; wait at most ``timeout`` seconds for it.

    A reader (``exclusive=False``) that cannot create the lock file (a read-only checkout) reads
    without it: no writer can run there either.
    """
    path = root / LOCK_NAME
    fd: int | None = None
    try:
        fd = _acquire(path, exclusive=exclusive, timeout=timeout, on_wait=on_wait)
    except OSError as error:
        if exclusive or error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise os_error(error, doing="create the synth lock", path=path) from None
    if fd is None:
        yield
        return
    try:
        if exclusive:
            info = {"pid": os.getpid(), "command": " ".join([os.path.basename(sys.executable), *sys.argv])}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode() + b"\n", 0)
        yield
    finally:
        _release(fd, path, exclusive=exclusive)


def _release(fd: int, path: Path, *, exclusive: bool) -> None:
    """Remove the lock file if nobody else holds it, then let go."""
    try:
        if not exclusive:
            # Only a sole holder may remove it; a failed upgrade just means others still read.
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if _same_file(fd, path):
            path.unlink()
    except OSError:
        pass  # leaving the lock file behind is harmless: the next holder reuses or removes it
    finally:
        os.close(fd)
