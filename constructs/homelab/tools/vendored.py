"""The upstream data files vendored under ``vendor/``, where each one comes from, and how to refresh them.

``vendor/provenance.yaml`` is the single record: for every file the upstream repository, release tag,
commit, path and sha256. ``crds`` sets are the CustomResourceDefinitions the cluster serves, each tied to
the chart (name and version) that installs them; ``charts`` are the pinned charts' default values.
``make imports`` and ``make schemas`` read the files through this module and the tests check them against it.

Each entry also records HOW to find its files for another version (``tag_rule``), so a chart bump in the
model is one command: ``make crds`` (``python -m homelab.tools.vendored fetch``) reads the chart versions
from the model, and for every chart whose version moved fetches the new files, rewrites the provenance,
replaces the vendored files, updates the CRD pins in ``cdk8s.yaml`` and regenerates ``checks/schemas/``.
The rules, in the order they are applied:

1. a chart installed by the model: its ``tag_rule`` with ``{version}`` = the model's chart version; a rule
   with ``{app_version}`` reads the appVersion of that version from the chart repository's ``index.yaml``
   (the model's ``Chart.repo``), for repositories tagged by app version (trivy-operator);
2. a subchart (``subchart_of``): the version its new parent's ``Chart.lock`` (else ``Chart.yaml``) pins;
3. a CRD set: its ``tag_rule`` with ``{app_version}`` = the ``appVersion`` in the freshly vendored
   ``Chart.yaml`` of the installing chart.

``{app_version}`` is the appVersion without a leading ``v``. A fetched ``Chart.yaml`` must name the chart
and version asked for, so a wrong rule is refused rather than vendored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from homelab.repository import ROOT

#: The repository root: this file is ``<root>/constructs/homelab/tools/vendored.py``.
REPO_ROOT = ROOT
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
    commit: str | None  # None: the tag's commit could not be resolved when it was fetched
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
            commit=None if entry.get("commit") is None else str(entry["commit"]),
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

#: A chart's files, in the order provenance lists them; the first two every chart ships.
CHART_FILES = ("Chart.yaml", "Chart.lock", "values.yaml", "values.schema.json")
REQUIRED_CHART_FILES = frozenset({"Chart.yaml", "values.yaml"})
CDK8S_CONFIG = REPO_ROOT / "cdk8s.yaml"
_SHA = re.compile(r"[0-9a-f]{40}")


class NotFound(ProvenanceError):
    """The URL answered 404 (a file the release does not ship)."""


class Offline(ProvenanceError):
    """The network cannot be reached: ``make crds`` cannot run here."""


def raw_url(repo: str, tag: str, path: str) -> str:
    return f"https://raw.githubusercontent.com/{repo}/{tag}/{path}"


def _download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "homelab-make-crds"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            data: bytes = response.read()
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise NotFound(f"{url}: not found (HTTP 404)") from None
        raise ProvenanceError(f"{url}: HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise Offline(
            f"cannot download {url} ({reason}). `make crds` needs the network: connect and run it again"
        ) from None
    return data


def _yaml(data: bytes) -> Any:
    import yaml

    return yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _bare(app_version: object) -> str:
    """``{app_version}`` of a tag rule: the appVersion without a leading ``v``."""
    return str(app_version).removeprefix("v")


@dataclass(kw_only=True)
class _Plan:
    """Everything a refresh changes, downloaded before anything is written (no half-refreshed tree)."""

    vendor: Path
    download: Download
    writes: dict[Path, bytes]
    removes: set[Path]
    report: list[str]

    def get(self, url: str) -> bytes:
        return self.download(url)

    def commit(self, repo: str, tag: str) -> str | None:
        """The commit the tag points at (GitHub API), or ``None`` with a note when it cannot be resolved."""
        from urllib.parse import quote

        url = f"https://api.github.com/repos/{repo}/commits/{quote(tag, safe='')}"
        try:
            sha = json.loads(self.download(url))["sha"]
        except Offline:
            raise
        except (ProvenanceError, ValueError, KeyError, TypeError) as error:
            self.report.append(f"note: commit of {repo}@{tag} not resolved ({error}); recorded as null")
            return None
        if not isinstance(sha, str) or not _SHA.fullmatch(sha):
            self.report.append(f"note: {url} answered no commit sha; recorded as null")
            return None
        return sha

    def chart_yaml(self, chart: str, version: str) -> Any:
        """The ``Chart.yaml`` of a chart at ``version``: freshly fetched, or the vendored one."""
        local = self.vendor / "charts" / f"{chart}-{version}" / "Chart.yaml"
        data = self.writes.get(local)
        if data is None:
            if not local.is_file():
                raise ProvenanceError(f"{local}: missing; run `make crds` to vendor chart {chart} {version}")
            data = local.read_bytes()
        return _yaml(data) or {}

    def chart_lock(self, chart: str, version: str) -> Any:
        local = self.vendor / "charts" / f"{chart}-{version}" / "Chart.lock"
        data = self.writes.get(local, local.read_bytes() if local.is_file() else None)
        return (_yaml(data) or {}) if data is not None else {}


def _app_version_from_index(plan: _Plan, repo_url: str, chart: str, version: str) -> str:
    """The appVersion of ``chart`` ``version`` as the chart repository's ``index.yaml`` lists it."""
    if not repo_url.startswith(("https://", "http://")):
        raise ProvenanceError(f"chart {chart}: its tag rule needs the appVersion, but {repo_url} has no index.yaml")
    url = f"{repo_url.rstrip('/')}/index.yaml"
    for release in (_yaml(plan.get(url)) or {}).get("entries", {}).get(chart, []) or []:
        if str(release.get("version")) == version:
            return _bare(release.get("appVersion", ""))
    raise ProvenanceError(f"chart {chart} {version}: not listed in {url}. Check the chart version in the model")


