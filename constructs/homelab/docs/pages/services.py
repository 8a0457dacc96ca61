"""Services: one row per Application (and Argo CD's own release), with how it is reached and what it reads."""

from __future__ import annotations

from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.model import Application


def _wave(app: Application) -> str:
    return "0 (default)" if app.wave is None else str(app.wave)


def render(facts: Facts) -> str:
    model = facts.model
    rows: list[list[object]] = []
    for exposure in model.exposures:
        owner = facts.owner(exposure)
        if owner.application is None:
            release = owner.release
            rows.append(
                [
                    f"**{exposure.service}**",
                    model.tailscale_url(exposure),
                    ", ".join(str(p.node_port) for p in exposure.ports),
                    exposure.namespace,
                    facts.pod_security(exposure.namespace),
                    owner.label,
                    "— (Terraform)" if release else "—",
                    "—",
                    f"chart {release.chart.name} {release.chart.version}" if release else "—",
                    "—",
                ]
            )
    for app in model.applications:
        exposures = facts.exposures_of(app)
        rows.append(
            [
                f"**{', '.join(e.service for e in exposures)}**" if exposures else app.name,
                "<br>".join(model.tailscale_url(e) for e in exposures),
                "<br>".join(", ".join(str(p.node_port) for p in e.ports) for e in exposures),
                app.namespace,
                facts.pod_security(app.namespace),
                app.name,
                app.project.name,
                _wave(app),
                facts.source(app),
                ", ".join(md.code(k) for k in facts.infisical_keys_of(app)),
            ]
        )
    headers = [
        "Service",
        "URL on the tailnet",
        "NodePort(s)",
        "Namespace",
        "Pod Security",
        "Application",
        "Project",
        "Wave",
        "Chart or image(s)",
        "Infisical keys read",
    ]
    ports = md.table(
        ["Service", "Port", "Container port", "NodePort", "Tailscale HTTPS port"],
        [
            [e.service, p.name, p.container_port, p.node_port, e.tailscale_port if i == 0 else "—"]
            for e in sorted(model.exposures, key=lambda e: e.tailscale_port)
            for i, p in enumerate(e.ports)
        ],
    )
    return md.page(
        "services.md", services=md.table(headers, rows), ports=ports, host=model.tailnet.host, paths=_paths(facts)
    )


def _paths(facts: Facts) -> str:
    """How a request travels: tailnet → Tailscale Serve (HTTPS port) → NodePort → the service's pods."""
    model = facts.model
    nodes = {"tailnet": "tailnet peers", "serve": f"Tailscale Serve on {model.tailnet.host}"}
    edges: list[tuple[str, str, str]] = [("tailnet", "serve", "HTTPS")]
    for exposure in sorted(model.exposures, key=lambda e: e.tailscale_port):
        node = md.node_id("svc", exposure.key)
        nodes[node] = f"{exposure.service} ({exposure.namespace}, port {exposure.primary.container_port})"
        edges.append(("serve", node, f":{exposure.tailscale_port} → localhost:{exposure.primary.node_port}"))
    return md.flowchart("LR", nodes, edges)
