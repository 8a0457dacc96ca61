"""Secrets never live in git, and every Secret something reads is made by someone.

- no ``kind: Secret`` object and no secret-looking literal (private keys, API tokens, passwords in
  config; see :mod:`homelab.checks.scanner`) in any string of ``dist/``, of the Applications Terraform
  applies, of ``launchd/`` and of the Layer 0 files; no sensitive Terraform variable in a git-rendered
  Application;
- every ExternalSecret references a store that is rendered;
- every Secret (and key) a pod, a Helm chart value or a secret store reads is produced by an
  ExternalSecret or by the Terraform bootstrap (:class:`~homelab.model.BootstrapSecret`).
"""

from __future__ import annotations

import json
import plistlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from homelab.checks.objects import Inventory, Obj, containers
from homelab.checks.scanner import Finding, scanner
from homelab.checks.scanner import looks_random as looks_random  # re-exported: the tests read them here
from homelab.checks.scanner import names_a_secret as names_a_secret
from homelab.checks.schema import json_path
from homelab.checks.violation import Violation
from homelab.model import CreatedBy, HelmSource, Homelab
from homelab.model.typed import TerraformVariable

ESO_GROUP = "external-secrets.io"

# -- who produces which Secret -------------------------------------------------------------------


@dataclass(frozen=True)
class Produced:
    """A Secret that will exist: ``keys`` is ``None`` when they cannot be known (``dataFrom``)."""

    by: str
    keys: frozenset[str] | None


def producers(model: Homelab, inventory: Inventory) -> dict[tuple[str, str], Produced]:
    """(namespace, name) → the Secret's producer and keys."""
    found: dict[tuple[str, str], Produced] = {}
    for bootstrap in model.bootstrap_secrets:
        found[(bootstrap.namespace, bootstrap.name)] = Produced(
            by=f"the Terraform bootstrap ({bootstrap.terraform_name})", keys=frozenset(bootstrap.data)
        )
    for es in inventory.of_kind("ExternalSecret", ESO_GROUP):
        target = es.spec.get("target") or {}
        if target.get("creationPolicy", "Owner") not in ("Owner", "Orphan", "CreateOrMerge"):
            continue
        name = str(target.get("name") or es.name)
        keys: set[str] | None = {str(d.get("secretKey")) for d in es.spec.get("data") or ()}
        template = target.get("template")
        if isinstance(template, Mapping):
            if template.get("templateFrom"):
                keys = None
            elif template.get("mergePolicy") == "Merge":
                keys = (keys or set()) | set(template.get("data") or {})
            else:
                keys = set(template.get("data") or {})
        if es.spec.get("dataFrom"):
            keys = None
        found[(es.namespace or "", name)] = Produced(by=str(es), keys=None if keys is None else frozenset(keys))
    return found


# -- who reads which Secret ----------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """``reader`` reads Secret ``name`` (and ``key``, when one key) in ``namespace``."""

    reader: str
    what: str
    namespace: str
    name: str
    key: str | None = None


def _pod_references(obj: Obj, pod: Mapping[str, Any]) -> Iterator[Reference]:
    ns = obj.namespace or ""
    for container in containers(pod):
        cname = container.get("name")
        for env in container.get("env") or ():
            ref = (env.get("valueFrom") or {}).get("secretKeyRef")
            if isinstance(ref, Mapping) and not ref.get("optional"):
                what = f"container {cname!r} env {env.get('name')}"
                yield Reference(str(obj), what, ns, str(ref.get("name")), str(ref.get("key")))
        for env_from in container.get("envFrom") or ():
            ref = env_from.get("secretRef")
            if isinstance(ref, Mapping) and not ref.get("optional"):
                yield Reference(str(obj), f"container {cname!r} envFrom", ns, str(ref.get("name")))
    for volume in pod.get("volumes") or ():
        sources = [volume.get("secret")] + [
            (s.get("secret") or None) for s in (volume.get("projected") or {}).get("sources") or ()
        ]
        for source in sources:
            if not isinstance(source, Mapping) or source.get("optional"):
                continue
            name = str(source.get("secretName") or source.get("name"))
            what = f"volume {volume.get('name')!r}"
            items = source.get("items") or ()
            if not items:
                yield Reference(str(obj), what, ns, name)
            for item in items:
                yield Reference(str(obj), what, ns, name, str(item.get("key")))
    for pull in pod.get("imagePullSecrets") or ():
        yield Reference(str(obj), "imagePullSecrets", ns, str(pull.get("name")))


