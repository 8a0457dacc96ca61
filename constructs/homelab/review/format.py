"""Print a :class:`ReviewDiff`: plain or ANSI-coloured text for a terminal, Markdown for a pull request.

Formatting only: every decision about what changed and what matters is made in ``semantic.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import resources
from string import Template

from homelab.review.semantic import Attention, Category, Change, GroupDiff, ReviewDiff

#: A pull-request comment holds at most 65 536 characters; the diffs are cut to stay well below.
MARKDOWN_BUDGET = 60_000

_RESET = "\033[0m"
_STYLES = {"bold": "\033[1m", "red": "\033[31m", "green": "\033[32m", "yellow": "\033[33m", "cyan": "\033[36m"}


def _template(name: str) -> Template:
    return Template(resources.files("homelab.review").joinpath("templates", name).read_text(encoding="utf-8"))


def summary(diff: ReviewDiff) -> str:
    """``2 changed, 1 added, 0 removed in 2 groups`` (or that nothing differs)."""
    if diff.empty:
        return "no change to the rendered output"
    counts = ", ".join(f"{diff.count(c)} {word}" for c, word in _WORDS)
    groups = len(diff.groups)
    return f"{counts} in {groups} group{'s' if groups > 1 else ''}"


_WORDS = ((Change.CHANGED, "changed"), (Change.ADDED, "added"), (Change.REMOVED, "removed"))


def group_counts(group: GroupDiff) -> str:
    return ", ".join(f"{group.count(c)} {word}" for c, word in _WORDS if group.count(c))


def attention_line(item: Attention) -> str:
    """``chart kube-prometheus-stack 82.1.0 → 82.2.0``; ``image <path>: a → b`` for the others."""
    separator = " " if item.category is Category.CHART else ": "
    return f"{item.category} {item.detail}{separator}{item.old} → {item.new}"


def _by_subject(items: tuple[Attention, ...]) -> dict[str, list[Attention]]:
    subjects: dict[str, list[Attention]] = {}
    for item in items:
        subjects.setdefault(item.subject, []).append(item)
    return subjects


# --- terminal --------------------------------------------------------------------------------------


def text(diff: ReviewDiff, *, ref: str, color: bool = False) -> str:
    """The terminal rendering: summary, attention, one line per object, then the unified diffs."""
    paint: Callable[[str, str], str] = (lambda s, t: f"{_STYLES[s]}{t}{_RESET}") if color else (lambda s, t: t)
    return "\n".join(_text_lines(diff, ref, paint)) + "\n"


def _text_lines(diff: ReviewDiff, ref: str, paint: Callable[[str, str], str]) -> Iterator[str]:
    yield paint("bold", f"Rendered output: {ref} → model: {summary(diff)}")
    if diff.empty:
        return
    if diff.attention:
        yield ""
        yield paint("yellow", paint("bold", "Attention"))
        for subject, items in _by_subject(diff.attention).items():
            yield f"  {subject}"
            for item in items:
                yield "    " + paint("yellow", attention_line(item))
    marks = {Change.ADDED: "green", Change.REMOVED: "red", Change.CHANGED: "yellow"}
    for group in diff.groups:
        yield ""
        yield paint("bold", f"{group.name}  {group.folder}  ({group_counts(group)})")
        for obj in group.objects:
            yield "  " + paint(marks[obj.change], f"{obj.change} {obj.label}")
    for group in diff.groups:
        for obj in group.objects:
            yield ""
            for line in obj.unified():
                yield _paint_diff_line(line, paint)


def _paint_diff_line(line: str, paint: Callable[[str, str], str]) -> str:
    if line.startswith(("+++", "---")):
        return paint("bold", line)
    if line.startswith("@@"):
        return paint("cyan", line)
    if line.startswith("+"):
        return paint("green", line)
    if line.startswith("-"):
        return paint("red", line)
    return line


# --- Markdown --------------------------------------------------------------------------------------


def markdown(diff: ReviewDiff, *, ref: str, budget: int = MARKDOWN_BUDGET) -> str:
    """A pull-request comment: summary, an attention table, one collapsible section per group."""
    attention = ""
    if diff.attention:
        rows = [
            f"| {_cell(subject)} | {'<br>'.join(_cell(attention_line(i)) for i in items)} |"
            for subject, items in _by_subject(diff.attention).items()
        ]
        attention = "#### ⚠️ Attention\n\n| Object | Change |\n|---|---|\n" + "\n".join(rows) + "\n"
    sections: list[str] = []
    remaining = budget
    for group in diff.groups:
        lines = [line for obj in group.objects for line in [*obj.unified(), ""]]
        body = "\n".join(lines).rstrip("\n")
        if len(body) > remaining:
            body = body[: max(remaining, 0)].rsplit("\n", 1)[0] + "\n… (cut: run `make diff` for the whole diff)"
        remaining -= len(body)
        fence = "````" if "```" in body else "```"
        sections.append(
            _template("group.md").substitute(
                name=group.name,
                folder=group.folder,
                counts=group_counts(group),
                objects="\n".join(f"- `{o.change} {o.label}`" for o in group.objects),
                fence=fence,
                diff=body,
            )
        )
    return _template("comment.md").substitute(
        ref=ref, summary=f"**{summary(diff)}**", attention=attention, groups="\n".join(sections)
    )


def _cell(value: str) -> str:
    """A table cell: code span, pipes escaped (GitHub splits cells on them even inside code)."""
    return "`" + value.replace("|", "\\|").replace("`", "'") + "`"
