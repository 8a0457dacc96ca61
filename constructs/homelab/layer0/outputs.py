"""outputs.tf: where to reach what Terraform installed, and the checklist after the first apply."""

from __future__ import annotations

import textwrap

from cdktn import TerraformOutput, TerraformStack

from homelab.host import TAILSCALE_SERVE
from homelab.layer0.sensitive import Guard
from homelab.model import Exposure, Homelab
from homelab.model.typed import TerraformVariable


def next_steps(model: Homelab) -> str:
    """The checklist printed after apply (a multi-line string, like the spec's heredoc)."""
    store = model.secret_store
    infisical = model.secret_store.exposure
    credentials = [v.name for v in store.credentials.data.values() if isinstance(v, TerraformVariable)]
    keys = textwrap.fill(", ".join(model.infisical_keys()), width=96, initial_indent=" " * 7, subsequent_indent=" " * 7)
    steps = [
        f"Watch the Applications: kubectl get applications -n {model.argocd_namespace} -w",
        f"In Infisical ({model.tailscale_url(infisical)}), project {store.project_slug}, environment "
        f"{store.environment_slug}, create the keys:\n{keys}",
        "Create the Universal Auth machine identity, put its clientId/clientSecret into terraform.tfvars\n"
        f"     ({' / '.join(credentials)}), run terraform apply again",
        "ESO then reconciles the ExternalSecrets: kubectl get externalsecrets -A",
        f"Expose the services on the tailnet (tailscale serve): {TAILSCALE_SERVE}",
    ]
    return "Next steps:\n" + "".join(f"  {i}. {step}\n" for i, step in enumerate(steps, 1))


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
