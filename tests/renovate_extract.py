"""Renovate's offline extraction finds every chart and every pinned image the model renders.

Not part of ``make test`` (Renovate is a 360 MB npm install): ``make renovate-check`` runs Renovate
with ``--platform=local --dry-run=extract`` and then this file with ``RENOVATE_REPORT`` set to the
report it wrote. Expectations come from the model (charts) and the rendered manifests (images).
Containers with ``imagePullPolicy: Never`` are the one exception: built on the host, never pulled,
so there is no registry for Renovate to watch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from homelab.model import Chart, HelmSource, Homelab

from tests.conftest import default_rendering

#: The one warning a run without native modules gives (npm install scripts are skipped).
EXPECTED_PROBLEMS = ("RE2 not usable",)
HINT = (
    "Annotate it in the catalog as the others are (`# renovate: helm <chart>` after `version=`; "
    '`image="<repository>:<tag>"`), and `git add` new catalog files: Renovate reads the files git tracks'
)


@dataclass(frozen=True, kw_only=True)
class Dep:
    name: str
    version: str
    registry: str = ""
    file: str = ""


@pytest.fixture(scope="module")
def report() -> Mapping[str, Any]:
    path = os.environ.get("RENOVATE_REPORT")
    if not path:
        pytest.fail("RENOVATE_REPORT is not set: run `make renovate-check`, which runs Renovate first")
    data: Mapping[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def extracted(report: Mapping[str, Any], datasource: str) -> list[Dep]:
    return [
        Dep(
            name=dep["depName"],
            version=dep.get("currentValue", ""),
            registry=(dep.get("registryUrls") or [""])[0].rstrip("/"),
            file=package_file["packageFile"],
        )
        for repository in report["repositories"].values()
        for package_files in repository["packageFiles"].values()
        for package_file in package_files
        for dep in package_file["deps"]
        if dep.get("datasource") == datasource
    ]


def model_charts(model: Homelab) -> list[Chart]:
    charts = [a.source.chart for a in model.applications if isinstance(a.source, HelmSource)]
    return [*charts, model.argocd_release.chart]


def containers(value: Any) -> Iterator[Mapping[str, Any]]:
    """Every container (and init container) anywhere in a rendered manifest."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key in ("containers", "initContainers") and isinstance(item, list):
                yield from (c for c in item if isinstance(c, Mapping) and "image" in c)
            else:
                yield from containers(item)
    elif isinstance(value, list):
        for item in value:
            yield from containers(item)


def split_image(image: str) -> tuple[str, str]:
    """``(repository, tag)`` of ``repository[:tag][@digest]`` (a registry port is not a tag)."""
    name = image.split("@", 1)[0]
    repository, _, tag = name.rpartition(":")
    if not repository or "/" in tag:
        return name, ""
    return repository, tag


def rendered_images() -> dict[str, bool]:
    """``{image: pulled}`` of every container the homelab renders."""
    images: dict[str, bool] = {}
    for manifests in default_rendering().manifests.values():
        for manifest in manifests:
            for container in containers(manifest):
                pulled = container.get("imagePullPolicy") != "Never"
                images[str(container["image"])] = images.get(str(container["image"]), False) or pulled
    return images


def test_renovate_reported_no_unexpected_problem(report: Mapping[str, Any]) -> None:
    problems = [p.get("msg", "") for p in report.get("problems", [])]
    assert [p for p in problems if not p.startswith(EXPECTED_PROBLEMS)] == []


def test_every_chart_of_the_model_is_found_at_its_version(report: Mapping[str, Any], model: Homelab) -> None:
    found = {(d.name, d.registry, d.version) for d in extracted(report, "helm")}
    missing = [
        f"{c.name} {c.version} ({c.repo})"
        for c in model_charts(model)
        if (c.name, c.repo.rstrip("/"), c.version) not in found
    ]
    assert not missing, f"Renovate does not see these charts: {missing}. {HINT}"


def test_every_chart_renovate_finds_is_in_the_model(report: Mapping[str, Any], model: Homelab) -> None:
    """No stale annotation: a bump Renovate proposes must change what the model renders."""
    charts = {(c.name, c.version) for c in model_charts(model)}
    stray = [
        f"{d.name} {d.version} in {d.file}" for d in extracted(report, "helm") if (d.name, d.version) not in charts
    ]
    assert not stray, f"Renovate found charts the model does not use: {stray}"


def test_every_pinned_image_is_found_at_its_tag(report: Mapping[str, Any]) -> None:
    found = {(d.name, d.version) for d in extracted(report, "docker")}
    pulled = [image for image, is_pulled in rendered_images().items() if is_pulled]
    assert pulled, "the homelab renders no pulled image: the containers walk is broken"
    missing = [image for image in pulled if split_image(image) not in found]
    assert not missing, f"Renovate does not see these images: {missing}. {HINT}"


def test_images_never_pulled_are_the_only_exception() -> None:
    """The exception is read from the model (pull policy Never), never from a list of names."""
    for image, pulled in rendered_images().items():
        if not pulled:
            assert split_image(image)[1] in ("", "latest"), f"{image}: pinned but never pulled; drop the tag or pull it"


def test_python_and_cdk8s_cli_pins_are_found(report: Mapping[str, Any]) -> None:
    """pyproject.toml (pep621) and the cdk8s-cli npm pin: every pinned dependency is Renovate's."""
    import tomllib

    from tests.conftest import REPO

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [
        *project["dependencies"],
        *(r for extra in project["optional-dependencies"].values() for r in extra),
    ]
    pinned = {r.split("==")[0].strip().lower() for r in requirements if "==" in r}
    assert pinned <= {d.name.lower() for d in extracted(report, "pypi")}
    cli = json.loads((REPO / "constructs/homelab/tools/cdk8s-cli/package.json").read_text(encoding="utf-8"))
    assert set(cli["dependencies"]) <= {d.name for d in extracted(report, "npm")}


def test_vendored_crd_releases_are_found(report: Mapping[str, Any]) -> None:
    """Each CRD set of vendor/provenance.yaml (when the repository vendors its CRDs) is Renovate's too."""
    import yaml

    from tests.conftest import REPO

    provenance = REPO / "vendor" / "provenance.yaml"
    sets = yaml.safe_load(provenance.read_text(encoding="utf-8")).get("crds", []) if provenance.exists() else []
    pinned = {(s["repo"], s["tag"]) for s in sets if "repo" in s and "tag" in s}
    found = {(d.name, d.version) for d in extracted(report, "github-tags") if d.file == "vendor/provenance.yaml"}
    assert pinned <= found, f"Renovate does not see these CRD releases in {provenance}: {sorted(pinned - found)}"
