"""Synth switches jsii's runtime argument checks off only while it renders, and renders the same without them."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from cdk8s_plus_27 import k8s
from homelab.catalog import build
from homelab.k8s import app as app_module
from homelab.k8s.app import synthesize
from homelab.k8s.fast_jsii import without_runtime_type_checks

from imports.argocd_application.io.argoproj import ApplicationSpecDestination


def test_checks_are_off_inside_the_block_and_back_after_it() -> None:
    wrong = {"name": 5}  # a number where jsii expects a string
    with pytest.raises(TypeError):
        k8s.ObjectMeta(**wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ApplicationSpecDestination(server=5)  # type: ignore[arg-type]
    with without_runtime_type_checks():
        k8s.ObjectMeta(**wrong)  # type: ignore[arg-type]
        ApplicationSpecDestination(server=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        k8s.ObjectMeta(**wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ApplicationSpecDestination(server=5)  # type: ignore[arg-type]


def test_the_output_does_not_depend_on_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    model = build()
    fast = synthesize(model)
    monkeypatch.setattr(app_module, "without_runtime_type_checks", nullcontext)
    assert synthesize(model) == fast
