"""Services: one row per service of the model, then the platform pieces no service owns."""

from __future__ import annotations

import re

from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.model import Application, CreatedBy, HelmSource, Service
from homelab.model.service import ApiServer, Egress, Internet, ToService

_PUNCTUATION = re.compile(r"[^a-z0-9]")
API_SERVER = "api_server"
INTERNET = "internet"


def wave(app: Application) -> str:
    return "0 (default)" if app.wave is None else str(app.wave)


def title(service: Service) -> str:
    """The service's name, with its exposure's display name when that says more (``monitoring (Grafana)``)."""
    shown = service.exposure.service if service.exposure is not None else service.name
    same = _PUNCTUATION.sub("", shown.lower()) == _PUNCTUATION.sub("", service.name.lower())
    return service.name if same else f"{service.name} ({shown})"


def _applications(facts: Facts, service: Service) -> str:
    if facts.installed_by_release(service):
        return f"— (Helm release `{facts.model.argocd_release.name}`, Layer 0)"
    return "<br>".join(f"{app.name} ({app.project.name}, wave {app.wave or 0})" for app in service.applications)


def _sources(facts: Facts, service: Service) -> str:
    """The charts (name and exact version) and the images of the rendered pods, in Application order."""
    if facts.installed_by_release(service):
        chart = facts.model.argocd_release.chart
        return f"chart {chart.name} {chart.version}"
    found: dict[str, None] = {}
    for app in service.applications:
        if isinstance(app.source, HelmSource):
            found.setdefault(f"chart {app.source.chart.name} {app.source.chart.version}", None)
        for image in facts.images(app):
            found.setdefault(image, None)
    return "<br>".join(found)


def relation(egress: Egress) -> str:
    """One egress relation as the page names it."""
    if isinstance(egress, ApiServer):
        return "API server"
    if isinstance(egress, Internet):
        return f"internet TCP {', '.join(str(p) for p in egress.ports)}"
    return f"{egress.service.name} ({egress.port}, TCP {egress.container_port})"


def callers(facts: Facts, service: Service) -> tuple[tuple[Service, ToService], ...]:
    """The services whose egress names ``service``, in service order."""
    return tuple(
        (other, e)
        for other in facts.model.services
        for e in other.egress
        if isinstance(e, ToService) and e.service.name == service.name
    )


def _relations(facts: Facts, service: Service) -> str:
    out = [f"→ {relation(e)}" for e in service.egress]
    out += [f"← {other.name} ({e.port}, TCP {e.container_port})" for other, e in callers(facts, service)]
    return "<br>".join(out)


def _services(facts: Facts) -> str:
    model = facts.model
    rows: list[list[object]] = []
    for service in model.services:
        exposure = service.exposure
        rows.append(
            [
                f"**{title(service)}**",
                model.tailscale_url(exposure) if exposure else "",
                ", ".join(str(p.node_port) for p in exposure.ports) if exposure else "",
                service.namespace.name,
                facts.pod_security(service.namespace.name),
                _applications(facts, service),
                _sources(facts, service),
                ", ".join(md.code(k) for k in sorted({k for es in service.secrets for k in es.remote_keys()})),
                _relations(facts, service),
            ]
        )
    headers = [
        "Service",
        "URL on the tailnet",
        "NodePort(s)",
        "Namespace",
        "Pod Security",
        "Application(s) (project, wave)",
        "Chart or image(s)",
        "Infisical keys its ExternalSecrets read",
        "Egress (→) and callers (←)",
    ]
    return md.table(headers, rows)


def _platform(facts: Facts) -> str:
    """The root App of Apps, the aggregator Applications and Argo CD's own Helm release."""
    model = facts.model
    rows: list[list[object]] = []
    for app in facts.platform_applications():
        if app.name == model.root_app:
            what, renders = "root App of Apps", "the AppProjects and every child Application"
        else:
            what, renders = "aggregator", ", ".join(ns.name for ns in app.also_writes_to)
        created = "Terraform" if app.created_by is CreatedBy.TERRAFORM else model.root_app
        rows.append(
            [app.name, what, created, app.namespace, app.project.name, wave(app), md.code(app.path), renders or "—"]
        )
    release = model.argocd_release
    installs = ", ".join(s.name for s in model.services if facts.installed_by_release(s))
    rows.append(
        [
            release.name,
            "Helm release (Layer 0)",
            "Terraform",
            release.namespace,
            "—",
            "—",
            f"chart {release.chart.name} {release.chart.version}",
            f"Argo CD itself (service {installs})" if installs else "Argo CD itself",
        ]
    )
    headers = ["Piece", "What", "Created by", "Namespace", "Project", "Wave", "Source", "Renders or installs"]
    return md.table(headers, rows)


def _relation_graph(facts: Facts) -> str:
    """Who calls whom: each service's egress relations (the Network page shows what the policies allow)."""
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    for service in facts.model.services:
        for e in service.egress:
            src = md.node_id("svc", service.name)
            nodes.setdefault(src, service.name)
            if isinstance(e, ApiServer):
                dst, text = API_SERVER, ""
                nodes.setdefault(dst, "API server")
            elif isinstance(e, Internet):
                dst, text = INTERNET, "TCP " + ", ".join(str(p) for p in e.ports)
                nodes.setdefault(dst, "internet")
            else:
                dst, text = md.node_id("svc", e.service.name), f"{e.port} (TCP {e.container_port})"
                nodes.setdefault(dst, e.service.name)
            edges.append((src, dst, text))
    if not edges:
        return "_none_"
    return md.flowchart("LR", nodes, edges, classes={"outside": [n for n in (API_SERVER, INTERNET) if n in nodes]})


def _paths(facts: Facts) -> str:
    """How a request travels: tailnet → Tailscale Serve (HTTPS port) → NodePort → the service's pods."""
    model = facts.model
    nodes = {"tailnet": "tailnet peers", "serve": f"Tailscale Serve on {model.tailnet.host}"}
    edges: list[tuple[str, str, str]] = [("tailnet", "serve", "HTTPS")]
    for service in facts.exposed_services():
        exposure = service.exposure
        assert exposure is not None
        node = md.node_id("svc", service.name)
        nodes[node] = f"{title(service)}: {exposure.namespace}, port {exposure.primary.container_port}"
        edges.append(("serve", node, f":{exposure.tailscale_port} → localhost:{exposure.primary.node_port}"))
    return md.flowchart("LR", nodes, edges)


def render(facts: Facts) -> str:
    ports: list[list[object]] = []
    for service in facts.exposed_services():
        exposure = service.exposure
        assert exposure is not None
        for i, p in enumerate(exposure.ports):
            ports.append(
                [service.name, p.name, p.container_port, p.node_port, exposure.tailscale_port if i == 0 else ""]
            )
    return md.page(
        "services.md",
        host=facts.model.tailnet.host,
        paths=_paths(facts),
        services=_services(facts),
        relations=_relation_graph(facts),
        platform=_platform(facts),
        ports=md.table(["Service", "Port", "Container port", "NodePort", "Tailscale HTTPS port"], ports),
    )