def _store_references(store: Obj) -> Iterator[Reference]:
    """SecretKeySelectors (``{name, key[, namespace]}``) under the provider's ``auth``."""

    def walk(node: Any, path: tuple[str | int, ...]) -> Iterator[Reference]:
        if isinstance(node, Mapping):
            if isinstance(node.get("name"), str) and isinstance(node.get("key"), str):
                namespace = str(node.get("namespace") or store.namespace or "")
                yield Reference(str(store), json_path(path), namespace, node["name"], node["key"])
                return
            for key, value in node.items():
                yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                yield from walk(item, (*path, i))

    for provider, config in (store.spec.get("provider") or {}).items():
        if isinstance(config, Mapping) and "auth" in config:
            yield from walk(config["auth"], ("spec", "provider", provider, "auth"))


Path = tuple[str, ...]


@dataclass(frozen=True)
class HelmSecretRef:
    """A chart value naming a Secret: ``name`` is its path (``[]`` = every list item); ``keys`` are
    paths of values naming keys the chart reads from it, with the chart's default for each."""

    name: Path
    keys: tuple[tuple[Path, str | None], ...] = ()


#: Chart values that name Secrets, by chart. Extend when a chart's values start reading a Secret.
HELM_SECRET_REFS: dict[str, tuple[HelmSecretRef, ...]] = {
    "kube-prometheus-stack": (
        HelmSecretRef(
            name=("grafana", "admin", "existingSecret"),
            keys=(
                (("grafana", "admin", "userKey"), "admin-user"),
                (("grafana", "admin", "passwordKey"), "admin-password"),
            ),
        ),
        HelmSecretRef(name=("grafana", "envFromSecrets", "[]", "name")),
        HelmSecretRef(name=("grafana", "extraSecretMounts", "[]", "secretName")),
    ),
    "authentik": (
        HelmSecretRef(name=("authentik", "existingSecret", "secretName")),
        HelmSecretRef(name=("global", "envFrom", "[]", "secretRef", "name")),
        HelmSecretRef(
            name=("postgresql", "auth", "existingSecret"),
            keys=(
                (("postgresql", "auth", "secretKeys", "adminPasswordKey"), "postgres-password"),
                (("postgresql", "auth", "secretKeys", "userPasswordKey"), "password"),
            ),
        ),
    ),
    "infisical-standalone": (HelmSecretRef(name=("infisical", "kubeSecretRef")),),
}
GRAFANA_FILE_REF = re.compile(r"\$__file\{([^}]+)\}")


def _at(values: Any, path: Path, done: tuple[str | int, ...] = ()) -> Iterator[tuple[str, Any]]:
    if not path:
        yield json_path(done), values
        return
    head, rest = path[0], path[1:]
    if head == "[]":
        for i, item in enumerate(values if isinstance(values, Sequence) and not isinstance(values, str) else ()):
            yield from _at(item, rest, (*done, i))
    elif isinstance(values, Mapping) and head in values:
        yield from _at(values[head], rest, (*done, head))


