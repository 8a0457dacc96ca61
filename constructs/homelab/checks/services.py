"""The parts of each service agree with the service: the names that stay strings are checked here.

A service's objects name their namespace and Application as strings (that is what they render);
they must be the service's own, so one service file cannot quietly write into another's folder.
"""

from __future__ import annotations

from collections.abc import Iterator

from homelab.checks.violation import Violation
from homelab.model import GitPath, Homelab, Service
from homelab.model.homelab import SINGLETONS
from homelab.model.service import ToService

RULE = "service-parts"


def check_model(model: Homelab) -> Iterator[Violation]:
    for service in model.services:
        yield from _service(service)


def check_singletons(model: Homelab) -> Iterator[Violation]:
    """What the model derives from exactly one service; without it, nothing else can be derived."""
    for field, what in SINGLETONS.items():
        declaring = [s.name for s in model.services if getattr(s, field) is not None]
        if len(declaring) != 1:
            yield Violation(
                subject="model",
                rule=RULE,
                message=f"exactly one service must declare {what} (Service.{field}); "
                f"{', '.join(declaring) or 'none'} do. Keep it in one service.",
            )


def check_relations(model: Homelab) -> Iterator[Violation]:
    """Every ``ToService`` egress names a port of the other service's exposure: the NetworkPolicies of
    both namespaces are derived from it, so nothing else can be derived while one does not."""
    for service in model.services:
        for relation in service.egress:
            if not isinstance(relation, ToService):
                continue
            other = relation.service
            ports = [p.name for p in other.exposure.ports] if other.exposure is not None else []
            if relation.port not in ports:
                has = f"its exposure's ports are {', '.join(ports)}" if ports else "it has no exposure"
                yield Violation(
                    subject=f"Service {service.name!r}",
                    rule=RULE,
                    message=f"egress ToService({other.name!r}, port={relation.port!r}) names a port the service does "
                    f"not expose ({has}). Name one of its exposure's ports, or give {other.name!r} an Exposure "
                    "with that port.",
                )


def _service(service: Service) -> Iterator[Violation]:
    subject = f"Service {service.name!r}"
    ns = service.namespace.name
    folders = [a.name for a in service.applications if isinstance(a.source, GitPath)]
    parts: list[tuple[str, str, str | None]] = [
        (f"Application {a.name!r}", a.namespace, None) for a in service.applications
    ]
    if service.exposure is not None:
        parts.append((f"Exposure {service.exposure.key!r}", service.exposure.namespace, None))
    parts += [(f"Workload {w.name!r}", w.namespace, w.application) for w in service.workloads]
    parts += [(f"ExternalSecret {es.name!r}", es.namespace, es.application) for es in service.secrets]
    for what, namespace, application in parts:
        if namespace != ns:
            yield Violation(
                subject=subject,
                rule=RULE,
                message=f"{what} is in namespace {namespace!r}, but the service runs in {ns!r}. Use the service's "
                "namespace (NAMESPACE.name) or move the object to the service that runs there.",
            )
        if application is not None and application not in folders:
            yield Violation(
                subject=subject,
                rule=RULE,
                message=f"{what} renders into Application {application!r}, which is not one of the service's "
                f"git-sourced Applications ({', '.join(folders) or 'none'}). Add that Application to the service "
                "or fix the object's application.",
            )
    for w in service.workloads:
        if w.exposure is not None and w.exposure != service.exposure:
            yield Violation(
                subject=subject,
                rule=RULE,
                message=f"Workload {w.name!r} publishes Exposure {w.exposure.key!r}, which is not the service's "
                "exposure. Set Service.exposure to it (one exposure per service).",
            )
    if service.bookmark is not None and service.bookmark.launch_url is None and service.exposure is None:
        yield Violation(
            subject=subject,
            rule=RULE,
            message=f"bookmark {service.bookmark.slug!r} has no launch_url and the service has no exposure to link "
            "to. Give the bookmark a launch_url or the service an exposure.",
        )
