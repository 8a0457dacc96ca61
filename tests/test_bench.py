"""``make bench`` keeps working as the model moves: its synthetic services pass the gate and its tables print."""

from __future__ import annotations

import re

import pytest
from homelab.model import Homelab
from homelab.pipeline import render
from homelab.tools import bench


def test_synthetic_services_are_services_the_gate_accepts(model: Homelab) -> None:
    grown = bench.grown_model(3)
    assert len(grown.services) == len(model.services) + 3
    rendering = render(grown)  # raises SynthError when the gate refuses them
    assert all(any(path.startswith(f"dist/bench00{i}/") for path in rendering.files) for i in range(3))


def test_the_scaling_and_breakdown_tables_print(capsys: pytest.CaptureFixture[str]) -> None:
    bench.scaling([1], runs=1, big_runs=1)
    bench.breakdown(1)
    out = capsys.readouterr().out
    row = re.search(r"^\s+1\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+$", out, re.M)
    assert row, out
    phases = re.findall(r"^(\w[^\n]*?)\s+([\d.]+)\s+([\d.]+)\s+(\d+)%$", out, re.M)
    assert {name.strip() for name, *_ in phases} >= {"synthesize (cdk8s via jsii, plain dicts)", "docs pages"}
    trips = re.search(r"of synthesize: (\d+) jsii round trips", out)
    assert trips and int(trips.group(1)) > 0
