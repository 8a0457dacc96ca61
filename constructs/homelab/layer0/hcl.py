"""Which literal strings survive cdktn's rendering into Terraform JSON unchanged.

* A resource attribute or output is a Terraform *template*: ``${`` and ``%{`` start an
  interpolation or a directive (that is how ``"${path.module}/..."`` works).
* Inside an expression cdktn builds (``Fn.yamlencode({...})``), cdktn 0.24 escapes only newlines
  and ``${`` of string values, not ``"``, ``\\``, ``%{`` or control characters, and nothing in
  object keys (https://github.com/open-constructs/cdk-terrain/issues/350): such a string would
  break or alter the expression. We refuse them instead of escaping them ourselves, so a cdktn
  fix cannot turn into double escaping.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def template_problem(text: str) -> str | None:
    """Why ``text`` cannot be a literal attribute string, or ``None`` if it can."""
    if "${" in text or "%{" in text:
        return "contains '${' or '%{', which Terraform reads as a template sequence"
    return None


def expression_problem(text: str) -> str | None:
    """Why ``text`` cannot be a string literal inside a cdktn-built expression, or ``None``."""
    if "${" in text:
        return "contains '${', a Terraform interpolation (a variable must be a TerraformVariable in the model)"
    if '"' in text or "\\" in text:
        return "contains '\"' or '\\', which cdktn does not escape inside an expression"
    if "%{" in text:
        return "contains '%{', which cdktn does not escape inside an expression"
    if _CONTROL.search(text):
        return "contains a control character other than a newline, which cdktn does not escape"
    return None
