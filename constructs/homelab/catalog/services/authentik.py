"""Authentik: single sign-on, and the portal whose bookmarks link every service's UI."""

from __future__ import annotations

from homelab.catalog import projects
from homelab.catalog.charts import authentik
from homelab.catalog.services import external_secrets
from homelab.model import (
    Application,
    Component,
    Exposure,
    ExternalSecret,
    GitPath,
    HelmSource,
    Namespace,
    PodSecurity,
    PortMapping,
    SecretKey,
    SyncOption,
)
from homelab.model.monitoring import AuthentikBlueprint
from homelab.model.service import Service

NAMESPACE = Namespace(
    name="authentik", pod_security=PodSecurity.baseline_enforced(), reason="chart pods set no seccompProfile"
)
EXPOSURE = Exposure(
    key="authentik",
    service="Authentik",
    namespace=NAMESPACE.name,
    ports=(
        PortMapping(name="http", container_port=9000, node_port=30500),
        PortMapping(name="https", container_port=9443, node_port=30501),
    ),
    tailscale_port=443,
)

CONFIG = Application(
    name="authentik-config",
    project=projects.APPS,
    namespace=NAMESPACE.name,
    component=Component.IDENTITY,
    wave=0,
    source=GitPath(),
    sync_options=(SyncOption.CREATE_NAMESPACE,),
)

PG_PASSWORD_KEY = "pg-password"
SECRET = ExternalSecret(
    name="authentik-secret",
    namespace=NAMESPACE.name,
    application=CONFIG.name,
    store=external_secrets.STORE.name,
    labels={"app.kubernetes.io/name": NAMESPACE.name, "app.kubernetes.io/instance": NAMESPACE.name},
    data=(
        SecretKey(secret_key="secretKey", remote_key="AUTHENTIK_SECRET_KEY"),
        SecretKey(secret_key="bootstrapPassword", remote_key="AUTHENTIK_BOOTSTRAP_PASSWORD"),
        SecretKey(secret_key="bootstrapToken", remote_key="AUTHENTIK_BOOTSTRAP_TOKEN"),
        SecretKey(secret_key="pgPassword", remote_key="AUTHENTIK_POSTGRES_PASSWORD"),
    ),
    # Authentik reads AUTHENTIK_* from env; its PostgreSQL subchart reads the password from pg-password.
    template={
        "AUTHENTIK_SECRET_KEY": "{{ .secretKey }}",
        "AUTHENTIK_BOOTSTRAP_PASSWORD": "{{ .bootstrapPassword }}",
        "AUTHENTIK_BOOTSTRAP_TOKEN": "{{ .bootstrapToken }}",
        "AUTHENTIK_POSTGRESQL__PASSWORD": "{{ .pgPassword }}",
        PG_PASSWORD_KEY: "{{ .pgPassword }}",
    },
)
# Bookmarks (services without OIDC) are collected from every service by the model.
BLUEPRINT = AuthentikBlueprint(
    name="authentik-blueprints",
    namespace=NAMESPACE.name,
    application=CONFIG.name,
    file_name="bookmarks.yaml",
    bookmarks=(),
)

SERVICE = Service(
    name="authentik",
    namespace=NAMESPACE,
    exposure=EXPOSURE,
    applications=(
        Application(
            name="authentik",
            project=projects.APPS,
            namespace=NAMESPACE.name,
            component=Component.IDENTITY,
            wave=1,  # after authentik-config has created its Secret and blueprints
            source=HelmSource(
                chart=authentik.CHART,
                schema=authentik.Values,
                values=authentik.values(
                    secret=SECRET.name,
                    postgres_password_key=PG_PASSWORD_KEY,
                    blueprint_config_map=BLUEPRINT.name,
                    node_port_http=EXPOSURE.port("http").node_port,
                    node_port_https=EXPOSURE.port("https").node_port,
                ),
            ),
            sync_options=(SyncOption.CREATE_NAMESPACE, SyncOption.SERVER_SIDE_APPLY),
        ),
        CONFIG,
    ),
    secrets=(SECRET,),
    blueprint=BLUEPRINT,
)
