"""Synth: model → checks → renderers → checks → files, written only when everything passed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from homelab.checks import (
    MODEL_TYPES,
    Violation,
    check_model,
    check_rendered,
    explain_render_error,
    notices,
    unchecked_kinds,
    written_exemptions,
)
from homelab.model import Homelab, Parameters
from homelab.output import DEFAULT_MODE, dump_yaml, manifest_file_name, read_tree, write_trees

#: Folders synth owns completely: their content is exactly what the model renders.
MANAGED_FOLDERS = ("dist", "launchd", "docs")


class SynthError(Exception):
    """Synth refused to write: the violations say what and how to fix it."""

    def __init__(self, violations: Sequence[Violation]) -> None:
        super().__init__(f"{len(violations)} violation(s)")
        self.violations = list(violations)


@dataclass(frozen=True)
class Rendering:
    """Everything synth writes: files by repository path, and the manifests they came from."""

    files: Mapping[str, bytes]
    manifests: Mapping[str, list[dict[str, Any]]]
    modes: Mapping[str, int] = field(default_factory=dict)
    #: Kinds no schema covers (listed on every run, never silently passed).
    unchecked: tuple[str, ...] = ()
    #: What the gate allows but names on every run (see :func:`homelab.checks.notices`).
    notices: tuple[str, ...] = ()


def render(model: Homelab) -> Rendering:
    """Render and check the whole homelab in memory. Raises :class:`SynthError`, writes nothing.

    Every violation is reported at once: the model checks, then (if the model renders at all) the
    checks of the rendered objects, including duplicate objects and file names.
    """
    violations = check_model(model)
    if any(v.rule == MODEL_TYPES for v in violations):
        raise SynthError(sorted(set(violations)))  # a mistyped model cannot be rendered at all
    from homelab.k8s.app import synthesize, terraform_applications

    try:
        manifests = {app: list(objs) for app, objs in synthesize(model).items()}
        terraform = terraform_applications(model)
    except Exception as error:
        # A model that failed its checks may not render at all (cdk8s refuses duplicate ids):
        # its violations say why. Otherwise a renderer's refusal becomes one; a bug stays a bug.
        explained = violations or [v for v in [explain_render_error(error)] if v is not None]
        if explained:
            raise SynthError(sorted(set(explained))) from error
        raise
    violations += check_rendered(model, manifests, terraform)
    if violations:
        raise SynthError(sorted(set(violations)))

    files = {
        f"dist/{app}/{manifest_file_name(obj)}": dump_yaml(obj) for app, objects in manifests.items() for obj in objects
    }
    modes: dict[str, int] = {}
    from homelab.host import render_host

    try:
        host_files = render_host(model)
    except ValueError as error:  # the host renderers validate what they write (ports, paths, …)
        raise SynthError([Violation(subject="launchd/", rule="render", message=str(error))]) from error
    for path, (data, mode) in host_files.items():
        files[path] = data
        modes[path] = mode
    from homelab.checks.secrets import check_files

    leaks = sorted(check_files({path: data for path, (data, _) in host_files.items()}))
    if leaks:
        raise SynthError(leaks)

    from homelab.docs import render_docs

    files.update(render_docs(model, manifests))
    return Rendering(
        files=files,
        manifests=manifests,
        modes=modes,
        unchecked=tuple(unchecked_kinds(manifests)),
        notices=tuple(notices(manifests)),
    )


def drift(root: Path, rendering: Rendering) -> list[str]:
    """Paths whose committed content or mode differs from what synth renders now (added, changed,
    stale, or a script that lost its executable bit: launchd could no longer run it)."""
    on_disk = read_tree(root, MANAGED_FOLDERS)
    paths = sorted(set(on_disk) | set(rendering.files))
    return [
        p
        for p in paths
        if on_disk.get(p) != rendering.files.get(p)
        or (
            p in on_disk and _executable((root / p).stat().st_mode) != _executable(rendering.modes.get(p, DEFAULT_MODE))
        )
    ]


def _executable(mode: int) -> bool:
    """Only the executable bit counts: it is all git records, the rest follows the user's umask."""
    return bool(mode & 0o111)


def main(argv: Sequence[str] | None = None, *, model: Homelab | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="synth", description="Render the homelab into dist/ and launchd/.")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if committed files drifted")
    parser.add_argument("--dry-run", action="store_true", help="render and check, write nothing")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root (default: cwd)")
    args = parser.parse_args(argv)
    root = root or args.root
    if model is None:
        from homelab.catalog import build

        model = build(Parameters())
    try:
        rendering = render(model)
    except SynthError as error:
        print(f"synth: {len(error.violations)} problem(s); nothing was written:", file=sys.stderr)
        for violation in error.violations:
            print(f"  - {violation}", file=sys.stderr)
        return 1
    if rendering.unchecked:
        kinds = f"{len(rendering.unchecked)} kind{'s' if len(rendering.unchecked) > 1 else ''}"
        print(f"schema: {kinds} not validated (no schema): {', '.join(rendering.unchecked)}")
    for notice in rendering.notices:
        print(f"rbac: {notice}")
    exemptions = written_exemptions(model)
    print(f"exemptions: {len(exemptions)} written reason{'' if len(exemptions) == 1 else 's'}")
    for exemption in exemptions:
        print(f"  {exemption}")
    if args.dry_run:
        print(f"synth --dry-run: {len(rendering.files)} files rendered and checked; nothing written")
        return 0
    if args.check:
        stale = drift(root, rendering)
        if stale:
            print(
                "synth --check: committed output differs from what the model renders (run `make synth`):",
                file=sys.stderr,
            )
            for path in stale:
                print(f"  - {path}", file=sys.stderr)
            return 1
        print(f"synth --check: {len(rendering.files)} files up to date")
        return 0
    changed = write_trees(root, rendering.files, MANAGED_FOLDERS, modes=rendering.modes)
    print(f"synth: {len(rendering.files)} files; " + (f"updated {', '.join(changed)}" if changed else "no changes"))
    return 0
