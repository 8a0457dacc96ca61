"""The gate: everything that must hold before a manifest may reach git (and so the cluster).

``check_model`` runs on the model before rendering (what only the model knows: Helm values
against their TypedDicts, sensitive Terraform variables, exposures, uniqueness of what cdk8s
would refuse to render twice). ``check_rendered`` runs on the synthesized objects, plus the
Applications Terraform creates (rendered in memory, never written): schemas, Argo CD projects
and paths, Pod Security and NetworkPolicies, ports, secrets, names, and the security rules that
take written exemptions (cluster-wide RBAC, internet egress, ServiceAccount tokens). Each returns every violation
at once, so one run shows every mistake. ``unchecked_kinds`` names the kinds no schema covers.

Rules and their messages are listed in the README ("The gate: checks and what each error means").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, is_typeddict

from homelab.checks import argocd, helm_values, names, network, pods, risk, schema, secrets, security, services
from homelab.checks.exemptions import Exemption, written_exemptions
from homelab.checks.objects import Inventory
from homelab.checks.violation import Violation
from homelab.model import HelmSource, Homelab
from homelab.model.typed import check_typed
from homelab.model.validate import validate

#: The rule of a model field that does not hold its declared type (the model cannot be rendered).
MODEL_TYPES = "model-types"


def check_model(model: Homelab) -> list[Violation]:
    """What only the model knows. A model whose fields do not hold their declared types is reported
    alone (rule ``model-types``): every other check, and rendering, assumes the types hold. Then the
    singletons every derived view needs (one secret store, one monitoring, one blueprint), alone too."""
    typed = [
        Violation(subject=p.owner, rule=MODEL_TYPES, message=f"{p.path}: {p.problem}. Fix the value in the catalog.")
        for p in validate(model)
    ]
    if typed:
        return typed
    violations = [*services.check_singletons(model), *services.check_relations(model)]
    if violations:  # every derived view needs them: report these first, alone
        return violations
    violations.extend(_helm_values(model))
    violations.extend(helm_values.check(model))
    violations.extend(schema.crd_versions((s, c.name, c.version) for s, c, _, _ in helm_values.charts_in(model)))
    violations.extend(services.check_model(model))
    violations.extend(secrets.check_model(model))
    violations.extend(network.check_model(model))
    violations.extend(risk.check_model(model))
    violations.extend(_unique(model))
    violations.extend(_assignments(model))
    violations.extend(_model_names(model))
    return violations


def check_rendered(
    model: Homelab,
    manifests: Mapping[str, Sequence[Mapping[str, Any]]],
    terraform: Sequence[Mapping[str, Any]] = (),
) -> list[Violation]:
    """``terraform``: the Applications Terraform applies, rendered by the pipeline (the gate renders nothing)."""
    inventory = Inventory(manifests, terraform)
    scopes = {key: str(entry["scope"]) for key, entry in schema.crd_index().items()}
    violations = list(schema.check(inventory))
    violations.extend(schema.served_kinds(inventory, (c.name for _, c, _, _ in helm_values.charts_in(model))))
    violations.extend(names.check(inventory))
    violations.extend(argocd.check(model, inventory, scopes))
    violations.extend(security.check(model, inventory))
    violations.extend(network.check(model, inventory))
    violations.extend(secrets.check(model, inventory))
    violations.extend(pods.check(inventory, unpinned_ok=_unpinned_images(model), spanning=_spanning(model)))
    violations.extend(risk.check(model, inventory))
    return violations


def notices(manifests: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[str]:
    """What the gate allows but names on every run (namespaced Roles that read Secrets or exec into pods)."""
    return risk.notices(Inventory(manifests))


def _unpinned_images(model: Homelab) -> dict[tuple[str, str], str]:
    """(namespace, container) → the model's written reason for an image it cannot pin."""
    return {
        (w.namespace, c.name): c.unpinned_image_reason
        for w in model.workloads
        for c in w.containers()
        if c.unpinned_image_reason
    }


