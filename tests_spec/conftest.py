"""The spec conformance suite (``make spec``): the rendered output checked against ``../shared/spec/homelab.yaml``.

A development check of this repository against the decided target state, not a user's test: plain
``pytest`` / ``make test`` never collect it (``testpaths = ["tests"]``), and ``.ci/run`` runs it only
when the spec sits beside the repository. Every check reads *rendered* objects (``dist/``,
``launchd/``, the Applications Terraform creates), never the catalog, so it holds whatever shape the
model takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pytest
import yaml
from homelab.runtime import use_bundled_node

use_bundled_node()

import cdk8s  # noqa: E402
from homelab.k8s.argocd import application  # noqa: E402
from homelab.model import Homelab, Parameters  # noqa: E402
from homelab.pipeline import Rendering  # noqa: E402

from tests.conftest import SHARED, default_rendering  # noqa: E402

SPEC_PATH = SHARED / "spec" / "homelab.yaml"
PARAMETERS = ("repo_url", "target_revision", "home", "homelab_path", "log_dir")

Manifest = dict[str, Any]

if not SPEC_PATH.exists():
    pytest.exit(f"{SPEC_PATH} is absent: `make spec` checks the output against the shared spec beside the repository")


def load_spec(params: Parameters) -> dict[str, Any]:
    """The spec with every ``${param.NAME}`` replaced by the parameter's value."""
    text = SPEC_PATH.read_text()
    for name in PARAMETERS:
        text = text.replace("${param." + name + "}", str(getattr(params, name)))
    spec: dict[str, Any] = yaml.safe_load(text)
    return spec


#: The spec at the default parameters (the ones ``make synth`` renders with); read at import for parametrizing.
SPEC = load_spec(Parameters())


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return SPEC


@pytest.fixture(scope="session")
def rendering() -> Rendering:
    return default_rendering()


@pytest.fixture(scope="session")
def model() -> Homelab:
    from homelab.catalog import build

    return build()


@pytest.fixture(scope="session")
def dist(rendering: Rendering) -> Mapping[str, list[Manifest]]:
    """Every object of ``dist/``, by Application folder."""
    return rendering.manifests


@pytest.fixture(scope="session")
def terraform_applications(model: Homelab, dist: Mapping[str, list[Manifest]]) -> dict[str, Manifest]:
    """The Applications the model has but ``dist/`` does not: Layer 0 creates them (rendered as Terraform does)."""
    in_dist = {o["metadata"]["name"] for objects in dist.values() for o in objects if o["kind"] == "Application"}
    rendered: dict[str, Manifest] = {}
    for app in model.applications:
        if app.name not in in_dist:
            chart = cdk8s.Chart(cdk8s.App(), "layer0")
            application(chart, model, app, terraform=True)
            (obj,) = chart.to_json()
            rendered[app.name] = obj
    return rendered


@pytest.fixture(scope="session")
def applications(
    dist: Mapping[str, list[Manifest]], terraform_applications: dict[str, Manifest]
) -> dict[str, Manifest]:
    """Every Application of the homelab by name: the root app's children and the Terraform-created ones."""
    children = {o["metadata"]["name"]: o for objects in dist.values() for o in objects if o["kind"] == "Application"}
    return {**children, **terraform_applications}


def ref(obj: Mapping[str, Any]) -> str:
    """``Kind namespace/name`` (``Kind name`` when cluster-scoped), as the spec's ``renders`` lists read."""
    metadata = obj["metadata"]
    where = f"{metadata['namespace']}/" if metadata.get("namespace") else ""
    return f"{obj['kind']} {where}{metadata['name']}"


def find(objects: Iterable[Manifest], kind: str, name: str, namespace: str | None = None) -> Manifest:
    """The one object of ``kind`` named ``name`` (in ``namespace``, when given)."""
    matches = [
        o
        for o in objects
        if o["kind"] == kind
        and o["metadata"]["name"] == name
        and (namespace is None or o["metadata"].get("namespace") == namespace)
    ]
    assert len(matches) == 1, f"expected one {kind} {namespace or ''}/{name}, found {len(matches)}"
    return matches[0]


def everything(dist: Mapping[str, list[Manifest]]) -> list[Manifest]:
    return [o for objects in dist.values() for o in objects]
