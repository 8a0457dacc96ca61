"""The Mac that runs the cluster: launchd agents and Tailscale Serve."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AgentAction(StrEnum):
    STOP = "stop"
    START = "start"


@dataclass(frozen=True, kw_only=True)
class LaunchAgent:
    """A launchd agent that runs ``script`` daily at ``hour:minute`` and appends to ``log_file``."""

    label: str
    action: AgentAction
    script: str
    hour: int
    minute: int
    log_file: str


@dataclass(frozen=True, kw_only=True)
class Host:
    """Host automation settings. Paths are absolute, built from the synthesizer parameters."""

    kube_context: str
    agents: tuple[LaunchAgent, ...]
    path_env: str = "/usr/local/bin:/opt/homebrew/bin:/usr/bin:/bin"
    stop_max_wait: int = 30
    start_max_wait_cluster_health: int = 300
    start_max_wait_argocd: int = 600
    start_wait_namespaces: tuple[str, ...] = ()
