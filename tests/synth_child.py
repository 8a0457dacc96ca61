"""A whole synth in its own process, for a model with other parameters (the concurrency tests' second model).

Usage: ``python tests/synth_child.py ROOT REPO_URL LOG_DIR``: builds the homelab with those
parameters and runs the real entry point (:func:`homelab.pipeline.main`) against ``ROOT``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    repository = Path(__file__).resolve().parent.parent
    sys.path[:0] = [str(repository / "constructs"), str(repository)]  # as main.py has them: homelab, imports
    from homelab.runtime import use_bundled_node

    use_bundled_node()
    from homelab.catalog import build
    from homelab.model import Parameters
    from homelab.pipeline import main as synth

    root, repo_url, log_dir = argv
    return synth(["--root", root], model=build(Parameters(repo_url=repo_url, log_dir=log_dir)))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
