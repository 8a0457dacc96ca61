"""AppProjects and Applications (App of Apps), typed by the classes imported from Argo CD's CRDs."""

from __future__ import annotations

import cdk8s

from constructs import Construct
from homelab.k8s.values import plain
from homelab.model import Application, HelmSource, Homelab, Project
from homelab.model.argocd import IN_CLUSTER
from imports.argocd_application.io.argoproj import (
    Application as ApplicationCr,
)
from imports.argocd_application.io.argoproj import (
    ApplicationSpec,
    ApplicationSpecDestination,
    ApplicationSpecIgnoreDifferences,
    ApplicationSpecSource,
    ApplicationSpecSourceHelm,
    ApplicationSpecSyncPolicy,
    ApplicationSpecSyncPolicyAutomated,
)
from imports.argocd_appproject.io.argoproj import (
    AppProject,
    AppProjectSpec,
    AppProjectSpecClusterResourceWhitelist,
    AppProjectSpecDestinations,
)

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
PROJECT_WAVE = -1  # projects exist before any Application that uses them


def project(scope: Construct, model: Homelab, project: Project) -> AppProject:
    """An AppProject; its sourceRepos are the homelab repo and the repos of the charts it allows."""
    return AppProject(
        scope,
        f"project-{project.name}",
        metadata=cdk8s.ApiObjectMetadata(
            name=project.name,
            namespace=model.argocd_namespace,
            annotations={SYNC_WAVE: str(PROJECT_WAVE)},
        ),
        spec=AppProjectSpec(
            description=project.description,
            source_repos=[model.params.repo_url, *(chart.repo for chart in project.charts)],
            destinations=[
                AppProjectSpecDestinations(server=IN_CLUSTER, namespace=namespace) for namespace in project.destinations
            ],
            cluster_resource_whitelist=[
                AppProjectSpecClusterResourceWhitelist(group=gk.group, kind=gk.kind)
                for gk in project.cluster_resource_whitelist
            ],
        ),
    )


def application(scope: Construct, model: Homelab, app: Application, *, terraform: bool = False) -> ApplicationCr:
    """An Application. ``terraform`` allows sensitive Terraform variables in Helm values (Layer 0 only)."""
    source: ApplicationSpecSource
    if isinstance(app.source, HelmSource):
        source = ApplicationSpecSource(
            repo_url=app.source.chart.repo,
            chart=app.source.chart.name,
            target_revision=app.source.chart.version,
            helm=ApplicationSpecSourceHelm(
                values_object=plain(app.source.values, terraform=terraform, path=f"Application {app.name!r} values")
            ),
        )
    else:
        source = ApplicationSpecSource(
            repo_url=model.params.repo_url,
            target_revision=model.params.target_revision,
            path=app.path,
        )
    annotations = {SYNC_WAVE: str(app.wave)} if app.wave is not None else None
    return ApplicationCr(
        scope,
        f"application-{app.name}",
        metadata=cdk8s.ApiObjectMetadata(
            name=app.name,
            namespace=model.argocd_namespace,
            labels={**app.standard_labels(), **app.labels},
            annotations=annotations,
        ),
        spec=ApplicationSpec(
            project=app.project.name,
            source=source,
            destination=ApplicationSpecDestination(server=IN_CLUSTER, namespace=app.namespace),
            sync_policy=ApplicationSpecSyncPolicy(
                automated=ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True),
                sync_options=[option.value for option in app.sync_options] or None,
            ),
            ignore_differences=[
                ApplicationSpecIgnoreDifferences(group=d.group, kind=d.kind, json_pointers=list(d.json_pointers))
                for d in app.ignore_differences
            ]
            or None,
        ),
    )


def render(scope: Construct, model: Homelab) -> None:
    """The root app's folder: every rendered project, then every child Application."""
    for proj in model.projects:
        if not proj.builtin:
            project(scope, model, proj)
    for app in model.child_applications():
        application(scope, model, app)
