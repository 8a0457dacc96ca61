"""The model: pure, immutable data describing what the homelab *is*. No cdk8s imports here.

Renderers (``homelab.k8s``, ``homelab.layer0``, ``homelab.host``) only read it; checks
(``homelab.checks``) verify it and what was rendered from it.
"""

from homelab.model.argocd import (
    Application,
    ApplicationSource,
    Chart,
    Component,
    CreatedBy,
    GitPath,
    GroupKind,
    HelmRelease,
    HelmSetting,
    HelmSource,
    IgnoreDifference,
    Project,
    SyncOption,
)
from homelab.model.homelab import Homelab, Parameters
from homelab.model.namespaces import Namespace, PodSecurity, PodSecurityLevel
from homelab.model.network import (
    AllowApiServerEgress,
    AllowDns,
    AllowEgressToNamespace,
    AllowIngressFromNamespace,
    AllowInternetEgress,
    AllowSameNamespace,
    AllowTailscaleIngress,
    DefaultDenyAll,
    Exposure,
    NamespacePolicies,
    PolicyRule,
    PortMapping,
)
from homelab.model.risks import AcceptedRisk
from homelab.model.secrets import BootstrapSecret, ClusterSecretStore, ExternalSecret, SecretKey
from homelab.model.service import ApiServer, Internet, Service, ToService

__all__ = [
    "AcceptedRisk",
    "AllowApiServerEgress",
    "AllowDns",
    "AllowEgressToNamespace",
    "AllowIngressFromNamespace",
    "AllowInternetEgress",
    "AllowSameNamespace",
    "AllowTailscaleIngress",
    "ApiServer",
    "Application",
    "ApplicationSource",
    "BootstrapSecret",
    "Chart",
    "ClusterSecretStore",
    "Component",
    "CreatedBy",
    "DefaultDenyAll",
    "Exposure",
    "ExternalSecret",
    "GitPath",
    "GroupKind",
    "HelmRelease",
    "HelmSetting",
    "HelmSource",
    "Homelab",
    "IgnoreDifference",
    "Internet",
    "Namespace",
    "NamespacePolicies",
    "Parameters",
    "PodSecurity",
    "PodSecurityLevel",
    "PolicyRule",
    "PortMapping",
    "Project",
    "SecretKey",
    "Service",
    "SyncOption",
    "ToService",
]
