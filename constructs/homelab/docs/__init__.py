"""The documentation site, rendered from the model and the rendered manifests into ``docs/``.

``render_docs`` returns Markdown pages (templates in ``templates/``, one builder per page in
``pages/``); ``mkdocs.yml`` at the repository root builds the site from them. Everything is sorted
or in model order and nothing reads the clock, so the bytes are stable and ``--check`` can
drift-check them like ``dist/``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from homelab.docs import markdown as md
from homelab.docs.facts import Facts
from homelab.docs.pages import gitops, network, operations, secrets, security, services
from homelab.model import Homelab

FOLDER: Final = "docs"
PAGES: Final = {
    "services.md": services.render,
    "network.md": network.render,
    "gitops.md": gitops.render,
    "secrets.md": secrets.render,
    "security.md": security.render,
    "operations.md": operations.render,
}


def render_docs(model: Homelab, manifests: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, bytes]:
    """Every page under ``docs/`` by repository path."""
    facts = Facts(model=model, manifests=manifests)
    index = md.page(
        "index.md",
        services=str(len(model.services)),
        applications=str(len(model.applications)),
        projects=str(len(model.projects)),
        exposures=str(len(model.exposures)),
        host=model.tailnet.host,
        namespaces=str(len(facts.namespace_names)),
        keys=str(len(model.infisical_keys())),
    )
    files = {f"{FOLDER}/index.md": index.encode()}
    for name, build in PAGES.items():
        files[f"{FOLDER}/{name}"] = build(facts).encode()
    return files


__all__ = ["FOLDER", "render_docs"]
