"""Helm values against the charts themselves: every key the model sets is a key its chart reads.

Helm ignores a key no template reads, so a misspelled or outdated value passes ``helm template``
and silently does nothing. The pinned charts' default ``values.yaml`` files are vendored
(``vendor/charts/``); ``make schemas`` turns them into key trees (``checks/schemas/helm-values.json``),
which this module reads at synth time. A key path the model sets must

- exist in the chart's defaults, or
- lie under a map the chart leaves open: a ``{}`` or ``null`` default (``resources``, ``podAnnotations``,
  ``storageSpec``), or a map the chart renders whole (:data:`OPEN_MAPS`, each with the reason), or
- belong to a declared subchart whose defaults are vendored too (merged under its name or alias).

Lists are user data: nothing below a list is checked. Where the chart or a vendored subchart ships
a ``values.schema.json``, the values are validated against it as well, as Helm does before it renders.
The tree of a chart is only used for the version it was made from; another version is a violation
until its defaults are vendored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, is_typeddict

from homelab.checks.schema import refresh_hint
from homelab.checks.violation import Violation

if TYPE_CHECKING:
    from homelab.model import Chart, Homelab
    from homelab.tools.vendored import ChartDefaults, Provenance

SCHEMAS = Path(__file__).resolve().parent / "schemas"
FILE = "helm-values.json"

#: A key tree node: a mapping of known keys, ``OPEN`` (anything below is read) or ``VALUE`` (a scalar or
#: list default: a map set here is not read).
OPEN = 1
VALUE = 0

#: Maps with non-empty defaults that the chart nevertheless renders whole (``toYaml``/``range``), so any
#: key below them reaches the application. Per chart name: key path → why it is open.
OPEN_MAPS: Mapping[str, Mapping[tuple[str, ...], str]] = {
    "grafana": {
        ("grafana.ini",): "rendered whole into grafana.ini (templates/_config.tpl ranges over it)",
    },
    "argo-cd": {
        ("configs", "cm"): "rendered whole into the argocd-cm ConfigMap",
        ("configs", "params"): "rendered whole into the argocd-cmd-params-cm ConfigMap",
        ("configs", "rbac"): "rendered whole into the argocd-rbac-cm ConfigMap",
        ("configs", "secret", "extra"): "rendered whole into the argocd-secret Secret",
    },
}

#: Keys a template reads although ``values.yaml`` only mentions them in a comment. Per chart name:
#: key path → the template that reads it (checked against the chart at its release tag).
TEMPLATE_KEYS: Mapping[str, Mapping[tuple[str, ...], str]] = {
    "grafana": {
        ("service", "nodePort"): "templates/service.yaml: .Values.service.nodePort",
    },
    "trivy-operator": {
        ("trivy", "serverURL"): "templates/configmaps/trivy.yaml: .Values.trivy.serverURL (only when "
        "operator.builtInTrivyServer is false)",
    },
}

#: Findings the gate reports without refusing: keys the decided spec (``helm_charts.<chart>.values``) sets
#: although the chart does not read them. (chart, key path) → why it stays: not tied to the chart version,
#: so a chart bump (`make crds`) keeps it acknowledged while the new version still ignores the key. The tests
#: fail once one of them no longer occurs, so the entry goes when the spec and the model are fixed.
ACKNOWLEDGED: Mapping[tuple[str, tuple[str, ...]], str] = {
    ("external-secrets", ("controller",)): "the spec sets controller.securityContext; the chart "
    "reads podSecurityContext and securityContext at the top level (raised for a spec change)",
    ("argo-cd", ("server", "service", "nodePorts")): "the spec sets server.service.nodePorts.http/"
    "https; the chart reads server.service.nodePortHttp/nodePortHttps, so the NodePorts are random "
    "(raised for a spec change)",
}


# -- generation (make schemas) --------------------------------------------------------------------


def _tree(node: Any) -> Any:
    if isinstance(node, Mapping):
        return {str(k): _tree(v) for k, v in node.items()} if node else OPEN
    if node is None:
        return OPEN
    return VALUE


def _merge(base: Any, extra: Any) -> Any:
    """``extra`` over ``base``: a parent's defaults for a subchart add to the subchart's own."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, dict):
        return base
    if isinstance(extra, dict):
        return extra
    return OPEN if OPEN in (base, extra) else VALUE


def _open(tree: Any, path: tuple[str, ...]) -> Any:
    if not path:
        return OPEN
    if not isinstance(tree, dict):
        raise ValueError(f"open map {'.'.join(path)}: not a map in the chart's defaults")
    head, *rest = path
    if head not in tree:
        raise ValueError(f"open map {head}: not a key of the chart's defaults")
    return {**tree, head: _open(tree[head], tuple(rest))}


def _add(tree: Any, path: tuple[str, ...]) -> Any:
    head, *rest = path
    if not isinstance(tree, dict):
        raise ValueError(f"template key {'.'.join(path)}: its parent is not a map in the chart's defaults")
    if not rest:
        if head in tree:
            raise ValueError(f"template key {head}: already in the chart's defaults; drop it from TEMPLATE_KEYS")
        return {**tree, head: OPEN}
    return {**tree, head: _add(tree.get(head, {}), tuple(rest))}