def _refresh_chart(plan: _Plan, entry: dict[str, Any], version: str, repo_url: str) -> None:
    """Fetch ``entry``'s chart at ``version`` (its tag from the tag rule) and update the entry in place."""
    chart, old, rule = str(entry["chart"]), str(entry["version"]), str(entry["tag_rule"])
    fields = {"version": version}
    if "{app_version}" in rule:
        fields["app_version"] = _app_version_from_index(plan, repo_url, chart, version)
    tag = rule.format(**fields)
    folders = {str(Path(f["path"]).parent.as_posix()) for f in entry["files"]}
    if len(folders) != 1:
        raise ProvenanceError(f"chart {chart}: its files lie in several folders ({', '.join(sorted(folders))})")
    folder = folders.pop()
    fetched: list[tuple[str, str, bytes]] = []
    for name in CHART_FILES:
        url = raw_url(str(entry["repo"]), tag, f"{folder}/{name}")
        try:
            fetched.append((name, f"{folder}/{name}", plan.get(url)))
        except NotFound:
            if name in REQUIRED_CHART_FILES:
                raise ProvenanceError(
                    f"chart {chart} {version}: {url} not found: tag_rule {rule!r} gives tag {tag!r}, which has no "
                    f"{folder}/{name}. Correct tag_rule (or the folder) of {chart} in vendor/provenance.yaml"
                ) from None
    meta = _yaml(fetched[0][2]) or {}
    if str(meta.get("name")) != chart or str(meta.get("version")) != version:
        raise ProvenanceError(
            f"chart {chart} {version}: {entry['repo']}@{tag} holds chart {meta.get('name')} {meta.get('version')}. "
            f"Correct tag_rule {rule!r} of {chart} in vendor/provenance.yaml"
        )
    old_dir = plan.vendor / "charts" / f"{chart}-{old}"
    new_dir = plan.vendor / "charts" / f"{chart}-{version}"
    plan.removes.update(old_dir / str(f["file"]) for f in entry["files"])
    for name, _, data in fetched:
        plan.writes[new_dir / name] = data
    entry.update(
        version=version,
        tag=tag,
        commit=plan.commit(str(entry["repo"]), tag),
        files=[{"file": name, "path": path, "sha256": sha256_of(data)} for name, path, data in fetched],
    )
    plan.report.append(f"chart {chart}: {old} → {version} ({entry['repo']}@{tag}, {len(fetched)} files)")


