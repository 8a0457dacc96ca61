"""Secrets: Infisical key → ExternalSecret → Secret → reader, and what Terraform bootstraps (names only)."""

from __future__ import annotations

from homelab.checks.secrets import Reference
from homelab.docs import markdown as md
from homelab.docs.facts import Facts, terraform_variables
from homelab.model import ExternalSecret

INFISICAL = "infisical_store"


def _produced_from(facts: Facts, es: ExternalSecret, remote_key: str) -> tuple[str, ...]:
    """Keys of the Secret that carry ``remote_key``."""
    return tuple(k for k in es.secret_keys() if remote_key in facts.remote_keys(es, k))


def _readers(facts: Facts, namespace: str, secret: str, keys: tuple[str, ...] | None) -> list[Reference]:
    """References to the Secret that reach one of ``keys`` (``None``: any key). A read that names
    its keys (a chart value with key settings) reaches only those; one that names none, every key."""
    refs = [r for r in facts.references if (r.namespace, r.name) == (namespace, secret)]
    keyed = {(r.reader, r.what) for r in refs if r.key is not None}
    return [
        r
        for r in refs
        if keys is None or (r.key is None and (r.reader, r.what) not in keyed) or (r.key is not None and r.key in keys)
    ]


def _reader_text(refs: list[Reference]) -> str:
    return "<br>".join(sorted({f"{r.reader}: {r.what}" for r in refs})) or "no reader in the rendered manifests"


def _flow(facts: Facts) -> str:
    store = facts.model.secret_store
    nodes = {INFISICAL: f"Infisical {store.project_slug}/{store.environment_slug}", "terraform": "Terraform variables"}
    edges: list[tuple[str, str, str]] = []
    store_node = md.node_id("store", store.name)
    nodes[store_node] = f"ClusterSecretStore {store.name}"
    edges.append((INFISICAL, store_node, ""))
    secrets: list[tuple[str, str, str]] = []
    for es in facts.model.external_secrets:
        es_node = md.node_id("es", f"{es.namespace}_{es.name}")
        nodes[es_node] = f"ExternalSecret {es.namespace}/{es.name}"
        edges.append((store_node, es_node, f"{len(es.data)} keys"))
        secrets.append((es.namespace, es.name, es_node))
    for bootstrap in facts.model.bootstrap_secrets:
        secret_node = md.node_id("secret", f"{bootstrap.namespace}_{bootstrap.name}")
        edges.append(("terraform", secret_node, "kubernetes_secret"))
        nodes[secret_node] = f"Secret {bootstrap.namespace}/{bootstrap.name}"
        secrets.append((bootstrap.namespace, bootstrap.name, ""))
    for namespace, name, es_node in secrets:
        secret_node = md.node_id("secret", f"{namespace}_{name}")
        nodes[secret_node] = f"Secret {namespace}/{name}"
        if es_node:
            edges.append((es_node, secret_node, ""))
        for reader in sorted({r.reader for r in _readers(facts, namespace, name, None)}):
            reader_node = md.node_id("reader", reader)
            nodes[reader_node] = reader
            edges.append((secret_node, reader_node, "read by"))
    return md.flowchart("LR", nodes, edges)


def render(facts: Facts) -> str:
    model = facts.model
    store = model.secret_store
    keys: list[list[object]] = []
    for es in model.external_secrets:
        for entry in es.data:
            produced = _produced_from(facts, es, entry.remote_key)
            keys.append(
                [
                    md.code(entry.remote_key),
                    f"{es.namespace}/{es.name} ({es.application})",
                    ", ".join(md.code(k) for k in produced) or "—",
                    _reader_text(_readers(facts, es.namespace, es.name, produced)),
                ]
            )
    keys.sort(key=lambda row: (str(row[1]), str(row[0])))
    bootstrap_rows: list[list[object]] = []
    for bootstrap in model.bootstrap_secrets:
        bootstrap_rows.append(
            [
                f"{bootstrap.namespace}/{bootstrap.name}",
                md.code(f"kubernetes_secret.{bootstrap.terraform_name}"),
                "<br>".join(
                    f"{md.code(key)} ← {', '.join(md.code(v) for v in terraform_variables(value))}"
                    for key, value in bootstrap.data.items()
                ),
                _reader_text(_readers(facts, bootstrap.namespace, bootstrap.name, None)),
            ]
        )
    release = model.argocd_release
    sensitive = [
        [md.code(setting.hcl_name), ", ".join(md.code(v) for v in terraform_variables(setting.value))]
        for setting in release.sensitive_settings
    ]
    variables = sorted(
        {v for b in model.bootstrap_secrets for value in b.data.values() for v in terraform_variables(value)}
        | {v for s in release.sensitive_settings for v in terraform_variables(s.value)}
    )
    return md.page(
        "secrets.md",
        store=store.name,
        host_api=store.host_api,
        project=store.project_slug,
        environment=store.environment_slug,
        credentials=f"{store.credentials.namespace}/{store.credentials.name}",
        flow=_flow(facts),
        keys=md.table(["Infisical key", "ExternalSecret (Application)", "Secret key(s)", "Read by"], keys),
        bootstrap=md.table(["Secret", "Terraform resource", "Keys ← Terraform variables", "Read by"], bootstrap_rows),
        release=release.name,
        sensitive=md.table(["Helm setting (set_sensitive)", "Terraform variable"], sensitive),
        variables=md.bullets(md.code(v) for v in variables),
    )