def _yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_bytes(), Loader=loader)


def _dependencies(chart: ChartDefaults) -> list[tuple[str, str, str]]:
    """(key in the parent's values, subchart name, pinned version) for every declared dependency."""
    meta_file = chart.file("Chart.yaml")
    meta = _yaml(meta_file) if meta_file else {}
    lock_file = chart.file("Chart.lock")
    locked = (
        {d["name"]: str(d["version"]) for d in (_yaml(lock_file) or {}).get("dependencies", [])} if lock_file else {}
    )
    return [
        (str(d.get("alias") or d["name"]), str(d["name"]), locked.get(d["name"], str(d.get("version", ""))))
        for d in (meta or {}).get("dependencies", []) or []
    ]


def _chart_tree(chart: ChartDefaults, by_ref: Mapping[tuple[str, str], ChartDefaults]) -> tuple[Any, dict[str, str]]:
    values_file = chart.file("values.yaml")
    if values_file is None:
        raise ValueError(f"{chart.chart}: no values.yaml vendored")
    tree = _tree(_yaml(values_file) or {})
    if not isinstance(tree, dict):
        tree = {}
    for path in OPEN_MAPS.get(chart.chart.name, {}):
        tree = _open(tree, path)
    for path in TEMPLATE_KEYS.get(chart.chart.name, {}):
        tree = _add(tree, path)
    subcharts: dict[str, str] = {}
    for key, name, version in _dependencies(chart):
        sub = by_ref.get((name, version))
        if sub is None:
            subcharts[key] = f"{name} {version} (defaults not vendored)"
            continue
        sub_tree, _ = _chart_tree(sub, by_ref)
        parent_part = tree.get(key, {})
        sub_global = sub_tree.pop("global", None) if isinstance(sub_tree, dict) else None
        tree[key] = _merge(sub_tree, parent_part)
        if sub_global is not None:
            tree["global"] = _merge(tree.get("global", {}), sub_global)
        subcharts[key] = f"{name} {version}"
    return tree, subcharts


_ANNOTATIONS = frozenset({"$schema", "description", "title", "form", "examples", "default"})


