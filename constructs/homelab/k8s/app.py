"""Build the cdk8s App for a model: one Chart per git-sourced Application, filled by the renderers."""

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


def build_charts(model: Homelab) -> dict[str, cdk8s.Chart]:
    """The cdk8s charts, keyed by Application name, with every renderer applied (plain objects included)."""
    charts, plain = _render(model)
    for name, manifests in plain.items():
        for manifest in manifests:
            metadata = manifest["metadata"]
            construct_id = "-".join(p for p in (manifest["kind"], metadata.get("namespace"), metadata["name"]) if p)
            security.api_object(charts[name], construct_id, manifest)
    return charts


def _render(model: Homelab) -> tuple[dict[str, cdk8s.Chart], dict[str, list[Manifest]]]:
    """The cdk8s charts with every jsii renderer applied, and the objects rendered as plain dicts
    (Namespaces and NetworkPolicies: no jsii round trip), both keyed by Application name."""
    app = cdk8s.App()
    charts = {a.name: cdk8s.Chart(app, a.name) for a in model.git_applications()}
    plain: dict[str, list[Manifest]] = {name: [] for name in charts}

    def scope_of(application: str) -> Construct:
        try:
            return charts[application]
        except KeyError:
            raise UnknownApplicationError(application, sorted(charts)) from None

    def add(application: str, manifest: Manifest) -> None:
        scope_of(application)  # the same refusal for an unknown Application
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
        return {name: [*chart.to_json(), *plain[name]] for name, chart in charts.items()}
