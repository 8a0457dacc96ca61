"""Property-based fuzzing of bad input: any field of the real model, set to a hostile value, ends in
either a refusal (violations, exit 1, tree untouched) or output the gate accepts — never a traceback.

``make test`` runs a bounded, derandomized pass (``HOMELAB_FUZZ_EXAMPLES``, default 30);
``make fuzz`` explores at depth with a random seed.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest
from homelab.model import Homelab
from homelab.pipeline import SynthError, main, render
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.surgery import nodes, replace

EXAMPLES = int(os.environ.get("HOMELAB_FUZZ_EXAMPLES", "30"))
RANDOM = os.environ.get("HOMELAB_FUZZ_RANDOM") == "1"

#: Values a careless or hostile edit could put anywhere: wrong types, empties, out of range, huge,
#: unicode, path tricks, and containers where scalars belong.
HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.just(""),
    st.just(" "),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.sampled_from([0, -1, 65536, 70000, 2**31, 10**30]),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.sampled_from(["../../etc/passwd", "/abs/path", "a/../b", "..", "x" * 300, "ÄÖÜ-ß", "😀", "a\nb", "$(rm -rf /)"]),
    st.lists(st.text(max_size=5), max_size=3).map(tuple),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)


def _fields(model: Homelab) -> list[tuple[str, object, str]]:
    found = []
    for path, node in nodes(model):
        for field in dataclasses.fields(node):  # type: ignore[arg-type]
            if field.init:
                found.append((f"{path}.{field.name}" if path else field.name, node, field.name))
    return found


@pytest.fixture(scope="module")
def fields(model: Homelab) -> list[tuple[str, object, str]]:
    return _fields(model)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_fuzz_fields_of_the_real_model(
    model: Homelab, fields: list[tuple[str, object, str]], rendered_tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(rendered_tree)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not RANDOM,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(index=st.integers(min_value=0, max_value=len(fields) - 1), value=HOSTILE)
    def case(index: int, value: Any) -> None:
        path, node, name = fields[index]
        broken = replace(model, node, **{name: value})
        try:
            render(broken)
        except SynthError as error:
            assert error.violations, path
            # the CLI entry point says the same, exits 1 and leaves the tree as it was
            assert main(["--root", str(rendered_tree)], model=broken) == 1, path
            assert "Traceback" not in capsys.readouterr().err
            assert _snapshot(rendered_tree) == before, f"{path}={value!r} changed the tree"
        # no exception: the gate accepted the output (render checks every object against its schema)

    case()
