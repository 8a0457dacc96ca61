"""outputs.tf: where to reach what Terraform installed, and the checklist after the first apply."""

from __future__ import annotations

from cdktn import TerraformOutput, TerraformStack

from homelab.host.runbook import next_steps
from homelab.layer0.sensitive import Guard
from homelab.model import Exposure, Homelab


def outputs(stack: TerraformStack, model: Homelab, guard: Guard) -> None:
    argocd = model.argocd_exposure
    infisical = model.secret_store.exposure

    def output(name: str, description: str, value: str) -> None:
        TerraformOutput(stack, name, description=description, value=guard.literal(value, slot=f"output.{name}"))

    def via_tailscale(service: str, exposure: Exposure) -> str:
        ports = f"port {exposure.tailscale_port} -> NodePort {exposure.primary.node_port}"
        return f"{service} UI over Tailscale Serve ({ports})"

    output("argocd_url_tailscale", via_tailscale("Argo CD", argocd), model.tailscale_url(argocd))
    output(
        "argocd_nodeport_http",
        "Argo CD HTTP NodePort on the host",
        f"http://localhost:{argocd.port('http').node_port}",
    )
    output(
        "argocd_admin_password_command",
        "Prints the initial Argo CD admin password",
        f"kubectl -n {model.argocd_namespace} get secret argocd-initial-admin-secret "
        "-o jsonpath='{.data.password}' | base64 -d",
    )
    output("infisical_url_tailscale", via_tailscale("Infisical", infisical), model.tailscale_url(infisical))
    output("next_steps", "Checklist after apply", next_steps(model))
