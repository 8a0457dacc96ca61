"""``tailscale-serve.sh``: publish the cluster's localhost-only NodePorts on the tailnet.

OrbStack binds NodePorts to localhost; Tailscale Serve terminates TLS on the Mac's tailnet name and
proxies each HTTPS port to ``http://localhost:<NodePort>``. The mapping is read from
``Homelab.exposures``: one line per exposure, sorted by HTTPS port, targeting the exposure's
primary (first) port. Port 443 is Serve's default, so its command has no ``--https``. The bash is in
``templates/tailscale-serve.sh.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from homelab.host import bash
from homelab.host.view import HostModel

#: tailscale-serve.sh's own option, besides ``--dry-run`` and ``--help``.
SWITCH: Final = bash.switch("--reset", "RESET")


@dataclass(frozen=True, kw_only=True)
class ServeMapping:
    """``https://<tailnet host>:<https_port>`` (``url``) proxied to ``http://localhost:<node_port>``."""

    https_port: int
    node_port: int
    service: str
    url: str


def serve_mappings(model: HostModel) -> tuple[ServeMapping, ...]:
    """One mapping per exposure, sorted by HTTPS port."""
    return tuple(
        ServeMapping(
            https_port=exposure.tailscale_port,
            node_port=exposure.primary.node_port,
            service=exposure.service,
            url=model.tailscale_url(exposure),
        )
        for exposure in sorted(model.exposures, key=lambda e: e.tailscale_port)
    )


def render_tailscale_serve(*, mappings: tuple[ServeMapping, ...]) -> str:
    """Render ``tailscale-serve.sh`` from the mappings, in the order given."""
    if not mappings:
        raise ValueError("mappings must not be empty")
    seen: set[int] = set()
    rows: list[dict[str, bash.Word]] = []
    for m in mappings:
        if m.https_port in seen:
            raise ValueError(f"HTTPS port {m.https_port} is mapped twice")
        seen.add(m.https_port)
        rows.append(
            {
                "https_port": bash.port("https_port", m.https_port),
                "node_port": bash.port("node_port", m.node_port),
                "service": bash.single_line("service", m.service),
                "service_arg": bash.quoted("service", m.service),
                "url": bash.single_line("url", m.url),
            }
        )
    return bash.render("tailscale-serve.sh.j2", {"switch": SWITCH, "mappings": rows})


def tailscale_serve_script(model: HostModel) -> str:
    return render_tailscale_serve(mappings=serve_mappings(model))