def _refresh_crds(plan: _Plan, entry: dict[str, Any], version: str) -> None:
    """Fetch CRD set ``entry`` at the release the installing chart's new ``appVersion`` names."""
    name, chart, rule = str(entry["set"]), str(entry["installed_by"]["chart"]), str(entry["tag_rule"])
    old = f"{chart} {entry['installed_by']['version']}"
    app_version = plan.chart_yaml(chart, version).get("appVersion")
    if not app_version:
        raise ProvenanceError(f"CRD set {name}: chart {chart} {version} has no appVersion to derive the tag from")
    tag = rule.format(app_version=_bare(app_version), version=version)
    files = []
    for file in entry["files"]:
        url = raw_url(str(entry["repo"]), tag, str(file["path"]))
        try:
            data = plan.get(url)
        except NotFound:
            raise ProvenanceError(
                f"CRD set {name}: {url} not found at {tag} (appVersion of chart {chart} {version}). The file moved "
                "upstream: correct its path in vendor/provenance.yaml"
            ) from None
        plan.writes[plan.vendor / "crds" / name / str(file["file"])] = data
        files.append({**file, "sha256": sha256_of(data)})
    old_tag = entry["tag"]
    entry.update(
        installed_by={"chart": chart, "version": version},
        tag=tag,
        commit=plan.commit(str(entry["repo"]), tag),
        files=files,
    )
    plan.report.append(f"CRD set {name}: {old_tag} → {tag} ({entry['repo']}; chart {old} → {version})")


def _pinned(plan: _Plan, parent: dict[str, Any], subchart: str) -> str | None:
    """The version ``parent`` pins ``subchart`` at (``Chart.lock`` first, then ``Chart.yaml``)."""
    chart, version = str(parent["chart"]), str(parent["version"])
    for source in (plan.chart_lock(chart, version), plan.chart_yaml(chart, version)):
        for dependency in source.get("dependencies", []) or []:
            if dependency.get("name") == subchart:
                return str(dependency.get("version"))
    return None


def refresh(
    installed: Mapping[str, tuple[str, str]],
    path: Path = PROVENANCE,
    download: Download = _download,
    cdk8s: Path | None = CDK8S_CONFIG,
) -> tuple[list[str], list[Path]]:
    """Bring ``vendor/`` to the chart versions the model installs.

    ``installed`` is chart name → (version, chart repository URL), from the model. Every chart whose
    version moved is fetched at its new tag, its subcharts at the versions it pins, and the CRD sets it
    installs at its new appVersion; then the old files are removed, the new ones written, the
    provenance file rewritten and the CRD pins in ``cdk8s.yaml`` updated. Returns (what changed, the
    vendored CRD files that changed).
    """
    text = path.read_text(encoding="utf-8")
    data = _yaml(text.encode())
    plan = _Plan(vendor=path.parent, download=download, writes={}, removes=set(), report=[])
    charts: list[dict[str, Any]] = list(data.get("charts") or [])
    by_name = {str(c["chart"]): c for c in charts}
    for entry in charts:
        name = str(entry["chart"])
        if not entry.get("subchart_of") and name in installed and installed[name][0] != str(entry["version"]):
            _refresh_chart(plan, entry, *installed[name])
    for entry in charts:
        parent = entry.get("subchart_of")
        if parent:
            if parent not in by_name:
                raise ProvenanceError(f"chart {entry['chart']}: subchart_of {parent}, which is not vendored")
            pin = _pinned(plan, by_name[parent], str(entry["chart"]))
            if pin is None:
                raise ProvenanceError(
                    f"chart {entry['chart']}: {parent} {by_name[parent]['version']} no longer depends on it. "
                    f"Remove its entry from vendor/provenance.yaml"
                )
            if pin != str(entry["version"]):
                _refresh_chart(plan, entry, pin, "")
    for entry in data.get("crds") or []:
        chart = str(entry["installed_by"]["chart"])
        if chart in installed and installed[chart][0] != str(entry["installed_by"]["version"]):
            _refresh_crds(plan, entry, installed[chart][0])
    for chart, (version, _) in sorted(installed.items()):
        for missing in data.get("missing") or []:
            if missing["chart"] == chart and str(missing["version"]) != version:
                plan.report.append(f"note: chart {chart} {version} stays unchecked (its defaults are not vendored)")
    if not plan.writes:
        return plan.report, []
    changed_crds = [
        p
        for p in plan.writes
        if p.parent.parent.name == "crds" and (not p.is_file() or p.read_bytes() != plan.writes[p])
    ]
    for old in sorted(plan.removes - set(plan.writes)):
        old.unlink(missing_ok=True)
        if old.parent.is_dir() and not any(old.parent.iterdir()):
            old.parent.rmdir()
    for local, content in plan.writes.items():
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(content)
    path.write_text(dump(data, text), encoding="utf-8")
    if cdk8s is not None and cdk8s.is_file() and update_import_pins(cdk8s, load(path)):
        plan.report.append(f"{cdk8s.name}: CRD pins updated")
    return plan.report, changed_crds


