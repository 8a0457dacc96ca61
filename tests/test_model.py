"""The model itself: derived views, typed-values checking and layout rules."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TypedDict

import pytest
from homelab.catalog import build
from homelab.model import (
    AllowEgressToNamespace,
    AllowIngressFromNamespace,
    AllowInternetEgress,
    AllowTailscaleIngress,
    Application,
    Component,
    CreatedBy,
    Exposure,
    GitPath,
    HelmSetting,
    HelmSource,
    Homelab,
    Internet,
    Namespace,
    Parameters,
    PodSecurity,
    PortMapping,
    Service,
    ToService,
)
from homelab.model.monitoring import Bookmark
from homelab.model.typed import TerraformVariable, check_typed
from homelab.model.workloads import HostPathVolume

REPO = Path(__file__).resolve().parent.parent


def test_constructs_folder_is_a_source_root_not_a_package() -> None:
    """A constructs/__init__.py would shadow the `constructs` package cdk8s imports."""
    assert not (REPO / "constructs" / "__init__.py").exists()


def test_root_app_renders_every_child_application(model: Homelab) -> None:
    """Children: every service's Applications Terraform does not create, then the two aggregators."""
    declared = [a for s in model.services for a in s.applications]
    platform = model.platform
    assert [a.name for a in model.child_applications()] == [
        *(a.name for a in declared if a.created_by is CreatedBy.ROOT_APP),
        platform.namespace_security.name,
        platform.networking_policies.name,
    ]
    assert [a.name for a in model.terraform_applications()] == [
        platform.root_app.name,
        *(a.name for a in declared if a.created_by is CreatedBy.TERRAFORM),
    ]


def test_git_applications_point_at_their_dist_folder(model: Homelab) -> None:
    for app in model.applications:
        if isinstance(app.source, GitPath):
            assert app.path == f"dist/{app.name}"
        else:
            assert app.path is None


def test_tailscale_ingress_ports_come_from_the_exposures(model: Homelab) -> None:
    for ns in model.namespaces:
        exposed = [p.container_port for e in model.exposures if e.namespace == ns.name for p in e.ports]
        assert model.tailscale_ingress_ports(ns.name) == tuple(sorted(set(exposed)))
    assert model.tailscale_ingress_ports("no-such-namespace") == ()


def test_tailscale_urls(model: Homelab) -> None:
    for exposure in model.exposures:
        port = "" if exposure.tailscale_port == 443 else f":{exposure.tailscale_port}"
        assert model.tailscale_url(exposure) == f"https://{model.tailnet.host}{port}"


def test_infisical_keys_are_every_remote_key_once(model: Homelab) -> None:
    keys = model.infisical_keys()
    every = [key for es in model.external_secrets for key in es.remote_keys()]
    assert len(keys) == len(set(keys)) == len(set(every))
    assert list(keys) == list(dict.fromkeys(every))


# -- what the model derives from the services ---------------------------------------------------------


def test_projects_allow_what_their_applications_use(model: Homelab) -> None:
    """Every Application's namespace, chart and cluster kinds are allowed by its project: derived, not kept."""
    for app in model.applications:
        project = model.project(app.project.name)
        if project.builtin:
            continue
        assert app.namespace in project.destinations
        assert all(ns.name in project.destinations for ns in app.also_writes_to)
        assert all(kind in project.cluster_resource_whitelist for kind in app.cluster_kinds)
        if isinstance(app.source, HelmSource):
            assert app.source.chart in project.charts


def test_aggregators_write_into_the_namespaces_they_render_for(model: Homelab) -> None:
    security = model.application(model.platform.namespace_security.name)
    assert {ns.name for ns in security.also_writes_to} == {
        ns.name for ns in model.namespaces if ns.application == security.name
    }
    policies = model.application(model.platform.networking_policies.name)
    assert {ns.name for ns in policies.also_writes_to} == {
        p.namespace for p in model.network_policies if p.application == policies.name
    }


def test_a_relation_to_another_service_opens_both_sides(model: Homelab) -> None:
    relations = [(s, e) for s in model.services for e in s.egress if isinstance(e, ToService)]
    assert relations, "the homelab has at least one service-to-service relation (ESO -> Infisical)"
    for source, relation in relations:
        rules = {p.namespace: p.rules for p in model.network_policies}
        assert (
            AllowEgressToNamespace(namespace=relation.namespace, ports=(relation.container_port,))
            in rules[source.namespace.name]
        )
        assert (
            AllowIngressFromNamespace(namespace=source.namespace.name, ports=(relation.container_port,))
            in rules[relation.namespace]
        )


def test_a_new_service_is_derived_everywhere(model: Homelab) -> None:
    """One Service added: its project, namespace folder, policies, mapping and bookmark follow."""
    ns = Namespace(name="whoami", pod_security=PodSecurity.restricted())
    exposure = Exposure(
        key="whoami",
        service="Whoami",
        namespace=ns.name,
        ports=(PortMapping(name="http", container_port=8080, node_port=32101),),
        tailscale_port=9449,
    )
    apps = model.project("apps")
    app = Application(name="whoami", project=apps, namespace=ns.name, component=Component.WEB, source=GitPath())
    bookmark = Bookmark(id="app-whoami", slug="whoami", name="Whoami", group="Test", icon="", description="echo")
    service = Service(
        name="whoami",
        namespace=ns,
        applications=(app,),
        exposure=exposure,
        egress=(Internet(ports=(443,)),),
        bookmark=bookmark,
    )
    grown = dataclasses.replace(model, services=(*model.services, service))
    assert "whoami" in grown.project("apps").destinations
    assert grown.namespace("whoami").application == model.platform.namespace_security.name
    assert grown.exposures[-1] == exposure  # the mapping is ordered by Tailscale port
    (policies,) = [p for p in grown.network_policies if p.namespace == "whoami"]
    assert policies.application == model.platform.networking_policies.name
    assert AllowTailscaleIngress() in policies.rules
    assert AllowInternetEgress(ports=(443,)) in policies.rules
    assert grown.authentik_blueprint.bookmarks[-1].launch_url == grown.tailscale_url(exposure)
    assert grown.child_applications()[: len(model.child_applications()) - 2] == model.child_applications()[:-2]


def test_lookups_name_what_is_missing(model: Homelab) -> None:
    with pytest.raises(KeyError, match="no Application named 'nope'"):
        model.application("nope")
    with pytest.raises(KeyError, match="no AppProject named 'nope'"):
        model.project("nope")


def test_parameters_flow_into_every_git_source() -> None:
    fork = build(Parameters(repo_url="https://git.example.com/me/homelab.git", homelab_path="/srv/homelab"))
    assert fork.params.repo_url == "https://git.example.com/me/homelab.git"
    default = build()

    def host_paths(model: Homelab) -> list[str]:
        return [
            v.path
            for w in model.workloads
            if w.deployment is not None
            for v in w.deployment.volumes
            if isinstance(v, HostPathVolume)
        ]

    assert host_paths(default), "no workload mounts the checkout: this test checks nothing"
    assert host_paths(fork) == [
        path.replace(default.params.homelab_path, "/srv/homelab", 1) for path in host_paths(default)
    ]
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
