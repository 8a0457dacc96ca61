"""The gate's schemas against ``../shared/crds``: what ``make schemas`` generates is what is committed."""

from __future__ import annotations

import hashlib
import json

from homelab.checks import schema, schemas_gen

from tests.conftest import SHARED

CRDS = SHARED / "crds"


def test_committed_schemas_are_what_the_generator_makes() -> None:
    """`python -m homelab.checks.schemas_gen` reproduces checks/schemas/ byte for byte."""
    generated = schemas_gen.generate(CRDS)
    committed = {p.name: p.read_bytes() for p in schema.SCHEMAS.glob("*.json")}
    assert sorted(committed) == sorted(generated)
    for name, data in generated.items():
        assert committed[name] == data, f"{name} is stale: run `python -m homelab.checks.schemas_gen`"


def test_each_schema_records_its_source() -> None:
    for entry in schema.crd_index().values():
        document = json.loads((schema.SCHEMAS / str(entry["file"])).read_bytes())
        source = document["source"]
        assert source["sha256"] == hashlib.sha256((CRDS / source["file"]).read_bytes()).hexdigest()
        assert source["upstream"].startswith("https://raw.githubusercontent.com/")
