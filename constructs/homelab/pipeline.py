"""Synth: model → checks → renderers → checks → files, written only when everything passed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from homelab import cdk8s_cli
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
from homelab.output import differences, dump_yaml, manifest_file_name, publish
from homelab.repository import ROOT
from homelab.writes import OutputError, journal, os_error
from homelab.writes.lock import hold

#: Folders synth owns completely: their content is exactly what the model renders.
MANAGED_FOLDERS = ("dist", "launchd", "docs")


#: Rendered rules that the model checks can state first (and better) for the same object.
RESTATED = frozenset({"app-namespace"})


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
    # A rendered rule that restates a model rule about the same object is noise: the model's says it first.
    said = "\n".join(str(v) for v in violations)
    violations += [
        v for v in check_rendered(model, manifests, terraform) if not (v.rule in RESTATED and v.subject in said)
    ]
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
    """Paths whose committed content, kind or mode differs from what synth renders now (added, changed,
    stale, or a script that lost its executable bit: launchd could no longer run it)."""
    return differences(root, rendering.files, rendering.modes, MANAGED_FOLDERS)


def _repository() -> Path:
    """The checkout this package lives in (``constructs/homelab/pipeline.py`` → the repository root)."""
    return ROOT


def main(argv: Sequence[str] | None = None, *, model: Homelab | None = None, root: Path | None = None) -> int:
    """Synth's command line. ``root`` is the default of ``--root`` (main.py passes its own folder).

    Exit status: 0 written (or up to date), 1 the gate refused the model or ``--check`` found drift,
    2 the file system refused (one line: path, problem, fix). Under the cdk8s CLI see :mod:`homelab.cdk8s_cli`.
    """
    parser = argparse.ArgumentParser(prog="synth", description="Render the homelab into its managed folders.")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if committed files drifted")
    parser.add_argument("--dry-run", action="store_true", help="render and check, write nothing")
    parser.add_argument("--root", type=Path, default=None, help="repository root (default: the one main.py is in)")
    parser.add_argument(
        "--wait", type=float, default=60.0, metavar="SECONDS", help="how long to wait for another synth (default: 60)"
    )
    args = parser.parse_args(argv)
    cli = cdk8s_cli.output_folder()
    out = sys.stderr if cli else sys.stdout  # the cdk8s CLI swallows the app's stdout
    try:
        code = _run(args, model=model, root=(args.root or root or _repository()).absolute(), out=out)
    except KeyboardInterrupt:
        print(
            "synth: interrupted. Every managed folder is wholly old or new; the next synth finishes or removes"
            " what this one left [output]",
            file=sys.stderr,
        )
        code = 130
    return cdk8s_cli.exit_code(code, cli, MANAGED_FOLDERS)


def _run(args: argparse.Namespace, *, model: Homelab | None, root: Path, out: TextIO) -> int:
    if not root.is_dir():
        print(
            f"synth: {root}: no such folder. Pass the repository folder (the one with main.py) as --root,"
            " or leave --root out [output]",
            file=sys.stderr,
        )
        return 2
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
        print(f"schema: {kinds} not validated (no schema): {', '.join(rendering.unchecked)}", file=out)
    for notice in rendering.notices:
        print(f"rbac: {notice}", file=out)
    exemptions = written_exemptions(model)
    print(f"exemptions: {len(exemptions)} written reason{'' if len(exemptions) == 1 else 's'}", file=out)
    for exemption in exemptions:
        print(f"  {exemption}", file=out)
    if args.dry_run:
        print(f"synth --dry-run: {len(rendering.files)} files rendered and checked; nothing written", file=out)
        return 0
    try:
        if args.check:
            return _check(root, rendering, wait=args.wait, out=out)
        changed = publish(root, rendering.files, MANAGED_FOLDERS, modes=rendering.modes, wait=args.wait)
        cdk8s_cli.mirror(root, rendering.files, MANAGED_FOLDERS)
    except OutputError as error:
        print(f"synth: {error}", file=sys.stderr)
        return 2
    print(
        f"synth: {len(rendering.files)} files; " + (f"updated {', '.join(changed)}" if changed else "no changes"),
        file=out,
    )
    return 0


def _check(root: Path, rendering: Rendering, *, wait: float, out: TextIO) -> int:
    """``--check``: compare under a shared lock, so no writer swaps folders while they are read."""
    with hold(root, exclusive=False, timeout=wait):
        if journal.pending(root):
            print(
                f"synth --check: {root / journal.JOURNAL_NAME}: a synth was interrupted while it swapped folders."
                " Run `make synth` to finish it [output]",
                file=sys.stderr,
            )
            return 1
        try:
            stale = drift(root, rendering)
        except OSError as error:
            raise os_error(error, doing="read the committed output") from None
    if stale:
        print(
            "synth --check: committed output differs from what the model renders (run `make synth`):", file=sys.stderr
        )
        for path in stale:
            print(f"  - {path}", file=sys.stderr)
        return 1
    print(f"synth --check: {len(rendering.files)} files up to date", file=out)
    return 0
