"""The launchd agents' scripts: ``orb-stop.sh`` (night) and ``orb-start.sh`` (morning).

The bash is in ``templates/orb-stop.sh.j2`` and ``templates/orb-start.sh.j2``. The values come from
the model: the kube context, the bounds of the waits and the namespaces to wait for from
:class:`~homelab.model.host.Host`, the Argo CD namespace from the homelab, and the header names the
agent that runs the script. Only the pauses between polls are fixed here (:data:`SPEC_POLLS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from homelab.host import bash
from homelab.host.view import HostModel
from homelab.model.host import AgentAction, LaunchAgent


@dataclass(frozen=True, kw_only=True)
class PollIntervals:
    """Seconds between two polls of each wait in the agents' scripts (the spec's values)."""

    stop: int = 2
    """``orb-stop.sh``: until the API server stops answering."""
    nodes: int = 5
    """``orb-start.sh``: until every node is Ready."""
    namespaces: int = 10
    """``orb-start.sh``: until the pods of the wait namespaces are Running or Succeeded."""
    argocd: int = 15
    """``orb-start.sh``: until every Application is Synced and Healthy."""


SPEC_POLLS: Final = PollIntervals()


def _agent(agent: LaunchAgent) -> dict[str, bash.Value]:
    """Header values naming the agent (they land in comments, so each must be one line)."""
    return {
        "label": bash.single_line("label", agent.label),
        "time": bash.time_of_day(f"agent {agent.label!r}", agent.hour, agent.minute),
        "log_file": bash.single_line("log_file", agent.log_file),
    }


def render_orb_stop(*, agent: LaunchAgent, kube_context: str, max_wait: int, poll_interval: int) -> str:
    """Render ``orb-stop.sh``; ``max_wait`` bounds the wait for the API server to go away."""
    return bash.render(
        "orb-stop.sh.j2",
        {
            **_agent(agent),
            "kube_context": bash.quoted("kube_context", kube_context),
            "max_wait": bash.positive_int("max_wait", max_wait),
            "poll_interval": bash.positive_int("poll_interval", poll_interval),
        },
    )


def render_orb_start(
    *,
    agent: LaunchAgent,
    kube_context: str,
    argocd_namespace: str,
    wait_namespaces: tuple[str, ...],
    max_wait_cluster_health: int,
    max_wait_argocd: int,
    node_poll: int,
    namespace_poll: int,
    argocd_poll: int,
) -> str:
    """Render ``orb-start.sh``. ``MAX_WAIT_CLUSTER_HEALTH`` bounds the node wait and the namespace wait."""
    return bash.render(
        "orb-start.sh.j2",
        {
            **_agent(agent),
            "kube_context": bash.quoted("kube_context", kube_context),
            "argocd_namespace": bash.namespace(argocd_namespace),
            "wait_namespaces": bash.namespaces("wait_namespaces", wait_namespaces),
            "max_wait_cluster_health": bash.positive_int("max_wait_cluster_health", max_wait_cluster_health),
            "max_wait_argocd": bash.positive_int("max_wait_argocd", max_wait_argocd),
            "node_poll": bash.positive_int("node_poll", node_poll),
            "namespace_poll": bash.positive_int("namespace_poll", namespace_poll),
            "argocd_poll": bash.positive_int("argocd_poll", argocd_poll),
        },
    )


def agent_script(model: HostModel, agent: LaunchAgent) -> str:
    """The script ``agent`` runs, rendered from the model."""
    host = model.host
    match agent.action:
        case AgentAction.STOP:
            return render_orb_stop(
                agent=agent,
                kube_context=host.kube_context,
                max_wait=host.stop_max_wait,
                poll_interval=SPEC_POLLS.stop,
            )
        case AgentAction.START:
            return render_orb_start(
                agent=agent,
                kube_context=host.kube_context,
                argocd_namespace=model.argocd_namespace,
                wait_namespaces=host.start_wait_namespaces,
                max_wait_cluster_health=host.start_max_wait_cluster_health,
                max_wait_argocd=host.start_max_wait_argocd,
                node_poll=SPEC_POLLS.nodes,
                namespace_poll=SPEC_POLLS.namespaces,
                argocd_poll=SPEC_POLLS.argocd,
            )
