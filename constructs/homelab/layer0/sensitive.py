"""The guard: a sensitive slot takes only a sensitive Terraform variable, never a literal.

Sensitive slots are the helm ``set_sensitive`` values, the ``data`` of the bootstrap Secrets and
the Helm values the chart's schema types as ``TerraformVariable`` (the Infisical passwords). A
literal there would put a secret into git (and into every plan); a non-sensitive variable would
show it in plans and could get a committed default. The guard collects every misuse while the
stack is built and :meth:`Guard.raise_if_any` reports them all at once, naming the slot and the
fix, never the value.

It also refuses literal strings that cdktn would not render faithfully (see :mod:`homelab.layer0.hcl`).
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, get_args, get_origin, get_type_hints, is_typeddict

from cdktn import Fn

from homelab.checks import Violation
from homelab.layer0.hcl import expression_problem, template_problem
from homelab.layer0.variables import Variables
from homelab.model.typed import TerraformVariable

#: How a Terraform variable reaches rendered manifests (``str(TerraformVariable)``).
VAR_REF = re.compile(r"\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}")
_REJECTED = "(rejected)"


class GuardError(ValueError):
    """The stack was refused; ``violations`` say which slot and how to fix it."""

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = list(violations)
        super().__init__("\n".join(["layer0: refused to synthesize:", *(f"  - {v}" for v in self.violations)]))


def _mentions_variable(tp: Any) -> bool:
    if tp is TerraformVariable:
        return True
    return get_origin(tp) in (typing.Union, types.UnionType) and TerraformVariable in get_args(tp)


def _typeddicts(tp: Any) -> tuple[Any, ...]:
    if is_typeddict(tp):
        return (tp,)
    if get_origin(tp) in (typing.Union, types.UnionType):
        return tuple(arg for arg in get_args(tp) if is_typeddict(arg))
    return ()


class Guard:
    """Turns model values into Terraform references and literals, recording every misuse."""

    def __init__(self, variables: Variables) -> None:
        self.variables = variables
        self.violations: list[Violation] = []

    def reject(self, slot: str, message: str, rule: str) -> str:
        """Record a violation; the returned placeholder stands in for the refused value."""
        self.violations.append(Violation(subject=slot, rule=rule, message=message))
        return _REJECTED

    def _fix(self) -> str:
        names = ", ".join(self.variables.sensitive_names())
        return (
            "Put TerraformVariable('<name>') there in the catalog, naming a sensitive variable of "
            f"homelab/layer0/variables.py ({names}; declare a new one with sensitive=True), and give its "
            "value in cdktf/terraform.tfvars"
        )

    # -- sensitive slots -----------------------------------------------------------------
    def sensitive(self, value: object, *, slot: str) -> str:
        """The ``${var.NAME}`` token for a sensitive slot holding ``value``."""
        if not isinstance(value, TerraformVariable):
            kind = "mapping" if isinstance(value, Mapping) else type(value).__name__
            return self.reject(
                slot, f"sensitive slot holds a literal {kind} (value not shown). {self._fix()}.", "sensitive-literal"
            )
        declared = self.variables.declared.get(value.name)
        if declared is None:
            return self.reject(
                slot,
                f"Terraform variable {value.name!r} is not declared. Declare it in homelab/layer0/variables.py "
                "with sensitive=True.",
                "undeclared-variable",
            )
        if not declared.sensitive:
            return self.reject(
                slot,
                f"Terraform variable {value.name!r} is not sensitive: its value would show in plans and it may "
                f"have a committed default. {self._fix()}.",
                "non-sensitive-variable",
            )
        return self.variables.ref(value.name)

    def sensitive_tree(self, value: Mapping[str, Any], *, slot: str) -> dict[str, Any]:
        """A mapping whose leaves are all sensitive slots (a values file Terraform yamlencodes)."""
        out: dict[str, Any] = {}
        for key, item in value.items():
            path = f"{slot}.{key}"
            out[key] = (
                self.sensitive_tree(item, slot=path) if isinstance(item, Mapping) else self.sensitive(item, slot=path)
            )
        return out

    def schema_slots(self, values: Mapping[str, Any], schema: Any, *, slot: str) -> None:
        """Check the fields ``schema`` (a TypedDict) types as ``TerraformVariable``: they are sensitive slots."""
        if schema is None:
            return
        for typed in _typeddicts(schema):
            hints = get_type_hints(typed)
            for key, hint in hints.items():
                if key not in values:
                    continue
                if _mentions_variable(hint):
                    self.sensitive(values[key], slot=f"{slot}.{key}")
                elif _typeddicts(hint) and isinstance(values[key], Mapping):
                    self.schema_slots(values[key], hint, slot=f"{slot}.{key}")

    def references(self, value: Any, *, slot: str) -> Any:
        """Rendered JSON with every ``${var.NAME}`` string turned into the variable's reference.

        Only sensitive variables may appear (they reach rendered values through ``TerraformVariable``).
        """
        if isinstance(value, str):
            match = VAR_REF.fullmatch(value)
            return self.sensitive(TerraformVariable(match.group(1)), slot=slot) if match else value
        if isinstance(value, Mapping):
            return {k: self.references(v, slot=f"{slot}.{k}") for k, v in value.items()}
        if isinstance(value, list):
            return [self.references(v, slot=f"{slot}[{i}]") for i, v in enumerate(value)]
        return value

    # -- non-sensitive slots ---------------------------------------------------------------
    def literal(self, value: object, *, slot: str) -> str:
        """A plain attribute string: no Terraform variable, no template sequence."""
        if isinstance(value, TerraformVariable):
            return self.reject(
                slot,
                f"Terraform variable {value.name!r} is in a non-sensitive slot, where plans would show it. "
                "Move it to a sensitive slot (for Argo CD: HelmRelease.sensitive_settings in the model).",
                "variable-in-plain-slot",
            )
        if not isinstance(value, str):
            return self.reject(slot, f"expected a string, got {type(value).__name__}", "plain-slot")
        problem = template_problem(value)
        return self.reject(slot, f"literal {problem}.", "hcl-literal") if problem else value

    def literal_tree(self, value: Any, *, slot: str) -> Any:
        """A tree of literals (no Terraform variable anywhere), for a non-sensitive ``yamlencode``."""
        if isinstance(value, TerraformVariable):
            return self.literal(value, slot=slot)
        if isinstance(value, Mapping):
            return {k: self.literal_tree(v, slot=f"{slot}.{k}") for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.literal_tree(v, slot=f"{slot}[{i}]") for i, v in enumerate(value)]
        return value

    # -- expressions -----------------------------------------------------------------------
    def yamlencode(self, tree: Any, *, slot: str) -> str:
        """``yamlencode(...)`` of ``tree``; references stay bare ``var.NAME``, literals must be safe."""
        self._check_expression(tree, slot=slot)
        return Fn.yamlencode(tree)

    def _check_expression(self, value: Any, *, slot: str) -> None:
        if isinstance(value, str):
            if value != _REJECTED and not self.variables.is_ref(value) and (problem := expression_problem(value)):
                self.reject(slot, f"string {problem}.", "hcl-literal")
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if problem := expression_problem(str(key)):
                    self.reject(f"{slot} key {key!r}", f"key {problem}.", "hcl-literal")
                self._check_expression(item, slot=f"{slot}.{key}")
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                self._check_expression(item, slot=f"{slot}[{i}]")

    def raise_if_any(self) -> None:
        if self.violations:
            raise GuardError(sorted(set(self.violations)))