def _helm_references(model: Homelab) -> Iterator[Reference]:
    for app in model.applications:
        if not isinstance(app.source, HelmSource):
            continue
        values = app.source.values
        reader = f"Application {app.name!r}"
        for ref in HELM_SECRET_REFS.get(app.source.chart.name, ()):
            for path, name in _at(values, ref.name):
                if not isinstance(name, str) or not name:
                    continue
                what = f"value {path}"
                yield Reference(reader, what, app.namespace, name)
                for key_path, default in ref.keys:
                    keys = [k for _, k in _at(values, key_path)] or ([default] if default else [])
                    for key in keys:
                        yield Reference(reader, what, app.namespace, name, str(key))
        if app.source.chart.name == "kube-prometheus-stack":
            yield from _grafana_file_references(reader, app.namespace, values)


def _grafana_file_references(reader: str, namespace: str, values: Mapping[str, Any]) -> Iterator[Reference]:
    """``$__file{/etc/secrets/KEY}`` in grafana.ini reads KEY of the Secret mounted at /etc/secrets."""
    grafana = values.get("grafana") or {}
    mounts = {
        str(m.get("mountPath", "")).rstrip("/"): str(m.get("secretName"))
        for m in grafana.get("extraSecretMounts") or ()
    }

    def strings(node: Any) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, Mapping):
            for value in node.values():
                yield from strings(value)

    for text in strings(grafana.get("grafana.ini") or {}):
        for match in GRAFANA_FILE_REF.finditer(text):
            directory, _, key = match.group(1).rpartition("/")
            if directory in mounts:
                yield Reference(reader, f"grafana.ini file {match.group(1)}", namespace, mounts[directory], key)


def secret_references(model: Homelab, inventory: Inventory) -> Iterator[Reference]:
    """Every read of a Secret: pods (env, envFrom, volumes, imagePullSecrets), secret stores' auth, chart values."""
    for obj, pod in inventory.workloads:
        yield from _pod_references(obj, pod)
    for store in [*inventory.of_kind("ClusterSecretStore", ESO_GROUP), *inventory.of_kind("SecretStore", ESO_GROUP)]:
        yield from _store_references(store)
    yield from _helm_references(model)


# -- literals ------------------------------------------------------------------------------------

#: How to fix a literal secret, by where it would be written.
FIX_GIT = "Secrets never live in git: store the value in Infisical and read it through an ExternalSecret."
FIX_TERRAFORM = (
    "Secrets never reach the synthesized Terraform JSON: put a sensitive TerraformVariable there in the model "
    "and give its value in cdktf/terraform.tfvars."
)


def literal_violation(subject: str, where: str, found: Finding, fix: str = FIX_GIT) -> Violation:
    return Violation(
        subject=subject,
        rule="no-secrets-in-git",
        message=f"{where} contains what looks like {found.label} ({found.sample!r}). {fix}",
    )


def check_files(files: Mapping[str, bytes], fix: str = FIX_GIT) -> Iterator[Violation]:
    """Secret-looking literals in rendered files (``launchd/``, ``cdk.tf.json``, the tfvars example)."""
    for path, data in sorted(files.items()):
        for where, found in scan_file(path, data):
            yield literal_violation(path, where, found, fix)


def scan_file(path: str, data: bytes) -> Iterator[tuple[str, Finding]]:
    """(where, finding) in one file: property lists and JSON as trees (keys name their values), the rest
    as text, line by line."""
    scan = scanner()
    tree: Any = None
    try:
        if path.endswith(".plist"):
            tree = plistlib.loads(data)
        elif path.endswith(".json"):
            tree = json.loads(data)
    except (ValueError, plistlib.InvalidFileException):
        tree = None
    if tree is not None:
        for at, found in scan.tree(tree):
            yield json_path(at) or "the file", found
        return
    for number, in_line in scan.lines(data.decode("utf-8", errors="replace")):
        yield f"line {number}", in_line


# -- the checks ----------------------------------------------------------------------------------


