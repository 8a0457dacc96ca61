"""Security rules with written exemptions: what the homelab allows only when the model says why.

- ``rbac-scope``: a ClusterRole bound by a ClusterRoleBinding that writes (or uses ``*``) grants it in
  every namespace; the model's Role must carry ``cluster_write_reason``. Namespaced Roles that read
  Secrets or exec into pods are allowed, and named in synth's notices.
- ``internet-egress``: egress to ``0.0.0.0/0`` must except the private ranges and the tailnet, or the
  model's ``AllowInternetEgress`` must carry ``private_ranges_reason``.
- ``api-token``: a pod whose ServiceAccount no rendered binding grants anything must not mount a token.

Checked on the rendered objects (what reaches the cluster); the reasons come from the model. A reason
that is written but empty is refused on the model, like an empty ``pss_exemption``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from homelab.checks.objects import Inventory, Obj
from homelab.checks.violation import Violation
from homelab.model import AllowInternetEgress, Homelab
from homelab.model.network import ANY_ADDRESS, PRIVATE_RANGES

RBAC_GROUP = "rbac.authorization.k8s.io"
WRITE_VERBS = frozenset({"create", "update", "patch", "delete", "deletecollection", "escalate", "bind", "impersonate"})
READ_VERBS = frozenset({"get", "list", "watch"})
WILDCARD = "*"
DEFAULT_SERVICE_ACCOUNT = "default"

RBAC_SCOPE = "rbac-scope"
INTERNET_EGRESS = "internet-egress"
API_TOKEN = "api-token"
ACCEPTED_RISK = "accepted-risk"


# -- RBAC ----------------------------------------------------------------------------------------


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, Sequence) and not isinstance(value, str) else []


def _resource_names(rule: Mapping[str, Any]) -> str:
    """``deployments.apps, statefulsets.apps`` (kubectl's resource.group; the core group has none)."""
    groups = _strings(rule.get("apiGroups")) or [""]
    return ", ".join(f"{r}.{g}" if g else r for g in groups for r in _strings(rule.get("resources")))


def broad_grants(rules: Any) -> list[str]:
    """What of ``rules`` writes or uses ``*`` (``patch deployments.apps``), one entry per such rule."""
    grants: list[str] = []
    for rule in rules if isinstance(rules, Sequence) else ():
        if not isinstance(rule, Mapping):
            continue
        verbs = _strings(rule.get("verbs"))
        wildcard = WILDCARD in {*verbs, *_strings(rule.get("resources")), *_strings(rule.get("apiGroups"))}
        writes = [v for v in verbs if v in WRITE_VERBS or v == WILDCARD]
        if writes or wildcard:
            grants.append(f"{'/'.join(writes or verbs)} {_resource_names(rule)}")
    return grants


def _bound_roles(inventory: Inventory, binding_kind: str) -> dict[str, list[Obj]]:
    """Role name → the bindings of ``binding_kind`` that grant it (ClusterRoleBindings: cluster-wide)."""
    found: dict[str, list[Obj]] = {}
    for binding in inventory.of_kind(binding_kind, RBAC_GROUP):
        ref = binding.manifest.get("roleRef")
        if isinstance(ref, Mapping) and ref.get("kind") == "ClusterRole":
            found.setdefault(str(ref.get("name")), []).append(binding)
    return found


def _rbac_scope(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    reasons = {r.name for w in model.workloads for r in w.roles if r.cluster and r.cluster_write_reason is not None}
    cluster_bound = _bound_roles(inventory, "ClusterRoleBinding")
    for role in inventory.of_kind("ClusterRole", RBAC_GROUP):
        bindings = cluster_bound.get(role.name)
        grants = broad_grants(role.manifest.get("rules"))
        if not bindings or not grants or role.name in reasons:
            continue
        yield Violation(
            subject=str(role),
            rule=RBAC_SCOPE,
            message=f"is bound cluster-wide (ClusterRoleBinding {bindings[0].name!r}) and grants "
            f"{'; '.join(grants)} in every namespace, with no written reason. Narrow it to a namespaced Role, "
            "or write why it needs this cluster-wide on its model Role (cluster_write_reason='<why>').",
        )


def _namespaced_reads(rule: Mapping[str, Any]) -> Iterator[str]:
    verbs = set(_strings(rule.get("verbs")))
    resources = set(_strings(rule.get("resources")))
    groups = set(_strings(rule.get("apiGroups")))
    core = bool(groups & {"", WILDCARD})
    if core and resources & {"secrets", WILDCARD} and verbs & (READ_VERBS | {WILDCARD}):
        yield "reads Secrets"
    if core and resources & {"pods/exec", WILDCARD} and verbs & {"create", "get", WILDCARD}:
        yield "may exec into pods (pods/exec)"


def notices(inventory: Inventory) -> list[str]:
    """Namespaced Roles that read Secrets or exec into pods: allowed, but named on every synth."""
    found: list[str] = []
    for role in inventory.of_kind("Role", RBAC_GROUP):
        what: dict[str, None] = {}
        for rule in role.manifest.get("rules") or ():
            if isinstance(rule, Mapping):
                what.update(dict.fromkeys(_namespaced_reads(rule)))
        if what:
            found.append(f"{role}: {' and '.join(what)} in namespace {role.namespace!r}")
    return sorted(found)


# -- internet egress -----------------------------------------------------------------------------


def _egress_exempt(model: Homelab) -> set[tuple[str, str]]:
    return {
        (p.namespace, rule.name)
        for p in model.network_policies
        for rule in p.rules
        if isinstance(rule, AllowInternetEgress) and rule.private_ranges_reason is not None
    }


def _internet_egress(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    exempt = _egress_exempt(model)
    required = (*PRIVATE_RANGES, model.tailnet.cidr)
    for policy in inventory.of_kind("NetworkPolicy", "networking.k8s.io"):
        if (policy.namespace or "", policy.name) in exempt:
            continue
        for index, rule in enumerate(policy.spec.get("egress") or ()):
            for peer in (rule.get("to") or ()) if isinstance(rule, Mapping) else ():
                block = peer.get("ipBlock") if isinstance(peer, Mapping) else None
                if not isinstance(block, Mapping) or block.get("cidr") != ANY_ADDRESS:
                    continue
                missing = [cidr for cidr in required if cidr not in _strings(block.get("except"))]
                if missing:
                    yield Violation(
                        subject=str(policy),
                        rule=INTERNET_EGRESS,
                        message=f"egress rule {index} allows {ANY_ADDRESS} without excepting {', '.join(missing)}, "
                        "so its pods reach the home network and the tailnet, not only the internet. Except those "
                        "ranges (AllowInternetEgress renders them unless exempt), or write why the namespace needs "
                        "them (Internet(ports=..., private_ranges_reason='<why>') in the service's egress).",
                    )


# -- ServiceAccount tokens -----------------------------------------------------------------------


def bound_accounts(inventory: Inventory) -> set[tuple[str, str]]:
    """(namespace, ServiceAccount) of every account a rendered RoleBinding or ClusterRoleBinding names."""
    found: set[tuple[str, str]] = set()
    for kind in ("RoleBinding", "ClusterRoleBinding"):
        for binding in inventory.of_kind(kind, RBAC_GROUP):
            for subject in binding.manifest.get("subjects") or ():
                if isinstance(subject, Mapping) and subject.get("kind") == "ServiceAccount":
                    namespace = subject.get("namespace") or binding.namespace or ""
                    found.add((str(namespace), str(subject.get("name"))))
    return found


def _api_token(inventory: Inventory) -> Iterator[Violation]:
    bound = bound_accounts(inventory)
    no_token = {
        (a.namespace or "", a.name)
        for a in inventory.of_kind("ServiceAccount", "")
        if a.manifest.get("automountServiceAccountToken") is False
    }
    for obj, pod in inventory.workloads:
        if obj.folder is None:
            continue
        account = (obj.namespace or "", str(pod.get("serviceAccountName") or DEFAULT_SERVICE_ACCOUNT))
        mount = pod.get("automountServiceAccountToken")
        if mount is False or account in bound or (mount is None and account in no_token):
            continue
        yield Violation(
            subject=str(obj),
            rule=API_TOKEN,
            message=f"mounts a ServiceAccount token (automountServiceAccountToken is "
            f"{'true' if mount else 'not set'}) but its ServiceAccount {account[1]!r} is bound to no Role or "
            "ClusterRole, so the pod carries an API credential it never uses. Set automountServiceAccountToken: "
            "false on the pod (the workload renderers derive it from the model's Roles).",
        )


# -- the checks ----------------------------------------------------------------------------------


def check(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    yield from _rbac_scope(model, inventory)
    yield from _internet_egress(model, inventory)
    yield from _api_token(inventory)


def check_model(model: Homelab) -> Iterator[Violation]:
    """A reason that is written but says nothing is no reason."""
    for w in model.workloads:
        for role in w.roles:
            if role.cluster_write_reason is not None and not role.cluster_write_reason.strip():
                yield Violation(
                    subject=f"Role {role.name!r} of Workload '{w.namespace}/{w.name}'",
                    rule=RBAC_SCOPE,
                    message="has an empty cluster_write_reason; an exemption must say why the role needs to "
                    "write cluster-wide. Write the reason, or drop it and narrow the role.",
                )
    for policies in model.network_policies:
        for rule in policies.rules:
            reason = rule.private_ranges_reason if isinstance(rule, AllowInternetEgress) else None
            if reason is not None and not reason.strip():
                yield Violation(
                    subject=f"NetworkPolicy '{policies.namespace}/{rule.name}'",
                    rule=INTERNET_EGRESS,
                    message="has an empty private_ranges_reason; an exemption must say why the namespace "
                    "needs the private ranges and the tailnet. Write the reason, or drop it (the private "
                    "ranges are then excepted).",
                )
    for risk in model.accepted_risks:
        if not risk.name.strip() or not risk.reason.strip() or not risk.where.strip():
            yield Violation(
                subject=f"AcceptedRisk {risk.name!r}",
                rule=ACCEPTED_RISK,
                message="has an empty name, reason or where; an accepted risk names the setting, where it lives and "
                "why the homelab keeps it. Fill in all three.",
            )
