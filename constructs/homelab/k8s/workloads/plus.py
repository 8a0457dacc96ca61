"""The cdk8s-plus defaults this project strips, in one table, so rendered objects say only what the spec says.

cdk8s-plus writes its opinions into every object it synthesizes. Where a cdk8s-plus construct is used,
each opinion that is not in the spec is removed here, with the reason. Objects whose spec values
cdk8s-plus cannot express at all (named probe and target ports, verbatim quantities, grouped RBAC
rules, volume order) are built from the typed L1 classes instead; see each module's docstring.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import cdk8s

from constructs import Construct

# kind -> JSON pointer of the default -> why it is removed
PLUS_DEFAULTS: Mapping[str, Mapping[str, str]] = {
    "ConfigMap": {
        "/immutable": "cdk8s-plus writes `immutable: false`, the Kubernetes default; the spec leaves it unset.",
    },
    "ServiceAccount": {
        "/automountServiceAccountToken": (
            "cdk8s-plus writes `false`; openclaw and trivy-dashboard call the Kubernetes API with their "
            "token, so the field must stay unset (Kubernetes default: mounted)."
        ),
    },
}

ResourceT = TypeVar("ResourceT", bound=Construct)


def without_plus_defaults(resource: ResourceT) -> ResourceT:
    """Remove every :data:`PLUS_DEFAULTS` entry of the resource's kind from its synthesized object.

    A kind missing from the table is a KeyError on purpose: list a construct's defaults before using it.
    """
    api_object = cdk8s.ApiObject.of(resource)
    for path in PLUS_DEFAULTS[api_object.kind]:
        api_object.add_json_patch(cdk8s.JsonPatch.remove(path))
    return resource
