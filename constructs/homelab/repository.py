"""Where this checkout is: ``constructs/homelab/`` lives two folders below the repository root."""

from __future__ import annotations

from pathlib import Path

#: The repository root (the folder with ``main.py``, ``cdk8s.yaml``, ``vendor/``, ``dist/``).
ROOT = Path(__file__).resolve().parents[2]
