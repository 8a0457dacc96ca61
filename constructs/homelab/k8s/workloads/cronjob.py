"""A workload's CronJob: a pod run to completion on a schedule.

Built from the typed L1 ``KubeCronJob`` (cdk8s-plus's CronJob adds its own selector label, pod
defaults and ``automountServiceAccountToken: false``, like its Deployment; see :mod:`.deployment`).
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from constructs import Construct
from homelab.k8s.workloads.containers import container
from homelab.k8s.workloads.deployment import api_accounts_of, pod_security, token_mount
from homelab.k8s.workloads.metadata import construct_id, object_meta
from homelab.model.workloads import CronJob, Workload


def cron_job(
    scope: Construct, workload: Workload, job: CronJob, api_accounts: frozenset[tuple[str, str]] | None = None
) -> k8s.KubeCronJob:
    """Fields the model leaves ``None`` are not rendered (Kubernetes defaults apply); the token is
    mounted only when the job's ServiceAccount is bound to a Role (see :func:`.deployment.token_mount`)."""
    accounts = api_accounts_of(workload) if api_accounts is None else api_accounts
    return k8s.KubeCronJob(
        scope,
        construct_id("CronJob", job.name, workload.namespace),
        metadata=object_meta(workload, job.name),
        spec=k8s.CronJobSpec(
            schedule=job.schedule,
            time_zone=job.time_zone,
            concurrency_policy=job.concurrency_policy.value if job.concurrency_policy else None,
            successful_jobs_history_limit=job.successful_jobs_history_limit,
            failed_jobs_history_limit=job.failed_jobs_history_limit,
            job_template=k8s.JobTemplateSpec(
                spec=k8s.JobSpec(
                    backoff_limit=job.backoff_limit,
                    ttl_seconds_after_finished=job.ttl_seconds_after_finished,
                    template=k8s.PodTemplateSpec(
                        metadata=k8s.ObjectMeta(labels=dict(job.pod_labels)) if job.pod_labels else None,
                        spec=k8s.PodSpec(
                            automount_service_account_token=token_mount(workload, job.service_account, accounts),
                            service_account_name=job.service_account,
                            restart_policy=job.restart_policy.value,
                            security_context=pod_security(job.security),
                            containers=[container(c) for c in job.containers],
                        ),
                    ),
                )
            ),
        ),
    )
