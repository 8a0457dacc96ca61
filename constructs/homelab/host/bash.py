"""Render the host scripts from the Jinja2 templates in ``templates/``, with values checked for bash.

Why Jinja2 rather than :class:`string.Template`: the shared bash (``log``, ``run``, the option
parser, the kube helpers) is written once as partials that the scripts ``{% include %}``, and lists
(agents, Tailscale mappings) are loops in the template rather than bash assembled in Python.

Every value a template prints is a :class:`Word`, which only the helpers below make: each checks
its value and shell-quotes it where it becomes a bash word, so no model value reaches a script
unchecked. The environment enforces it (``finalize``), fails on a missing value
(``StrictUndefined``), and moves Jinja's comment delimiters off ``{#``, which bash uses
(``${#array[@]}``).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, TypeAlias

import jinja2

from homelab.templating import bytecode_cache

#: Repository path of the templates, named in each script's header.
TEMPLATE_DIR: Final = "constructs/homelab/host/templates"


class Word(str):
    """Text a helper of this module has checked (and shell-quoted where it is a bash word)."""

    __slots__ = ()


@dataclass(frozen=True, kw_only=True)
class Switch:
    """The one option a script takes besides ``--dry-run`` and ``--help``: ``flag`` sets ``variable``."""

    flag: Word
    variable: Word


#: What a template may receive: a word, a switch, or rows of words (``{% for %}`` loops).
Value: TypeAlias = Word | Switch | Sequence[Mapping[str, Word]]

_DNS1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def positive_int(name: str, value: int) -> Word:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return Word(value)


def port(name: str, value: int) -> Word:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValueError(f"{name} must be a TCP port (1-65535), got {value!r}")
    return Word(value)


def namespace(value: str) -> Word:
    if not _DNS1123_LABEL.fullmatch(value):
        raise ValueError(f"not a valid Kubernetes namespace name: {value!r}")
    return Word(value)


def namespaces(name: str, values: Iterable[str]) -> Word:
    """The body of a bash array of namespace names (DNS labels need no quoting)."""
    items = [namespace(v) for v in values]
    if not items:
        raise ValueError(f"{name} must name at least one namespace")
    return Word(" ".join(items))


def single_line(name: str, value: str) -> Word:
    """``value`` as it is, checked to be one line: for text inside a comment."""
    if not value or _CONTROL_CHARS.search(value):
        raise ValueError(f"{name} must be a non-empty single line without control characters, got {value!r}")
    return Word(value)


def quoted(name: str, value: str) -> Word:
    """``value`` checked to be one line, then shell-quoted."""
    return Word(shlex.quote(single_line(name, value)))


def array(name: str, values: Iterable[str]) -> Word:
    """The body of a bash array literal ``(…)``: each value checked and shell-quoted."""
    items = [quoted(name, v) for v in values]
    if not items:
        raise ValueError(f"{name} must not be empty")
    return Word(" ".join(items))


def time_of_day(name: str, hour: int, minute: int) -> Word:
    """``HH:MM``."""
    if isinstance(hour, bool) or isinstance(minute, bool) or not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"{name}: no time of day {hour}:{minute}")
    return Word(f"{hour:02d}:{minute:02d}")


_OPTION = re.compile(r"--[a-z][-a-z]*")
_VARIABLE = re.compile(r"[A-Z][A-Z_]*")


def switch(flag: str, variable: str) -> Switch:
    if not _OPTION.fullmatch(flag) or not _VARIABLE.fullmatch(variable):
        raise ValueError(f"not an option and a bash variable: {flag!r}, {variable!r}")
    return Switch(flag=Word(flag), variable=Word(variable))


def _only_words(value: object) -> object:
    """``finalize`` of the environment: a template prints nothing that no helper checked."""
    if isinstance(value, jinja2.Undefined):
        return value  # StrictUndefined raises when it is printed
    if not isinstance(value, Word):
        raise TypeError(f"a host template printed {value!r}, which is not a bash.Word: check it with a bash helper")
    return value


ENVIRONMENT: Final = jinja2.Environment(
    loader=jinja2.PackageLoader("homelab.host", "templates"),
    bytecode_cache=bytecode_cache(),
    undefined=jinja2.StrictUndefined,
    finalize=_only_words,
    autoescape=False,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    comment_start_string="{##",
    comment_end_string="##}",
)


def render(template: str, values: Mapping[str, Value]) -> str:
    """Render ``templates/<template>``; its header names it as ``source``."""
    return ENVIRONMENT.get_template(template).render(values, source=Word(f"{TEMPLATE_DIR}/{template}"))
