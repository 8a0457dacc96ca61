"""The raw-manifest workloads carry none of cdk8s-plus's opinions: only what the model says reaches the output.

Field-by-field conformance to the shared spec lives in ``tests_spec/`` (``make spec``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from homelab.catalog import build
from homelab.model.workloads import Workload
from homelab.pipeline import Rendering

MODEL = build()
WORKLOADS = sorted(MODEL.workloads, key=lambda w: w.name)
#: Where each pod-carrying kind keeps its pod spec.
POD_SPECS = {"Deployment": ("spec", "template", "spec"), "CronJob": ("spec", "jobTemplate", "spec", "template", "spec")}
#: Fields cdk8s-plus sets by default that the homelab never asks for.
PLUS_OPINIONS = frozenset(
    {
        "automountServiceAccountToken",
        "immutable",
        "volumeMode",
        "externalIPs",
        "minReadySeconds",
        "progressDeadlineSeconds",
        "strategy",
        "dnsPolicy",
        "hostNetwork",
        "restartPolicy",
        "setHostnameAsFQDN",
        "terminationGracePeriodSeconds",
        "fsGroupChangePolicy",
        "privileged",
        "scheme",
    }
)

#: A Job's pods must say whether they restart (Kubernetes refuses the default, Always): the model sets it.
JOB_REQUIRES = frozenset({"restartPolicy"})


def walk(value: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair of a manifest, at any depth."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from walk(v)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def objects_of(rendering: Rendering, workload: Workload) -> list[dict[str, Any]]:
    """The objects the workload renderer wrote for ``workload``: everything in its namespace (and its
    cluster-scoped RBAC) in its Application's folder, other renderers' kinds left out."""
    others = {"Namespace", "NetworkPolicy", "ExternalSecret"}
    return [
        o
        for o in rendering.manifests[workload.application]
        if o["kind"] not in others and o["metadata"].get("namespace", workload.namespace) == workload.namespace
    ]


@pytest.mark.parametrize("workload", WORKLOADS, ids=[w.name for w in WORKLOADS])
def test_no_plus_opinions(rendering: Rendering, workload: Workload) -> None:
    """No cdk8s.io/ labels, no opinionated pod or rollout defaults; automountServiceAccountToken only where
    the model derives it (false on a pod whose ServiceAccount no Role binds)."""
    objects = objects_of(rendering, workload)
    assert objects, f"nothing rendered for workload {workload.name!r}"
    for o in objects:
        keys = {k for k, _ in walk(o)}
        if o["kind"] in POD_SPECS:
            pod = o
            for key in POD_SPECS[o["kind"]]:
                pod = pod[key]
            account = (workload.namespace, pod.get("serviceAccountName", "default"))
            derived = None if account in MODEL.api_service_accounts() else False
            assert pod.get("automountServiceAccountToken") is derived, (o["kind"], o["metadata"]["name"])
            if derived is False:
                keys.discard("automountServiceAccountToken")
        forbidden = PLUS_OPINIONS - JOB_REQUIRES if o["kind"] in {"CronJob", "Job"} else PLUS_OPINIONS
        assert not keys & forbidden, (o["kind"], o["metadata"]["name"], keys & forbidden)
        assert not [k for k in keys if k.startswith("cdk8s.io/")], (o["kind"], o["metadata"]["name"])
