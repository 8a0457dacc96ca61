"""Namespaces and their Pod Security levels (namespace-security renders those with labels)."""

from __future__ import annotations

from homelab.catalog import names as n
from homelab.model import Namespace, PodSecurity

NAMESPACES = (
    Namespace(
        name=n.ARGOCD,
        pod_security=PodSecurity.restricted(),
        application=n.APP_NAMESPACE_SECURITY,
        created_by_terraform=True,
    ),
    Namespace(
        name=n.EXTERNAL_SECRETS,
        pod_security=PodSecurity.restricted(),
        application=n.APP_NAMESPACE_SECURITY,
        created_by_terraform=True,
    ),
    Namespace(
        name=n.MONITORING,
        pod_security=PodSecurity.baseline_enforced(),
        application=n.APP_NAMESPACE_SECURITY,
        reason="chart workloads are not restricted-compliant (node-exporter would need host namespaces "
        "and hostPort; it is disabled)",
    ),
    Namespace(
        name=n.AUTHENTIK,
        pod_security=PodSecurity.baseline_enforced(),
        application=n.APP_NAMESPACE_SECURITY,
        reason="chart pods set no seccompProfile",
    ),
    Namespace(
        name=n.INFISICAL,
        pod_security=PodSecurity.baseline_enforced(),
        application=n.APP_NAMESPACE_SECURITY,
        reason="chart pods run as root and set no seccompProfile",
        created_by_terraform=True,
    ),
    Namespace(name=n.LAUNCHFAST, pod_security=PodSecurity.restricted(), application=n.APP_NAMESPACE_SECURITY),
    Namespace(
        name=n.OPENCLAW,
        application=n.OPENCLAW,
        labels={"app.kubernetes.io/name": n.OPENCLAW, "app.kubernetes.io/part-of": "homelab"},
        pss_exemption="the Deployment mounts hostPath volumes (agent workspaces and skills from the host "
        "checkout), which every Pod Security level above privileged refuses",
    ),
    Namespace(
        name=n.TRIVY_DASHBOARD,
        pss_exemption="the upstream dashboard image sets no securityContext; the namespace is created by "
        "Argo CD (CreateNamespace=true) without labels",
    ),
    Namespace(name=n.KUBE_SYSTEM, preexisting=True, reason="pre-existing; only a destination of the apps project"),
)
