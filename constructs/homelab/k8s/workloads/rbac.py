"""A workload's identity in the cluster: its ServiceAccount and the Roles bound to it.

Every object is a typed L1 object. The ServiceAccount leaves ``automountServiceAccountToken`` unset
(cdk8s-plus's ServiceAccount would write ``false``): the workloads that have one use its token.
Roles and bindings: cdk8s-plus splits every rule into one rule per resource
(adding ``resourceNames: []`` on ClusterRoles) and writes ``apiGroup: ""`` on ServiceAccount
subjects, so it cannot render the spec's rules as written.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.workloads.metadata import construct_id, object_meta
from homelab.model.workloads import Role, Workload

RBAC_API_GROUP = "rbac.authorization.k8s.io"


class RoleWithoutServiceAccountError(ValueError):
    """A workload has Roles but no ServiceAccount to bind them to."""

    def __init__(self, workload: Workload, role: Role) -> None:
        super().__init__(
            f"workload {workload.name!r} binds role {role.name!r} but has no service_account: set "
            "Workload.service_account (and Deployment.service_account) or drop the role."
        )


def service_account(scope: Construct, workload: Workload, name: str) -> k8s.KubeServiceAccount:
    return k8s.KubeServiceAccount(
        scope, construct_id("ServiceAccount", name, workload.namespace), metadata=object_meta(workload, name)
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
