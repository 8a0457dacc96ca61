"""The Layer 0 runbook: the checklist after the first ``terraform apply``.

Terraform prints it as the ``next_steps`` output and the Operations page shows it; it lives here,
outside ``homelab.layer0``, so the docs read it without importing the cdktn bindings.
"""

from __future__ import annotations

import textwrap

from homelab.host import TAILSCALE_SERVE
from homelab.model import Homelab
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
