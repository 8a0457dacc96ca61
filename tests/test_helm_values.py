"""Helm values against the vendored chart defaults: every key the model sets is a key its chart reads."""

from __future__ import annotations

import copy
import typing
from collections.abc import Iterator
from typing import Any, get_type_hints, is_typeddict

import pytest
from homelab.checks import check_model, helm_values
from homelab.checks.helm_values import OPEN, VALUE
from homelab.model import HelmSource, Homelab
from homelab.tools import vendored

from tests.surgery import replace


def helm_apps(model: Homelab) -> list[tuple[str, HelmSource]]:
    return [(a.name, a.source) for a in model.applications if isinstance(a.source, HelmSource)]


def vendored_app(model: Homelab, chart: str) -> tuple[str, HelmSource]:
    for name, source in helm_apps(model):
        if source.chart.name == chart:
            return name, source
    raise LookupError(chart)


def with_values(model: Homelab, app: str, values: dict[str, Any]) -> Homelab:
    """``values`` for Application ``app``, without its TypedDict (which would report a misspelled key first)."""
    return replace(model, model.application(app).source, values=values, schema=None)


def problems(model: Homelab) -> list[str]:
    return [str(v) for v in helm_values.check(model)]


# -- the real homelab --------------------------------------------------------------------------------


def test_every_value_the_model_sets_is_read_by_its_chart(model: Homelab) -> None:
    assert problems(model) == []


def test_acknowledged_findings_still_occur(model: Homelab) -> None:
    """An acknowledged finding is removed from ACKNOWLEDGED once the model no longer has it."""
    charts = {c.name: c.version for _, c, _, _ in helm_values.charts_in(model)}
    expected = [key for key in helm_values.ACKNOWLEDGED if key[0] in charts]
    assert len(helm_values.acknowledged(model)) == len(expected)


def test_charts_without_vendored_defaults_are_listed(model: Homelab) -> None:
    missing = {m.chart.name: m for m in vendored.load().missing}
    charts = {c.name: c for _, c, _, _ in helm_values.charts_in(model)}
    listed = helm_values.unchecked_charts(model)
    assert listed == sorted(
        f"{m.chart} ({m.reason})"
        for name, m in missing.items()
        if name in charts and charts[name].version == m.chart.version
    )
    vendored_names = {c.chart.name for c in vendored.load().charts}
    assert all(name in vendored_names or name in missing for name in charts)


