"""A workload's identity in the cluster: its ServiceAccount and the Roles bound to it.

The ServiceAccount is a cdk8s-plus ServiceAccount with its ``automountServiceAccountToken: false``
stripped (see :mod:`homelab.k8s.workloads.plus`): the workloads that have one use its token.
Roles and bindings are typed L1 objects: cdk8s-plus splits every rule into one rule per resource
(adding ``resourceNames: []`` on ClusterRoles) and writes ``apiGroup: ""`` on ServiceAccount
subjects, so it cannot render the spec's rules as written.
"""

from __future__ import annotations

import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.workloads.metadata import construct_id, object_meta, plus_metadata
from homelab.k8s.workloads.plus import without_plus_defaults
from homelab.model.workloads import Role, Workload

RBAC_API_GROUP = "rbac.authorization.k8s.io"


class RoleWithoutServiceAccountError(ValueError):
    """A workload has Roles but no ServiceAccount to bind them to."""

    def __init__(self, workload: Workload, role: Role) -> None:
        super().__init__(
            f"workload {workload.name!r} binds role {role.name!r} but has no service_account: set "
            "Workload.service_account (and Deployment.service_account) or drop the role."
        )


def service_account(scope: Construct, workload: Workload, name: str) -> kplus.ServiceAccount:
    return without_plus_defaults(
        kplus.ServiceAccount(
            scope,
            construct_id("ServiceAccount", name, workload.namespace),
            metadata=plus_metadata(workload, name),
        )
    )


def role_and_binding(scope: Construct, workload: Workload, role: Role) -> None:
    """The Role (or ClusterRole) and the binding that grants it to the workload's ServiceAccount."""
    if workload.service_account is None:
        raise RoleWithoutServiceAccountError(workload, role)
    rules = [
        k8s.PolicyRule(api_groups=list(r.api_groups), resources=list(r.resources), verbs=list(r.verbs))
        for r in role.rules
    ]
    subjects = [k8s.Subject(kind="ServiceAccount", name=workload.service_account, namespace=workload.namespace)]
    if role.cluster:
        k8s.KubeClusterRole(
            scope,
            construct_id("ClusterRole", role.name),
            metadata=object_meta(workload, role.name, cluster_scoped=True),
            rules=rules,
        )
        k8s.KubeClusterRoleBinding(
            scope,
            construct_id("ClusterRoleBinding", role.binding),
            metadata=object_meta(workload, role.binding, cluster_scoped=True),
            role_ref=k8s.RoleRef(api_group=RBAC_API_GROUP, kind="ClusterRole", name=role.name),
            subjects=subjects,
        )
    else:
        k8s.KubeRole(
            scope,
            construct_id("Role", role.name, workload.namespace),
            metadata=object_meta(workload, role.name),
            rules=rules,
        )
        k8s.KubeRoleBinding(
            scope,
            construct_id("RoleBinding", role.binding, workload.namespace),
            metadata=object_meta(workload, role.binding),
            role_ref=k8s.RoleRef(api_group=RBAC_API_GROUP, kind="Role", name=role.name),
            subjects=subjects,
        )
