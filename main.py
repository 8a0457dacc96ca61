"""The cdk8s app: build the homelab model, check it, render dist/ and launchd/ (``make synth``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "constructs"))

from homelab.runtime import use_bundled_node

use_bundled_node()

from homelab.pipeline import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
