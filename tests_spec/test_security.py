"""Spec ``namespaces`` (Pod Security labels) and ``network_policies``, object by object."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest

from tests_spec.conftest import SPEC, Manifest, everything

NAMESPACES = [ns["name"] for ns in SPEC["namespaces"]]
POLICY_NAMESPACES = list(SPEC["network_policies"]["by_namespace"])
CREATE_NAMESPACE = re.compile(r"^(?P<app>[\w-]+) \(CreateNamespace=true\)$")


def spec_namespace(name: str) -> dict[str, Any]:
    return next(ns for ns in SPEC["namespaces"] if ns["name"] == name)


def renderers(entry: Mapping[str, Any], apps: Mapping[str, Manifest]) -> list[str]:
    """The Applications whose folder holds the Namespace object (``managed_by`` also names Terraform and
    CreateNamespace, which render none)."""
    return [m for m in entry["managed_by"] if m in apps]


@pytest.mark.parametrize("name", NAMESPACES)
def test_namespace_object(name: str, dist: Mapping[str, list[Manifest]], applications: dict[str, Manifest]) -> None:
    """Rendered once, by the Application the spec names, with exactly the spec's labels (or not at all)."""
    entry = spec_namespace(name)
    rendered = {
        app: o
        for app, objects in dist.items()
        for o in objects
        if o["kind"] == "Namespace" and o["metadata"]["name"] == name
    }
    owners = renderers(entry, applications)
    assert sorted(rendered) == sorted(owners)
    for obj in rendered.values():
        assert obj == {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": entry["labels"]}}


@pytest.mark.parametrize("name", NAMESPACES)
def test_namespace_created_by_argo_cd(name: str, applications: dict[str, Manifest]) -> None:
    """``<app> (CreateNamespace=true)``: that Application creates the namespace at sync."""
    for entry in spec_namespace(name)["managed_by"]:
        if match := CREATE_NAMESPACE.match(entry):
            spec = applications[match["app"]]["spec"]
            assert spec["destination"]["namespace"] == name
            assert "CreateNamespace=true" in spec["syncPolicy"]["syncOptions"]


def test_namespace_security_renders_the_specs_namespaces(dist: Mapping[str, list[Manifest]]) -> None:
    """namespace-security renders the namespaces that name it (one file each: a folder has no order)."""
    want = [ns["name"] for ns in SPEC["namespaces"] if "namespace-security" in ns["managed_by"]]
    assert sorted(o["metadata"]["name"] for o in dist["namespace-security"] if o["kind"] == "Namespace") == sorted(want)


def test_no_pod_security_version_labels(dist: Mapping[str, list[Manifest]]) -> None:
    labels = [k for o in everything(dist) for k in o["metadata"].get("labels", {})]
    assert not [k for k in labels if k.startswith("pod-security.kubernetes.io/") and k.endswith("-version")]


# -- NetworkPolicies --------------------------------------------------------------------------


@pytest.mark.parametrize("namespace", POLICY_NAMESPACES)
def test_network_policies_of(namespace: str, dist: Mapping[str, list[Manifest]]) -> None:
    """The namespace's policies, whole, in render order, in the folder of the Application the spec names."""
    section = SPEC["network_policies"]["by_namespace"][namespace]
    got = [
        o
        for o in dist[section["application"]]
        if o["kind"] == "NetworkPolicy" and o["metadata"]["namespace"] == namespace
    ]
    assert got == [
        {
            "apiVersion": "networking.k8s.io/v1",
            "kind": "NetworkPolicy",
            "metadata": {"name": policy["name"], "namespace": namespace},
            "spec": policy["spec"],
        }
        for policy in section["policies"]
    ]


def test_network_policy_total(dist: Mapping[str, list[Manifest]]) -> None:
    policies = [o for o in everything(dist) if o["kind"] == "NetworkPolicy"]
    listed = sum(len(s["policies"]) for s in SPEC["network_policies"]["by_namespace"].values())
    assert len(policies) == listed == SPEC["network_policies"]["total"]


def test_tailnet_cidr(dist: Mapping[str, list[Manifest]]) -> None:
    """Every ipBlock other than the internet is the tailnet's CIDR."""
    cidrs = {
        peer["ipBlock"]["cidr"]
        for o in everything(dist)
        if o["kind"] == "NetworkPolicy"
        for rule in o["spec"].get("ingress", [])
        for peer in rule.get("from", [])
        if "ipBlock" in peer
    }
    assert cidrs == {SPEC["network_policies"]["tailscale_cidr"]} == {SPEC["tailscale"]["network_policy_cidr"]}


def test_every_policy_selects_every_pod(dist: Mapping[str, list[Manifest]]) -> None:
    assert all(o["spec"]["podSelector"] == {} for o in everything(dist) if o["kind"] == "NetworkPolicy")
