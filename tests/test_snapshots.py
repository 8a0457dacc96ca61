"""One snapshot per rendered file: every change to the output shows up as a reviewable YAML diff."""

from __future__ import annotations

import pytest
from syrupy.assertion import SnapshotAssertion

from tests.conftest import default_rendering
from tests.yaml_snapshot import YamlSnapshotExtension

# docs/ is Markdown for people, committed and drift-checked itself: no second copy as snapshots.
FILES = sorted(p for p in default_rendering().files if not p.startswith("docs/"))


@pytest.fixture
def snapshot_yaml(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(YamlSnapshotExtension)


@pytest.mark.parametrize("path", FILES, ids=[p.replace("/", "__") for p in FILES])
def test_rendered_file(path: str, snapshot_yaml: SnapshotAssertion) -> None:
    assert default_rendering().files[path].decode() == snapshot_yaml
