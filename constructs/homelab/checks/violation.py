"""A broken rule, phrased for the person who has to fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True, order=True)
class Violation:
    """``subject`` names the object (``Application 'grafana'``), ``rule`` the check, ``message``
    what is wrong and how to fix it."""

    subject: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.message} [{self.rule}]"
