"""A writer process for the process-level output tests: publish one pre-rendered tree.

Usage: ``python tests/publish_child.py RENDERING.pickle ROOT [--slow-file S] [--slow-swap S] [--trace]
[--no-exchange]``.

``--trace`` prints one line per step of the write (``file``, ``journal``, ``journaled``, ``swap``,
``swapped``, and ``renamed`` with ``--no-exchange``) so that the parent can SIGKILL it at a chosen
step whatever the machine's load; the delays widen each step's window. Both are injected here, in
the test's own process, never in the code under test. Prints ``writing`` just before it starts,
and synth's one-line message (exit 2) on an output error.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    import homelab.output
    from homelab.writes import OutputError, journal, syscalls

    parser = argparse.ArgumentParser()
    parser.add_argument("rendering", type=Path)
    parser.add_argument("root", type=Path)
    parser.add_argument("--slow-file", type=float, default=0.0)
    parser.add_argument("--slow-swap", type=float, default=0.0)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--no-exchange", action="store_true", help="as on a system without an atomic exchange")
    args = parser.parse_args(argv)
    data: dict[str, Any] = pickle.loads(args.rendering.read_bytes())

    def step(name: str, delay: float) -> None:
        if args.trace:
            print(name, flush=True)
        if delay:
            time.sleep(delay)

    write_file, exchange, write_journal = homelab.output._write_file, syscalls.exchange, journal._write

    def traced_write(path: Path, content: bytes, mode: int) -> None:
        step("file", args.slow_file)
        write_file(path, content, mode)

    def traced_exchange(a: Path, b: Path) -> bool:
        step("swap", args.slow_swap)
        done = exchange(a, b)
        step("swapped", args.slow_swap)
        return done

    def traced_journal(root: Path, swaps: Any, token: str) -> None:
        step("journal", args.slow_swap)
        write_journal(root, swaps, token)
        step("journaled", args.slow_swap)

    if args.no_exchange:
        syscalls._swap = None
        rename = os.rename

        def traced_rename(a: Any, b: Any) -> None:
            rename(a, b)
            step("renamed", args.slow_swap)

        os.rename = traced_rename  # type: ignore[assignment]
    homelab.output._write_file = traced_write  # type: ignore[assignment]
    syscalls.exchange = traced_exchange
    journal._write = traced_journal
    print("writing", flush=True)
    try:
        homelab.output.publish(args.root, data["files"], data["folders"], modes=data["modes"], wait=60)
    except OutputError as error:
        print(f"synth: {error}", file=sys.stderr)
        return 2
    step("done", 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
