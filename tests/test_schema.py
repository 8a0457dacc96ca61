"""The schemas the gate validates against: generated from the vendored deployed-version CRDs, strict, complete."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from homelab.checks import schema, schemas_gen
from homelab.checks.objects import Inventory, split_api_version
from homelab.pipeline import Rendering
from homelab.tools import vendored
from homelab.tools.vendored import REPO_ROOT


def test_committed_schemas_are_what_the_generator_makes() -> None:
    """`make schemas` reproduces checks/schemas/ byte for byte from the vendored CRDs and charts."""
    generated = schemas_gen.generate(vendored.load())
    committed = {p.name: p.read_bytes() for p in schema.SCHEMAS.glob("*.json")}
    assert sorted(committed) == sorted(generated)
    for name, data in generated.items():
        assert committed[name] == data, f"{name} is stale: run `make schemas`"


def test_each_schema_records_its_source() -> None:
    provenance = {f.relative: f for f in vendored.load().files()}
    for entry in schema.crd_index().values():
        document = json.loads((schema.SCHEMAS / str(entry["file"])).read_bytes())
        source = document["source"]
        assert source["sha256"] == hashlib.sha256((REPO_ROOT / source["file"]).read_bytes()).hexdigest()
        assert source["upstream"] == provenance[source["file"]].url


def test_every_vendored_crd_has_a_schema_tied_to_its_chart() -> None:
    """index.json lists each CRD of each vendored set with the chart (name, version) that installs it."""
    import yaml

    index = schema.crd_index()
    expected = {}
    for crd_set in vendored.load().crds:
        for file in crd_set.files:
            spec = yaml.safe_load(file.local.read_bytes())["spec"]
            served = sorted(v["name"] for v in spec["versions"] if v.get("served"))
            chart = {"chart": crd_set.installed_by.name, "version": crd_set.installed_by.version}
            expected[f"{spec['group']}/{spec['names']['kind']}"] = (spec["scope"], served, chart)
    assert {k: (e["scope"], e["served"], e["installed_by"]) for k, e in index.items()} == expected


def _rendered_objects(rendering: Rendering) -> list[dict[str, Any]]:
    return [m for ms in rendering.manifests.values() for m in ms]


def test_every_rendered_custom_kind_has_a_schema_or_is_named(rendering: Rendering) -> None:
    """A CRD kind the homelab renders is validated at a served version and its scope, or listed as unchecked."""
    index = schema.crd_index()
    for obj in _rendered_objects(rendering):
        group, version = split_api_version(obj["apiVersion"])
        if group in schema.BUILTIN_GROUPS:
            continue
        entry = index.get(f"{group}/{obj['kind']}")
        if entry is None:
            assert any(u.split(" ")[0] == obj["kind"] for u in rendering.unchecked), obj["kind"]
            continue
        assert version in entry["served"], (obj["kind"], version)
        assert entry["scope"] == ("Namespaced" if obj["metadata"].get("namespace") else "Cluster"), obj["kind"]
    assert all((schema.SCHEMAS / str(entry["file"])).is_file() for entry in index.values())


def test_kubernetes_version_is_bundled(rendering: Rendering) -> None:
    """kubernetes-validate ships strict schemas of the pinned version for every built-in kind the homelab renders."""
    assert schema._core_dir().name == f"v{schema.KUBERNETES_VERSION}.0-local-strict"
    builtin = {
        (o["apiVersion"], o["kind"])
        for o in _rendered_objects(rendering)
        if split_api_version(o["apiVersion"])[0] in schema.BUILTIN_GROUPS
    }
    assert builtin
    assert [k for k in sorted(builtin) if not schema._core_file(*k).exists()] == []


def test_unchecked_kinds_are_named() -> None:
    """Kinds no schema covers are listed once each, with their groups when several share a name."""
    group_kind, entry = next(iter(schema.crd_index().items()))
    group, kind = group_kind.split("/")
    objects = [
        {"apiVersion": "example.com/v1", "kind": "Gadget"},
        {"apiVersion": "example.com/v1", "kind": "Widget"},
        {"apiVersion": "example.org/v2", "kind": "Widget"},
        {"apiVersion": "v1", "kind": "ConfigMap"},
        {"apiVersion": f"{group}/{entry['served'][0]}", "kind": kind},
    ]
    assert schema.unchecked_kinds(objects) == ["Gadget", "Widget (example.com/v1, example.org/v2)"]


# -- the conversion: openAPIV3Schema → strict JSON Schema ----------------------------------------


def convert(openapi: dict[str, Any]) -> dict[str, Any]:
    return schemas_gen.object_schema(openapi, api_version="example.com/v1", kind="Widget")


def test_objects_are_closed_unless_they_preserve_unknown_fields() -> None:
    converted = convert(
        {
            "type": "object",
            "properties": {
                "spec": {
                    "type": "object",
                    "description": "dropped",
                    "properties": {
                        "closed": {"type": "object", "properties": {"a": {"type": "string"}}},
                        "open": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
                        "map": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                }
            },
        }
    )
    spec = converted["properties"]["spec"]
    assert "description" not in spec
    assert spec["additionalProperties"] is False
    assert spec["properties"]["closed"]["additionalProperties"] is False
    assert "additionalProperties" not in spec["properties"]["open"]
    assert spec["properties"]["map"]["additionalProperties"] == {"type": "string"}
    assert converted["properties"]["apiVersion"] == {"const": "example.com/v1"}
    assert converted["properties"]["metadata"]["additionalProperties"] is False
    assert converted["additionalProperties"] is False


def test_kubernetes_extensions() -> None:
    converted = convert(
        {
            "type": "object",
            "properties": {
                "port": {"x-kubernetes-int-or-string": True, "anyOf": [{"type": "integer"}, {"type": "string"}]},
                "mode": {"type": "string", "nullable": True, "enum": ["a", "b"]},
                "tags": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "set"},
                "rules": {
                    "type": "array",
                    "x-kubernetes-list-type": "map",
                    "x-kubernetes-list-map-keys": ["name"],
                    "items": {"type": "object", "properties": {"name": {"type": "string"}}},
                },
                "either": {"type": "object", "properties": {"x": {"type": "string"}}, "oneOf": [{"required": ["x"]}]},
            },
        }
    )
    props = converted["properties"]
    assert props["port"] == {"type": ["integer", "string"]}
    assert props["mode"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert props["tags"]["uniqueItems"] is True
    assert props["rules"]["x-kubernetes-list-map-keys"] == ["name"]
    assert props["either"]["oneOf"] == [{"required": ["x"]}]  # branches are never closed


def _errors(document: dict[str, Any]) -> list[str]:
    return [v.message for v in schema.check(Inventory({"x": [document]}))]


def test_helm_values_stay_open_but_everything_around_them_is_closed() -> None:
    app: dict[str, Any] = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": "demo", "namespace": "argocd"},
        "spec": {
            "project": "apps",
            "destination": {"server": "https://kubernetes.default.svc", "namespace": "demo"},
            "source": {
                "repoURL": "https://charts.example.com",
                "chart": "demo",
                "targetRevision": "1.0.0",
                "helm": {"valuesObject": {"anything": {"goes": [1, "two"]}}},
            },
        },
    }
    assert _errors(app) == []
    app["metadata"]["lables"] = {"a": "b"}
    assert _errors(app) == [
        "metadata.lables: unknown field (known fields: annotations, finalizers, generateName, labels, name, "
        "namespace, ownerReferences). Remove it or fix its spelling (schema argoproj.io/v1alpha1 Application (CRD, "
        "strict); in dist/x)."
    ]


def test_int_or_string_fields_accept_both() -> None:
    store = {
        "apiVersion": "external-secrets.io/v1",
        "kind": "ExternalSecret",
        "metadata": {"name": "demo", "namespace": "demo"},
        "spec": {"secretStoreRef": {"name": "infisical", "kind": "ClusterSecretStore"}, "refreshInterval": 3600},
    }
    assert _errors(store) == [
        "spec.refreshInterval: expected string, got integer 3600. Fix the value's type (schema external-secrets.io/v1 "
        "ExternalSecret (CRD, strict); in dist/x)."
    ]
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "demo", "namespace": "demo"},
        "spec": {"podSelector": {}, "ingress": [{"ports": [{"port": 53}, {"port": "dns"}]}]},
    }
    assert _errors(policy) == []


def test_validators_are_built_once_per_kind() -> None:
    config_map = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "namespace": "b"}}
    _errors(config_map)
    before = schema._validator.cache_info()
    _errors(config_map)
    after = schema._validator.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)


def _leaves(node: Any, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], Any]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [leaf for i, value in enumerate(node) for leaf in _leaves(value, (*path, i))]
    return [(path, node)]


def _with(document: Any, path: tuple[str | int, ...], value: Any) -> Any:
    import copy

    changed = copy.deepcopy(document)
    node = changed
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return changed


def test_the_fast_path_agrees_with_jsonschema(rendering: Rendering) -> None:
    """The compiled yes/no check never passes what jsonschema refuses (it decides alone when valid)."""
    objects = [m for ms in rendering.manifests.values() for m in ms]
    compared = 0
    for document in objects:
        kind_schema = schema._validator(document["apiVersion"], document["kind"])
        if kind_schema is None:
            continue
        assert kind_schema.fast is not None, f"{document['kind']}: the fast path does not support its schema"
        validator = schema._validator_class()(kind_schema.schema)
        variants = [document, {**document, "bogus": 1}]
        for path, value in _leaves(document)[:40]:
            wrong = 7 if isinstance(value, str) else "7" if isinstance(value, (int, float)) else [value]
            variants.append(_with(document, path, wrong))
        for variant in variants:
            assert kind_schema.fast(variant) == validator.is_valid(variant), (document["kind"], variant)
            compared += 1
    assert compared > 1000
