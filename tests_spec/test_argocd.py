"""Spec ``applications`` and ``projects``: every Application and AppProject, and what each folder renders."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

import pytest
from homelab.model import Homelab

from tests_spec.conftest import SPEC, Manifest, find, ref

APPS = [a["name"] for a in SPEC["applications"]]
PROJECTS = [p["name"] for p in SPEC["projects"] if not p.get("builtin")]
ARGOCD_API = "argoproj.io/v1alpha1"
SHORTHAND = re.compile(
    r"^(?P<kind>\w+) x(?P<count>\d+): "
    r"every policy in network_policies\.by_namespace whose application is (?P<app>[\w-]+)"
)


def spec_app(name: str) -> dict[str, Any]:
    return next(a for a in SPEC["applications"] if a["name"] == name)


def expected_source(app: Mapping[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec's source; Helm values by reference to ``helm_charts``, the root app's repo at the variable's default."""
    source = dict(app["source"])
    if source.get("repoURL") == "${var.homelab_repo_url}":
        source["repoURL"] = spec["repo_url"]["default"]
    if "helm" in source:
        source["helm"] = {"valuesObject": spec["helm_charts"][source["chart"]]["values"]}
    return source


def expand(renders: list[str], spec: Mapping[str, Any]) -> list[str]:
    """The ``renders`` list with the ``NetworkPolicy xN: …`` shorthand written out from ``network_policies``."""
    refs: list[str] = []
    for entry in renders:
        match = SHORTHAND.match(entry)
        if match is None:
            refs.append(entry)
            continue
        policies = [
            f"{match['kind']} {namespace}/{policy['name']}"
            for namespace, section in spec["network_policies"]["by_namespace"].items()
            if section["application"] == match["app"]
            for policy in section["policies"]
        ]
        assert len(policies) == int(match["count"]), f"{entry!r} lists {len(policies)} policies"
        refs += policies
    return refs


# -- Applications -------------------------------------------------------------------------


def test_the_applications_are_the_specs(applications: dict[str, Manifest]) -> None:
    assert sorted(applications) == sorted(APPS)


@pytest.mark.parametrize("name", APPS)
def test_created_by(name: str, dist: Mapping[str, list[Manifest]], model: Homelab) -> None:
    """``argocd-apps``: rendered into the root app's folder; ``terraform``: not in ``dist/`` at all (Layer 0)."""
    in_root = [o for o in dist[model.root_app] if o["kind"] == "Application" and o["metadata"]["name"] == name]
    created_by = spec_app(name)["created_by"]
    assert created_by in (model.root_app, "terraform")
    assert len(in_root) == (1 if created_by == model.root_app else 0)


@pytest.mark.parametrize("name", APPS)
def test_metadata(name: str, applications: dict[str, Manifest]) -> None:
    app, want = applications[name], spec_app(name)
    assert (app["apiVersion"], app["kind"]) == (ARGOCD_API, "Application")
    assert app["metadata"]["namespace"] == "argocd"
    assert app["metadata"]["labels"] == want["labels"]
    assert app["metadata"].get("annotations", {}) == want["annotations"]
    assert set(app["metadata"]) <= {"name", "namespace", "labels", "annotations"}, "no finalizers"


@pytest.mark.parametrize("name", APPS)
def test_project(name: str, applications: dict[str, Manifest]) -> None:
    assert applications[name]["spec"]["project"] == spec_app(name)["project"]


@pytest.mark.parametrize("name", APPS)
def test_source(name: str, applications: dict[str, Manifest], spec: dict[str, Any]) -> None:
    """Repository, chart and version or path; a chart's whole ``valuesObject`` equals ``helm_charts.<chart>.values``."""
    got, want = applications[name]["spec"]["source"], expected_source(spec_app(name), spec)
    assert {k: v for k, v in got.items() if k != "helm"} == {k: v for k, v in want.items() if k != "helm"}
    assert got.get("helm") == want.get("helm")


@pytest.mark.parametrize("name", APPS)
def test_destination_and_sync(name: str, applications: dict[str, Manifest]) -> None:
    """In-cluster destination; automated prune + selfHeal and the spec's syncOptions; no retry."""
    got, want = applications[name]["spec"], spec_app(name)
    assert got["destination"] == want["destination"]
    assert got["syncPolicy"] == want["syncPolicy"]


@pytest.mark.parametrize("name", APPS)
def test_ignore_differences_and_nothing_else(name: str, applications: dict[str, Manifest]) -> None:
    got, want = applications[name]["spec"], spec_app(name)
    assert got.get("ignoreDifferences") == want.get("ignoreDifferences")
    assert set(got) <= {"project", "source", "destination", "syncPolicy", "ignoreDifferences"}


def test_git_sourced_applications_are_the_rendered_folders(dist: Mapping[str, list[Manifest]]) -> None:
    """Every git-sourced Application points at ``dist/<name>``, and every rendered folder is one of them."""
    git = {a["name"]: a["source"]["path"] for a in SPEC["applications"] if "path" in a["source"]}
    assert all(path == f"dist/{name}" for name, path in git.items())
    assert sorted(dist) == sorted(git)


@pytest.mark.parametrize("name", [a["name"] for a in SPEC["applications"] if "renders" in a])
def test_renders(name: str, dist: Mapping[str, list[Manifest]], spec: dict[str, Any]) -> None:
    """``dist/<application>`` holds exactly the objects the spec's ``renders`` lists (any order, each once)."""
    want = expand(spec_app(name)["renders"], spec)
    got = [ref(o) for o in dist[name]]
    assert [r for r, n in Counter(got).items() if n > 1] == [], "rendered twice"
    assert sorted(got) == sorted(want)


# -- AppProjects ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", PROJECTS)
def test_app_project(name: str, dist: Mapping[str, list[Manifest]], model: Homelab) -> None:
    """The whole AppProject, as rendered into the root app's folder."""
    want = next(p for p in SPEC["projects"] if p["name"] == name)
    assert find(dist[model.root_app], "AppProject", name) == {
        "apiVersion": want["apiVersion"],
        "kind": want["kind"],
        "metadata": {"name": name, "namespace": want["namespace"], "annotations": want["annotations"]},
        "spec": {
            "description": want["description"],
            "sourceRepos": want["sourceRepos"],
            "destinations": want["destinations"],
            "clusterResourceWhitelist": want["clusterResourceWhitelist"],
        },
    }


@pytest.mark.parametrize("name", [p["name"] for p in SPEC["projects"]])
def test_project_is_used_by_the_specs_applications(name: str, applications: dict[str, Manifest]) -> None:
    want = next(p for p in SPEC["projects"] if p["name"] == name)
    users = sorted(a for a, obj in applications.items() if obj["spec"]["project"] == name)
    assert users == sorted(want["used_by_applications"])


def test_builtin_projects_are_not_rendered(dist: Mapping[str, list[Manifest]]) -> None:
    builtin = {p["name"] for p in SPEC["projects"] if p.get("builtin")}
    rendered = {o["metadata"]["name"] for objects in dist.values() for o in objects if o["kind"] == "AppProject"}
    assert not rendered & builtin
    assert sorted(rendered) == sorted(PROJECTS)
