"""Model surgery for tests, in one place: build a broken or changed model from the real one.

Two kinds of change:

- **Edits of declarations** (``replace_service``, ``replace_app``, ``replace_exposure``, ...): the
  model derives everything again, exactly as after an edit of a service file.
- **Frozen views** (``with_views``): the derived views are copied from the real model and some are
  replaced, the way a hand-edited model could look. The gate still guards states the service model
  makes impossible by construction (a destination its project does not allow, a missing project);
  these tests prove it does.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Any

from homelab.model import (
    Application,
    Exposure,
    ExternalSecret,
    HelmSource,
    Homelab,
    Namespace,
    NamespacePolicies,
    Service,
)
from homelab.model.workloads import Container, Workload

#: The derived views of :class:`~homelab.model.Homelab` that ``with_views`` can freeze and replace.
VIEWS = (
    "applications",
    "projects",
    "namespaces",
    "exposures",
    "network_policies",
    "external_secrets",
    "workloads",
    "monitoring",
    "authentik_blueprint",
    "secret_store",
    "argocd_exposure",
)


def with_views(model: Homelab, **views: Any) -> Homelab:
    """A copy whose derived views are the model's, frozen, with ``views`` replacing some of them."""
    unknown = set(views) - set(VIEWS)
    assert not unknown, f"not a derived view: {unknown}"
    frozen = dataclasses.replace(model)
    for name in VIEWS:
        frozen.__dict__[name] = getattr(model, name)
    frozen.__dict__.update(views)
    return frozen


def replace_app_frozen(model: Homelab, name: str, **changes: Any) -> Homelab:
    """An Application edited while every other view stays as it was (so its project does not follow)."""
    apps = tuple(dataclasses.replace(a, **changes) if a.name == name else a for a in model.applications)
    return with_views(model, applications=apps)


def replace_policies(model: Homelab, namespace: str, edit: Callable[[NamespacePolicies], NamespacePolicies]) -> Homelab:
    """Policies are derived from the services' relations: a broken set can only be a frozen view."""
    policies = tuple(edit(p) if p.namespace == namespace else p for p in model.network_policies)
    return with_views(model, network_policies=policies)


# -- edits of declarations ----------------------------------------------------------------------------


def edit_services(model: Homelab, edit: Callable[[Service], Service]) -> Homelab:
    return dataclasses.replace(model, services=tuple(edit(s) for s in model.services))


def replace_service(model: Homelab, name: str, **changes: Any) -> Homelab:
    model.service(name)  # fails loudly on a typo
    return edit_services(model, lambda s: dataclasses.replace(s, **changes) if s.name == name else s)


def replace_platform(model: Homelab, **changes: Any) -> Homelab:
    return dataclasses.replace(model, platform=dataclasses.replace(model.platform, **changes))


def replace_app(model: Homelab, name: str, **changes: Any) -> Homelab:
    """Change fields of an Application where it is declared (see :func:`edit_app`)."""
    return edit_app(model, name, lambda app: dataclasses.replace(app, **changes))


def edit_app(model: Homelab, name: str, change: Callable[[Application], Application]) -> Homelab:
    """Change an Application where it is declared (its service, or the platform's root/aggregators)."""
    model.application(name)

    def edit(app: Application) -> Application:
        return change(app) if app.name == name else app

    platform = model.platform
    for field in ("root_app", "namespace_security", "networking_policies"):
        if getattr(platform, field).name == name:
            return replace_platform(model, **{field: edit(getattr(platform, field))})
    return edit_services(model, lambda s: dataclasses.replace(s, applications=tuple(edit(a) for a in s.applications)))


def replace_values(model: Homelab, name: str, edit: Callable[[dict[str, Any]], None]) -> Homelab:
    """Edit a deep copy of a Helm Application's values."""
    app = model.application(name)
    assert isinstance(app.source, HelmSource)
    values = copy.deepcopy(dict(app.source.values))
    edit(values)
    return replace_app(model, name, source=dataclasses.replace(app.source, values=values))


def replace_namespace(model: Homelab, name: str, **changes: Any) -> Homelab:
    """Change a namespace's declaration, in every service that runs there (and the platform's list)."""
    model.namespace(name)

    def edit(ns: Namespace) -> Namespace:
        return dataclasses.replace(ns, **changes) if ns.name == name else ns

    model = replace_platform(model, namespaces=tuple(edit(ns) for ns in model.platform.namespaces))
    return edit_services(model, lambda s: dataclasses.replace(s, namespace=edit(s.namespace)))


def replace_exposure(model: Homelab, key: str, edit: Callable[[Exposure], Exposure]) -> Homelab:
    """Change an exposure in its service; the service's workloads publish the changed one."""
    old = model.exposure(key)
    new = edit(old)

    def edit_service(s: Service) -> Service:
        if s.exposure != old:
            return s
        workloads = tuple(dataclasses.replace(w, exposure=new) if w.exposure == old else w for w in s.workloads)
        return dataclasses.replace(s, exposure=new, workloads=workloads)

    return edit_services(model, edit_service)


def replace_node_port(model: Homelab, key: str, node_port: int) -> Homelab:
    def edit(exposure: Exposure) -> Exposure:
        first = dataclasses.replace(exposure.ports[0], node_port=node_port)
        return dataclasses.replace(exposure, ports=(first, *exposure.ports[1:]))

    return replace_exposure(model, key, edit)


def replace_workload(model: Homelab, name: str, edit: Callable[[Workload], Workload]) -> Homelab:
    assert any(w.name == name for w in model.workloads), f"no workload {name!r}"
    return edit_services(
        model,
        lambda s: dataclasses.replace(s, workloads=tuple(edit(w) if w.name == name else w for w in s.workloads)),
    )


def replace_container(model: Homelab, workload: str, edit: Callable[[Container], Container]) -> Homelab:
    """Edit the first container of a workload's Deployment."""

    def edit_workload(w: Workload) -> Workload:
        assert w.deployment is not None
        first, *rest = w.deployment.containers
        return dataclasses.replace(w, deployment=dataclasses.replace(w.deployment, containers=(edit(first), *rest)))

    return replace_workload(model, workload, edit_workload)


def replace_external_secret(model: Homelab, name: str, edit: Callable[[ExternalSecret], ExternalSecret]) -> Homelab:
    assert any(es.name == name for es in model.external_secrets), f"no ExternalSecret {name!r}"
    return edit_services(
        model, lambda s: dataclasses.replace(s, secrets=tuple(edit(es) if es.name == name else es for es in s.secrets))
    )