def _compact(node: Any, *, in_properties: bool = False) -> Any:
    """A JSON schema without annotations (a property that happens to be named ``description`` stays)."""
    if isinstance(node, list):
        return [_compact(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: _compact(value, in_properties=key in ("properties", "patternProperties") and not in_properties)
        for key, value in node.items()
        if in_properties or key not in _ANNOTATIONS
    }


def _value_schemas(
    chart: ChartDefaults, by_ref: Mapping[tuple[str, str], ChartDefaults], at: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """The ``values.schema.json`` of the chart and of its vendored subcharts, each with the key path it
    applies at. Helm validates the values against every one of them before it renders anything."""
    found = []
    schema_file = chart.file("values.schema.json")
    if schema_file is not None:
        found.append({"at": list(at), "schema": _compact(json.loads(schema_file.read_bytes()))})
    for key, name, version in _dependencies(chart):
        sub = by_ref.get((name, version))
        if sub is not None:
            found.extend(_value_schemas(sub, by_ref, (*at, key)))
    return found


def generate(provenance: Provenance) -> dict[str, Any]:
    """``chart name`` → ``{version, values, subcharts, schemas}`` for every vendored chart (subcharts merged in)."""
    by_ref = {(c.chart.name, c.chart.version): c for c in provenance.charts}
    out: dict[str, Any] = {}
    for chart in provenance.charts:
        tree, subcharts = _chart_tree(chart, by_ref)
        source = chart.file("values.yaml")
        out[chart.chart.name] = {
            "version": chart.chart.version,
            "source": next(f.relative for f in chart.files if f.local == source),
            "subcharts": subcharts,
            "values": tree,
            "schemas": _value_schemas(chart, by_ref),
        }
    out["_missing"] = {m.chart.name: {"version": m.chart.version, "reason": m.reason} for m in provenance.missing}
    return dict(sorted(out.items()))


# -- the check (synth) ----------------------------------------------------------------------------


@cache
def trees() -> Mapping[str, Any]:
    data: Mapping[str, Any] = json.loads((SCHEMAS / FILE).read_bytes())
    return data


def unread_keys(values: Any, tree: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """(key path, why) for every key of ``values`` the chart's key ``tree`` does not read."""
    if not isinstance(values, Mapping) or tree == OPEN:
        return
    if tree == VALUE:
        yield path, "the chart's default here is a value or a list, not a map"
        return
    for key, value in values.items():
        if key not in tree:
            yield (*path, str(key)), _known(tree)
        else:
            yield from unread_keys(value, tree[key], (*path, str(key)))


def _known(tree: Mapping[str, Any]) -> str:
    keys = sorted(tree)
    shown = ", ".join(keys[:12]) + (", …" if len(keys) > 12 else "")
    return f"keys the chart reads here: {shown}"


def _nest(settings: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for path in settings:
        node = nested
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node.setdefault(path[-1], None)
    return nested


def charts_in(model: Homelab) -> list[tuple[str, Chart, Any, str]]:
    """(subject, chart, values as nested mappings, what the values are called) for everything the model
    installs with Helm: the HelmSource Applications and Terraform's Argo CD release."""
    from homelab.model import HelmSource

    out: list[tuple[str, Chart, Any, str]] = [
        (f"Application {app.name!r}", app.source.chart, app.source.values, "valuesObject")
        for app in model.applications
        if isinstance(app.source, HelmSource)
    ]
    release = model.argocd_release
    settings = [s.path for s in (*release.settings, *release.sensitive_settings)]
    out.append((f"HelmRelease {release.name!r}", release.chart, _nest(settings), "set"))
    return out


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(f"[{p!r}]" if "." in p else p for p in path).replace(".[", "[")


def _typed_unknown(model: Homelab) -> set[tuple[str, str]]:
    """(subject, dotted path) of the keys the values' TypedDict already reports as unknown fields."""
    from homelab.model import HelmSource
    from homelab.model.typed import check_typed

    out = set()
    for app in model.applications:
        if isinstance(app.source, HelmSource) and is_typeddict(app.source.schema):
            for error in check_typed(app.source.values, app.source.schema, "valuesObject"):
                path, _, problem = error.partition(": ")
                if problem.startswith("unknown field"):
                    out.add((f"Application {app.name!r}", path))
    return out


def check(model: Homelab) -> Iterator[Violation]:
    known = trees()
    typed = _typed_unknown(model)
    for subject, chart, values, called in charts_in(model):
        entry = known.get(chart.name)
        if entry is None:
            continue  # listed by unchecked_charts()
        if entry["version"] != chart.version:
            yield Violation(
                subject=subject,
                rule="helm-values",
                message=f"chart {chart.name} {chart.version} has no vendored defaults (vendored: {entry['version']}). "
                + refresh_hint(chart.name, chart.version),
            )
            continue
        for path, why in unread_keys(values, entry["values"]):
            if (chart.name, path) in ACKNOWLEDGED:
                continue  # listed by acknowledged()
            if (subject, ".".join((called, *path))) in typed:
                continue  # the TypedDict check reports it already (one mistake, one message)
            yield Violation(
                subject=subject,
                rule="helm-values",
                message=f"{called}.{_dotted(path)}: key not read by chart {chart.name} {chart.version} ({why}; "
                f"defaults: {entry['source']}). Fix the key's spelling or remove it from the chart's values.",
            )
        yield from _schema_violations(subject, chart, values, called, entry["schemas"])


def _valid(schema: Any, value: Any) -> bool:
    """``value`` certainly satisfies ``schema`` (False also when the fast checker cannot tell)."""
    from homelab.checks.fastschema import Unsupported, lazy

    try:
        return lazy(schema)(value)
    except Unsupported:
        return False


def _schema_violations(
    subject: str, chart: Chart, values: Any, called: str, schemas: Sequence[Mapping[str, Any]]
) -> Iterator[Violation]:
    """``values`` against the charts' ``values.schema.json`` files, as Helm checks them before rendering."""
    from homelab.checks.schema import _describe, _validator_class

    document = json.loads(json.dumps(values, default=str))  # Terraform variables are strings to Helm
    for entry in schemas:
        part = document
        for key in entry["at"]:
            part = part.get(key) if isinstance(part, dict) else None
        if part is None or _valid(entry["schema"], part):
            continue  # the compiled yes/no check: jsonschema (≈70 ms to import) only explains a failure
        for error in _validator_class()(entry["schema"]).iter_errors(part):
            path, problem = _describe(error)
            where = ".".join((called, *entry["at"], path)) if path != "(object)" else ".".join((called, *entry["at"]))
            owner = f"{chart.name} {chart.version}" + (f", subchart {'.'.join(entry['at'])}" if entry["at"] else "")
            yield Violation(
                subject=subject,
                rule="helm-values",
                message=f"{where}: {problem} (values.schema.json of chart {owner}; Helm refuses the values).",
            )


def acknowledged(model: Homelab) -> list[str]:
    """Acknowledged findings (:data:`ACKNOWLEDGED`) that occur in ``model``: reported, not refused."""
    known = trees()
    out = []
    for subject, chart, values, called in charts_in(model):
        entry = known.get(chart.name)
        if entry is None or entry["version"] != chart.version:
            continue
        for path, _ in unread_keys(values, entry["values"]):
            reason = ACKNOWLEDGED.get((chart.name, path))
            if reason is not None:
                out.append(f"{subject}: {called}.{_dotted(path)} ({reason})")
    return out


def unchecked_charts(model: Homelab) -> list[str]:
    """Charts whose defaults are not vendored (their values cannot be checked), with the reason."""
    known = trees()
    missing = known.get("_missing", {})
    out = []
    for _, chart, _, _ in charts_in(model):
        if chart.name not in known:
            reason = missing.get(chart.name, {}).get("reason", "not listed in vendor/provenance.yaml")
            out.append(f"{chart.name} {chart.version} ({reason})")
    return sorted(set(out))
