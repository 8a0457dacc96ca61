"""Jinja2's compiled templates, kept on disk between synths.

Jinja2 lexes, parses and compiles a template to Python before its first render: on every synth
that is most of the host files' cost (~15 ms, and its lexer's regexes). Jinja2's own
:class:`~jinja2.FileSystemBytecodeCache` keeps the compiled code in ``.cache/jinja2/`` (git-ignored)
under the template's name *and* a checksum of its source, so an edited template is compiled anew;
the code is tagged with the Python version that compiled it. The cache only ever saves time: a
folder that cannot be written, or an unreadable entry, means compiling as without it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import jinja2

from homelab.repository import ROOT

#: ``<repository>/.cache/jinja2`` (this file is ``<repository>/constructs/homelab/templating.py``).
CACHE_DIR = ROOT / ".cache" / "jinja2"


class _BestEffortCache(jinja2.FileSystemBytecodeCache):
    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable, truncated or foreign (pickle, marshal): compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):  # a read-only checkout compiles on every run
            super().dump_bytecode(bucket)


def bytecode_cache(directory: Path = CACHE_DIR) -> jinja2.BytecodeCache | None:
    """The on-disk cache, or ``None`` where its folder cannot be made."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _BestEffortCache(str(directory))
