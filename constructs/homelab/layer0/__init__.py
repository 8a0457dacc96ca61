"""Layer 0: the one-time Terraform bootstrap, as a CDK Terrain (cdktn) stack (``make layer0``).

It installs Argo CD, creates the Secrets Infisical and ESO need before anything else runs, and
applies the two Applications Terraform owns (``infisical`` and the root ``argocd-apps``), built
with the same construct the cdk8s app uses. Secrets only ever appear as ``var.NAME`` references:
see :mod:`homelab.layer0.sensitive`.

Import boundary: this package imports cdktn and its provider bindings; nothing on the cdk8s path
(``homelab.pipeline``, ``homelab.k8s``) may import it.
"""
