"""``make bench``: how long a whole homelab synth takes, next to the framework's floor.

The floor is a process that imports cdk8s and cdk8s-plus-27 and synthesizes an empty App: no
model could synth faster. Both run as fresh processes, interleaved, several times; the report
gives the median of each and their ratio (target: homelab <= 2x floor).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

FLOOR = """
from homelab.runtime import use_bundled_node
use_bundled_node()
import cdk8s, cdk8s_plus_27
app = cdk8s.App(outdir={outdir!r})
cdk8s.Chart(app, "empty")
app.synth()
"""


def _time(cmd: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO / "constructs")}
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        floor_cmd = [sys.executable, "-c", FLOOR.format(outdir=tmp)]
        synth_cmd = [sys.executable, str(REPO / "main.py"), "--dry-run"]
        _time(floor_cmd, REPO)  # warm the bytecode caches of both before measuring
        _time(synth_cmd, REPO)
        floor: list[float] = []
        synth: list[float] = []
        for _ in range(args.runs):
            floor.append(_time(floor_cmd, REPO))
            synth.append(_time(synth_cmd, REPO))
    f, s = statistics.median(floor), statistics.median(synth)
    print(f"runs: {args.runs} each, interleaved, fresh processes")
    print(f"floor  (import cdk8s + cdk8s-plus-27, empty synth): median {f:.3f}s  min {min(floor):.3f}s")
    print(f"homelab (python main.py --dry-run, full render+gate): median {s:.3f}s  min {min(synth):.3f}s")
    print(f"ratio: {s / f:.2f}x (target <= 2.00x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
