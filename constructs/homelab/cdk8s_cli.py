"""Running under ``cdk8s synth``: the CLI's output folder is scratch, the app writes the real tree.

The cdk8s CLI (2.x, ``lib/cli/cmds/synth.js``) deletes its output folder *before* it runs the app,
runs the app with ``CDK8S_OUTDIR`` set to that folder, then fails unless the folder exists and
lists the ``*.yaml`` files in it. Were that folder ``dist/``, a model the gate refuses would leave
no ``dist/`` at all. So ``cdk8s.yaml`` points the CLI at ``.cdk8s.out/`` (git-ignored), synth
writes ``dist/`` and ``launchd/`` itself, transactionally, exactly as ``make synth`` does, and
then copies the manifests into the scratch folder for the CLI to list (and for any validation
plugin configured in ``cdk8s.yaml`` to read).

Exit status: the CLI turns any non-zero exit of the app into a JavaScript stack trace. On failure
the app therefore exits 0 *without creating* the scratch folder; the CLI then prints
``ERROR: synthesis failed, app expected to create ".cdk8s.out"`` and exits 1 on its own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from homelab.writes import os_error

_OUTDIR = "CDK8S_OUTDIR"


def output_folder() -> Path | None:
    """The CLI's output folder when the cdk8s CLI runs this app (``None`` otherwise)."""
    value = os.environ.get(_OUTDIR)
    return Path(value).absolute() if value else None


def exit_code(code: int, outdir: Path | None, folders: Iterable[str]) -> int:
    """The exit status to hand the CLI (see the module docstring): 0, with no output folder, on failure."""
    if outdir is None or code == 0:
        return code
    kept = " and ".join(f"{folder}/" for folder in folders)
    print(f"cdk8s synth: synth failed (exit {code}); {kept} were left as they were", file=sys.stderr)
    return 0


def _overlaps(a: Path, b: Path) -> bool:
    return a == b or a.is_relative_to(b) or b.is_relative_to(a)


def mirror(root: Path, files: Mapping[str, bytes], folders: Iterable[str]) -> None:
    """Copy ``dist/``'s manifests into the CLI's output folder, if the CLI runs this app.

    An output folder that overlaps the repository's own output (``cdk8s synth -o dist``, ``-o .``)
    gets nothing: the CLI already emptied it, and synth has just written the real tree there.
    """
    outdir = output_folder()
    if outdir is None:
        return
    real = outdir.resolve()
    repo = root.resolve()
    managed = [repo / folder for folder in folders]
    if real == repo or repo.is_relative_to(real) or any(_overlaps(real, m) for m in managed):
        print(
            f"cdk8s synth: the CLI's output folder {outdir} overlaps synth's own output, and the CLI empties it"
            " before every run (a refused model would then lose it). Keep `output: .cdk8s.out` in cdk8s.yaml",
            file=sys.stderr,
        )
        outdir.mkdir(parents=True, exist_ok=True)  # the CLI requires it to exist
        return
    try:
        for path, data in sorted(files.items()):
            folder, _, rest = path.partition("/")
            if folder == "dist":
                target = outdir / rest
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_error(error, doing="copy the manifests into the cdk8s CLI's output folder") from None
