"""Interned jsii value objects.

``IntOrString.from_number(53)`` or ``Quantity.from_string("64Mi")`` is a round trip to the jsii
Node process each time (~1 ms with argument type checks). The values are immutable, so one
instance per distinct value serves every object that uses it: synth makes ~80 fewer calls.
"""

from __future__ import annotations

from functools import cache

from cdk8s_plus_27 import k8s


@cache
def port_number(port: int) -> k8s.IntOrString:
    return k8s.IntOrString.from_number(port)


@cache
def port_name(name: str) -> k8s.IntOrString:
    return k8s.IntOrString.from_string(name)


@cache
def quantity(amount: str) -> k8s.Quantity:
    return k8s.Quantity.from_string(amount)
