"""Every written exemption and accepted risk of the model, in one list: synth prints it after a
successful check and the Security page renders it, so each reason stays visible where it is used."""

from __future__ import annotations

from dataclasses import dataclass

from homelab.checks.risk import ACCEPTED_RISK, INTERNET_EGRESS, RBAC_SCOPE
from homelab.model import AllowInternetEgress, Homelab

#: The rules whose exemptions are listed (their names as in the gate's messages).
POD_SECURITY_LABELS = "pod-security-labels"
IMAGES = "images"


@dataclass(frozen=True, kw_only=True)
class Exemption:
    """``subject`` names the object, ``rule`` the rule it is exempt from (or ``accepted-risk``)."""

    subject: str
    rule: str
    reason: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.rule}: {self.reason}"


def written_exemptions(model: Homelab) -> list[Exemption]:
    """Pod Security exemptions, unpinned images, cluster-wide RBAC, internet egress, accepted risks."""
    found = [
        Exemption(subject=f"Namespace {ns.name!r}", rule=POD_SECURITY_LABELS, reason=ns.pss_exemption)
        for ns in model.namespaces
        if ns.pss_exemption is not None
    ]
    for w in model.workloads:
        found += [
            Exemption(
                subject=f"Workload '{w.namespace}/{w.name}' container {c.name!r}",
                rule=IMAGES,
                reason=c.unpinned_image_reason,
            )
            for c in w.containers()
            if c.unpinned_image_reason is not None
        ]
    for w in model.workloads:
        found += [
            Exemption(
                subject=f"ClusterRole {r.name!r}" if r.cluster else f"Role '{w.namespace}/{r.name}'",
                rule=RBAC_SCOPE,
                reason=r.cluster_write_reason,
            )
            for r in w.roles
            if r.cluster_write_reason is not None
        ]
    found += [
        Exemption(
            subject=f"NetworkPolicy '{p.namespace}/{rule.name}'",
            rule=INTERNET_EGRESS,
            reason=rule.private_ranges_reason,
        )
        for p in model.network_policies
        for rule in p.rules
        if isinstance(rule, AllowInternetEgress) and rule.private_ranges_reason is not None
    ]
    found += [
        Exemption(subject=risk.where, rule=ACCEPTED_RISK, reason=f"{risk.name}: {risk.reason}")
        for risk in model.accepted_risks
    ]
    return found
