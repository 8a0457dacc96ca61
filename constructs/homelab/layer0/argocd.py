"""argocd.tf: the ``argocd`` namespace, the Argo CD Helm release, and the Applications Terraform applies.

The Applications (``model.terraform_applications()``: the root ``argocd-apps`` and ``infisical``)
are built with the very construct the cdk8s app uses (:func:`homelab.k8s.argocd.application`),
then written by ``local_file`` and applied by ``kubectl apply --server-side`` from a
``null_resource``: planning must not need the Argo CD CRDs, which the Helm release installs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cdk8s
from cdktn import LocalExecProvisioner, TerraformLocal, TerraformStack
from cdktn_provider_helm.release import Release, ReleaseSet, ReleaseSetSensitive
from cdktn_provider_local.file import File
from cdktn_provider_null.resource import Resource as NullResource

from homelab.k8s.argocd import application
from homelab.layer0.resources import Namespaces, named, namespace, tf_name
from homelab.layer0.sensitive import Guard
from homelab.layer0.variables import ARGOCD_VERSION, HOMELAB_REPO_URL, KUBE_CONTEXT, Variables
from homelab.model import Application, HelmSource, Homelab
from homelab.model.typed import TerraformVariable


def release(
    stack: TerraformStack, model: Homelab, variables: Variables, guard: Guard, namespaces: Namespaces
) -> Release:
    """The Argo CD Helm release, exactly as the model's ``argocd_release`` says."""
    spec = model.argocd_release
    ns = namespace(stack, namespaces, spec.namespace)
    address = f"helm_release.{spec.name}"
    sets: list[ReleaseSet] = []
    for setting in spec.settings:
        slot = f"{address} set[{setting.hcl_name}]"
        if isinstance(setting.value, Mapping) and setting.yamlencode:
            value = guard.yamlencode(guard.literal_tree(setting.value, slot=slot), slot=slot)
        elif isinstance(setting.value, Mapping) or setting.yamlencode:
            value = guard.reject(
                slot, "a mapping value needs yamlencode=True, and only a mapping can have it.", "helm-set"
            )
        else:
            value = guard.literal(setting.value, slot=slot)
        sets.append(ReleaseSet(name=setting.hcl_name, value=value))
    sensitive_sets = [
        ReleaseSetSensitive(
            name=setting.hcl_name,
            value=guard.sensitive(setting.value, slot=f"{address} set_sensitive[{setting.hcl_name}]"),
        )
        for setting in spec.sensitive_settings
    ]
    helm = Release(
        stack,
        f"helm_release_{spec.name}",
        name=spec.name,
        namespace=ns.metadata.name,
        repository=spec.chart.repo,
        chart=spec.chart.name,
        version=variables.ref(ARGOCD_VERSION),
        set=sets,
        set_sensitive=sensitive_sets,
        depends_on=[ns],
    )
    return named(helm, spec.name)


def manifest(model: Homelab, app: Application) -> dict[str, Any]:
    """The Application as the cdk8s app renders it (Terraform variables as ``${var.NAME}``)."""
    chart = cdk8s.Chart(cdk8s.App(), "layer0")
    application(chart, model, app, terraform=True)
    (obj,) = chart.to_json()
    return dict(obj)


def terraform_name(model: Homelab, app: Application) -> str:
    """``argocd_root_app`` for the root app, ``<name>_app`` otherwise (locals add ``_yaml``)."""
    return "argocd_root_app" if app.name == model.root_app else f"{tf_name(app.name)}_app"


def _has_variables(value: object) -> bool:
    if isinstance(value, TerraformVariable):
        return True
    if isinstance(value, Mapping):
        return any(_has_variables(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_variables(v) for v in value)
    return False


def applications(stack: TerraformStack, model: Homelab, variables: Variables, guard: Guard, helm: Release) -> None:
    """Per Terraform-created Application: ``local.<name>_yaml``, ``local_file.<name>``, ``null_resource.<name>``."""
    for app in model.terraform_applications():
        name = terraform_name(model, app)
        slot = f"local.{name}_yaml (Application {app.name!r})"
        obj = manifest(model, app)
        if isinstance(app.source, HelmSource):
            guard.schema_slots(app.source.values, app.source.schema, slot=f"{slot}.spec.source.helm.valuesObject")
        else:
            # The root app's repository is a variable (default: the model's), so it can be repointed.
            source = obj["spec"]["source"]
            if source["repoURL"] != model.params.repo_url:
                raise ValueError(f"{slot}: expected repoURL {model.params.repo_url!r}, got {source['repoURL']!r}")
            source["repoURL"] = variables.ref(HOMELAB_REPO_URL)
        content = TerraformLocal(stack, f"{name}_yaml", guard.yamlencode(guard.references(obj, slot=slot), slot=slot))

        file = named(
            File(
                stack,
                f"local_file_{name}",
                filename=f"${{path.module}}/.{name.replace('_', '-')}.yaml",
                content=content.as_string,
                file_permission="0600",
            ),
            name,
        )
        # Terraform owns the secret values it writes into the Application: take those fields over.
        force = " --force-conflicts" if isinstance(app.source, HelmSource) and _has_variables(app.source.values) else ""
        # The providers' context, never whatever context is current on the machine that applies.
        context = variables.ref(KUBE_CONTEXT)
        named(
            NullResource(
                stack,
                f"null_resource_{name}",
                triggers={"manifest": content.as_string},
                provisioners=[
                    LocalExecProvisioner(
                        type="local-exec",
                        command=f"kubectl --context '{context}' apply --server-side{force} -f '{file.filename}'",
                    )
                ],
                depends_on=[helm, file],
            ),
            name,
        )
