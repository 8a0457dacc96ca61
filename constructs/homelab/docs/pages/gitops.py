"""GitOps: the App of Apps tree (root → projects → Applications → namespaces) and what each project allows."""

from __future__ import annotations

from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.model import Application, CreatedBy, HelmSource

TERRAFORM = "terraform"


def _wave(app: Application) -> int:
    return 0 if app.wave is None else app.wave


def _app_label(app: Application) -> str:
    return f"{app.name} (wave {_wave(app)})"


def _tree(facts: Facts) -> str:
    model = facts.model
    nodes: dict[str, str] = {TERRAFORM: "Terraform (Layer 0)"}
    edges: list[tuple[str, str, str]] = []
    root = model.application(model.root_app)
    root_node = md.node_id("app", root.name)
    nodes[root_node] = f"{root.name} (root App of Apps)"
    edges.append((TERRAFORM, root_node, "creates"))
    for project in model.projects:
        apps = [a for a in model.applications if a.project.name == project.name and a.name != model.root_app]
        if not apps:
            continue
        project_node = md.node_id("project", project.name)
        nodes[project_node] = f"project {project.name}"
        edges.append((root_node, project_node, ""))
        for app in sorted(apps, key=lambda a: (_wave(a), a.name)):
            app_node = md.node_id("app", app.name)
            nodes[app_node] = _app_label(app)
            edges.append((project_node, app_node, ""))
            if app.created_by is CreatedBy.TERRAFORM:
                edges.append((TERRAFORM, app_node, "creates"))
            ns_node = md.node_id("ns", app.namespace)
            nodes.setdefault(ns_node, f"ns {app.namespace}")
            edges.append((app_node, ns_node, ""))
    namespaces = sorted(n for n in nodes if n.startswith("ns_"))
    return md.flowchart("LR", nodes, edges, classes={"namespace": namespaces})


def _projects(facts: Facts) -> str:
    rendered = {o.name: o.spec for o in facts.inventory.of_kind("AppProject", "argoproj.io")}
    rows: list[list[object]] = []
    for project in facts.model.projects:
        apps = ", ".join(a.name for a in facts.model.applications if a.project.name == project.name)
        spec = rendered.get(project.name)
        if spec is None:
            rows.append([project.name, project.description, "anything (built-in, not rendered)", "any", "any", apps])
            continue
        kinds = [f"{k.get('group') or 'core'}/{k.get('kind')}" for k in spec.get("clusterResourceWhitelist") or ()]
        rows.append(
            [
                project.name,
                project.description,
                "<br>".join(str(r) for r in spec.get("sourceRepos") or ()),
                ", ".join(str(d.get("namespace")) for d in spec.get("destinations") or ()),
                ", ".join(kinds) or "none",
                apps,
            ]
        )
    return md.table(
        ["Project", "Purpose", "Source repositories", "Destination namespaces", "Cluster-scoped kinds", "Applications"],
        rows,
    )


def _applications(facts: Facts) -> str:
    rows: list[list[object]] = []
    for app in sorted(facts.model.applications, key=lambda a: (_wave(a), a.name)):
        if isinstance(app.source, HelmSource):
            source = f"chart {app.source.chart.name} {app.source.chart.version} ({app.source.chart.repo})"
        else:
            source = md.code(app.path)
        created = "Terraform" if app.created_by is CreatedBy.TERRAFORM else facts.model.root_app
        service = facts.service_of(app)
        rows.append(
            [
                app.name,
                service.name if service is not None else "— (platform)",
                _wave(app),
                app.project.name,
                app.namespace,
                app.component.value,
                source,
                created,
                ", ".join(md.code(o.value) for o in app.sync_options),
            ]
        )
    return md.table(
        ["Application", "Service", "Wave", "Project", "Namespace", "Component", "Source", "Created by", "Sync options"],
        rows,
    )


def render(facts: Facts) -> str:
    model = facts.model
    return md.page(
        "gitops.md",
        root=model.root_app,
        repo=model.params.repo_url,
        revision=model.params.target_revision,
        tree=_tree(facts),
        projects=_projects(facts),
        applications=_applications(facts),
    )
