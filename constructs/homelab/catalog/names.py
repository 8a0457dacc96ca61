"""Names that several parts of the catalog refer to, written once."""

from __future__ import annotations

from typing import Final

from homelab.model import network

# Namespaces
ARGOCD: Final = "argocd"
EXTERNAL_SECRETS: Final = "external-secrets"
INFISICAL: Final = "infisical"
MONITORING: Final = "monitoring"
AUTHENTIK: Final = "authentik"
OPENCLAW: Final = "openclaw"
TRIVY_DASHBOARD: Final = "trivy-dashboard"
LAUNCHFAST: Final = "launchfast"
KUBE_SYSTEM: Final = network.KUBE_SYSTEM

# AppProjects
PROJECT_SECRETS: Final = "secrets"
PROJECT_DATA: Final = "data"
PROJECT_APPS: Final = "apps"
PROJECT_DEFAULT: Final = "default"

# Applications whose names other objects refer to
ROOT_APP: Final = "argocd-apps"
APP_EXTERNAL_SECRETS_CONFIG: Final = "external-secrets-config"
APP_MONITORING_CONFIG: Final = "monitoring-config"
APP_AUTHENTIK_CONFIG: Final = "authentik-config"
APP_VULNERABILITY_SCANNER: Final = "trivy-operator-vulnerability-scanner"
APP_NAMESPACE_SECURITY: Final = "namespace-security"
APP_NETWORKING_POLICIES: Final = "networking-policies"

# Secrets
SECRET_STORE: Final = "infisical"
MACHINE_IDENTITY_SECRET: Final = "infisical-machine-identity"
INFISICAL_BOOTSTRAP_SECRET: Final = "infisical-secrets"
INFISICAL_HELM_SECRET: Final = "infisical-helm-secrets"
AUTHENTIK_SECRET: Final = "authentik-secret"
GRAFANA_SECRET: Final = "grafana-secret"
OPENCLAW_SECRET: Final = "openclaw-secret"

AUTHENTIK_BLUEPRINTS: Final = "authentik-blueprints"

TAILNET_HOST: Final = "holdens-mac-mini.story-larch.ts.net"
TAILNET_CIDR: Final = "100.64.0.0/10"
KUBE_CONTEXT: Final = "orbstack"
DOCS_SITE: Final = "https://holdennguyen.github.io/homelab"
