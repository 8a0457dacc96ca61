"""Operations: the nightly stop/start schedule and its waits, Tailscale Serve, the Layer 0 runbook."""

from __future__ import annotations

from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.host import script_path
from homelab.host.runbook import next_steps
from homelab.host.scripts import SPEC_POLLS
from homelab.host.tailscale import serve_mappings
from homelab.model.host import AgentAction, LaunchAgent


def _waits(facts: Facts, agent: LaunchAgent) -> list[str]:
    host = facts.model.host
    if agent.action is AgentAction.STOP:
        return [f"the API server to stop answering: at most {host.stop_max_wait} s, polled every {SPEC_POLLS.stop} s"]
    namespaces = ", ".join(md.code(ns) for ns in host.start_wait_namespaces)
    return [
        f"every node Ready: at most {host.start_max_wait_cluster_health} s, polled every {SPEC_POLLS.nodes} s",
        f"no pod outside Running/Succeeded in {namespaces}: at most {host.start_max_wait_cluster_health} s, "
        f"polled every {SPEC_POLLS.namespaces} s",
        f"every Argo CD Application in `{facts.model.argocd_namespace}` Synced and Healthy (after a hard refresh): "
        f"at most {host.start_max_wait_argocd} s, polled every {SPEC_POLLS.argocd} s",
    ]


def _cycle(facts: Facts) -> str:
    """The daily cycle: each agent at its time, then the state it leaves the cluster in, round to the first."""
    agents = sorted(facts.model.host.agents, key=lambda a: (a.hour, a.minute))
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    for i, agent in enumerate(agents):
        node = md.node_id("agent", agent.label)
        state = md.node_id("state", agent.label)
        nodes[node] = f"{agent.hour:02d}:{agent.minute:02d} {agent.label} runs {script_path(facts.model, agent)}"
        nodes[state] = "cluster stopped" if agent.action is AgentAction.STOP else "cluster running"
        edges.append((node, state, ""))
        edges.append((state, md.node_id("agent", agents[(i + 1) % len(agents)].label), ""))
    return md.flowchart("LR", nodes, edges)


def render(facts: Facts) -> str:
    model = facts.model
    agents = sorted(model.host.agents, key=lambda a: (a.hour, a.minute))
    schedule = md.table(
        ["Agent", "Daily at", "Runs", "Log", "Waits for"],
        [
            [
                md.code(a.label),
                f"{a.hour:02d}:{a.minute:02d}",
                md.code(script_path(model, a)),
                md.code(a.log_file),
                "<br>".join(_waits(facts, a)),
            ]
            for a in agents
        ],
    )
    serve = md.table(
        ["Service", "URL", "Proxied to"],
        [[m.service, m.url, f"http://localhost:{m.node_port}"] for m in serve_mappings(model)],
    )
    return md.page(
        "operations.md",
        context=model.host.kube_context,
        cycle=_cycle(facts),
        schedule=schedule,
        serve=serve,
        runbook=next_steps(model).rstrip("\n"),
    )
