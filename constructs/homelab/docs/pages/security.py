"""Security: Pod Security per namespace, RBAC with risk flags, image pinning, internet egress, accepted risks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from homelab.checks.exemptions import written_exemptions
from homelab.checks.objects import Obj
from homelab.checks.risk import READ_VERBS, WRITE_VERBS
from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.docs.netpol import Pod, describe
from homelab.model import HelmSource

RBAC_GROUP = "rbac.authorization.k8s.io"


def pinning(image: str, pull_policy: str | None) -> str:
    """How an image reference is pinned: digest, tag, or ``latest`` (and whether it is ever pulled)."""
    if "@sha256:" in image:
        return "digest (immutable)"
    name = image.rsplit("/", 1)[-1]
    tag = name.split(":", 1)[1] if ":" in name else "latest"
    if tag == "latest":
        if pull_policy == "Never":
            return "`latest`, pullPolicy Never (local build, never pulled)"
        return "**`latest` (mutable, pulled)**"
    return f"tag `{tag}` (mutable tag)"


def risk_flags(rules: Sequence[Mapping[str, Any]], *, cluster_wide: bool) -> list[str]:
    """Flags of a role's rules: wildcards, write verbs (cluster-wide when bound so), Secret access."""
    flags: set[str] = set()
    for rule in rules:
        verbs = set(rule.get("verbs") or ())
        resources = set(rule.get("resources") or ())
        groups = set(rule.get("apiGroups") or ())
        if "*" in verbs | resources | groups:
            flags.add("wildcard")
        writes = verbs & WRITE_VERBS or ("*" in verbs)
        if writes:
            flags.add("cluster-wide write" if cluster_wide else "namespaced write")
        if ("secrets" in resources or "*" in resources) and ("" in groups or "*" in groups) and verbs:
            flags.add("Secret access")
    return sorted(flags)


def _bindings(facts: Facts, role: Obj) -> list[tuple[Obj, str]]:
    """Bindings of a role, each with its subjects as text."""
    found: list[tuple[Obj, str]] = []
    for kind in ("RoleBinding", "ClusterRoleBinding"):
        for binding in facts.inventory.of_kind(kind, RBAC_GROUP):
            ref = binding.manifest.get("roleRef") or {}
            if ref.get("kind") != role.kind or ref.get("name") != role.name:
                continue
            if role.kind == "Role" and binding.namespace != role.namespace:
                continue
            subjects = ", ".join(
                f"{s.get('kind')} {s.get('namespace') + '/' if s.get('namespace') else ''}{s.get('name')}"
                for s in binding.manifest.get("subjects") or ()
            )
            found.append((binding, subjects))
    return found


def _rbac(facts: Facts) -> str:
    rows: list[list[object]] = []
    for kind in ("ClusterRole", "Role"):
        for role in sorted(facts.inventory.of_kind(kind, RBAC_GROUP), key=lambda o: (o.namespace or "", o.name)):
            bindings = _bindings(facts, role)
            cluster_wide = any(b.kind == "ClusterRoleBinding" for b, _ in bindings)
            rules = list(role.manifest.get("rules") or ())
            writes = sorted(
                {
                    f"{'/'.join(sorted(r.get('verbs') or ()))} {', '.join(r.get('resources') or ())}"
                    for r in rules
                    if set(r.get("verbs") or ()) - READ_VERBS
                }
            )
            rows.append(
                [
                    f"{kind} {role.namespace + '/' if role.namespace else ''}{role.name}",
                    role.where,
                    "<br>".join(f"{b.kind} {b.name} → {s}" for b, s in bindings) or "not bound",
                    len(rules),
                    "<br>".join(writes) or "read only",
                    ", ".join(f"**{f}**" for f in risk_flags(rules, cluster_wide=cluster_wide)) or "—",
                ]
            )
    return md.table(["Role", "Rendered in", "Bound to", "Rules", "Beyond get/list/watch", "Risk flags"], rows)


def _images(facts: Facts) -> str:
    rows: list[list[object]] = []
    for obj, pod in facts.inventory.workloads:
        for key in ("initContainers", "containers"):
            for container in pod.get(key) or ():
                image = str(container.get("image"))
                rows.append(
                    [
                        md.code(image),
                        f"{obj} container {container.get('name')}",
                        pinning(image, container.get("imagePullPolicy")),
                    ]
                )
    return md.table(["Image", "Used by", "Pinned by"], rows)


def _charts(facts: Facts) -> str:
    release = facts.model.argocd_release
    rows: list[list[object]] = [[release.chart.name, release.chart.version, f"Helm release {release.name} (Layer 0)"]]
    for app in facts.model.applications:
        if isinstance(app.source, HelmSource):
            rows.append([app.source.chart.name, app.source.chart.version, f"Application {app.name}"])
    return md.table(["Chart", "Version (exact pin)", "Installed by"], rows)


def _levels(facts: Facts) -> str:
    """Namespaces grouped by the Pod Security level they enforce (or their exemption)."""
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    for name in facts.namespace_names:
        ns = facts.namespace(name)
        if ns is not None and ns.pod_security is not None:
            level = f"enforce {ns.pod_security.enforce.value}"
        elif ns is not None and ns.pss_exemption:
            level = "exempt (no labels)"
        else:
            level = "not labelled by the homelab"
        level_node = md.node_id("level", level)
        nodes.setdefault(level_node, level)
        nodes[md.node_id("ns", name)] = name
        edges.append((level_node, md.node_id("ns", name), ""))
    return md.flowchart("LR", nodes, edges)


def render(facts: Facts) -> str:
    model = facts.model
    pss: list[list[object]] = []
    for name in facts.namespace_names:
        ns = facts.namespace(name)
        if ns is None or (ns.pod_security is None and not ns.pss_exemption and not ns.reason):
            pss.append([name, "—", "—", "—", "not modelled"])
        elif ns.pod_security is None:
            pss.append([name, "—", "—", "—", f"exempt: {ns.pss_exemption}" if ns.pss_exemption else str(ns.reason)])
        else:
            ps = ns.pod_security
            pss.append([name, ps.enforce.value, ps.audit.value, ps.warn.value, ns.reason or "—"])
    egress = []
    for name in facts.namespace_names:
        ports = facts.cluster.ports(Pod(namespace=name), facts.internet_sample)
        if ports:
            egress.append([name, describe(ports)])
    # The same list synth prints after a successful check, then the reduced Pod Security levels.
    risks = [f"{e.subject} (`{e.rule}`): {e.reason}" for e in written_exemptions(model)] + [
        f"Namespace `{ns.name}` enforces only `{ns.pod_security.enforce.value}`: {ns.reason}"
        for ns in model.namespaces
        if ns.pod_security is not None and ns.pod_security.enforce.value != "restricted" and ns.reason
    ]
    return md.page(
        "security.md",
        levels=_levels(facts),
        pss=md.table(["Namespace", "Enforce", "Audit", "Warn", "Exemption or reason"], pss),
        rbac=_rbac(facts),
        images=_images(facts),
        charts=_charts(facts),
        egress=md.table(["Namespace", "Ports open to the internet"], egress),
        risks=md.bullets(risks),
    )
