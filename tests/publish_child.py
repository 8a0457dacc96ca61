"""A writer process for the process-level output tests: publish one pre-rendered tree, optionally slowly.

Usage: ``python tests/publish_child.py RENDERING.pickle ROOT [SECONDS_PER_FILE [SECONDS_PER_SWAP]]``.
The delays widen the windows a SIGKILL can land in (between files, before and after each exchange);
they are injected here, in the test's own process, never in the code under test. Prints ``writing``
just before it starts, and synth's usual one-line message (exit 2) on an output error.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    import homelab.output
    from homelab.writes import OutputError, syscalls

    rendering, root = Path(argv[0]), Path(argv[1])
    per_file = float(argv[2]) if len(argv) > 2 else 0.0
    per_swap = float(argv[3]) if len(argv) > 3 else 0.0
    data: dict[str, Any] = pickle.loads(rendering.read_bytes())
    if per_file:
        write_file = homelab.output._write_file

        def slow_write(path: Path, content: bytes, mode: int) -> None:
            time.sleep(per_file)
            write_file(path, content, mode)

        homelab.output._write_file = slow_write  # type: ignore[assignment]
    if per_swap:
        exchange = syscalls.exchange

        def slow_exchange(a: Path, b: Path) -> bool:
            time.sleep(per_swap)
            done = exchange(a, b)
            time.sleep(per_swap)
            return done

        syscalls.exchange = slow_exchange
    print("writing", flush=True)
    try:
        homelab.output.publish(root, data["files"], data["folders"], modes=data["modes"], wait=30)
    except OutputError as error:
        print(f"synth: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
