"""The model itself: derived views, typed-values checking and layout rules."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TypedDict

import pytest
from homelab.catalog import build
from homelab.model import GitPath, HelmSetting, Homelab, Parameters
from homelab.model.typed import TerraformVariable, check_typed
from homelab.model.workloads import HostPathVolume

REPO = Path(__file__).resolve().parent.parent


def test_constructs_folder_is_a_source_root_not_a_package() -> None:
    """A constructs/__init__.py would shadow the `constructs` package cdk8s imports."""
    assert not (REPO / "constructs" / "__init__.py").exists()


def test_root_app_renders_every_child_application(model: Homelab) -> None:
    children = [a.name for a in model.child_applications()]
    assert children == [
        "external-secrets",
        "external-secrets-config",
        "monitoring",
        "monitoring-config",
        "authentik",
        "authentik-config",
        "openclaw",
        "trivy-operator",
        "trivy-operator-vulnerability-scanner",
        "trivy-dashboard",
        "launchfast",
        "namespace-security",
        "networking-policies",
    ]
    assert [a.name for a in model.terraform_applications()] == ["argocd-apps", "infisical"]


def test_git_applications_point_at_their_dist_folder(model: Homelab) -> None:
    for app in model.applications:
        if isinstance(app.source, GitPath):
            assert app.path == f"dist/{app.name}"
        else:
            assert app.path is None


def test_tailscale_ingress_ports_come_from_the_exposures(model: Homelab) -> None:
    assert model.tailscale_ingress_ports("authentik") == (9000, 9443)
    assert model.tailscale_ingress_ports("argocd") == (8080,)
    assert model.tailscale_ingress_ports("monitoring") == (3000,)
    assert model.tailscale_ingress_ports("external-secrets") == ()


def test_tailscale_urls(model: Homelab) -> None:
    assert model.tailscale_url(model.exposure("authentik")) == "https://holdens-mac-mini.story-larch.ts.net"
    assert model.tailscale_url(model.exposure("grafana")) == "https://holdens-mac-mini.story-larch.ts.net:8444"


def test_infisical_keys_are_every_remote_key_once(model: Homelab) -> None:
    keys = model.infisical_keys()
    assert len(keys) == len(set(keys)) == 18
    assert keys[0] == "AUTHENTIK_SECRET_KEY" and keys[-1] == "CURSOR_API_KEY"


def test_lookups_name_what_is_missing(model: Homelab) -> None:
    with pytest.raises(KeyError, match="no Application named 'nope'"):
        model.application("nope")
    with pytest.raises(KeyError, match="no AppProject named 'nope'"):
        model.project("nope")


def test_parameters_flow_into_every_git_source() -> None:
    fork = build(Parameters(repo_url="https://git.example.com/me/homelab.git", homelab_path="/srv/homelab"))
    assert fork.params.repo_url == "https://git.example.com/me/homelab.git"
    openclaw = next(w for w in fork.workloads if w.name == "openclaw")
    assert openclaw.deployment is not None
    host_paths = [v for v in openclaw.deployment.volumes if isinstance(v, HostPathVolume)]
    assert {v.path for v in host_paths} == {"/srv/homelab/agents/workspaces", "/srv/homelab/skills"}
    assert all(agent.script.startswith("/srv/homelab/launchd/") for agent in fork.host.agents)


def test_model_is_immutable(model: Homelab) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.root_app = "other"  # type: ignore[misc]


class _Inner(TypedDict):
    port: str


class _Values(TypedDict, total=False):
    inner: _Inner
    names: list[str]
    secret: TerraformVariable


def test_check_typed_accepts_matching_values() -> None:
    value = {"inner": {"port": "30445"}, "names": ["a"], "secret": TerraformVariable("pw")}
    assert check_typed(value, _Values, "v") == []


def test_check_typed_reports_each_mistake_with_its_path() -> None:
    value = {"inner": {"port": 30445}, "names": "a", "extra": 1, "secret": "literal"}
    assert check_typed(value, _Values, "v") == [
        "v.extra: unknown field (known fields: inner, names, secret)",
        "v.inner.port: expected str, got int 30445",
        "v.names: expected a list, got str 'a'",
        "v.secret: expected TerraformVariable, got str (value not shown)",
    ]


def test_check_typed_reports_missing_required_fields() -> None:
    assert check_typed({}, _Inner, "v") == ["v.port: required field is missing"]


def test_check_typed_does_not_take_bool_for_int() -> None:
    class _N(TypedDict):
        n: int

    assert check_typed({"n": True}, _N, "v") == ["v.n: expected int, got bool True"]


def test_every_chart_values_match_their_typed_schema(model: Homelab) -> None:
    from homelab.model import HelmSource

    for app in model.applications:
        if isinstance(app.source, HelmSource):
            assert app.source.schema is not None, f"{app.name} has no values schema"
            assert check_typed(app.source.values, app.source.schema, app.name) == []


def test_terraform_variable_renders_as_reference() -> None:
    assert str(TerraformVariable("argocd_oidc_client_secret")) == "${var.argocd_oidc_client_secret}"


def test_helm_setting_escapes_dots_within_a_segment() -> None:
    setting = HelmSetting(path=("configs", "params", "server.insecure"), value="true")
    assert setting.hcl_name == "configs.params.server\\.insecure"