def check_model(model: Homelab) -> Iterator[Violation]:
    """Sensitive Terraform variables may only reach Applications that Terraform applies."""
    for app in model.applications:
        if not isinstance(app.source, HelmSource) or app.created_by is CreatedBy.TERRAFORM:
            continue
        for path, variable in _terraform_variables(app.source.values, ("valuesObject",)):
            yield Violation(
                subject=f"Application {app.name!r}",
                rule="sensitive-in-git",
                message=f"{json_path(path)} is the sensitive Terraform variable {variable.name!r}, but the "
                f"Application is rendered into git ({model.root_app}). Read the value from a Secret made by an "
                "ExternalSecret (the chart's existingSecret), or create the Application with "
                "created_by=CreatedBy.TERRAFORM.",
            )


def _terraform_variables(
    node: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], TerraformVariable]]:
    if isinstance(node, TerraformVariable):
        yield path, node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _terraform_variables(value, (*path, str(key)))
    elif isinstance(node, (list, tuple)):
        for i, item in enumerate(node):
            yield from _terraform_variables(item, (*path, i))


def _literals(obj: Obj, fix: str) -> Iterator[Violation]:
    for at, found in scanner().tree(obj.manifest):
        yield literal_violation(str(obj), json_path(at), found, fix)


def check(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    for obj in inventory.in_dist():
        if obj.kind == "Secret" and obj.group == "":
            yield Violation(
                subject=str(obj),
                rule="no-secrets-in-git",
                message=f"is a Secret rendered into {obj.where}; Secrets never live in git. Create it with an "
                "ExternalSecret (value in Infisical) or, for bootstrap credentials, a BootstrapSecret that "
                "Terraform applies.",
            )
            continue
        yield from _literals(obj, FIX_GIT)
    for obj in inventory.objects:
        if obj.folder is None:  # an Application Terraform applies: it reaches cdk.tf.json
            yield from _literals(obj, FIX_TERRAFORM)

    stores = {("ClusterSecretStore", s.name) for s in inventory.of_kind("ClusterSecretStore", ESO_GROUP)}
    stores |= {("SecretStore", f"{s.namespace}/{s.name}") for s in inventory.of_kind("SecretStore", ESO_GROUP)}
    for es in inventory.of_kind("ExternalSecret", ESO_GROUP):
        refs = [es.spec.get("secretStoreRef")] + [
            (entry.get("sourceRef") or {}).get("storeRef")
            for entry in [*(es.spec.get("data") or ()), *(es.spec.get("dataFrom") or ())]
        ]
        for ref in refs:
            if not isinstance(ref, Mapping):
                continue
            kind = str(ref.get("kind") or "SecretStore")
            name = str(ref.get("name"))
            key = name if kind == "ClusterSecretStore" else f"{es.namespace}/{name}"
            if (kind, key) not in stores:
                known = ", ".join(sorted(n for k, n in stores if k == kind)) or "none"
                yield Violation(
                    subject=str(es),
                    rule="secret-store",
                    message=f"references {kind} {name!r}, which is not rendered ({kind}s: {known}). Fix the "
                    "ExternalSecret's store or add the store to the model.",
                )

    made = producers(model, inventory)
    for ref in secret_references(model, inventory):
        produced = made.get((ref.namespace, ref.name))
        if produced is None:
            here = sorted(name for ns, name in made if ns == ref.namespace)
            yield Violation(
                subject=ref.reader,
                rule="secret-refs",
                message=f"{ref.what} reads Secret {ref.name!r} in namespace {ref.namespace!r}, which nothing "
                f"produces (Secrets made in {ref.namespace}: {', '.join(here) or 'none'}). Add an ExternalSecret "
                "that creates it, or fix the reference.",
            )
        elif ref.key is not None and produced.keys is not None and ref.key not in produced.keys:
            yield Violation(
                subject=ref.reader,
                rule="secret-refs",
                message=f"{ref.what} reads key {ref.key!r} of Secret {ref.name!r}, which {produced.by} does not "
                f"produce (keys: {', '.join(sorted(produced.keys))}). Add the key there or fix the reference.",
            )
