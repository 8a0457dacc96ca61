"""README "How to add a service": the example, copied as written, is a service the gate accepts.

The code block is executed as the new file would be, added to the real model, rendered and checked:
if the model's API moves, this fails before a reader copies a broken example.
"""

from __future__ import annotations

import dataclasses
import re
import types

from homelab.model import Homelab, Service
from homelab.pipeline import render

from tests.conftest import REPO


def readme_service() -> Service:
    text = (REPO / "README.md").read_text()
    section = text[text.index("## How to add a service") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "README 'How to add a service' has no python example"
    module = types.ModuleType("homelab.catalog.services.readme_example")
    exec(compile(match.group(1), "README.md", "exec"), module.__dict__)
    service = module.__dict__["SERVICE"]
    assert isinstance(service, Service)
    return service


def without(model: Homelab, name: str) -> Homelab:
    """``model`` without the service ``name``: the model before the README's service was added (once a user has
    followed the README, the catalog holds it already)."""
    return dataclasses.replace(model, services=tuple(s for s in model.services if s.name != name))


def test_readme_example_synthesizes_and_passes_the_gate(model: Homelab) -> None:
    service = readme_service()
    grown = dataclasses.replace(model, services=(*without(model, service.name).services, service))
    rendering = render(grown)  # raises SynthError with every violation if the gate refuses it
    folder = next(a.name for a in service.applications)
    assert any(path.startswith(f"dist/{folder}/") for path in rendering.files)
    assert service.namespace.name in grown.project("apps").destinations
    serve = rendering.files["launchd/tailscale-serve.sh"].decode()
    assert service.exposure is not None
    assert f"{service.exposure.tailscale_port} {service.exposure.primary.node_port}" in serve
