"""Secrets never live in git, and every Secret something reads is made by someone.

- no ``kind: Secret`` object and no secret-looking literal (private keys, API tokens, passwords in
  config) anywhere in ``dist/``; no sensitive Terraform variable in a git-rendered Application;
- every ExternalSecret references a store that is rendered;
- every Secret (and key) a pod, a Helm chart value or a secret store reads is produced by an
  ExternalSecret or by the Terraform bootstrap (:class:`~homelab.model.BootstrapSecret`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from homelab.checks.objects import Inventory, Obj, containers
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

#: Strong signatures: these formats are secrets wherever they appear. Each comes with literal
#: needles that must occur for it to match (a substring test is far cheaper than the regex);
#: ``None``: no needle, the regex runs on every string long enough to match.
SIGNATURES: tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...] = tuple(
    (label, re.compile(pattern), needles)
    for label, pattern, needles in (
        ("a private key", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----", ("PRIVATE KEY-----",)),
        ("an AWS access key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", ("AKIA", "ASIA")),
        (
            "a GitHub token",
            r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})",
            ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
        ),
        ("a Slack token", r"\bxox[abprs]-[A-Za-z0-9-]{10,}", ("xox",)),
        ("an API key (sk-…)", r"\bsk-(?:proj-|ant-|or-v1-)?[A-Za-z0-9_-]{20,}", ("sk-",)),
        ("a Google API key", r"\bAIza[0-9A-Za-z_-]{35}", ("AIza",)),
        ("a Stripe key", r"\b[rs]k_live_[0-9A-Za-z]{16,}", ("k_live_",)),
        ("a JSON Web Token", r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}", ("eyJ",)),
        (
            "a Discord webhook URL",
            r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[\w-]{20,}",
            ("/api/webhooks/",),
        ),
        ("a Discord bot token", r"\b[MN][A-Za-z\d]{23,25}\.[\w-]{6}\.[\w-]{27,}", None),
        ("a password in a URL", r"\b[a-z][a-z0-9+.-]*://[^/\s:@$]+:[^/\s:@${]{3,}@", ("://",)),
    )
)
#: No signature matches a shorter string (``xoxb-`` and ten characters).
SHORTEST_SIGNATURE = 15
#: Words that make a setting's value a secret (``apiKey``, ``DB_PASSWORD``, ``client_secret``).
SECRET_WORDS = frozenset({"password", "passwd", "passphrase", "secret", "token", "apikey", "credential", "credentials"})
#: Words that make it a *reference* to a secret (``existingSecret``, ``secretName``, ``passwordKey``).
REFERENCE_WORDS = frozenset({"existing", "name", "ref", "key", "keys", "file", "path", "mount", "env", "from"})
WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
#: A hint that text may assign a secret somewhere inside (cheap pre-filter for long strings).
SECRET_HINT = re.compile(r"(?i)pass(?:word|wd|phrase)|secret|token|api[_-]?key|credential")
#: ``name: value`` / ``name=value`` / ``"name": "value"`` inside configuration text.
ASSIGNMENT = re.compile(r"""["']?([A-Za-z][\w.-]*)["']?[ \t]*[:=][ \t]*["']?([^\s"',;}]+)""")
#: Values that point at a secret instead of holding one.
REFERENCE = re.compile(r"^(?:\$|\{\{|<|%|\*+$)|\$\{|\$__(?:file|env)")


SECRET_PAIRS = frozenset({"apikey", "privatekey", "accesskey", "secretkey", "signingkey", "encryptionkey"})


@cache
def names_a_secret(setting: str) -> bool:
    """Whether a setting called ``setting`` holds a secret value (not a reference to one)."""
    words = [w.lower() for w in WORD.findall(setting)]
    if not words:
        return False
    if "".join(words[-2:]) in SECRET_PAIRS:
        return True
    if words[-1] in REFERENCE_WORDS or (len(words) > 1 and words[-2] in REFERENCE_WORDS):
        return False
    return words[-1] in SECRET_WORDS


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def looks_random(value: str) -> bool:
    """A literal that could be a credential: long, mixed character classes, high entropy."""
    if len(value) < 8 or REFERENCE.search(value):
        return False
    classes = sum(bool(re.search(p, value)) for p in ("[a-z]", "[A-Z]", "[0-9]", "[^A-Za-z0-9]"))
    return classes >= 3 and _entropy(value) >= 3.0


def _redact(text: str) -> str:
    return f"{text[:4]}…" if len(text) > 4 else "…"


def _literal_problems(key: str | None, value: str) -> Iterator[tuple[str, str]]:
    """(what it looks like, redacted sample) for a string value under ``key``."""
    if len(value) >= SHORTEST_SIGNATURE:
        for label, pattern, needles in SIGNATURES:
            if needles is None and len(value) < 59:
                continue
            if needles is not None and not any(needle in value for needle in needles):
                continue
            match = pattern.search(value)
            if match:
                yield label, _redact(match.group(0))
                return
    if key is not None and len(value) >= 8 and "\n" not in value and names_a_secret(key) and looks_random(value):
        yield f"a literal {key}", _redact(value)
        return
    if ("\n" in value or len(value) > 100) and SECRET_HINT.search(value):
        for match in ASSIGNMENT.finditer(value):
            name, literal = match.group(1), match.group(2)
            if names_a_secret(name) and looks_random(literal):
                yield f"a literal {name}", _redact(literal)
                return


Link = tuple[str | int, Any] | None  # (key, parent link): a path, built only when needed


def path_of(link: Link) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    while link is not None:
        parts.append(link[0])
        link = link[1]
    return tuple(reversed(parts))


def _strings(root: Any) -> Iterator[tuple[Link, str | None, str]]:
    """Every string in ``root`` as (its path, the key naming it, value). The hot loop of the gate:
    iterative, and paths are linked lists turned into tuples only for a finding."""
    stack: list[tuple[Any, Link]] = [(root, None)]
    while stack:
        node, link = stack.pop()
        if isinstance(node, str):
            yield link, (link[0] if link is not None and isinstance(link[0], str) else None), node
        elif isinstance(node, dict):
            # An env entry ({name: GITHUB_TOKEN, value: ...}) names its value by its name.
            name, value = node.get("name"), node.get("value")
            named = isinstance(name, str) and isinstance(value, str)
            if isinstance(name, str) and isinstance(value, str):
                yield ("value", link), name, value
            for key, item in node.items():
                if not (named and key in ("name", "value")):
                    stack.append((item, (key, link)))
        elif isinstance(node, list):
            stack.extend((item, (i, link)) for i, item in enumerate(node))


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
        for link, key, value in _strings(obj.manifest):
            for label, sample in _literal_problems(key, value):
                yield Violation(
                    subject=str(obj),
                    rule="no-secrets-in-git",
                    message=f"{json_path(path_of(link))} contains what looks like {label} ({sample!r}). Secrets "
                    "never live in git: store the value in Infisical and read it through an ExternalSecret.",
                )

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
