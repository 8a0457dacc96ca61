"""Import a module only when something actually uses it.

detect-secrets imports ``requests`` at module level in every plugin, only to *verify* a finding
against the issuer's API — something the gate never does (the scan is offline, findings stay local).
``requests`` with urllib3, ssl, http and email is about a third of a synth's import time, so the
gate hands detect-secrets a stand-in that imports the real module on first attribute access.
Nothing changes for code that does use it: the first access loads it, and the stand-in then
carries the real module's attributes; ``sys.modules`` holds the real module from then on.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


class DeferredModule(types.ModuleType):
    """Stands in ``sys.modules`` for a module not imported yet; any attribute access imports it."""

    def __getattr__(self, attribute: str) -> Any:
        real = self.load()
        return getattr(real, attribute)

    def load(self) -> types.ModuleType:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update(real.__dict__)
        return real


def defer(name: str) -> None:
    """Make ``import name`` cheap until the module is used (no-op when it is imported already)."""
    if name not in sys.modules:
        sys.modules[name] = DeferredModule(name)
