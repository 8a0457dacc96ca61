"""The upstream data files vendored under ``vendor/`` and where each one comes from.

``vendor/provenance.yaml`` is the single record: for every file the upstream repository, release tag,
commit, path and sha256. ``crds`` sets are the CustomResourceDefinitions the cluster serves, each tied to
the chart (name and version) that installs them; ``charts`` are the pinned charts' default values.
``make imports`` and ``make schemas`` read the files through this module, the tests check them against
it, and ``make crds`` (``python -m homelab.tools.vendored fetch``) downloads them again when there is
network: after a chart bump, edit tag/commit/version in the provenance file, then run it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The repository root: this file is ``<root>/constructs/homelab/tools/vendored.py``.
REPO_ROOT = Path(__file__).resolve().parents[3]
VENDOR = REPO_ROOT / "vendor"
PROVENANCE = VENDOR / "provenance.yaml"


class ProvenanceError(ValueError):
    """The provenance file or a vendored file is not what it should be (the message says how to fix it)."""


@dataclass(frozen=True, kw_only=True)
class VendoredFile:
    """One byte-exact upstream file."""

    local: Path
    repo: str
    tag: str
    commit: str
    path: str
    sha256: str

    @property
    def url(self) -> str:
        return f"https://raw.githubusercontent.com/{self.repo}/{self.tag}/{self.path}"

    @property
    def relative(self) -> str:
        """The file's path from the repository root (stable across machines)."""
        return self.local.relative_to(REPO_ROOT).as_posix() if self.local.is_relative_to(REPO_ROOT) else str(self.local)


@dataclass(frozen=True, kw_only=True)
class ChartRef:
    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name} {self.version}"


@dataclass(frozen=True, kw_only=True)
class CrdSet:
    """The CRDs one chart installs, at the upstream release that chart version ships."""

    name: str
    installed_by: ChartRef
    tag: str
    files: tuple[VendoredFile, ...]


@dataclass(frozen=True, kw_only=True)
class ChartDefaults:
    """A chart's ``Chart.yaml``, ``values.yaml`` (and ``Chart.lock``, ``values.schema.json`` if shipped)."""

    chart: ChartRef
    tag: str
    files: tuple[VendoredFile, ...]

    def file(self, name: str) -> Path | None:
        for vendored in self.files:
            if vendored.local.name == name:
                return vendored.local
        return None


@dataclass(frozen=True, kw_only=True)
class Missing:
    """A pinned chart whose defaults could not be vendored, and why."""

    chart: ChartRef
    reason: str


@dataclass(frozen=True, kw_only=True)
class Provenance:
    crds: tuple[CrdSet, ...]
    charts: tuple[ChartDefaults, ...]
    missing: tuple[Missing, ...]

    def files(self) -> tuple[VendoredFile, ...]:
        return tuple(f for s in self.crds for f in s.files) + tuple(f for c in self.charts for f in c.files)


def _files(entry: dict[str, Any], folder: Path) -> tuple[VendoredFile, ...]:
    return tuple(
        VendoredFile(
            local=folder / str(f["file"]),
            repo=str(entry["repo"]),
            tag=str(entry["tag"]),
            commit=str(entry["commit"]),
            path=str(f["path"]),
            sha256=str(f["sha256"]),
        )
        for f in entry["files"]
    )


