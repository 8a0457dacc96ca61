"""launchd agents of the Mac: stop the cluster at night, start it in the morning."""

from __future__ import annotations

from homelab.catalog.namespaces import KUBE_SYSTEM
from homelab.catalog.services import argocd, external_secrets, monitoring
from homelab.model.homelab import Parameters
from homelab.model.host import AgentAction, Host, LaunchAgent

KUBE_CONTEXT = "orbstack"


def host(params: Parameters) -> Host:
    scripts = f"{params.homelab_path}/launchd"
    return Host(
        kube_context=KUBE_CONTEXT,
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
        start_wait_namespaces=tuple(
            ns.name for ns in (KUBE_SYSTEM, argocd.NAMESPACE, external_secrets.NAMESPACE, monitoring.NAMESPACE)
        ),
    )
