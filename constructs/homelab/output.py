"""Rendered files: stable names, stable bytes, and an all-or-nothing write.

Synth renders every file in memory first. :func:`write_trees` then builds each managed folder
(``dist/``, ``launchd/``) beside its target and swaps it in by rename, so a failure at any point
before the swap leaves the committed folders byte-for-byte as they were, and files of removed
resources disappear with the old folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

#: Mode of a rendered file unless its renderer says otherwise (scripts are 0o755).
DEFAULT_MODE = 0o644


class _Dumper(yaml.CSafeDumper):
    """Block-style YAML (libyaml's emitter: 10x faster than PyYAML's) with literal blocks for
    multi-line strings and no anchors/aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.CSafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(document: Any) -> bytes:
    """One YAML document, deterministic: key order as given, no line wrapping."""
    text = yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=4096, allow_unicode=True
    )
    return text.encode()


def manifest_file_name(manifest: Mapping[str, Any]) -> str:
    """``<kind>-<namespace>-<name>.yaml`` (``<kind>-<name>.yaml`` for cluster-scoped objects), lowercase."""
    metadata = manifest.get("metadata", {})
    parts = [str(manifest["kind"]), metadata.get("namespace"), str(metadata["name"])]
    return "-".join(p for p in parts if p).lower() + ".yaml"


def read_tree(root: Path, folders: Iterable[str]) -> dict[str, bytes]:
    """Every file below ``root/<folder>``, keyed by its path relative to ``root`` (POSIX style)."""
    files: dict[str, bytes] = {}
    for folder in folders:
        base = root / folder
        if not base.exists():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def _recover(root: Path, folder: str) -> None:
    """Finish a swap an earlier run was interrupted in (target renamed away, new one not yet in)."""
    target = root / folder
    for old in sorted(root.glob(f".{folder}.old-*")):
        if not target.exists():
            old.rename(target)
        else:
            shutil.rmtree(old)
    for tmp in root.glob(f".{folder}.tmp-*"):
        shutil.rmtree(tmp)


def _modes_match(root: Path, files: Iterable[str], modes: Mapping[str, int]) -> bool:
    """Whether each file's executable bit is as rendered (the only mode bit git records)."""
    return all(bool((root / p).stat().st_mode & 0o111) == bool(modes.get(p, DEFAULT_MODE) & 0o111) for p in files)


def write_trees(
    root: Path, files: Mapping[str, bytes], folders: Iterable[str], *, modes: Mapping[str, int] | None = None
) -> list[str]:
    """Make each ``root/<folder>`` hold exactly the given files. Returns the folders that changed.

    Folders whose content is already identical are not touched (mtimes stay, ``make`` stays quiet).
    """
    modes = modes or {}
    changed: list[str] = []
    staged: list[tuple[str, Path]] = []
    try:
        for folder in folders:
            _recover(root, folder)
            wanted = {p: b for p, b in files.items() if p.split("/", 1)[0] == folder}
            if read_tree(root, [folder]) == wanted and (root / folder).is_dir() and _modes_match(root, wanted, modes):
                continue
            tmp = root / f".{folder}.tmp-{os.getpid()}"
            staged.append((folder, tmp))  # before writing: an interrupted write is cleaned up too
            tmp.mkdir()
            for rel, data in sorted(wanted.items()):
                path = tmp / rel.split("/", 1)[1]
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                path.chmod(modes.get(rel, DEFAULT_MODE))
        for folder, tmp in staged:
            target = root / folder
            old = root / f".{folder}.old-{os.getpid()}"
            if target.exists():
                target.rename(old)
            tmp.rename(target)
            if old.exists():
                shutil.rmtree(old)
            changed.append(folder)
    finally:
        for _, tmp in staged:
            if tmp.exists():
                shutil.rmtree(tmp)
    return changed
