"""Layer 0: synthesize the Terraform bootstrap (``make layer0``; also the ``app`` of cdktf.json).

The model first passes the same gate as ``make synth``; then the stack is synthesized and scanned
for secrets (:mod:`homelab.layer0.build`). Only then does it write
``cdktf.out/stacks/layer0/cdk.tf.json`` (or ``--outdir``; the cdktn CLI sets ``CDKTF_OUTDIR``),
``terraform.tfvars.example`` next to this file, and a copy of the committed ``.terraform.lock.hcl``
(if any) in the stack folder. On any refusal nothing is written. Needs neither terraform nor the network.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

STARTED = time.perf_counter()
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO / "constructs"), str(REPO)]  # homelab, and the cdk8s imports/ package

from homelab.runtime import use_bundled_node  # noqa: E402

use_bundled_node()

if TYPE_CHECKING:
    from homelab.model import Homelab


def main(argv: list[str] | None = None, *, model: Homelab | None = None, example: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="layer0", description="Synthesize the Layer 0 Terraform bootstrap.")
    parser.add_argument("--outdir", type=Path, default=Path(os.environ.get("CDKTF_OUTDIR", HERE / "cdktf.out")))
    args = parser.parse_args(argv)

    from homelab.layer0.build import Layer0Error, build
    from homelab.layer0.tfvars import FILE_NAME

    imported = time.perf_counter()
    if model is None:
        from homelab.catalog import build as build_model

        model = build_model()
    outdir = args.outdir.resolve()
    try:
        written = build(
            model, outdir, example or HERE / FILE_NAME, lock=HERE / ".terraform.lock.hcl", shown=_shown(outdir)
        )
    except Layer0Error as error:
        print(f"layer0: {len(error.violations)} problem(s); nothing was written:", file=sys.stderr)
        for violation in error.violations:
            print(f"  - {violation}", file=sys.stderr)
        return 1
    except OSError as error:  # each file is replaced whole, so none is half-written
        where = error.filename or outdir
        print(
            f"layer0: cannot write {where}: {error.strerror or error}. Fix its permissions or free space.",
            file=sys.stderr,
        )
        return 2
    done = time.perf_counter()
    print(
        f"layer0: {_shown(written.json)} in {done - STARTED:.2f} s "
        f"(imports {imported - STARTED:.2f} s, gate and synth {done - imported:.2f} s)"
    )
    return 0


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is below it."""
    shown = os.path.relpath(path)
    return shown if not shown.startswith("..") else str(path)


if __name__ == "__main__":
    raise SystemExit(main())
