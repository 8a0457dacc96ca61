"""Risks the homelab takes on purpose: named in the model so the gate and the docs show them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class AcceptedRisk:
    """A setting no rule refuses but a reviewer should know about: ``name`` says what it is,
    ``where`` which object or setting carries it, ``reason`` why the homelab keeps it."""

    name: str
    reason: str
    where: str
