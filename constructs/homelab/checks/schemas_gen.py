"""Generate ``checks/schemas/``: strict JSON Schemas of the CRDs the homelab renders, offline.

The CustomResourceDefinitions are vendored under ``vendor/crds/<set>/`` at the versions the homelab
deploys (``vendor/provenance.yaml``: upstream repo, tag, commit, path, sha256, and the chart that
installs each set). This generator reads each one, takes the ``openAPIV3Schema`` of every *served*
version and writes a compact Draft 2020-12 JSON Schema per CRD, with the source file's sha256 and
upstream URL recorded beside it. ``index.json`` maps ``group/Kind`` to its file, scope, served versions
and the chart that installs it (the gate's served-kinds rule reads that). ``checks/schema.py``
validates rendered objects against these files at synth time, without PyYAML and without the CRD
files. It also writes ``helm-values.json``, the key trees of the vendored chart defaults
(:mod:`homelab.checks.helm_values`).

The conversion makes the schema behave like the API server's strict field validation:

- an object schema without ``properties``-less ``additionalProperties`` and without
  ``x-kubernetes-preserve-unknown-fields: true`` is closed (``additionalProperties: false``):
  an unknown field is an error, as with ``kubectl apply --validate=strict``;
- ``x-kubernetes-int-or-string`` becomes ``type: [integer, string]``; ``nullable`` allows null;
- ``x-kubernetes-list-type: set`` becomes ``uniqueItems``; ``map`` keeps its
  ``x-kubernetes-list-map-keys`` (checked by a keyword of ``checks/schema.py``);
- ``metadata`` gets the shape of ObjectMeta (name, namespace, labels, annotations, …), closed;
- ``apiVersion`` and ``kind`` are pinned to the CRD's group/version and kind;
- descriptions, defaults and examples are dropped; CEL rules (``x-kubernetes-validations``)
  cannot be evaluated offline and are dropped too.

Usage (run by ``make schemas``; a test checks the committed files are what it produces)::

    PYTHONPATH=constructs .venv/bin/python -m homelab.checks.schemas_gen [--provenance FILE] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from homelab.tools.vendored import PROVENANCE, Provenance, ProvenanceError, load, verify

DEFAULT_OUT = Path(__file__).resolve().parent / "schemas"
INDEX = "index.json"
HELM_VALUES = "helm-values.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: Keywords kept as they are (everything else is dropped or rewritten below).
_KEPT = frozenset(
    {
        "type",
        "enum",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
        "required",
        "uniqueItems",
        "multipleOf",
        "x-kubernetes-list-map-keys",
    }
)

#: ObjectMeta as a client may write it; closed like the rest (``metadata.nmae`` is an error).
_STRING_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
_OBJECT_META: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "generateName": {"type": "string"},
        "namespace": {"type": "string"},
        "labels": _STRING_MAP,
        "annotations": _STRING_MAP,
        "finalizers": {"type": "array", "items": {"type": "string"}},
        "ownerReferences": {"type": "array", "items": {"type": "object"}},
    },
}


class SchemaError(ValueError):
    """The CRD uses something the conversion cannot express (fix the generator, not the CRD)."""


#: Go's RE2 takes inline flags anywhere (``^(?i)(abort|warn)?$`` in PrometheusRule); Python only at the start.
_LATE_FLAGS = re.compile(r"^\^\(\?([aimsux]+)\)")


def _python_pattern(pattern: str) -> str:
    """``pattern`` with RE2 flags that follow a leading ``^`` moved in front of it (same meaning)."""
    return _LATE_FLAGS.sub(lambda m: f"(?{m.group(1)})^", pattern)


def _junctor(node: dict[str, Any], path: str) -> dict[str, Any]:
    """A branch of ``anyOf``/``allOf``/``oneOf``/``not``: value constraints only, never closed
    (structural schemas declare fields at the top level, not in branches)."""
    return _convert(node, path, closable=False)


def _convert(node: dict[str, Any], path: str, *, closable: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _KEPT:
            if key == "pattern":
                value = _python_pattern(value)
                try:
                    re.compile(value)
                except re.error as error:
                    raise SchemaError(f"{path}: pattern {value!r} is not a Python regex: {error}") from error
            out[key] = value
    if node.get("x-kubernetes-int-or-string"):
        out["type"] = ["integer", "string"]
    elif node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    if node.get("x-kubernetes-list-type") == "set":
        out["uniqueItems"] = True
    if "properties" in node:
        out["properties"] = {name: _convert(sub, f"{path}.{name}") for name, sub in sorted(node["properties"].items())}
    if "items" in node:
        out["items"] = _convert(node["items"], f"{path}[]")
    additional = node.get("additionalProperties")
    if isinstance(additional, dict):
        out["additionalProperties"] = _convert(additional, f"{path}.*")
    elif additional is not None:
        out["additionalProperties"] = bool(additional)
    elif (
        closable
        and node.get("type") == "object"
        and not node.get("x-kubernetes-preserve-unknown-fields")
        and not node.get("x-kubernetes-embedded-resource")
    ):
        out["additionalProperties"] = False
    for junctor in ("anyOf", "allOf", "oneOf"):
        if junctor in node and not node.get("x-kubernetes-int-or-string"):
            out[junctor] = [_junctor(branch, path) for branch in node[junctor]]
    if "not" in node:
        out["not"] = _junctor(node["not"], path)
    return out


def object_schema(openapi: dict[str, Any], *, api_version: str, kind: str) -> dict[str, Any]:
    """The strict JSON Schema of one served version (see the module docstring)."""
    schema = _convert(openapi, kind)
    properties = schema.setdefault("properties", {})
    properties["apiVersion"] = {"const": api_version}
    properties["kind"] = {"const": kind}
    properties["metadata"] = _OBJECT_META
    schema["required"] = sorted({*schema.get("required", ()), "apiVersion", "kind", "metadata"})
    schema["additionalProperties"] = False
    return {"$schema": DRAFT, **schema}


def load_crd(path: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as stream:
        document: dict[str, Any] = yaml.load(stream, Loader=loader)
    if document.get("kind") != "CustomResourceDefinition":
        raise SchemaError(f"{path.name}: not a CustomResourceDefinition")
    return document


def generate(provenance: Provenance) -> dict[str, bytes]:
    """Every output file (name → bytes) for the vendored CRD sets and chart defaults."""
    from homelab.checks import helm_values

    problems = verify(provenance)
    if problems:
        raise SchemaError("; ".join(problems))
    files: dict[str, bytes] = {}
    index: dict[str, Any] = {}
    if not provenance.crds:
        raise SchemaError("vendor/provenance.yaml lists no CRD sets")
    for crd_set in provenance.crds:
        for vendored in crd_set.files:
            data = vendored.local.read_bytes()
            crd = load_crd(vendored.local)
            spec = crd["spec"]
            group, kind = spec["group"], spec["names"]["kind"]
            versions = {
                v["name"]: object_schema(v["schema"]["openAPIV3Schema"], api_version=f"{group}/{v['name']}", kind=kind)
                for v in spec["versions"]
                if v.get("served")
            }
            name = f"{group}_{spec['names']['plural']}.json"
            document = {
                "source": {
                    "file": vendored.relative,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "upstream": vendored.url,
                    "generator": "python -m homelab.checks.schemas_gen",
                },
                "group": group,
                "kind": kind,
                "scope": spec["scope"],
                "versions": versions,
            }
            files[name] = _dump(document)
            index[f"{group}/{kind}"] = {
                "file": name,
                "scope": spec["scope"],
                "served": sorted(versions),
                "installed_by": {"chart": crd_set.installed_by.name, "version": crd_set.installed_by.version},
                "crd_set": crd_set.name,
            }
    files[INDEX] = _dump(dict(sorted(index.items())), indent=2)
    files[HELM_VALUES] = _dump(helm_values.generate(provenance))
    return files


def _dump(document: Any, *, indent: int | None = None) -> bytes:
    separators = (",", ": ") if indent else (",", ":")
    return (json.dumps(document, sort_keys=True, indent=indent, separators=separators) + "\n").encode()


def write(files: dict[str, bytes], out: Path) -> list[str]:
    """Make ``out`` hold exactly ``files`` (other ``*.json`` files are removed). Returns what changed."""
    out.mkdir(parents=True, exist_ok=True)
    changed = []
    for stale in sorted(set(p.name for p in out.glob("*.json")) - set(files)):
        (out / stale).unlink()
        changed.append(stale)
    for name, data in sorted(files.items()):
        target = out / name
        if not target.exists() or target.read_bytes() != data:
            tmp = target.with_suffix(".json.tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
            changed.append(name)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="schemas_gen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--provenance", type=Path, default=PROVENANCE, help=f"(default: {PROVENANCE})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: checks/schemas)")
    args = parser.parse_args(argv)
    try:
        files = generate(load(args.provenance))
    except (SchemaError, ProvenanceError) as error:
        print(f"schemas_gen: {error}", file=sys.stderr)
        return 1
    changed = write(files, args.out)
    print(
        f"schemas_gen: {len(files)} files in {args.out}; "
        + (f"updated {', '.join(changed)}" if changed else "no changes")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