def _spanning(model: Homelab) -> frozenset[str]:
    """Applications that write into other namespaces than their destination by design (the model's
    ``also_writes_to``: the aggregators rendering every namespace's Namespace or NetworkPolicies)."""
    return frozenset(a.name for a in model.applications if a.also_writes_to)


def unchecked_kinds(manifests: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[str]:
    """Kinds in ``dist/`` that no schema covers (listed by synth, never silently passed)."""
    return schema.unchecked_kinds(m for objects in manifests.values() for m in objects)


_DUPLICATE_CONSTRUCT = re.compile(r"There is already a Construct with name '([^']+)' in \w+ \[([^\]]+)\]")


def explain_render_error(error: Exception) -> Violation | None:
    """A renderer's refusal as a violation, or ``None`` for a bug (which should surface as one)."""
    from homelab.k8s.app import UnknownApplicationError
    from homelab.k8s.values import SensitiveValueError

    if isinstance(error, (UnknownApplicationError, SensitiveValueError)):
        return Violation(subject="model", rule="render", message=str(error))
    match = _DUPLICATE_CONSTRUCT.search(str(error))
    if match:
        return Violation(
            subject=f"dist/{match.group(2)}",
            rule="unique-objects",
            message=f"two objects would be rendered as {match.group(1)!r} (same kind, namespace and name). Remove "
            "the duplicate from the model or rename one.",
        )
    return None


# -- model-only checks ---------------------------------------------------------------------------


def _helm_values(model: Homelab) -> Iterator[Violation]:
    for app in model.applications:
        if not isinstance(app.source, HelmSource):
            continue
        vendored = helm_values.trees().get(app.source.chart.name)
        checked_by_chart = vendored is not None and vendored.get("version") == app.source.chart.version
        if app.source.schema is None and checked_by_chart:
            continue  # the chart's own defaults check every key (helm_values)
        if not is_typeddict(app.source.schema):
            what = "has no values schema" if app.source.schema is None else "has a values schema that is no TypedDict"
            unchecked = "" if checked_by_chart else ", so its values would reach the chart unchecked"
            yield Violation(
                subject=f"Application {app.name!r}",
                rule="helm-values",
                message=f"chart {app.source.chart.name} {app.source.chart.version} {what}{unchecked}. Give its "
                "HelmSource schema=<the chart module's Values TypedDict> (or schema=None for a chart whose defaults "
                "are vendored).",
            )
        else:
            for error in check_typed(app.source.values, app.source.schema, "valuesObject"):
                yield Violation(
                    subject=f"Application {app.name!r}",
                    rule="helm-values",
                    message=f"{error} (chart {app.source.chart.name} {app.source.chart.version}). "
                    "Fix the value in the chart's values() or its TypedDict.",
                )


def _duplicates(kind: str, keys: Iterable[tuple[str, str | None]]) -> Iterator[Violation]:
    """``keys`` are (name, Application whose folder it renders into, or ``None`` for model-wide)."""
    for (name, application), count in sorted(Counter(keys).items(), key=str):
        if count > 1:
            where = f"in Application {application!r}" if application else "in the model"
            yield Violation(
                subject=f"{kind} {name!r}",
                rule="unique-objects",
                message=f"is defined {count} times {where}; names must be unique. Remove or rename the copies.",
            )


def _unique(model: Homelab) -> Iterator[Violation]:
    """What cdk8s would refuse to render twice (so the rendered checks never see it)."""
    yield from _duplicates("Application", ((a.name, None) for a in model.applications))
    yield from _duplicates("AppProject", ((p.name, None) for p in model.projects))
    yield from _duplicates("Namespace", ((n.name, None) for n in model.namespaces))
    yield from _duplicates("BootstrapSecret", ((f"{b.namespace}/{b.name}", None) for b in model.bootstrap_secrets))
    # Twice in one Application's folder: cdk8s refuses the second (across folders: the rendered checks).
    yield from _duplicates(
        "ExternalSecret", ((f"{e.namespace}/{e.name}", e.application) for e in model.external_secrets)
    )
    yield from _duplicates("Workload", ((f"{w.namespace}/{w.name}", w.application) for w in model.workloads))
    yield from _duplicates(
        "NetworkPolicy",
        ((f"{p.namespace}/{rule.name}", p.application) for p in model.network_policies for rule in p.rules),
    )


def _assignments(model: Homelab) -> Iterator[Violation]:
    """Every object assigned to an Application is assigned to a git-sourced one (a dist/ folder)."""
    git = {a.name for a in model.git_applications()}
    assigned: list[tuple[str, str]] = [
        (f"Namespace {ns.name!r}", ns.application) for ns in model.namespaces if ns.application is not None
    ]
    assigned += [(f"NetworkPolicies of namespace {p.namespace!r}", p.application) for p in model.network_policies]
    assigned += [(f"ExternalSecret '{e.namespace}/{e.name}'", e.application) for e in model.external_secrets]
    assigned += [(f"ClusterSecretStore {model.secret_store.name!r}", model.secret_store.application)]
    assigned += [(f"Workload '{w.namespace}/{w.name}'", w.application) for w in model.workloads]
    assigned += [
        ("Monitoring (dashboards, rules)", model.monitoring.application),
        (f"Authentik blueprint {model.authentik_blueprint.name!r}", model.authentik_blueprint.application),
    ]
    if model.root_app not in git:
        yield Violation(
            subject=f"Application {model.root_app!r}",
            rule="argocd-paths",
            message="the root App of Apps is not a git-sourced Application of the model. Add it with source=GitPath().",
        )
    for subject, application in assigned:
        if application not in git:
            yield Violation(
                subject=subject,
                rule="argocd-paths",
                message=f"is assigned to Application {application!r}, which is not a git-sourced Application "
                f"(git-sourced: {', '.join(sorted(git))}). Fix the assignment or add the Application with "
                "source=GitPath().",
            )


def _model_names(model: Homelab) -> Iterator[Violation]:
    """Names of model objects that never become a rendered object's name (the rendered checks see the rest)."""
    for ns in model.namespaces:
        if problem := names.dns1123_label_problem(ns.name):
            yield Violation(
                subject=f"Namespace {ns.name!r}",
                rule="dns-1123",
                message=f"the name {problem}; namespaces are DNS-1123 labels. Rename it in the model.",
            )
        if ns.pod_security is not None and ns.pss_exemption is not None:
            yield Violation(
                subject=f"Namespace {ns.name!r}",
                rule="pod-security-labels",
                message="has both pod_security and a pss_exemption. Keep the labels and drop the exemption, or "
                "the reverse.",
            )
        if ns.pss_exemption is not None and not ns.pss_exemption.strip():
            yield Violation(
                subject=f"Namespace {ns.name!r}",
                rule="pod-security-labels",
                message="has an empty pss_exemption; an exemption must say why the namespace carries no Pod "
                "Security labels. Write the reason.",
            )
    for bootstrap in model.bootstrap_secrets:
        subject = f"BootstrapSecret '{bootstrap.namespace}/{bootstrap.name}'"
        for value, what in ((bootstrap.name, "name"), (bootstrap.namespace, "namespace")):
            if problem := names.dns1123_label_problem(value):
                yield Violation(
                    subject=subject,
                    rule="dns-1123",
                    message=f"the {what} {problem}. Rename it in the model.",
                )
        for key in bootstrap.data:
            if not names.CONFIG_KEY.match(key):
                yield Violation(
                    subject=subject,
                    rule="config-key",
                    message=f"key {key!r} is not a valid Secret key (letters, digits, '-', '_', '.'). Rename it.",
                )


__all__ = [
    "MODEL_TYPES",
    "Exemption",
    "Violation",
    "check_model",
    "check_rendered",
    "explain_render_error",
    "notices",
    "unchecked_kinds",
    "written_exemptions",
]
