"""Layer 0: synthesize the Terraform bootstrap (``make layer0``; also the ``app`` of cdktf.json).

Writes ``cdktf.out/stacks/layer0/cdk.tf.json`` (or ``--outdir``; the cdktn CLI sets
``CDKTF_OUTDIR``) and ``terraform.tfvars.example`` next to this file, and copies the committed
``.terraform.lock.hcl`` (if any) into the stack folder. Needs neither terraform nor the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO / "constructs"), str(REPO)]  # homelab, and the cdk8s imports/ package

from homelab.runtime import use_bundled_node  # noqa: E402

use_bundled_node()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="layer0", description="Synthesize the Layer 0 Terraform bootstrap.")
    parser.add_argument("--outdir", type=Path, default=Path(os.environ.get("CDKTF_OUTDIR", HERE / "cdktf.out")))
    args = parser.parse_args(argv)

    from homelab.catalog import build
    from homelab.layer0.sensitive import GuardError
    from homelab.layer0.stack import synth
    from homelab.layer0.tfvars import FILE_NAME, render
    from homelab.layer0.variables import declarations, tfvars_example

    imported = time.perf_counter()
    model = build()
    try:
        path = synth(model, args.outdir)
    except GuardError as error:
        print(error, file=sys.stderr)
        return 1
    lock = HERE / ".terraform.lock.hcl"  # provider versions and hashes: committed, like the spec's lock file
    if lock.exists():
        shutil.copyfile(lock, path.parent / lock.name)
    example = HERE / FILE_NAME
    text = render(declarations(model), tfvars_example(model))
    if not example.exists() or example.read_text() != text:
        example.write_text(text)
    done = time.perf_counter()
    shown = os.path.relpath(path)
    shown = shown if not shown.startswith("..") else str(path)
    print(
        f"layer0: {shown} in {done - STARTED:.2f} s (imports {imported - STARTED:.2f} s, synth {done - imported:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
