"""Synth: model → checks → renderers → checks → files, written only when everything passed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from homelab.checks import Violation, check_model, check_rendered
from homelab.model import Homelab, Parameters
from homelab.output import dump_yaml, manifest_file_name, read_tree, write_trees

#: Folders synth owns completely: their content is exactly what the model renders.
MANAGED_FOLDERS = ("dist", "launchd")


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


def render(model: Homelab) -> Rendering:
    """Render and check the whole homelab in memory. Raises :class:`SynthError`, writes nothing."""
    violations = check_model(model)
    if violations:
        raise SynthError(sorted(violations))
    from homelab.k8s.app import UnknownApplicationError, synthesize
    from homelab.k8s.values import SensitiveValueError

    try:
        manifests = {app: list(objs) for app, objs in synthesize(model).items()}
    except (UnknownApplicationError, SensitiveValueError) as error:
        raise SynthError([Violation(subject="model", rule="render", message=str(error))]) from error
    violations = check_rendered(model, manifests)

    files: dict[str, bytes] = {}
    for app, objects in manifests.items():
        for obj in objects:
            path = f"dist/{app}/{manifest_file_name(obj)}"
            if path in files:
                meta = obj.get("metadata", {})
                violations.append(
                    Violation(
                        subject=f"{obj['kind']} {meta.get('namespace', '')}/{meta.get('name')}".replace(" /", " "),
                        rule="unique-objects",
                        message=f"rendered twice into {path}. Give one of them another name or namespace.",
                    )
                )
            files[path] = dump_yaml(obj)
    modes: dict[str, int] = {}
    from homelab.host import render_host

    for path, (data, mode) in render_host(model).items():
        files[path] = data
        modes[path] = mode
    if violations:
        raise SynthError(sorted(set(violations)))
    return Rendering(files=files, manifests=manifests, modes=modes)


def drift(root: Path, rendering: Rendering) -> list[str]:
    """Paths whose committed content differs from what synth renders now (added, changed or stale)."""
    on_disk = read_tree(root, MANAGED_FOLDERS)
    paths = sorted(set(on_disk) | set(rendering.files))
    return [p for p in paths if on_disk.get(p) != rendering.files.get(p)]


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
