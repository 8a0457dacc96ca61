"""Namespaces and their Pod Security Standards admission levels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class PodSecurityLevel(StrEnum):
    """A Pod Security Standards profile (https://kubernetes.io/docs/concepts/security/pod-security-standards/)."""

    PRIVILEGED = "privileged"
    BASELINE = "baseline"
    RESTRICTED = "restricted"


@dataclass(frozen=True, kw_only=True)
class PodSecurity:
    """The three PSS admission modes of a namespace: what is refused, audited and warned about."""

    enforce: PodSecurityLevel
    audit: PodSecurityLevel
    warn: PodSecurityLevel

    @classmethod
    def restricted(cls) -> PodSecurity:
        return cls(
            enforce=PodSecurityLevel.RESTRICTED,
            audit=PodSecurityLevel.RESTRICTED,
            warn=PodSecurityLevel.RESTRICTED,
        )

    @classmethod
    def baseline_enforced(cls) -> PodSecurity:
        """Enforce baseline, but audit and warn at restricted so the gap stays visible."""
        return cls(
            enforce=PodSecurityLevel.BASELINE,
            audit=PodSecurityLevel.RESTRICTED,
            warn=PodSecurityLevel.RESTRICTED,
        )

    def labels(self) -> dict[str, str]:
        """The ``pod-security.kubernetes.io/*`` labels (no ``-version`` labels: always the cluster's)."""
        return {
            "pod-security.kubernetes.io/enforce": self.enforce.value,
            "pod-security.kubernetes.io/audit": self.audit.value,
            "pod-security.kubernetes.io/warn": self.warn.value,
        }


@dataclass(frozen=True, kw_only=True)
class Namespace:
    """A namespace of the cluster.

    Either ``pod_security`` is set, or ``pss_exemption`` says in words why the namespace carries no
    Pod Security labels (the checks refuse a workload namespace that has neither).
    ``reason`` explains a level below restricted. ``application`` renders the Namespace object
    (``None``: created by Argo CD's ``CreateNamespace=true``, by Terraform, or pre-existing).
    """

    name: str
    application: str | None = None
    pod_security: PodSecurity | None = None
    pss_exemption: str | None = None
    reason: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    created_by_terraform: bool = False
    preexisting: bool = False

    def rendered_labels(self) -> dict[str, str]:
        """The labels of the Namespace object: its own labels, then the PSS labels."""
        labels = dict(self.labels)
        if self.pod_security is not None:
            labels.update(self.pod_security.labels())
        return labels