def load(path: Path = PROVENANCE) -> Provenance:
    """Read ``vendor/provenance.yaml`` (files are resolved under ``vendor/`` beside it)."""
    import yaml

    if not path.is_file():
        raise ProvenanceError(f"{path} is missing: the vendored upstream files cannot be identified")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    vendor = path.parent
    crds = tuple(
        CrdSet(
            name=str(s["set"]),
            installed_by=ChartRef(name=str(s["installed_by"]["chart"]), version=str(s["installed_by"]["version"])),
            tag=str(s["tag"]),
            files=_files(s, vendor / "crds" / str(s["set"])),
        )
        for s in data.get("crds", ())
    )
    charts = tuple(
        ChartDefaults(
            chart=ChartRef(name=str(c["chart"]), version=str(c["version"])),
            tag=str(c["tag"]),
            files=_files(c, vendor / "charts" / f"{c['chart']}-{c['version']}"),
        )
        for c in data.get("charts", ())
    )
    missing = tuple(
        Missing(chart=ChartRef(name=str(m["chart"]), version=str(m["version"])), reason=str(m["reason"]))
        for m in data.get("missing", ())
    )
    return Provenance(crds=crds, charts=charts, missing=missing)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(provenance: Provenance) -> list[str]:
    """Every vendored file that is absent or whose bytes differ from the recorded sha256."""
    problems = []
    for vendored in provenance.files():
        if not vendored.local.is_file():
            problems.append(f"{vendored.relative}: missing (run `make crds` with network: {vendored.url})")
        elif (actual := sha256_of(vendored.local.read_bytes())) != vendored.sha256:
            problems.append(
                f"{vendored.relative}: sha256 {actual}, but vendor/provenance.yaml records {vendored.sha256} "
                "(restore the upstream bytes, or run `make crds` after changing the tag)"
            )
    return problems


Download = Callable[[str], bytes]


def _download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
    return data


def refresh(provenance: Provenance, text: str, download: Download = _download) -> tuple[str, list[str]]:
    """Download every file from its URL, write it, and return the provenance text with new sha256s.

    ``text`` is the provenance file's content; only ``sha256:`` lines change (comments and order stay).
    Returns (new text, what changed).
    """
    changed = []
    lines = text.splitlines(keepends=True)
    for vendored in provenance.files():
        data = download(vendored.url)
        digest = sha256_of(data)
        vendored.local.parent.mkdir(parents=True, exist_ok=True)
        if not vendored.local.is_file() or vendored.local.read_bytes() != data:
            vendored.local.write_bytes(data)
            changed.append(vendored.relative)
        if digest != vendored.sha256:
            lines = _replace_sha(lines, vendored, digest)
    return "".join(lines), changed


def _replace_sha(lines: list[str], vendored: VendoredFile, digest: str) -> list[str]:
    """Replace the ``sha256:`` line that follows ``path: <vendored.path>`` within the entry of its tag."""
    out = list(lines)
    in_entry = False
    awaiting = False
    for i, line in enumerate(out):
        stripped = line.strip()
        if stripped.startswith("- set:") or stripped.startswith("- chart:"):
            in_entry = False
        if stripped == f"tag: {vendored.tag}":
            in_entry = True
        if in_entry and stripped == f"path: {vendored.path}":
            awaiting = True
        elif awaiting and stripped.startswith("sha256:"):
            out[i] = line.replace(stripped, f"sha256: {digest}")
            return out
    raise ProvenanceError(f"vendor/provenance.yaml: no sha256 line for {vendored.path} @ {vendored.tag}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m homelab.tools.vendored", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("verify", "fetch"), help="verify the files, or download them again")
    parser.add_argument("--provenance", type=Path, default=PROVENANCE)
    args = parser.parse_args(argv)
    try:
        provenance = load(args.provenance)
        if args.command == "fetch":
            text, changed = refresh(provenance, args.provenance.read_text(encoding="utf-8"))
            args.provenance.write_text(text, encoding="utf-8")
            print(f"vendored: {len(provenance.files())} files fetched; changed: {', '.join(changed) or 'none'}")
            print("vendored: now run `make schemas imports` and `make synth`, and review the rendered diff")
            return 0
    except (ProvenanceError, OSError) as error:
        print(f"vendored: {error}", file=sys.stderr)
        return 1
    problems = verify(provenance)
    for problem in problems:
        print(f"vendored: {problem}", file=sys.stderr)
    if not problems:
        print(f"vendored: {len(provenance.files())} files match vendor/provenance.yaml")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
