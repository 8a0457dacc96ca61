"""Which services the homelab has: registering a service is its one line in this import.

The names are listed in the order the projects list their destinations and charts, so the order is
data: ruff's import sorting is off for this file. :func:`homelab.catalog.registered` reads the
list as written; the type checker sees every name as the module it is.
"""
# ruff: noqa: I001, F401

from homelab.catalog.services import (
    argocd,
    external_secrets,
    infisical,
    monitoring,
    openclaw,
    authentik,
    trivy,
    trivy_dashboard,
    launchfast,
)
