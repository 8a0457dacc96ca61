"""The gate imports ``requests`` only when something uses it (detect-secrets imports it for online checks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from homelab.checks.deferred import DeferredModule, defer

REPO = Path(__file__).resolve().parent.parent


def test_a_deferred_module_loads_on_first_use_and_then_is_the_real_one() -> None:
    name = "colorsys"  # a stdlib module nothing here imports
    sys.modules.pop(name, None)
    defer(name)
    stand_in = sys.modules[name]
    assert isinstance(stand_in, DeferredModule)
    import colorsys  # what a library does at its top

    assert colorsys is stand_in
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)  # first use: the real module loads
    assert not isinstance(sys.modules[name], DeferredModule)
    assert colorsys.hsv_to_rgb is sys.modules[name].hsv_to_rgb  # the stand-in now carries its attributes


def test_defer_leaves_an_imported_module_alone() -> None:
    import json

    defer("json")
    assert sys.modules["json"] is json


def test_the_scanner_works_without_importing_requests() -> None:
    script = (
        "import sys\n"
        "from homelab.checks.scanner import scanner\n"
        "assert scanner().signatures('ghp_' + 'x7Kq2' * 8) is not None\n"
        "print('urllib3' in sys.modules, type(sys.modules['requests']).__name__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "constructs")}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "DeferredModule"]  # requests (and urllib3 below it) never loaded
