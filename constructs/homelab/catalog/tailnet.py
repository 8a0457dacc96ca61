"""The tailnet the Mac serves on: services' URLs are built from it."""

from __future__ import annotations

from homelab.model.network import Tailnet

TAILNET = Tailnet(host="holdens-mac-mini.story-larch.ts.net", cidr="100.64.0.0/10")
