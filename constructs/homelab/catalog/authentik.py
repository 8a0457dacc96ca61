"""Authentik bookmarks: services without OIDC, listed on the SSO portal (authentik-config)."""

from __future__ import annotations

from collections.abc import Callable

from homelab.catalog import names as n
from homelab.catalog import network
from homelab.model.monitoring import AuthentikBlueprint, Bookmark
from homelab.model.network import Exposure


def blueprint(url_of: Callable[[Exposure], str]) -> AuthentikBlueprint:
    """Launch URLs are the services' Tailscale URLs, so a port change moves the bookmark too."""
    return AuthentikBlueprint(
        name=n.AUTHENTIK_BLUEPRINTS,
        namespace=n.AUTHENTIK,
        application=n.APP_AUTHENTIK_CONFIG,
        file_name="bookmarks.yaml",
        bookmarks=(
            Bookmark(
                id="app-infisical",
                slug="infisical",
                name="Infisical",
                group="Infrastructure",
                launch_url=url_of(network.INFISICAL),
                icon="https://avatars.githubusercontent.com/u/107880645?s=48&v=4",
                description="Secret Management Platform",
            ),
            Bookmark(
                id="app-mkdocs",
                slug="mkdocs",
                name="Homelab Docs",
                group="Documentation",
                launch_url=n.DOCS_SITE,
                icon="https://avatars.githubusercontent.com/u/9692741?s=48&v=4",
                description="Homelab Documentation",
            ),
            Bookmark(
                id="app-trivy",
                slug="trivy",
                name="Trivy Dashboard",
                group="Security",
                launch_url=url_of(network.TRIVY_DASHBOARD),
                icon="https://avatars.githubusercontent.com/u/12783832?s=48&v=4",
                description="Trivy Operator Security Dashboard",
            ),
            Bookmark(
                id="app-openclaw",
                slug="openclaw",
                name="OpenClaw",
                group="AI",
                launch_url=url_of(network.OPENCLAW),
                icon="https://avatars.githubusercontent.com/u/252820863?s=48&v=4",
                description="AI Agent Gateway Console",
            ),
            Bookmark(
                id="app-launchfast",
                slug="launchfast",
                name="LaunchFast",
                group="Development",
                launch_url=url_of(network.LAUNCHFAST),
                icon="https://api.iconify.design/mdi/rocket-launch-outline.svg?color=%236c63ff",
                description="Modern Startup Scaffolding CLI",
            ),
        ),
    )
