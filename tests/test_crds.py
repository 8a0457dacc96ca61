"""The CRDs the gate knows are the ones the cluster serves: vendored at the deployed versions, tied to the
charts the model installs, and every rendered kind is served by one of them or by Kubernetes itself."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from homelab.checks import check_model, check_rendered, helm_values, schema
from homelab.checks.objects import Inventory
from homelab.model import Chart, HelmSource, Homelab
from homelab.tools import regen_imports, vendored
from homelab.tools.vendored import REPO_ROOT

from tests.surgery import replace


def installed(model: Homelab) -> dict[str, tuple[str, str]]:
    """Chart name → (subject, version) of everything the model installs with Helm."""
    return {chart.name: (subject, chart.version) for subject, chart, _, _ in helm_values.charts_in(model)}


def with_chart_version(model: Homelab, name: str, version: str) -> Homelab:
    """``model`` with chart ``name`` (an Application's or the Argo CD release's) moved to ``version``."""

    def bump(chart: Chart) -> Chart:
        return dataclasses.replace(chart, version=version) if chart.name == name else chart

    charts = {a.source.chart for a in model.applications if isinstance(a.source, HelmSource)}
    for chart in (*charts, model.argocd_release.chart):
        model = replace(model, chart, version=bump(chart).version)
    return model


# -- the vendored files ----------------------------------------------------------------------------


def test_vendored_files_are_the_recorded_upstream_bytes() -> None:
    provenance = vendored.load()
    assert provenance.crds and provenance.charts
    assert vendored.verify(provenance) == []
    for file in provenance.files():
        assert file.commit is None or re.fullmatch(r"[0-9a-f]{40}", file.commit), file.relative
        assert file.url == f"https://raw.githubusercontent.com/{file.repo}/{file.tag}/{file.path}"


def test_every_crd_set_matches_the_chart_version_the_model_installs(model: Homelab) -> None:
    """A Renovate bump of a chart without its CRDs fails here, naming the set to refresh and how."""
    charts = installed(model)
    for crd_set in vendored.load().crds:
        chart = crd_set.installed_by
        assert chart.name in charts, f"CRD set {crd_set.name}: chart {chart.name} is installed by nothing in the model"
        _, version = charts[chart.name]
        assert version == chart.version, (
            f"chart {chart.name} is at {version} in the model, but vendor/crds/{crd_set.name} holds the CRDs of "
            f"{chart}: run `make crds` (network), then `make synth`"
        )


@pytest.mark.parametrize("crd_set", vendored.load().crds, ids=lambda s: s.name)
def test_the_gate_refuses_a_chart_bump_without_its_crds(model: Homelab, crd_set: vendored.CrdSet) -> None:
    chart = crd_set.installed_by
    subject, _ = installed(model)[chart.name]
    bumped = with_chart_version(model, chart.name, "999.0.0")
    kinds = sorted(
        key.split("/")[1] for key, e in schema.crd_index().items() if e["installed_by"]["chart"] == chart.name
    )
    found = [str(v) for v in check_model(bumped) if v.rule == "crd-versions"]
    assert found == [
        f"{subject}: chart {chart.name} 999.0.0 installs CRDs the gate does not have (vendor/crds/{crd_set.name} "
        f"holds the CRDs of {chart}: {', '.join(kinds)}). Run `make crds` (needs the network) to vendor "
        f"{chart.name} 999.0.0's CRDs and default values, then `make synth`. [crd-versions]"
    ]


def test_cdk8s_imports_read_the_vendored_crds_with_their_pins() -> None:
    """cdk8s.yaml lists vendored files only, each pinned to the sha256 the provenance records."""
    recorded = {f.local.resolve(): f for s in vendored.load().crds for f in s.files}
    specs = regen_imports.read_import_specs(REPO_ROOT / "cdk8s.yaml")
    assert specs
    text = (REPO_ROOT / "cdk8s.yaml").read_text()
    for spec in specs:
        assert spec.source in recorded, f"{spec.name}: {spec.source} is not a vendored CRD"
        assert spec.sha256 == recorded[spec.source].sha256
        assert f"# url: {recorded[spec.source].url}\n" in text


def test_nothing_reads_crds_from_outside_the_repository() -> None:
    """The repository stands alone: imports, schemas and the gate read vendor/ only."""
    readers = [
        *(REPO_ROOT / "constructs/homelab/checks").glob("*.py"),
        *(REPO_ROOT / "constructs/homelab/tools").glob("*.py"),
    ]
    for path in ("cdk8s.yaml", "Makefile", *map(str, readers)):
        text = (REPO_ROOT / path).read_text()
        if path == "Makefile":  # comments may name ../shared (`make spec` documents it); no recipe reads it
            text = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
        assert "shared/crds" not in text, path
        assert "../shared" not in text, path


# -- make crds: its URL and sha256 bookkeeping, offline ---------------------------------------------


def _entries() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO_ROOT / "vendor" / "provenance.yaml").read_text())
    return data


def _chart_yaml(chart: str, version: str) -> Any:
    return yaml.safe_load((REPO_ROOT / "vendor" / "charts" / f"{chart}-{version}" / "Chart.yaml").read_text())


def test_the_provenance_file_is_what_make_crds_writes() -> None:
    """A refresh rewrites the file; its committed form must be that output, so a bump diffs only what moved."""
    text = (REPO_ROOT / "vendor" / "provenance.yaml").read_text()
    assert vendored.dump(yaml.safe_load(text), text) == text


def test_the_tag_rules_give_the_vendored_tags() -> None:
    """Each rule, applied to today's versions, names today's tag (what `make crds` relies on for the next one)."""
    data = _entries()
    for entry in data["charts"]:
        app_version = str(_chart_yaml(entry["chart"], entry["version"]).get("appVersion", "")).removeprefix("v")
        assert entry["tag_rule"].format(version=entry["version"], app_version=app_version) == entry["tag"], entry
    charts = {c["chart"]: c for c in data["charts"]}
    for crd_set in data["crds"]:
        chart = crd_set["installed_by"]
        assert chart["version"] == charts[chart["chart"]]["version"], crd_set["set"]
        app_version = str(_chart_yaml(chart["chart"], chart["version"])["appVersion"]).removeprefix("v")
        assert crd_set["tag_rule"].format(app_version=app_version) == crd_set["tag"], crd_set["set"]
    for entry in data["charts"]:
        if "subchart_of" in entry:
            parent = charts[entry["subchart_of"]]
            pins = {
                d["name"]: str(d["version"]) for d in _chart_yaml(parent["chart"], parent["version"])["dependencies"]
            }
            assert pins[entry["chart"]] == entry["version"], entry["chart"]


NEW, APP, SUB = "999.0.0", "9.9.9", "98.0.0"


class FakeUpstream:
    """GitHub and the chart repositories for a release ``NEW`` of the given charts (appVersion ``APP``, their
    vendored subcharts moved to ``SUB``), built from the vendored files; any other URL is a 404."""

    def __init__(self, bumped: set[str], repos: dict[str, str]) -> None:
        self.served: dict[str, bytes] = {}
        self.requested: list[str] = []
        data = _entries()
        subcharts = {c["chart"] for c in data["charts"] if c.get("subchart_of") in bumped}
        vendor = REPO_ROOT / "vendor"
        for entry in data["charts"]:
            name = entry["chart"]
            if name not in bumped | subcharts:
                continue
            version = NEW if name in bumped else SUB
            tag = entry["tag_rule"].format(version=version, app_version=APP)
            for file in entry["files"]:
                local = vendor / "charts" / f"{name}-{entry['version']}" / file["file"]
                data_ = local.read_bytes()
                if file["file"] in ("Chart.yaml", "Chart.lock"):
                    meta = yaml.safe_load(data_)
                    if file["file"] == "Chart.yaml":
                        v = "v" if str(meta.get("appVersion", "")).startswith("v") else ""
                        meta.update(version=version, appVersion=f"{v}{APP}")
                    for dependency in meta.get("dependencies") or []:
                        if dependency["name"] in subcharts:
                            dependency["version"] = SUB
                    data_ = yaml.safe_dump(meta).encode()
                self.served[vendored.raw_url(entry["repo"], tag, file["path"])] = data_
            if name in bumped:
                index = {"entries": {name: [{"version": NEW, "appVersion": APP}]}}
                self.served[f"{repos[name].rstrip('/')}/index.yaml"] = yaml.safe_dump(index).encode()
        for crd_set in data["crds"]:
            if crd_set["installed_by"]["chart"] in bumped:
                tag = crd_set["tag_rule"].format(app_version=APP)
                for file in crd_set["files"]:
                    original = (vendor / "crds" / crd_set["set"] / file["file"]).read_bytes()
                    self.served[vendored.raw_url(crd_set["repo"], tag, file["path"])] = original + f"# {APP}\n".encode()

    @staticmethod
    def commit(url: str) -> str:
        return hashlib.sha1(url.encode()).hexdigest()

    def get(self, url: str) -> bytes:
        self.requested.append(url)
        if url.startswith("https://api.github.com/repos/"):
            return json.dumps({"sha": self.commit(url)}).encode()
        if url not in self.served:
            raise vendored.NotFound(f"{url}: not found (HTTP 404)")
        return self.served[url]


def test_make_crds_vendors_a_chart_bump_and_the_gate_then_accepts_it(
    model: Homelab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every vendored chart the model installs moves to a new version at once: one refresh fetches each
    at the tag its rule gives, its subcharts at the new pins, its CRDs at the new appVersion."""
    shutil.copytree(REPO_ROOT / "vendor", tmp_path / "vendor")
    shutil.copy(REPO_ROOT / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    before = _entries()
    charts = {c["chart"]: c for c in before["charts"]}
    bumped = {c["chart"] for c in before["charts"] if "subchart_of" not in c} & set(installed(model))
    assert bumped
    new_model = model
    for name in bumped:
        new_model = with_chart_version(new_model, name, NEW)
    now = {chart.name: (chart.version, chart.repo) for _, chart, _, _ in helm_values.charts_in(new_model)}
    upstream = FakeUpstream(bumped, {name: repo for name, (_, repo) in now.items()})
    provenance = tmp_path / "vendor" / "provenance.yaml"

    report, imported = vendored.fetch(now, provenance, upstream.get, tmp_path / "cdk8s.yaml", tmp_path / "schemas")

    after = yaml.safe_load(provenance.read_text())
    assert vendored.verify(vendored.load(provenance)) == []
    assert all(
        url.startswith(("https://raw.githubusercontent.com/", "https://api.github.com/", *(r for _, r in now.values())))
        for url in upstream.requested
    )
    for entry in after["charts"]:
        name, old = entry["chart"], charts[entry["chart"]]
        moved = NEW if name in bumped else SUB if old.get("subchart_of") in bumped else None
        if moved is None:
            assert entry == old
            continue
        assert entry["version"] == moved
        assert entry["tag"] == old["tag_rule"].format(version=moved, app_version=APP)
        assert entry["commit"] == FakeUpstream.commit(
            f"https://api.github.com/repos/{entry['repo']}/commits/{quote(entry['tag'], safe='')}"
        )
        assert [f["file"] for f in entry["files"]] == [f["file"] for f in old["files"]]
        assert not (tmp_path / "vendor" / "charts" / f"{name}-{old['version']}").exists()
        assert (tmp_path / "vendor" / "charts" / f"{name}-{moved}" / "values.yaml").is_file()
        assert any(line.startswith(f"chart {name}: {old['version']} → {moved} ") for line in report)
    sets = {s["set"]: s for s in before["crds"]}
    for crd_set in after["crds"]:
        if crd_set["installed_by"]["chart"] not in bumped:
            assert crd_set == sets[crd_set["set"]]
            continue
        assert crd_set["installed_by"]["version"] == NEW
        assert crd_set["tag"] == sets[crd_set["set"]]["tag_rule"].format(app_version=APP)
        for file in crd_set["files"]:
            data = (tmp_path / "vendor" / "crds" / crd_set["set"] / file["file"]).read_bytes()
            assert data.endswith(f"# {APP}\n".encode())
            assert file["sha256"] == vendored.sha256_of(data)
    # cdk8s.yaml pins follow, and imports/ is flagged for regeneration when an imported CRD moved.
    recorded = {f.local.resolve(): f for f in vendored.load(provenance).files()}
    specs = regen_imports.read_import_specs(tmp_path / "cdk8s.yaml")
    assert all(spec.sha256 == recorded[spec.source].sha256 for spec in specs)
    assert imported == any(recorded[spec.source].tag.endswith(APP) for spec in specs)
    # The gate, reading the regenerated schemas, accepts the new versions.
    index = json.loads((tmp_path / "schemas" / "index.json").read_text())
    trees = json.loads((tmp_path / "schemas" / helm_values.FILE).read_text())
    monkeypatch.setattr(schema, "crd_index", lambda: index)
    monkeypatch.setattr(helm_values, "trees", lambda: trees)
    charts_now = [(subject, chart.name, chart.version) for subject, chart, _, _ in helm_values.charts_in(new_model)]
    assert list(schema.crd_versions(charts_now)) == []
    assert [str(v) for v in helm_values.check(new_model)] == []
    # A second run finds nothing to do.
    assert vendored.fetch(now, provenance, upstream.get, tmp_path / "cdk8s.yaml", tmp_path / "schemas") == (
        ["every vendored chart and CRD set is at the version the model installs; nothing fetched"],
        False,
    )


def test_a_tag_rule_that_finds_another_chart_is_refused(model: Homelab, tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "vendor", tmp_path / "vendor")
    provenance = tmp_path / "vendor" / "provenance.yaml"
    text = provenance.read_text()
    name = next(c["chart"] for c in _entries()["charts"] if "subchart_of" not in c and "{version}" in c["tag_rule"])
    now = {
        n: (NEW if n == name else v, r)
        for n, (v, r) in {c.name: (c.version, c.repo) for _, c, _, _ in helm_values.charts_in(model)}.items()
    }
    upstream = FakeUpstream({name}, {n: r for n, (_, r) in now.items()})
    upstream.served = {url.replace(NEW, "998.0.0"): data for url, data in upstream.served.items()}  # wrong tag

    with pytest.raises(vendored.ProvenanceError, match=rf"^chart {name} {NEW}: https://raw\.githubusercontent\.com/"):
        vendored.refresh(now, provenance, upstream.get, None)
    assert provenance.read_text() == text  # nothing written


def test_make_crds_without_network_says_so_in_one_line(
    model: Homelab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(REPO_ROOT / "vendor", tmp_path / "vendor")
    provenance = tmp_path / "vendor" / "provenance.yaml"
    text = provenance.read_text()
    crd_set = vendored.load(provenance).crds[0]
    bumped = with_chart_version(model, crd_set.installed_by.name, NEW)
    now = {chart.name: (chart.version, chart.repo) for _, chart, _, _ in helm_values.charts_in(bumped)}
    monkeypatch.setattr(vendored, "installed_charts", lambda: now)

    def offline(*args: object, **kwargs: object) -> None:
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    assert vendored.main(["fetch", "--provenance", str(provenance)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("vendored: cannot download https://raw.githubusercontent.com/")
    assert err.endswith("`make crds` needs the network: connect and run it again\n")
    assert provenance.read_text() == text


def test_verify_names_a_file_whose_bytes_moved(tmp_path: Path) -> None:
    copy = tmp_path / "provenance.yaml"
    copy.write_text((REPO_ROOT / "vendor" / "provenance.yaml").read_text())
    provenance = vendored.load(copy)
    first, second = provenance.files()[:2]
    first.local.parent.mkdir(parents=True)
    wrong = b"not the CRD\n"
    first.local.write_bytes(wrong)
    problems = vendored.verify(provenance)
    assert problems[0].startswith(f"{first.local}: sha256 {vendored.sha256_of(wrong)}, but")
    assert f"{second.local}: missing (run `make crds` with network: {second.url})" in problems


# -- every kind is served --------------------------------------------------------------------------

WIDGET: dict[str, Any] = {
    "apiVersion": "example.org/v1",
    "kind": "Widget",
    "metadata": {"name": "demo", "namespace": "demo"},
    "spec": {},
}


def _served(manifest: dict[str, Any], charts: set[str]) -> list[str]:
    return [str(v) for v in schema.served_kinds(Inventory({"demo": [manifest]}), charts)]


def test_an_object_of_a_kind_nothing_serves_is_refused(model: Homelab) -> None:
    charts = set(installed(model))
    available = sorted(k for k, e in schema.crd_index().items() if e["installed_by"]["chart"] in charts)
    assert _served(WIDGET, charts) == [
        "Widget 'demo/demo': kind Widget (example.org/v1) is served by nothing this homelab installs (no vendored "
        f"CRD defines it; the installed CRDs serve {', '.join(available)}). Remove the object, or install the chart "
        "that serves the kind and vendor its CRDs (vendor/provenance.yaml, then `make crds schemas`). [served-kinds]"
    ]


def test_the_gate_refuses_it_among_the_rendered_objects(model: Homelab) -> None:
    found = [str(v) for v in check_rendered(model, {"demo": [WIDGET]}) if v.rule == "served-kinds"]
    assert len(found) == 1
    assert found[0].startswith("Widget 'demo/demo': kind Widget (example.org/v1) is served by nothing this homelab")


@pytest.mark.parametrize("key", sorted(schema.crd_index()))
def test_a_crd_kind_is_served_only_while_its_chart_is_installed(model: Homelab, key: str) -> None:
    entry = schema.crd_index()[key]
    group, kind = key.split("/")
    manifest = {"apiVersion": f"{group}/{entry['served'][0]}", "kind": kind, "metadata": {"name": "x"}}
    charts = set(installed(model))
    assert _served(manifest, charts) == []
    chart = entry["installed_by"]["chart"]
    (problem,) = _served(manifest, charts - {chart})
    assert f"is served by nothing this homelab installs (its CRD comes with chart {chart}, which " in problem
    assert problem.endswith(f"Install chart {chart} in the model, or remove the object. [served-kinds]")


def test_built_in_kinds_are_served_by_kubernetes() -> None:
    config_map = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "y"}}
    assert _served(config_map, set()) == []


def test_the_cdk8s_pins_are_what_make_crds_writes(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "vendor", tmp_path / "vendor")
    shutil.copy(REPO_ROOT / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    assert (
        vendored.update_import_pins(tmp_path / "cdk8s.yaml", vendored.load(tmp_path / "vendor" / "provenance.yaml"))
        is False
    )
    assert (tmp_path / "cdk8s.yaml").read_bytes() == (REPO_ROOT / "cdk8s.yaml").read_bytes()


def test_fetch_quiet_says_nothing_and_needs_no_network_when_nothing_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make synth` runs it after every catalog edit: silent and offline unless a chart version moved."""
    shutil.copytree(REPO_ROOT / "vendor", tmp_path / "vendor")

    def offline(*args: object, **kwargs: object) -> None:
        raise AssertionError("no download when nothing moved")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    assert vendored.main(["fetch", "--quiet", "--provenance", str(tmp_path / "vendor" / "provenance.yaml")]) == 0
    assert capsys.readouterr() == ("", "")


def test_make_synth_vendors_a_moved_chart_version_first() -> None:
    """A chart bump is one edit and `make synth`: after a catalog edit, synth runs the vendoring step first."""
    charts = REPO_ROOT / "constructs" / "homelab" / "catalog" / "charts"
    chart_module = next(p for p in sorted(charts.glob("*.py")) if "# renovate: helm" in p.read_text())
    planned = subprocess.run(
        ["make", "-n", "-W", str(chart_module.relative_to(REPO_ROOT)), "synth"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    fetch = next(i for i, line in enumerate(planned) if "homelab.tools.vendored fetch" in line)
    render = next(i for i, line in enumerate(planned) if line.endswith("main.py"))
    assert fetch < render