def dump(data: Mapping[str, Any], previous: str) -> str:
    """The provenance file for ``data``: the leading comment block of ``previous``, then the YAML."""
    import yaml

    header = "".join(line for line in previous.splitlines(keepends=True)[: _header_length(previous)])
    return header + yaml.safe_dump(dict(data), sort_keys=False, width=120, allow_unicode=True)


def _header_length(text: str) -> int:
    lines = text.splitlines()
    return next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))


def update_import_pins(cdk8s: Path, provenance: Provenance) -> bool:
    """Rewrite the ``# url:``/``# version:``/``# sha256:`` comments above each CRD import in ``cdk8s.yaml``
    from the provenance (``make imports`` checks each file against that pin). Returns whether it changed."""
    from homelab.tools.regen_imports import IMPORT_ENTRY, LIST_ITEM

    recorded = {f.local.resolve(): (s, f) for s in provenance.crds for f in s.files}
    text = cdk8s.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        item = LIST_ITEM.match(line)
        entry = IMPORT_ENTRY.match(item.group("value")) if item else None
        found = recorded.get((cdk8s.parent / entry.group("source")).resolve()) if entry else None
        if found is None:
            continue
        crd_set, file = found
        chart = crd_set.installed_by
        pins = {
            "url": file.url,
            "version": f"{crd_set.name} {crd_set.tag} (commit {file.commit or 'unresolved'}; chart {chart})",
            "sha256": file.sha256,
        }
        j = i - 1
        while j >= 0 and lines[j].lstrip().startswith("#"):
            key = lines[j].lstrip()[1:].strip().partition(":")[0]
            if key in pins:
                indent = lines[j][: len(lines[j]) - len(lines[j].lstrip())]
                lines[j] = f"{indent}# {key}: {pins[key]}\n"
            j -= 1
    new = "".join(lines)
    if new != text:
        cdk8s.write_text(new, encoding="utf-8")
    return new != text


def installed_charts() -> dict[str, tuple[str, str]]:
    """Chart name → (version, chart repository) of everything the model installs with Helm."""
    from homelab.catalog import build
    from homelab.checks.helm_values import charts_in

    return {chart.name: (chart.version, chart.repo) for _, chart, _, _ in charts_in(build())}


NOTHING_MOVED = "every vendored chart and CRD set is at the version the model installs; nothing fetched"


def fetch(
    installed: Mapping[str, tuple[str, str]],
    path: Path = PROVENANCE,
    download: Download = _download,
    cdk8s: Path | None = CDK8S_CONFIG,
    schemas: Path | None = None,
) -> tuple[list[str], bool]:
    """``make crds``: refresh ``vendor/``, then regenerate the gate's schemas. Returns (report lines,
    whether an imported CRD changed, i.e. ``imports/`` must be regenerated)."""
    from homelab.checks import schemas_gen

    report, changed_crds = refresh(installed, path, download, cdk8s)
    if not report:
        return [NOTHING_MOVED], False
    written = schemas_gen.write(schemas_gen.generate(load(path)), schemas or schemas_gen.DEFAULT_OUT)
    report.append(f"checks/schemas: {'updated ' + ', '.join(written) if written else 'unchanged'}")
    imported = False
    if cdk8s is not None and cdk8s.is_file() and changed_crds:
        from homelab.tools.regen_imports import read_import_specs

        sources = {spec.source.resolve() for spec in read_import_specs(cdk8s)}
        imported = any(p.resolve() in sources for p in changed_crds)
    return report, imported


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m homelab.tools.vendored", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command",
        choices=("verify", "fetch"),
        help="verify the files, or vendor the chart versions the model installs (network)",
    )
    parser.add_argument("--provenance", type=Path, default=PROVENANCE)
    parser.add_argument("--imports-stale", type=Path, help="fetch: create this file when imports/ must be rebuilt")
    parser.add_argument("--quiet", action="store_true", help="fetch: print nothing when nothing moved")
    args = parser.parse_args(argv)
    try:
        provenance = load(args.provenance)
        if args.command == "fetch":
            report, imported = fetch(installed_charts(), args.provenance)
            if args.quiet and report == [NOTHING_MOVED]:
                return 0
            for line in report:
                print(f"vendored: {line}")
            if imported and args.imports_stale:
                args.imports_stale.parent.mkdir(parents=True, exist_ok=True)
                args.imports_stale.touch()
                print("vendored: an imported CRD changed: imports/ is regenerated next (`make imports`)")
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
