"""``make diff`` / ``python main.py --diff [REF]``: what the model would change in the committed output.

Renders the model in memory (the same :func:`homelab.pipeline.render` synth uses, gate included),
reads the committed output at ``REF`` from git's object store, and prints the difference. Writes
nothing: not the working tree, not the index.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from homelab.model import Homelab
from homelab.review.format import markdown, text
from homelab.review.git import RevisionError, committed_files
from homelab.review.semantic import File, ReviewDiff, compare


def review(model: Homelab, root: Path, ref: str) -> ReviewDiff:
    """The difference between the output committed at ``ref`` and what ``model`` renders now.

    Raises :class:`homelab.pipeline.SynthError` when the gate refuses the model and
    :class:`RevisionError` when ``ref`` cannot be read.
    """
    from homelab.output import DEFAULT_MODE
    from homelab.pipeline import MANAGED_FOLDERS, render

    committed = committed_files(root, ref, MANAGED_FOLDERS)  # first: a wrong REF fails before rendering
    rendering = render(model)
    new = {
        path: File(data=data, executable=bool(rendering.modes.get(path, DEFAULT_MODE) & 0o111))
        for path, data in rendering.files.items()
    }
    extra = sorted({path.split("/", 1)[0] for path in new} - set(MANAGED_FOLDERS))
    if extra:  # a folder synth renders but does not list as managed: compare it too
        committed.update(committed_files(root, ref, extra))
    old = {path: File(data=file.data, executable=file.executable) for path, file in committed.items()}
    return compare(old, new)


def use_color(stream: TextIO, choice: str) -> bool:
    """``auto``: colour only on a terminal and only without ``NO_COLOR`` (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="diff", description="Show what the model would change in the committed dist/ and launchd/."
    )
    p.add_argument("ref", nargs="?", help="git revision to compare with (default: HEAD)")
    p.add_argument("--diff", dest="diff_ref", nargs="?", const="", metavar="REF", help="same as REF (main.py form)")
    p.add_argument("--format", choices=("text", "markdown"), default="text", help="markdown: a pull-request comment")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="ANSI colour (text format)")
    p.add_argument("--exit-code", action="store_true", help="exit 1 when the rendered output differs (like git diff)")
    p.add_argument("--root", type=Path, default=Path.cwd(), help="repository root (default: cwd)")
    return p


def main(argv: Sequence[str] | None = None, *, model: Homelab | None = None, stdout: TextIO | None = None) -> int:
    args = parser().parse_args(argv)
    out = stdout or sys.stdout
    ref = args.ref or args.diff_ref or "HEAD"
    if model is None:
        from homelab.catalog import build
        from homelab.model import Parameters

        model = build(Parameters())
    from homelab.pipeline import SynthError

    try:
        result = review(model, args.root, ref)
    except SynthError as error:
        print(f"diff: {len(error.violations)} problem(s); the model does not render:", file=sys.stderr)
        for violation in error.violations:
            print(f"  - {violation}", file=sys.stderr)
        return 1
    except RevisionError as error:
        print(f"diff: {error}", file=sys.stderr)
        return 2
    if args.format == "markdown":
        out.write(markdown(result, ref=ref))
    else:
        out.write(text(result, ref=ref, color=use_color(out, args.color)))
    return 1 if args.exit_code and not result.empty else 0


if __name__ == "__main__":
    from homelab.runtime import use_bundled_node

    use_bundled_node()
    raise SystemExit(main())
