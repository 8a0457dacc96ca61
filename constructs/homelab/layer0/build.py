"""``make layer0`` behind the same gate as ``make synth``, writing nothing unless everything passed.

1. the model goes through the whole synth gate (:func:`homelab.pipeline.render`: ``check_model``,
   the rendering, ``check_rendered`` including the Applications Terraform creates, the host files);
2. the stack is synthesized into a temporary folder outside the repository (the guard refuses literals
   in sensitive slots);
3. the synthesized JSON and the tfvars example are scanned for secret-looking literals in every
   slot, sensitive or not (:mod:`homelab.checks.scanner`);
4. only then are the files moved into place, one atomic replace each. Anything else in the output
   folder (``.terraform/``, the Application manifests Terraform writes) is left alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from homelab.checks import Violation
from homelab.checks.secrets import FIX_TERRAFORM, check_files
from homelab.layer0.sensitive import GuardError
from homelab.layer0.stack import STACK, synth
from homelab.layer0.tfvars import render as render_tfvars
from homelab.layer0.variables import declarations, tfvars_example
from homelab.model import Homelab

FIX_EXAMPLE = (
    "The example is committed: give the variable a placeholder (sensitive=True, no default) in "
    "homelab/layer0/variables.py."
)

#: Mode of the written files (what cdktn wrote before: nothing here is secret).
MODE = 0o644


class Layer0Error(Exception):
    """Layer 0 refused to write: the violations say what and how to fix it."""

    def __init__(self, violations: Sequence[Violation]) -> None:
        super().__init__(f"{len(violations)} violation(s)")
        self.violations = list(violations)


@dataclass(frozen=True)
class Written:
    """What :func:`build` wrote: the stack's JSON, and whether the tfvars example changed."""

    json: Path
    example_changed: bool


def gate(model: Homelab) -> list[Violation]:
    """Every violation ``make synth`` would report for ``model`` (nothing is written)."""
    from homelab.pipeline import SynthError, render

    try:
        render(model)
    except SynthError as error:
        return error.violations
    return []


def build(model: Homelab, outdir: Path, example: Path, *, lock: Path | None = None, shown: str = "") -> Written:
    """Check, synthesize and scan; then write ``outdir/stacks/<stack>/`` and ``example``. Raises
    :class:`Layer0Error` and leaves both as they were on any refusal. ``shown`` is how messages name
    ``outdir`` (default: its path)."""
    violations = gate(model)
    if violations:
        raise Layer0Error(violations)
    staging = Path(tempfile.mkdtemp(prefix="layer0-"))  # outside the repository: a crash leaves nothing there
    try:
        try:
            json_path = synth(model, staging)
        except GuardError as error:
            raise Layer0Error(error.violations) from None
        files = {p.relative_to(staging): p.read_bytes() for p in sorted(staging.rglob("*")) if p.is_file()}
        relative_json = json_path.relative_to(staging)
        name = shown or str(outdir)
        text = render_tfvars(declarations(model), tfvars_example(model))
        leaks = list(check_files({f"{name}/{relative_json}": files[relative_json]}, FIX_TERRAFORM))
        leaks += check_files({example.name: text.encode()}, FIX_EXAMPLE)
        if leaks:
            raise Layer0Error(sorted(leaks))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if lock is not None and lock.exists():  # provider versions and hashes: committed, like the spec's lock file
        files[relative_json.parent / lock.name] = lock.read_bytes()
    for relative, data in files.items():
        _replace(outdir / relative, data)
    changed = not example.exists() or example.read_text() != text
    if changed:
        _replace(example, text.encode())
    return Written(json=outdir / relative_json, example_changed=changed)


def _replace(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (a temporary file renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["STACK", "Layer0Error", "Written", "build", "gate"]
