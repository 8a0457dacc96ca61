"""argo-cd: Argo CD itself, installed once by Layer 0 (Terraform ``helm_release``), never by Argo CD.

Values are Helm ``--set`` style settings, in the order Terraform applies them. A key segment that
contains dots (``server.insecure``) is one segment: Terraform writes it escaped (``server\\.insecure``).
"""

from __future__ import annotations

from homelab.model import Chart, HelmSetting
from homelab.model.typed import TerraformVariable

CHART = Chart(
    name="argo-cd",
    repo="https://argoproj.github.io/argo-helm",
    version="7.8.0",  # renovate: helm argo-cd (default of var.argocd_version)
)
RELEASE = "argocd"


def settings(*, node_port_http: int, node_port_https: int, url: str, sso_base_url: str) -> tuple[HelmSetting, ...]:
    """Insecure server (Tailscale Serve terminates TLS), SSO via Authentik, local admin disabled."""
    return (
        HelmSetting(path=("server", "service", "type"), value="NodePort"),
        HelmSetting(path=("server", "service", "nodePorts", "http"), value=str(node_port_http)),
        HelmSetting(path=("server", "service", "nodePorts", "https"), value=str(node_port_https)),
        HelmSetting(path=("configs", "params", "server.insecure"), value="true"),
        HelmSetting(path=("applicationSet", "resources", "requests", "memory"), value="64Mi"),
        HelmSetting(path=("notifications", "resources", "requests", "memory"), value="32Mi"),
        HelmSetting(path=("redis", "resources", "requests", "memory"), value="32Mi"),
        # ESO adds finalizers to ExternalSecrets; without this every one shows OutOfSync.
        HelmSetting(
            path=(
                "configs",
                "cm",
                "resource.customizations.ignoreDifferences.external-secrets.io_ExternalSecret",
            ),
            value="jsonPointers:\n- /metadata/finalizers\n",
        ),
        HelmSetting(path=("configs", "cm", "url"), value=url),
        HelmSetting(
            path=("configs", "cm", "oidc.config"),
            value={
                "name": "Authentik",
                "issuer": f"{sso_base_url}/application/o/argocd/",
                "clientID": "argocd",
                "clientSecret": "$oidc.argocd.clientSecret",
                "requestedScopes": ["openid", "profile", "email"],
            },
            yamlencode=True,
        ),
        HelmSetting(path=("configs", "params", "server.dex.server"), value=""),
        HelmSetting(path=("configs", "cm", "admin.enabled"), value="false"),
        HelmSetting(path=("configs", "rbac", "policy.default"), value="role:admin"),
    )


def sensitive_settings(*, oidc_client_secret: TerraformVariable) -> tuple[HelmSetting, ...]:
    """Settings Terraform passes with ``set_sensitive``: never in plan output, never in git."""
    return (HelmSetting(path=("configs", "secret", "extra", "oidc.argocd.clientSecret"), value=oidc_client_secret),)
