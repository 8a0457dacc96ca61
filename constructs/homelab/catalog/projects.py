"""The AppProjects, as declarations: what each is for and the cluster kinds every project allows.

Destinations, chart repositories and the rest of each whitelist are derived from the Applications
that use the project (see :class:`homelab.model.Homelab`). Services refer to these objects.
"""

from __future__ import annotations

from homelab.model import GroupKind, Project

NAMESPACE = GroupKind(group="", kind="Namespace")
CRD = GroupKind(group="apiextensions.k8s.io", kind="CustomResourceDefinition")
CLUSTER_RBAC = (
    GroupKind(group="rbac.authorization.k8s.io", kind="ClusterRole"),
    GroupKind(group="rbac.authorization.k8s.io", kind="ClusterRoleBinding"),
)
MUTATING_WEBHOOK = GroupKind(group="admissionregistration.k8s.io", kind="MutatingWebhookConfiguration")
VALIDATING_WEBHOOK = GroupKind(group="admissionregistration.k8s.io", kind="ValidatingWebhookConfiguration")

SECRETS = Project(
    name="secrets",
    description="Secret management infrastructure (ESO, Infisical)",
    cluster_resource_whitelist=(NAMESPACE,),
)
DATA = Project(
    name="data",
    description="Databases and persistent data stores",
    cluster_resource_whitelist=(NAMESPACE,),
)
APPS = Project(
    name="apps",
    description="User-facing applications and services",
    cluster_resource_whitelist=(NAMESPACE,),
)
DEFAULT = Project(name="default", description="Argo CD's built-in project", builtin=True)

PROJECTS = (SECRETS, DATA, APPS, DEFAULT)
