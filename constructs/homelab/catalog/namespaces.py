"""Namespaces no service runs in, but that Applications write into."""

from __future__ import annotations

from homelab.model import Namespace
from homelab.model.network import KUBE_SYSTEM as KUBE_SYSTEM_NAME

KUBE_SYSTEM = Namespace(
    name=KUBE_SYSTEM_NAME, preexisting=True, reason="pre-existing; only a destination of the apps project"
)
