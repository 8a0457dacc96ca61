"""Spec ``external_secrets`` and ``cluster_secret_store``: the whole objects, their keys and the Infisical key list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from tests_spec.conftest import SPEC, Manifest, everything, find

ITEMS = [item["name"] for item in SPEC["external_secrets"]["items"]]


def spec_item(name: str) -> dict[str, Any]:
    return next(item for item in SPEC["external_secrets"]["items"] if item["name"] == name)


def expected_external_secret(item: Mapping[str, Any]) -> Manifest:
    common = SPEC["external_secrets"]["common"]
    metadata: dict[str, Any] = {"name": item["name"], "namespace": item["namespace"]}
    if item["labels"]:
        metadata["labels"] = item["labels"]
    return {
        "apiVersion": common["apiVersion"],
        "kind": common["kind"],
        "metadata": metadata,
        "spec": {
            "refreshInterval": common["refreshInterval"],
            "secretStoreRef": common["secretStoreRef"],
            "target": item["target"],
            "data": item["data"],
        },
    }


@pytest.mark.parametrize("name", ITEMS)
def test_external_secret(name: str, dist: Mapping[str, list[Manifest]]) -> None:
    """The whole object (keys, remote refs, template), in the folder of the Application the spec names."""
    item = spec_item(name)
    assert item["target"]["creationPolicy"] == SPEC["external_secrets"]["common"]["target_creationPolicy"]
    got = find(dist[item["application"]], "ExternalSecret", name, item["namespace"])
    assert got == expected_external_secret(item)


@pytest.mark.parametrize("name", [n for n in ITEMS if "resulting_secret_keys" in spec_item(n)])
def test_resulting_secret_keys(name: str, dist: Mapping[str, list[Manifest]]) -> None:
    """The Secret's keys: the template's when there is one, else each entry's secretKey."""
    item = spec_item(name)
    spec = find(dist[item["application"]], "ExternalSecret", name, item["namespace"])["spec"]
    template = spec["target"].get("template", {}).get("data")
    keys = list(template) if template is not None else [d["secretKey"] for d in spec["data"]]
    assert sorted(keys) == sorted(item["resulting_secret_keys"])


def test_only_the_specs_external_secrets(dist: Mapping[str, list[Manifest]]) -> None:
    assert sorted(o["metadata"]["name"] for o in everything(dist) if o["kind"] == "ExternalSecret") == sorted(ITEMS)


def test_infisical_keys(dist: Mapping[str, list[Manifest]]) -> None:
    """The Infisical keys every ExternalSecret reads are exactly the spec's expected keys."""
    remote = [
        d["remoteRef"]["key"] for o in everything(dist) if o["kind"] == "ExternalSecret" for d in o["spec"]["data"]
    ]
    assert sorted(set(remote)) == sorted(SPEC["external_secrets"]["infisical_keys_expected"])


def test_cluster_secret_store(dist: Mapping[str, list[Manifest]]) -> None:
    want = SPEC["cluster_secret_store"]
    got = find(dist[want["application"]], want["kind"], want["name"])
    assert got == {
        "apiVersion": want["apiVersion"],
        "kind": want["kind"],
        "metadata": {"name": want["name"]},
        "spec": want["spec"],
    }
    creds = want["credentials_secret"]
    auth = got["spec"]["provider"]["infisical"]["auth"]["universalAuthCredentials"]
    assert sorted(ref["key"] for ref in auth.values()) == sorted(creds["keys"])
    assert {(ref["name"], ref["namespace"]) for ref in auth.values()} == {(creds["name"], creds["namespace"])}
    project = SPEC["external_secrets"]["infisical_project"]
    scope = got["spec"]["provider"]["infisical"]["secretsScope"]
    assert (scope["projectSlug"], scope["environmentSlug"], scope["secretsPath"]) == (
        project["slug"],
        project["environment"],
        project["secrets_path"],
    )


def test_every_external_secret_uses_the_store(dist: Mapping[str, list[Manifest]]) -> None:
    refs = [o["spec"]["secretStoreRef"] for o in everything(dist) if o["kind"] == "ExternalSecret"]
    store = SPEC["cluster_secret_store"]
    assert refs and all(r == {"name": store["name"], "kind": store["kind"]} for r in refs)
