"""Raw-manifest workloads: every object each one needs.

Each workload renders into its Application's folder, in dependency order: claims and ConfigMaps
(what the pod mounts), ServiceAccount and RBAC (what it runs as), the Deployment and its Service,
then its CronJobs. Every object is a typed L1 class of ``cdk8s_plus_27.k8s``: cdk8s-plus's L2
constructs write defaults the spec does not have and cannot express some of its fields (see each
module's docstring).
"""

from __future__ import annotations

from collections.abc import Callable

from constructs import Construct
from homelab.k8s.workloads import config, cronjob, deployment, rbac, service, storage
from homelab.model import Homelab
from homelab.model.network import Exposure
from homelab.model.workloads import Workload


def workload(
    scope: Construct, w: Workload, exposure: Exposure | None, api_accounts: frozenset[tuple[str, str]] | None = None
) -> None:
    """Every object of one workload, labelled with its labels, in its namespace; ports from ``exposure``.
    ``api_accounts``: the accounts some Role binds (pods of any other mount no token)."""
    for claim in w.volume_claims:
        storage.volume_claim(scope, w, claim)
    for cm in w.config_maps:
        config.config_map(scope, w, cm)
    if w.service_account is not None:
        rbac.service_account(scope, w, w.service_account)
    for role in w.roles:
        rbac.role_and_binding(scope, w, role)
    if w.deployment is not None:
        deployment.deployment(scope, w, w.deployment, exposure, api_accounts)
        if exposure is not None:
            service.service(scope, w, w.deployment, exposure)
    for job in w.cron_jobs:
        cronjob.cron_job(scope, w, job, api_accounts)


def render(scope_of: Callable[[str], Construct], model: Homelab) -> None:
    """Render every workload of the model into its Application's folder."""
    accounts = model.api_service_accounts()
    for w in model.workloads:
        workload(scope_of(w.application), w, w.exposure, accounts)
