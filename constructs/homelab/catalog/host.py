"""launchd agents of the Mac: stop the cluster at night, start it in the morning."""

from __future__ import annotations

from homelab.catalog import names as n
from homelab.model.homelab import Parameters
from homelab.model.host import AgentAction, Host, LaunchAgent


def host(params: Parameters) -> Host:
    scripts = f"{params.homelab_path}/launchd"
    return Host(
        kube_context=n.KUBE_CONTEXT,
        agents=(
            LaunchAgent(
                label="com.homelab.orbstop",
                action=AgentAction.STOP,
                script=f"{scripts}/orb-stop.sh",
                hour=23,
                minute=59,
                log_file=f"{params.log_dir}/shutdown.log",
            ),
            LaunchAgent(
                label="com.homelab.orbstart",
                action=AgentAction.START,
                script=f"{scripts}/orb-start.sh",
                hour=4,
                minute=59,
                log_file=f"{params.log_dir}/startup.log",
            ),
        ),
        start_wait_namespaces=(n.KUBE_SYSTEM, n.ARGOCD, n.EXTERNAL_SECRETS, n.MONITORING),
    )
