"""What every host script template shares: ``@@{name}`` placeholders, value checks, bash fragments.

The templates use ``@@{name}`` placeholders (see :class:`BashTemplate`) so that bash's own ``$``
syntax needs no escaping. Every value is validated and shell-quoted before it is substituted.
"""

from __future__ import annotations

import re
import shlex
import string
from collections.abc import Iterable, Mapping


class BashTemplate(string.Template):
    """A :class:`string.Template` whose placeholders read ``@@{name}``; ``$`` is left alone."""

    delimiter = "@@"


_DNS1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def positive_int(name: str, value: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return str(value)


def port(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValueError(f"{name} must be a TCP port (1-65535), got {value!r}")
    return value


def namespace(value: str) -> str:
    if not _DNS1123_LABEL.fullmatch(value):
        raise ValueError(f"not a valid Kubernetes namespace name: {value!r}")
    return value


def single_line(name: str, value: str) -> str:
    if not value or _CONTROL_CHARS.search(value):
        raise ValueError(f"{name} must be a non-empty single line without control characters, got {value!r}")
    return value


def quoted(name: str, value: str) -> str:
    """``value`` checked to be one line, then shell-quoted."""
    return shlex.quote(single_line(name, value))


def array(name: str, values: Iterable[str]) -> str:
    """The body of a bash array literal ``(…)``: each value checked and shell-quoted."""
    items = [quoted(name, v) for v in values]
    if not items:
        raise ValueError(f"{name} must not be empty")
    return " ".join(items)


def render(template: str, values: Mapping[str, str]) -> str:
    rendered = BashTemplate(template).substitute(values)
    if "@@" in rendered:  # pragma: no cover - guards against a template typo
        raise ValueError("unrendered placeholder left in template output")
    return rendered


# ---------------------------------------------------------------------------------------------
# Shared bash fragments.

LOG_FUNCTION = r"""# log LEVEL MESSAGE...: one "[YYYY-mm-dd HH:MM:SS] [LEVEL] text" line per line of MESSAGE.
log() {
    local level=$1 ts line
    shift
    ts=$(date '+%Y-%m-%d %H:%M:%S')
    while IFS= read -r line; do
        printf '[%s] [%s] %s\n' "$ts" "$level" "$line"
    done <<< "$*"
}"""

RUN_FUNCTION = r"""# run CMD...: run CMD, or only print it (shell-quoted) with --dry-run.
run() {
    local quoted
    if [[ $DRY_RUN == true ]]; then
        quoted=$(printf '%q ' "$@")
        printf '%s\n' "${quoted% }"
        return 0
    fi
    log INFO "Running: $*"
    "$@"
}"""
