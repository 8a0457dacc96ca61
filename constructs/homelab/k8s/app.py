"""Render a model: one cdk8s Chart (in an App of its own) per git-sourced folder with jsii objects, plus plain dicts."""

from __future__ import annotations

from collections.abc import Mapping

import cdk8s

from constructs import Construct
from homelab.k8s import argocd, monitoring, secrets, security, workloads
from homelab.k8s.fast_jsii import without_runtime_type_checks
from homelab.k8s.values import Manifest
from homelab.model import Homelab


class UnknownApplicationError(KeyError):
    """A model object names an Application that has no rendered folder."""

    def __init__(self, application: str, known: list[str]) -> None:
        super().__init__(application)
        self.application = application
        self.known = known

    def __str__(self) -> str:
        return (
            f"objects are assigned to Application {self.application!r}, which is not a git-sourced Application "
            f"of the model (git-sourced: {', '.join(self.known)}). Add the Application with source=GitPath() "
            "or assign the objects to one of those."
        )


def _render(model: Homelab) -> tuple[dict[str, cdk8s.Chart], dict[str, list[Manifest]]]:
    """The cdk8s charts with every jsii renderer applied, and the objects rendered as plain dicts
    (Namespaces, NetworkPolicies, PrometheusRules: no jsii round trip), both keyed by Application name.

    A chart exists only for a folder that holds a jsii object: a folder of plain dicts costs no round trip.
    """
    folders = [a.name for a in model.git_applications()]
    charts: dict[str, cdk8s.Chart] = {}
    plain: dict[str, list[Manifest]] = {name: [] for name in folders}

    def scope_of(application: str) -> Construct:
        if application not in plain:
            raise UnknownApplicationError(application, sorted(plain))
        if application not in charts:
            # One App per chart: cdk8s resolves and validates the whole App on every Chart.toJson(), so
            # charts sharing one App make synth quadratic in the number of Applications (see make bench).
            charts[application] = cdk8s.Chart(cdk8s.App(), application)
        return charts[application]

    def add(application: str, manifest: Manifest) -> None:
        if application not in plain:
            raise UnknownApplicationError(application, sorted(plain))
        plain[application].append(manifest)

    argocd.render(scope_of(model.root_app), model)
    secrets.render(scope_of, model)
    security.render(add, model)
    workloads.render(scope_of, model)
    monitoring.render(scope_of, add, model)
    return charts, plain


def terraform_applications(model: Homelab) -> list[Manifest]:
    """The Applications Terraform creates, as the manifests it applies (checked by the gate, never written)."""
    if not model.terraform_applications():
        return []
    with without_runtime_type_checks():
        chart = cdk8s.Chart(cdk8s.App(), "terraform-applications")
        for app in model.terraform_applications():
            argocd.application(chart, model, app, terraform=True)
        return list(chart.to_json())


def synthesize(model: Homelab) -> Mapping[str, list[Manifest]]:
    """Every manifest, grouped by the Application folder it belongs to (``dist/<application>``)."""
    with without_runtime_type_checks():  # checked statically and by the gate already (see fast_jsii)
        charts, plain = _render(model)
        # A folder's plain objects follow its jsii ones: files are per object, and every reader of
        # the list (docs, checks) depends only on the order among objects of one kind.
        return {
            name: [*(charts[name].to_json() if name in charts else ()), *objects] for name, objects in plain.items()
        }
