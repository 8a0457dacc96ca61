"""What the API server (or the kubelet) would refuse in a rendered object, though its schema allows it.

The OpenAPI schemas type fields but leave their values open: a container name is "a string", a
replica count "an integer", a port "an integer". These rules close the gap for what the homelab
renders — container names, images, replicas, port numbers, file paths of mounted keys, empty port
lists in NetworkPolicies (which Kubernetes reads as *every* port) — and check that every object an
Application renders lives in the namespace the Application deploys to.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from homelab.checks.names import dns1123_label_problem
from homelab.checks.objects import Inventory, Obj, containers
from homelab.checks.violation import Violation

PORT_RANGE = range(1, 65536)
#: Kinds whose ``spec.replicas`` is a count of pods.
REPLICATED = frozenset({"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"})


def check(
    inventory: Inventory, *, unpinned_ok: Mapping[tuple[str, str], str], spanning: frozenset[str]
) -> Iterator[Violation]:
    """``unpinned_ok`` maps (namespace, container) to the model's written reason for an unpinned image;
    ``spanning`` names the Applications that deploy into several namespaces on purpose."""
    for obj, pod in inventory.workloads:
        yield from _containers(obj, pod, unpinned_ok)
        yield from _volume_items(obj, pod)
        if obj.kind in REPLICATED:
            yield from _replicas(obj)
    for service in inventory.of_kind("Service", ""):
        yield from _service_ports(service)
    for policy in inventory.of_kind("NetworkPolicy", "networking.k8s.io"):
        yield from _policy_ports(policy)
    yield from _namespaces(inventory, spanning)


def _containers(obj: Obj, pod: Mapping[str, Any], unpinned_ok: Mapping[tuple[str, str], str]) -> Iterator[Violation]:
    seen: set[str] = set()
    for container in containers(pod):
        name = container.get("name")
        shown = name if isinstance(name, str) else repr(name)
        if not isinstance(name, str) or (problem := dns1123_label_problem(name)):
            problem = "is not a string" if not isinstance(name, str) else problem
            yield Violation(
                subject=str(obj),
                rule="containers",
                message=f"container name {shown!r} {problem}; container names are DNS-1123 labels. Rename the "
                "container in the model.",
            )
        elif name in seen:
            yield Violation(
                subject=str(obj),
                rule="containers",
                message=f"container name {name!r} is used twice in the pod (init containers included). Rename one.",
            )
        seen.add(str(name))
        yield from _image(obj, str(name), container.get("image"), unpinned_ok)
        for port in container.get("ports") or ():
            for field in ("containerPort", "hostPort"):
                if field in port and not _is_port(port[field]):
                    yield _bad_port(obj, f"container {name!r} {field} {port[field]!r}")
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            for handler in ("httpGet", "tcpSocket", "grpc"):
                target = ((container.get(probe) or {}).get(handler) or {}).get("port")
                if isinstance(target, int) and not _is_port(target):
                    yield _bad_port(obj, f"container {name!r} {probe} port {target!r}")


def _image(obj: Obj, container: str, image: Any, unpinned_ok: Mapping[tuple[str, str], str]) -> Iterator[Violation]:
    if not isinstance(image, str) or not image.strip():
        yield Violation(
            subject=str(obj),
            rule="images",
            message=f"container {container!r} has no image. Set the container's image (with a pinned tag) in the "
            "model.",
        )
        return
    if "@sha256:" in image:
        return
    last = image.rsplit("/", 1)[-1]
    tag = last.split(":", 1)[1] if ":" in last else None
    if tag not in (None, "latest"):
        return
    if (obj.namespace or "", container) in unpinned_ok:
        return
    why = "has no tag (Kubernetes pulls 'latest')" if tag is None else "is tagged 'latest'"
    yield Violation(
        subject=str(obj),
        rule="images",
        message=f"container {container!r} image {image!r} {why}, so what runs changes without a commit and Renovate "
        "cannot move it. Pin a version tag (or a digest), or give the container unpinned_image_reason='<why>' "
        "in the model.",
    )


def _volume_items(obj: Obj, pod: Mapping[str, Any]) -> Iterator[Violation]:
    for volume in pod.get("volumes") or ():
        for source in ("configMap", "secret", "downwardAPI"):
            for item in (volume.get(source) or {}).get("items") or ():
                path = item.get("path")
                if problem := _path_problem(path):
                    yield Violation(
                        subject=str(obj),
                        rule="config-key",
                        message=f"volume {volume.get('name')!r} item path {path!r} {problem}; the kubelet refuses it. "
                        "Use a relative file name inside the mount.",
                    )


def _path_problem(path: Any) -> str | None:
    if not isinstance(path, str) or not path:
        return "is empty"
    if path.startswith("/"):
        return "is absolute"
    if ".." in path.split("/"):
        return "contains a '..' segment"
    if posixpath.normpath(path) != path.rstrip("/"):
        return "is not a normal path"
    return None


def _replicas(obj: Obj) -> Iterator[Violation]:
    replicas = obj.spec.get("replicas")
    if isinstance(replicas, int) and not isinstance(replicas, bool) and replicas < 0:
        yield Violation(
            subject=str(obj),
            rule="replicas",
            message=f"replicas is {replicas}; a replica count is 0 or more. Fix it in the model.",
        )


def _service_ports(service: Obj) -> Iterator[Violation]:
    for port in service.spec.get("ports") or ():
        for field in ("port", "targetPort"):
            value = port.get(field)
            if isinstance(value, int) and not _is_port(value):
                yield _bad_port(service, f"port {port.get('name')!r} {field} {value!r}")


def _policy_ports(policy: Obj) -> Iterator[Violation]:
    for direction in ("ingress", "egress"):
        for index, rule in enumerate(policy.spec.get(direction) or ()):
            ports = rule.get("ports")
            if isinstance(ports, Sequence) and not ports:
                yield Violation(
                    subject=str(policy),
                    rule="network-ports",
                    message=f"{direction} rule {index} lists no ports ('ports: []'), which Kubernetes reads as every "
                    "port. List the ports it needs (or drop the rule).",
                )
            for port in ports or ():
                for field in ("port", "endPort"):
                    value = port.get(field)
                    if isinstance(value, int) and not _is_port(value):
                        yield _bad_port(policy, f"{direction} rule {index} {field} {value!r}", rule="network-ports")


def _namespaces(inventory: Inventory, spanning: frozenset[str]) -> Iterator[Violation]:
    """A namespaced object lives in its Application's destination namespace (aggregators excepted):
    Argo CD would otherwise apply it elsewhere than the project review assumed. One problem per
    Application; a destination its project refuses is reported by argocd-project alone."""
    allowed: dict[str, set[str]] = {
        project.name: {str(d.get("namespace")) for d in project.spec.get("destinations") or ()}
        for project in inventory.of_kind("AppProject", "argoproj.io")
    }
    for app in inventory.of_kind("Application", "argoproj.io"):
        destination = str((app.spec.get("destination") or {}).get("namespace") or "")
        project = str(app.spec.get("project") or "")
        if app.name in spanning or (project in allowed and destination not in allowed[project]):
            continue
        elsewhere = [
            o
            for o in inventory.in_folder(app.name)
            if o.namespace is not None and o.kind not in ("Application", "AppProject") and o.namespace != destination
        ]
        if elsewhere:
            namespaces = ", ".join(sorted({repr(o.namespace) for o in elsewhere}))
            objects = ", ".join(str(o) for o in elsewhere)
            yield Violation(
                subject=str(app),
                rule="app-namespace",
                message=f"deploys to namespace {destination!r}, but renders objects into {namespaces} ({objects}). "
                "Point the Application at their namespace, or move the objects to the Application of theirs.",
            )


def _is_port(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in PORT_RANGE


def _bad_port(obj: Obj, what: str, *, rule: str = "ports") -> Violation:
    return Violation(
        subject=str(obj),
        rule=rule,
        message=f"{what} is not a port number (1-65535). Fix the port in the model.",
    )
