"""The cdk8s app: build the homelab model, check it, render dist/ and launchd/ (``make synth``)."""

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent
sys.path.insert(0, str(REPOSITORY / "constructs"))

from homelab.runtime import use_bundled_node  # noqa: E402

use_bundled_node()

from homelab.pipeline import main  # noqa: E402

if __name__ == "__main__":
    if "--diff" in sys.argv[1:]:  # `main.py --diff [REF]`: the rendered diff, nothing written
        from homelab.review.diff import main as diff_main

        raise SystemExit(diff_main(sys.argv[1:]))
    # Output goes next to this file, wherever it is run from (`cd cdktf && ../main.py` too).
    raise SystemExit(main(root=REPOSITORY))
