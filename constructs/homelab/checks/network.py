"""Ports: NodePorts unique and in range, Tailscale ports unique, container ports named consistently.

The model's exposures list every port published on the Mac (charts' NodePorts included), so
uniqueness is checked there; rendered NodePort Services must publish exactly a declared port.
On the rendered pods and Services: every container port is named, names are valid and unique in
the pod, and every named reference (Service ``targetPort``, probes) resolves to a container port.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from homelab.checks.names import iana_port_name_problem
from homelab.checks.objects import Inventory, Obj, containers
from homelab.checks.violation import Violation
from homelab.model import Exposure, HelmSource, Homelab

NODE_PORT_RANGE = range(30000, 32768)


def _port_range_text() -> str:
    return f"{NODE_PORT_RANGE.start}-{NODE_PORT_RANGE.stop - 1}"


# -- the model: exposures ------------------------------------------------------------------------


def check_model(model: Homelab) -> Iterator[Violation]:
    node_ports: dict[int, str] = {}
    tailscale: dict[int, str] = {}
    keys: set[str] = set()
    for exposure in model.exposures:
        subject = f"Exposure {exposure.key!r}"
        if exposure.key in keys:
            yield Violation(
                subject=subject,
                rule="unique-objects",
                message="is defined twice in the model. Remove one or give it another key.",
            )
        keys.add(exposure.key)
        names: set[str] = set()
        for port in exposure.ports:
            where = f"port {port.name!r}"
            if problem := iana_port_name_problem(port.name):
                yield Violation(
                    subject=subject,
                    rule="port-names",
                    message=f"{where}: the name {problem} (an IANA service name). Rename the port.",
                )
            if port.name in names:
                yield Violation(
                    subject=subject,
                    rule="port-names",
                    message=f"{where} is listed twice. Give each port its own name.",
                )
            names.add(port.name)
            if port.node_port not in NODE_PORT_RANGE:
                yield Violation(
                    subject=subject,
                    rule="node-ports",
                    message=f"{where}: NodePort {port.node_port} is outside the NodePort range {_port_range_text()}. "
                    "Pick a free port in that range.",
                )
            owner = f"Exposure {exposure.key!r} port {port.name!r}"
            if port.node_port in node_ports:
                yield Violation(
                    subject=subject,
                    rule="node-ports",
                    message=f"{where}: NodePort {port.node_port} is already used by {node_ports[port.node_port]}. "
                    f"Pick a free port in {_port_range_text()}.",
                )
            else:
                node_ports[port.node_port] = owner
            if not 0 < port.container_port < 65536:
                yield Violation(
                    subject=subject,
                    rule="node-ports",
                    message=f"{where}: container port {port.container_port} is not a port number (1-65535). Fix it.",
                )
        if not 0 < exposure.tailscale_port < 65536:
            yield Violation(
                subject=subject,
                rule="tailscale-ports",
                message=f"Tailscale port {exposure.tailscale_port} is not a port number (1-65535). Fix it.",
            )
        elif exposure.tailscale_port in tailscale:
            yield Violation(
                subject=subject,
                rule="tailscale-ports",
                message=f"Tailscale port {exposure.tailscale_port} is already used by "
                f"{tailscale[exposure.tailscale_port]}; Tailscale Serve maps one HTTPS port to one service. "
                "Pick another port.",
            )
        else:
            tailscale[exposure.tailscale_port] = f"Exposure {exposure.key!r}"
    for workload in model.workloads:
        if workload.exposure is None:
            for c in workload.containers():
                if c.ports:
                    yield Violation(
                        subject=f"Workload {workload.name!r}",
                        rule="port-names",
                        message=f"container {c.name!r} names ports but the workload has no exposure to take "
                        "their numbers from. Give the workload an exposure or drop the ports.",
                    )
            continue
        published = workload.exposure
        port_names = [p.name for p in published.ports]
        for c in workload.containers():
            for container_port in c.ports:
                if container_port.name not in port_names:
                    yield Violation(
                        subject=f"Workload {workload.name!r}",
                        rule="port-names",
                        message=f"container {c.name!r} port {container_port.name!r} is not a port of exposure "
                        f"{published.key!r} (ports: {', '.join(port_names)}). "
                        "Name one of those ports or add it to the exposure.",
                    )


# -- the rendered objects: Services and pods -----------------------------------------------------


def _named_ports(pod: Mapping[str, Any]) -> dict[str, int]:
    ports: dict[str, int] = {}
    for container in containers(pod):
        for port in container.get("ports") or ():
            if isinstance(port.get("name"), str):
                ports.setdefault(port["name"], port.get("containerPort", 0))
    return ports


def _selects(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    pods_by_namespace: dict[str, list[tuple[Obj, Mapping[str, Any]]]] = defaultdict(list)
    for obj, pod in inventory.workloads:
        pods_by_namespace[obj.namespace or ""].append((obj, pod))
        yield from _check_pod(obj, pod)
    declared: dict[int, list[Exposure]] = defaultdict(list)
    for exposure in model.exposures:
        for mapping in exposure.ports:
            declared[mapping.node_port].append(exposure)
    used: dict[int, str] = {}
    for service in inventory.of_kind("Service", ""):
        yield from _check_service(service, pods_by_namespace[service.namespace or ""], declared, used)
    yield from _backed(model, inventory)


def _check_pod(obj: Obj, pod: Mapping[str, Any]) -> Iterator[Violation]:
    seen: dict[str, tuple[str, int]] = {}
    for container in containers(pod):
        cname = container.get("name")
        own = {p.get("name") for p in container.get("ports") or ()}
        for port in container.get("ports") or ():
            number = port.get("containerPort")
            name = port.get("name")
            where = f"container {cname!r} port {number}"
            if not isinstance(name, str):
                yield Violation(
                    subject=str(obj),
                    rule="port-names",
                    message=f"{where} has no name; Services and probes refer to ports by name. Name it like the "
                    "Exposure's PortMapping.",
                )
                continue
            if problem := iana_port_name_problem(name):
                yield Violation(
                    subject=str(obj),
                    rule="port-names",
                    message=f"{where}: name {name!r} {problem} (an IANA service name). Rename the port.",
                )
            if name in seen:
                yield Violation(
                    subject=str(obj),
                    rule="port-names",
                    message=f"{where}: name {name!r} is already used by container {seen[name][0]!r} port "
                    f"{seen[name][1]}; port names are unique in a pod. Rename one.",
                )
            seen.setdefault(name, (str(cname), int(number or 0)))
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            for handler in ("httpGet", "tcpSocket", "grpc"):
                port = ((container.get(probe) or {}).get(handler) or {}).get("port")
                if isinstance(port, str) and port not in own:
                    yield Violation(
                        subject=str(obj),
                        rule="port-names",
                        message=f"container {cname!r} {probe} targets port {port!r}, which the container does not "
                        f"name (its ports: {', '.join(sorted(str(p) for p in own if p)) or 'none'}). Fix the probe's "
                        "port.",
                    )


def _check_service(
    service: Obj,
    pods: list[tuple[Obj, Mapping[str, Any]]],
    declared: Mapping[int, list[Exposure]],
    used: dict[int, str],
) -> Iterator[Violation]:
    spec = service.spec
    selector = spec.get("selector") or {}
    selected = [
        (obj, pod)
        for obj, pod in pods
        if _selects(
            selector, (obj.manifest.get("spec", {}).get("template", {}).get("metadata", {}).get("labels") or {})
        )
        or (obj.kind == "Pod" and _selects(selector, obj.labels))
    ]
    if selector and not selected:
        yield Violation(
            subject=str(service),
            rule="port-names",
            message=f"selector {dict(selector)} matches no rendered pod template in namespace {service.namespace!r}. "
            "Use the Deployment's selector labels.",
        )
    for port in spec.get("ports") or ():
        name = port.get("name")
        target = port.get("targetPort", port.get("port"))
        where = f"port {name or port.get('port')!r}"
        if isinstance(target, str):
            if name != target:
                yield Violation(
                    subject=str(service),
                    rule="port-names",
                    message=f"{where} targets container port {target!r} under another name; name Service ports like "
                    "the container port they target.",
                )
            missing = [str(obj) for obj, pod in selected if target not in _named_ports(pod)]
            if missing:
                yield Violation(
                    subject=str(service),
                    rule="port-names",
                    message=f"{where} targets port {target!r}, which {', '.join(missing)} does not name. Fix the "
                    "targetPort or the container port's name.",
                )
        node_port = port.get("nodePort")
        if node_port is None:
            continue
        owners = declared.get(node_port, []) if isinstance(node_port, int) else []
        if any(owner.namespace == service.namespace for owner in owners):
            continue  # a declared port: range and uniqueness are checked on the model's exposures
        if owners:
            yield Violation(
                subject=str(service),
                rule="node-ports",
                message=f"{where}: NodePort {node_port} belongs to Exposure {owners[0].key!r} (namespace "
                f"{owners[0].namespace!r}). Pick a free port in {_port_range_text()} and declare it in this "
                "service's Exposure.",
            )
        elif not isinstance(node_port, int) or node_port not in NODE_PORT_RANGE:
            yield Violation(
                subject=str(service),
                rule="node-ports",
                message=f"{where}: NodePort {node_port!r} is outside the NodePort range {_port_range_text()} and "
                "declared by no Exposure. Pick a free port in that range and declare it in the service's Exposure.",
            )
        elif node_port in used:
            yield Violation(
                subject=str(service),
                rule="node-ports",
                message=f"{where}: NodePort {node_port} is already used by {used[node_port]}. Give each Service its "
                "own NodePort, declared in its Exposure.",
            )
        else:
            used[node_port] = f"{service} {where}"
            yield Violation(
                subject=str(service),
                rule="node-ports",
                message=f"{where}: NodePort {node_port} is declared by no Exposure in the model, so the gate cannot "
                "prove it is unique. Declare it in the service's Exposure.",
            )


def _backed(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    """Every exposure is published by something: a rendered NodePort Service in its namespace (which
    NodePorts it carries is checked above), or a chart installed there (an Application's, or Argo
    CD's own release)."""
    charts = {a.namespace for a in model.applications if isinstance(a.source, HelmSource)}
    charts.add(model.argocd_release.namespace)
    published = {s.namespace for s in inventory.of_kind("Service", "") if s.spec.get("type") == "NodePort"}
    for exposure in model.exposures:
        if exposure.namespace not in charts and exposure.namespace not in published:
            yield Violation(
                subject=f"Exposure {exposure.key!r}",
                rule="node-ports",
                message=f"no NodePort Service is rendered in namespace {exposure.namespace!r} and no chart is "
                "installed there, so the Tailscale mapping would lead nowhere. Give a workload exposure=<this "
                "Exposure>, or remove the Exposure.",
            )
