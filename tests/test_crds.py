"""The CRDs the gate knows are the ones the cluster serves: vendored at the deployed versions, tied to the
charts the model installs, and every rendered kind is served by one of them or by Kubernetes itself."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
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
        assert re.fullmatch(r"[0-9a-f]{40}", file.commit), file.relative
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
            f"{chart}: set tag/commit and installed_by.version {version} for set {crd_set.name!r} in "
            "vendor/provenance.yaml, run `make crds` (network), then `make schemas imports` and `make synth`"
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
        f"holds the CRDs of {chart}: {', '.join(kinds)}). Refresh them: set the upstream tag and commit that "
        f"{chart.name} 999.0.0 ships and installed_by.version 999.0.0 for set {crd_set.name!r} in "
        "vendor/provenance.yaml, run `make crds` (network), then `make schemas imports` and `make synth`. "
        "[crd-versions]"
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


def test_make_crds_downloads_each_recorded_url_and_records_the_new_digest(tmp_path: Path) -> None:
    text = (REPO_ROOT / "vendor" / "provenance.yaml").read_text()
    copy = tmp_path / "provenance.yaml"
    copy.write_text(text)
    provenance = vendored.load(copy)
    changed_file = provenance.crds[0].files[0]
    requested: list[str] = []

    def download(url: str) -> bytes:
        requested.append(url)
        original = next(f for f in vendored.load().files() if f.url == url)
        data = original.local.read_bytes()
        return data + b"# changed upstream\n" if url == changed_file.url else data

    new_text, changed = vendored.refresh(provenance, text, download)
    assert requested == [f.url for f in provenance.files()]
    assert all(url.startswith("https://raw.githubusercontent.com/") for url in requested)
    # Every file is written below the copy's vendor folder; only the changed one differs from the repository.
    assert sorted(changed) == sorted(str(f.local) for f in provenance.files())
    new_digest = vendored.sha256_of(changed_file.local.read_bytes())
    assert new_text == text.replace(f"sha256: {changed_file.sha256}", f"sha256: {new_digest}", 1)
    copy.write_text(new_text)
    assert vendored.verify(vendored.load(copy)) == []


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