def _typeddict_paths(tp: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for key, hint in get_type_hints(tp).items():
        path = (*prefix, key)
        if is_typeddict(hint):
            yield from _typeddict_paths(hint, path)
        else:
            yield path


def _nested(paths: list[tuple[str, ...]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in paths:
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node.setdefault(path[-1], None)
    return out


def test_every_typeddict_key_is_a_key_the_chart_reads(model: Homelab) -> None:
    """The catalog's value TypedDicts and the charts' defaults are one truth: each TypedDict key path
    (not only those set today) exists in the vendored defaults, an open map, or a vendored subchart."""
    trees = helm_values.trees()
    checked = 0
    for _, source in helm_apps(model):
        entry = trees.get(source.chart.name)
        if source.schema is None or entry is None or entry["version"] != source.chart.version:
            continue
        paths = list(_typeddict_paths(source.schema))
        unread = [
            ".".join(path)
            for path, _ in helm_values.unread_keys(_nested(paths), entry["values"])
            if (source.chart.name, path) not in helm_values.ACKNOWLEDGED
        ]
        assert unread == [], f"{source.chart.name} {source.chart.version}: TypedDict keys the chart does not read"
        checked += len(paths)
    assert checked > 0


# -- the rule --------------------------------------------------------------------------------------


@pytest.fixture
def kps(model: Homelab) -> tuple[str, dict[str, Any]]:
    name, source = vendored_app(model, "kube-prometheus-stack")
    return name, copy.deepcopy(dict(source.values))


def test_a_misspelled_key_is_refused(model: Homelab, kps: tuple[str, dict[str, Any]]) -> None:
    app, values = kps
    values.setdefault("prometheus", {}).setdefault("prometheusSpec", {})["retentoin"] = "15d"
    entry = helm_values.trees()["kube-prometheus-stack"]
    (problem,) = problems(with_values(model, app, values))
    assert problem.startswith(
        f"Application {app!r}: valuesObject.prometheus.prometheusSpec.retentoin: key not read by chart "
        f"kube-prometheus-stack {entry['version']} (keys the chart reads here: "
    )
    assert problem.endswith(
        f"; defaults: {entry['source']}). Fix the key's spelling or remove it from the chart's values. [helm-values]"
    )
    # The gate refuses it once; with the TypedDict in place, the TypedDict check is the one that reports it.
    assert [str(v) for v in check_model(with_values(model, app, values)) if v.rule == "helm-values"] == [problem]
    typed = replace(model, model.application(app).source, values=values)
    (typed_problem,) = [str(v) for v in check_model(typed) if v.rule == "helm-values"]
    assert "retentoin: unknown field" in typed_problem


def test_open_maps_and_subcharts_are_read(model: Homelab, kps: tuple[str, dict[str, Any]]) -> None:
    app, values = kps
    values.setdefault("prometheus", {}).setdefault("prometheusSpec", {})["podMetadata"] = {"labels": {"a": "b"}}
    values.setdefault("grafana", {})["grafana.ini"] = {"anything": {"goes": "here"}}  # rendered whole
    values["grafana"]["nodeSelector"] = {"disk": "ssd"}  # the grafana subchart's {} default
    assert problems(with_values(model, app, values)) == []
    values["grafana"]["imageRenderer"] = {"enabeld": True}  # a subchart key, misspelled
    (problem,) = problems(with_values(model, app, values))
    assert "valuesObject.grafana.imageRenderer.enabeld: key not read by chart kube-prometheus-stack" in problem


def test_a_map_under_a_value_default_is_refused(model: Homelab, kps: tuple[str, dict[str, Any]]) -> None:
    app, values = kps
    values.setdefault("prometheus", {}).setdefault("prometheusSpec", {})["retention"] = {"days": 15}
    (problem,) = problems(with_values(model, app, values))
    assert "valuesObject.prometheus.prometheusSpec.retention: key not read by chart" in problem
    assert "the chart's default here is a value or a list, not a map" in problem


def test_a_chart_version_without_vendored_defaults_is_refused(model: Homelab) -> None:
    app, source = vendored_app(model, "trivy-operator")
    vendored_version = helm_values.trees()["trivy-operator"]["version"]
    assert problems(replace(model, source.chart, version="9.9.9")) == [
        f"Application {app!r}: chart trivy-operator 9.9.9 has no vendored defaults (vendored: {vendored_version}). "
        "Run `make crds` (needs the network) to vendor trivy-operator 9.9.9's CRDs and default values, then "
        "`make synth`. [helm-values]"
    ]


def test_argo_cd_release_settings_are_checked(model: Homelab) -> None:
    from homelab.model import HelmSetting

    release = model.argocd_release
    typo = HelmSetting(path=("server", "servise", "type"), value="NodePort")
    bad = replace(model, release, settings=(*release.settings, typo))
    (problem,) = problems(bad)
    assert problem.startswith(f"HelmRelease {release.name!r}: set.server.servise: key not read by chart argo-cd ")


# -- the key trees ------------------------------------------------------------------------------------


def test_key_trees_of_defaults() -> None:
    defaults: dict[str, Any] = {
        "resources": {},
        "image": {"tag": "1"},
        "tolerations": [],
        "existing": None,
        "name": "x",
    }
    assert helm_values._tree(defaults) == {
        "resources": OPEN,
        "image": {"tag": VALUE},
        "tolerations": VALUE,
        "existing": OPEN,
        "name": VALUE,
    }
    # A parent's defaults for a subchart add to the subchart's own.
    assert helm_values._merge({"a": VALUE, "b": {"c": VALUE}}, {"b": {"d": OPEN}, "e": VALUE}) == {
        "a": VALUE,
        "b": {"c": VALUE, "d": OPEN},
        "e": VALUE,
    }


def test_open_maps_and_template_keys_name_real_places() -> None:
    """Each hand-recorded exception applies to a vendored chart (generation would fail otherwise)."""
    names = {c.chart.name for c in vendored.load().charts}
    assert set(helm_values.OPEN_MAPS) <= names
    assert set(helm_values.TEMPLATE_KEYS) <= names
    assert typing.cast(dict[str, Any], helm_values.trees()["argo-cd"]["values"])["configs"]["cm"] == OPEN


def test_values_are_checked_against_the_charts_values_schema(model: Homelab) -> None:
    """Helm validates values against values.schema.json (the chart's and its subcharts') before rendering."""
    checked = 0
    for chart, at, key, wrong in (
        ("external-secrets", (), "replicaCount", "one"),
        ("authentik", ("postgresql",), "architecture", 5),
    ):
        entry = helm_values.trees()[chart]
        if not any(s["at"] == list(at) for s in entry["schemas"]):
            continue
        app, source = vendored_app(model, chart)
        values = copy.deepcopy(dict(source.values))
        node = values
        for part in at:
            node = node.setdefault(part, {})
        node[key] = wrong
        owner = f"{chart} {entry['version']}" + (f", subchart {'.'.join(at)}" if at else "")
        (problem,) = problems(with_values(model, app, values))
        assert problem.startswith(f"Application {app!r}: valuesObject.{'.'.join((*at, key))}: expected ")
        assert problem.endswith(f"(values.schema.json of chart {owner}; Helm refuses the values). [helm-values]")
        checked += 1
    assert checked > 0
