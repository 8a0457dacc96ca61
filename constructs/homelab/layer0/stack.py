"""providers.tf and the stack: the whole Layer 0 bootstrap, synthesized to ``cdk.tf.json``.

Provider bindings are the prebuilt ``cdktn-provider-*`` packages, generated from the current 3.x
providers; their ``required_providers`` (an exact 3.x pin, helm's source as bare ``helm``) is
overridden with the spec's constraints. The JSON this stack uses is the same for 2.x: nested
blocks and list attributes both read as arrays of objects, and no 3.x-only attribute is set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from cdktn import App, LocalBackend, TerraformStack
from cdktn_provider_helm.provider import HelmProvider, HelmProviderKubernetes
from cdktn_provider_kubernetes.provider import KubernetesProvider
from cdktn_provider_local.provider import LocalProvider
from cdktn_provider_null.provider import NullProvider

from constructs import Construct
from homelab.layer0 import argocd, outputs, secrets
from homelab.layer0.resources import Namespaces
from homelab.layer0.sensitive import Guard
from homelab.layer0.variables import KUBE_CONTEXT, Variables, declarations
from homelab.model import Homelab

STACK: Final = "layer0"
KUBECONFIG: Final = "~/.kube/config"
REQUIRED_VERSION: Final = ">= 1.5"
REQUIRED_PROVIDERS: Final = {
    "kubernetes": {"source": "hashicorp/kubernetes", "version": "~> 2.35"},
    "helm": {"source": "hashicorp/helm", "version": "~> 2.17"},
    "local": {"source": "hashicorp/local", "version": "~> 2.5"},
    "null": {"source": "hashicorp/null", "version": "~> 3.2"},
}


def state_path(stack: str) -> str:
    """The local state file, as a path from the stack's folder ``cdktf.out/stacks/<stack>``.

    It is ``cdktf/terraform.<stack>.tfstate`` (git-ignored): outside ``cdktf.out``, so deleting
    the synthesized output never loses the state. The path must be explicit: cdktn's default is an
    absolute path on the machine that synthesized.
    """
    return f"../../../terraform.{stack}.tfstate"


class Layer0Stack(TerraformStack):
    """The bootstrap of ``model``. Raises :class:`~homelab.layer0.sensitive.GuardError`."""

    def __init__(self, scope: Construct, id: str, model: Homelab) -> None:
        super().__init__(scope, id)
        LocalBackend(self, path=state_path(id))
        self.add_override("terraform.required_version", REQUIRED_VERSION)
        for name, requirement in REQUIRED_PROVIDERS.items():
            self.add_override(f"terraform.required_providers.{name}", requirement)

        variables = Variables(self, declarations(model))
        context = variables.ref(KUBE_CONTEXT)
        KubernetesProvider(self, "kubernetes", config_path=KUBECONFIG, config_context=context)
        HelmProvider(self, "helm", kubernetes=HelmProviderKubernetes(config_path=KUBECONFIG, config_context=context))
        LocalProvider(self, "local")
        NullProvider(self, "null")

        guard = Guard(variables)
        namespaces: Namespaces = {}
        helm = argocd.release(self, model, variables, guard, namespaces)
        argocd.applications(self, model, variables, guard, helm)
        secrets.bootstrap(self, model, guard, namespaces)
        outputs.outputs(self, model, guard)
        guard.raise_if_any()


def synth(model: Homelab, outdir: Path, stack: str = STACK) -> Path:
    """Write ``outdir/stacks/<stack>/cdk.tf.json`` (and cdktn's manifest); return the JSON's path."""
    app = App(outdir=str(outdir))
    Layer0Stack(app, stack, model)
    app.synth()
    return outdir / "stacks" / stack / "cdk.tf.json"
