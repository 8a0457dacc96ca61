"""The vendored CRDs are the ones the spec names: byte-identical to ``../shared/crds/deployed``."""

from __future__ import annotations

import hashlib

import pytest
from homelab.tools import vendored

from tests.conftest import SHARED

DEPLOYED = SHARED / "crds" / "deployed"


def _vendored_crds() -> list[vendored.VendoredFile]:
    return [file for crd_set in vendored.load().crds for file in crd_set.files]


@pytest.mark.parametrize("file", _vendored_crds(), ids=lambda f: f.relative)
def test_vendored_crd_is_the_deployed_one(file: vendored.VendoredFile) -> None:
    shared = DEPLOYED / file.local.name
    assert shared.is_file(), f"{file.relative}: the spec's deployed CRDs have no {shared.name}"
    assert hashlib.sha256(shared.read_bytes()).hexdigest() == hashlib.sha256(file.local.read_bytes()).hexdigest()


def test_every_deployed_crd_is_vendored() -> None:
    names = {file.local.name for file in _vendored_crds()}
    assert sorted(p.name for p in DEPLOYED.glob("*.yaml")) == sorted(names)
