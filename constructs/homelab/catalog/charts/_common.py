"""Value shapes several charts share."""

from __future__ import annotations

from typing import TypedDict


class CpuMemory(TypedDict, total=False):
    cpu: str
    memory: str


class Resources(TypedDict, total=False):
    requests: CpuMemory
    limits: CpuMemory


class PodSecurityContext(TypedDict, total=False):
    runAsUser: int
    runAsGroup: int
    runAsNonRoot: bool
    fsGroup: int


class Enabled(TypedDict):
    enabled: bool


class VolumeClaimResources(TypedDict):
    requests: dict[str, str]


class VolumeClaimSpec(TypedDict):
    accessModes: list[str]
    resources: VolumeClaimResources


class VolumeClaimTemplate(TypedDict):
    spec: VolumeClaimSpec


def volume_claim(size: str) -> VolumeClaimTemplate:
    """A ReadWriteOnce claim of ``size`` on the default StorageClass."""
    return {"spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": size}}}}
