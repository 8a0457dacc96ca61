"""Markdown building blocks: page templates (files beside this module), tables and Mermaid diagrams.

Every helper is deterministic: callers pass rows in a stable order, nothing reads the clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib.resources import files
from string import Template

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")


@cache
def _template(name: str) -> Template:
    return Template(files("homelab.docs").joinpath("templates", name).read_text(encoding="utf-8"))


def page(name: str, **parts: str) -> str:
    """Fill ``templates/<name>`` (``string.Template``: ``$part``); a missing part is an error."""
    text = _template(name).substitute(parts)
    return text.rstrip("\n") + "\n"


def cell(value: object) -> str:
    """A table cell: pipes escaped, line breaks as ``<br>``, empty as an em dash."""
    text = str(value).strip()
    if not text:
        return "—"
    return text.replace("|", "\\|").replace("\n", "<br>")


def code(value: object) -> str:
    return f"`{value}`"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A GitHub/Python-Markdown table; ``_none_`` when there are no rows."""
    body = [f"| {' | '.join(cell(v) for v in row)} |" for row in rows]
    if not body:
        return "_none_"
    head = [f"| {' | '.join(headers)} |", f"|{'|'.join('---' for _ in headers)}|"]
    return "\n".join(head + body)


def bullets(items: Iterable[str]) -> str:
    lines = [f"- {item}" for item in items]
    return "\n".join(lines) if lines else "_none_"


def node_id(kind: str, name: str) -> str:
    """A Mermaid node id: letters, digits and ``_`` only, prefixed by its kind so ids never clash."""
    return f"{kind}_{_UNSAFE_ID.sub('_', name)}"


def label(text: str) -> str:
    """A quoted Mermaid label (``"`` would end it; Mermaid reads ``#quot;`` as a quote)."""
    return '"' + text.replace('"', "#quot;") + '"'


def mermaid(kind: str, lines: Iterable[str]) -> str:
    """A fenced Mermaid diagram (``flowchart LR``, ``flowchart TD``, …), one statement per line."""
    body = "\n".join(f"    {line}" for line in lines)
    return f"```mermaid\n{kind}\n{body}\n```"


def flowchart(
    direction: str,
    nodes: Mapping[str, str],
    edges: Iterable[tuple[str, str, str]],
    *,
    classes: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """A flowchart: ``nodes`` id → label, ``edges`` (from, to, label; ``""`` = no label), optional classes."""
    lines = [f"{node}[{label(text)}]" for node, text in nodes.items()]
    for src, dst, text in edges:
        lines.append(f"{src} -->|{label(text)}| {dst}" if text else f"{src} --> {dst}")
    for name, members in (classes or {}).items():
        if members:
            lines.append(f"classDef {name} stroke-dasharray: 4 4")
            lines.append(f"class {','.join(members)} {name}")
    return mermaid(f"flowchart {direction}", lines)
