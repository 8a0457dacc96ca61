"""Bad inputs the schemas let through but Kubernetes (or a reviewer) would not: each is refused with
one message naming the object, the problem and the fix, exit 1, and the repository untouched.

Objects are picked by what they are (``the first pinned container``), never by today's names, and
every expected message is computed from the picked object.
"""

from __future__ import annotations

import copy
import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from homelab.checks import check_rendered, helm_values
from homelab.model import Application, GitPath, HelmSource, Homelab, Namespace, PortMapping
from homelab.model.service import Internet, Service, ToService
from homelab.model.workloads import ConfigMap, ConfigMapVolume, Container, Workload
from homelab.pipeline import main

from tests import sample
from tests.conftest import default_rendering
from tests.surgery import first, located, replace

# -- running synth on a broken model ----------------------------------------------------------


def _tree(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


Run = Callable[[Homelab], list[str]]


@pytest.fixture
def refused(rendered_tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run synth on ``model``; assert exit 1 and an untouched tree; return the problems it printed."""
    repo = tmp_path / "repo"
    shutil.copytree(rendered_tree, repo)

    def run(model: Homelab) -> list[str]:
        before = _tree(repo)
        code = main(["--root", str(repo)], model=model)
        out, err = capsys.readouterr()
        assert code == 1, out + err
        assert _tree(repo) == before, "a refused synth changed the repository"
        assert "Traceback" not in err
        return [line.removeprefix("  - ") for line in err.splitlines()[1:]]

    return run


def _workload_of(model: Homelab, container: Container) -> Workload:
    return first(model, Workload, lambda w: container in w.containers())


def _deployed(model: Homelab) -> Workload:
    """The first workload that runs a Deployment (the rules below read its rendered Deployment)."""
    return first(model, Workload, lambda w: w.deployment is not None)


def _deployment(workload: Workload) -> str:
    assert workload.deployment is not None
    return f"Deployment '{workload.namespace}/{workload.deployment.name}'"


def _pinned(container: Container) -> bool:
    return ":" in container.image.rsplit("/", 1)[-1] and not container.image.endswith(":latest")


# -- model fields of the wrong type or value (rule model-types) --------------------------------


def test_string_node_port_is_a_type_error_not_a_range_error(model: Homelab, refused: Run) -> None:
    port = first(model, PortMapping)
    owner, path = located(model, port)
    problems = refused(replace(model, port, node_port=str(port.node_port)))
    assert problems == [
        f"{owner}: {path}.node_port: expected int, got str '{port.node_port}'. Fix the value in the catalog. "
        "[model-types]"
    ]


def test_none_in_a_required_field_and_an_empty_application_name(model: Homelab, refused: Run) -> None:
    app = first(model, Application, lambda a: isinstance(a.source, GitPath) and a.name != model.root_app)
    owner, path = located(model, app)
    problems = refused(replace(model, app, name="", project=None))
    where = f"{path}." if path else ""
    assert problems == [
        f"{owner}: {where}name: is empty. Fix the value in the catalog. [model-types]",
        f"{owner}: {where}project: expected Project, got NoneType None. Fix the value in the catalog. [model-types]",
    ]


@pytest.mark.parametrize(("ports", "problem"), [((0, 70000), "0 is not a port number (1-65535)"), ((), "is empty")])
def test_network_policy_ports_out_of_range_or_empty(
    model: Homelab, refused: Run, ports: tuple[int, ...], problem: str
) -> None:
    rule = first(model, Internet)
    problems = refused(replace(model, rule, ports=ports))
    assert len(problems) == (2 if ports else 1)
    assert problem in problems[0] and problems[0].endswith("[model-types]")
    if ports:
        assert "70000 is not a port number (1-65535)" in problems[1]


def test_negative_replicas(model: Homelab, refused: Run) -> None:
    workload = _deployed(model)
    problems = refused(replace(model, workload.deployment, replicas=-1))
    assert len(problems) == 1 and "deployment.replicas: -1 is negative" in problems[0]


def test_empty_image(model: Homelab, refused: Run) -> None:
    container = first(model, Container, _pinned)
    problems = refused(replace(model, container, image=""))
    assert len(problems) == 1 and ".image: is empty. Fix the value in the catalog. [model-types]" in problems[0]


# -- rendered objects (rules containers, images, config-key, app-namespace, node-ports, helm-values) --


def test_container_name_must_be_a_dns_label(model: Homelab, refused: Run) -> None:
    # a deployed container with no port: the name is all that changes
    container = first(model, Container, lambda c: not c.ports and _workload_of(model, c).deployment is not None)
    workload = _workload_of(model, container)
    problems = refused(replace(model, container, name="Init_Workspaces"))
    assert problems == [
        f"{_deployment(workload)}: container name 'Init_Workspaces' must be "
        "lowercase letters, digits and '-', starting and ending with a letter or digit; container names are "
        "DNS-1123 labels. Rename the container in the model. [containers]"
    ]


@pytest.mark.parametrize("image", ["nginx", "nginx:latest", "registry.local:5000/nginx"])
def test_unpinned_image_needs_a_written_reason(model: Homelab, refused: Run, image: str) -> None:
    container = first(model, Container, lambda c: _pinned(c) and c.unpinned_image_reason is None)
    workload = _workload_of(model, container)
    problems = refused(replace(model, container, image=image))
    why = "is tagged 'latest'" if image.endswith(":latest") else "has no tag (Kubernetes pulls 'latest')"
    assert problems == [
        f"{_deployment(workload)}: container {container.name!r} image "
        f"{image!r} {why}, so what runs changes without a commit and Renovate cannot move it. Pin a version tag "
        "(or a digest), or give the container unpinned_image_reason='<why>' in the model. [images]"
    ]


def test_the_written_reason_lets_an_unpinned_image_pass(model: Homelab) -> None:
    exempt = first(model, Container, lambda c: c.unpinned_image_reason is not None)
    assert not _pinned(exempt), "the exemption is only for images that cannot be pinned"


def test_config_map_key_dot_dot_and_item_path_escaping_the_mount(model: Homelab, refused: Run) -> None:
    model = sample.with_sample(model)  # a ConfigMap mounted by item, whatever the catalog holds
    volume = first(model, ConfigMapVolume, lambda v: bool(v.items))
    workload = first(model, Workload, lambda w: w.deployment is not None and volume in w.deployment.volumes)
    config_map = first(model, ConfigMap, lambda c: c.name == volume.config_map)
    key, path = volume.items[0]
    broken = replace(model, volume, items=((key, f"../{path}"), *volume.items[1:]))
    broken = replace(broken, first(broken, ConfigMap, lambda c: c.name == config_map.name), data={"..": "x"})
    problems = refused(broken)
    assert f"ConfigMap '{workload.namespace}/{config_map.name}': data key '..' is not a valid file name" in problems[0]
    assert problems[1] == (
        f"{_deployment(workload)}: volume {volume.name!r} item path "
        f"'../{path}' contains a '..' segment; the kubelet refuses it. Use a relative file name inside the mount. "
        "[config-key]"
    )


def test_helm_application_without_any_values_check(model: Homelab, refused: Run) -> None:
    """No TypedDict and no vendored chart defaults: nothing would check the values."""
    app = first(model, Application, lambda a: isinstance(a.source, HelmSource))
    assert isinstance(app.source, HelmSource)
    chart = dataclasses.replace(app.source.chart, name=f"{app.source.chart.name}-fork")
    problems = refused(replace(model, app.source, schema=None, chart=chart))
    assert (
        f"Application {app.name!r}: chart {chart.name} {chart.version} has no values schema, so its values would "
        "reach the chart unchecked. Give its HelmSource schema=<the chart module's Values TypedDict> (or "
        "schema=None for a chart whose defaults are vendored). [helm-values]"
    ) in problems


def test_helm_values_schema_of_the_wrong_type(model: Homelab, refused: Run) -> None:
    """Found by the fuzz test: a schema that is no TypedDict used to crash the values check."""
    vendored = helm_values.trees()
    app = first(model, Application, lambda a: isinstance(a.source, HelmSource) and a.source.chart.name in vendored)
    assert isinstance(app.source, HelmSource)
    problems = refused(replace(model, app.source, schema=""))
    chart = app.source.chart
    assert problems == [
        f"Application {app.name!r}: chart {chart.name} {chart.version} has a values schema that is no TypedDict. "
        "Give its HelmSource schema=<the chart module's Values TypedDict> (or schema=None for a chart whose "
        "defaults are vendored). [helm-values]"
    ]


def test_exposure_with_nothing_behind_it(model: Homelab, refused: Run) -> None:
    """An exposure moved to a namespace where nothing runs: the Tailscale mapping would lead nowhere."""
    workload = first(model, Workload, lambda w: w.exposure is not None)
    assert workload.exposure is not None
    exposure = model.exposure(workload.exposure) if isinstance(workload.exposure, str) else workload.exposure
    charts = {a.namespace for a in model.applications if isinstance(a.source, HelmSource)}
    charts.add(model.argocd_release.namespace)
    empty = first(
        model, Namespace, lambda n: n.name not in charts and not any(w.namespace == n.name for w in model.workloads)
    )
    problems = refused(replace(model, exposure, namespace=empty.name))
    assert (
        f"Exposure {exposure.key!r}: no NodePort Service is rendered in namespace {empty.name!r} and no chart is "
        "installed there, so the Tailscale mapping would lead nowhere. Give a workload exposure=<this Exposure>, or "
        "remove the Exposure. [node-ports]"
    ) in problems


def test_application_deploying_to_another_namespace_than_its_objects(model: Homelab, refused: Run) -> None:
    """The other namespace is one the project allows; the model names the mistake once (service-parts)."""
    workload = _deployed(model)
    app = model.application(workload.application) if isinstance(workload.application, str) else workload.application
    project = model.project(app.project if isinstance(app.project, str) else app.project.name)
    other = next(ns for ns in project.destinations if ns != app.namespace)
    problems = refused(replace(model, app, namespace=other))
    assert len(problems) == 1 and f"Application {app.name!r}" in problems[0] and "[service-parts]" in problems[0]


def test_rendered_objects_outside_their_applications_namespace(model: Homelab) -> None:
    """The rendered backstop: an object whose namespace is not its Application's is named."""

    def edit(deployment: dict[str, Any]) -> None:
        deployment["metadata"]["namespace"] = "elsewhere"

    manifests = _rendered_with(edit, "Deployment")
    found = [v for v in check_rendered(model, manifests) if v.rule == "app-namespace"]
    assert len(found) == 1 and "renders objects into 'elsewhere' (Deployment 'elsewhere/" in found[0].message


# -- rules only an edited manifest can reach (the model's types already stop these) -------------


def _rendered_with(edit: Callable[[dict[str, Any]], None], kind: str) -> dict[str, list[dict[str, Any]]]:
    manifests = copy.deepcopy({k: list(v) for k, v in default_rendering().manifests.items()})
    target = next(m for objs in manifests.values() for m in objs if m["kind"] == kind)
    edit(target)
    return manifests


def test_rendered_negative_replicas_and_port_zero(model: Homelab) -> None:
    def edit(deployment: dict[str, Any]) -> None:
        deployment["spec"]["replicas"] = -1
        deployment["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"] = 0

    rules = {v.rule for v in check_rendered(model, _rendered_with(edit, "Deployment"))}
    assert {"replicas", "ports"} <= rules


def test_rendered_empty_policy_ports(model: Homelab) -> None:
    def edit(policy: dict[str, Any]) -> None:
        policy["spec"]["egress"] = [{"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": []}]

    found = [v for v in check_rendered(model, _rendered_with(edit, "NetworkPolicy")) if v.rule == "network-ports"]
    assert len(found) == 1 and "lists no ports ('ports: []'), which Kubernetes reads as every port" in found[0].message


# -- relations between services ------------------------------------------------------------------


@pytest.mark.parametrize("break_it", ["port", "exposure"])
def test_a_relation_to_a_port_the_other_service_does_not_expose(model: Homelab, refused: Run, break_it: str) -> None:
    """Found by the fuzz test once a service was added: an exposure-less target used to raise a traceback."""
    relation = first(model, ToService)
    owner = first(model, Service, lambda s: relation in s.egress)
    broken = (
        replace(model, relation, port="no-such-port")
        if break_it == "port"
        else replace(model, relation.service, exposure=None)
    )
    (problem,) = refused(broken)
    port = "no-such-port" if break_it == "port" else relation.port
    assert problem.startswith(
        f"Service {owner.name!r}: egress ToService({relation.service.name!r}, port={port!r}) names a port the "
        "service does not expose ("
    )
    assert problem.endswith("[service-parts]")
