"""Layer 2: the ClusterSecretStore and ExternalSecrets (external-secrets.io/v1)."""

from __future__ import annotations

from collections.abc import Callable

import cdk8s

from constructs import Construct
from homelab.model import ClusterSecretStore, ExternalSecret, Homelab
from imports.eso_clustersecretstore.io.external_secrets import (
    ClusterSecretStore as ClusterSecretStoreCr,
)
from imports.eso_clustersecretstore.io.external_secrets import (
    ClusterSecretStoreSpec,
    ClusterSecretStoreSpecProvider,
    ClusterSecretStoreSpecProviderInfisical,
    ClusterSecretStoreSpecProviderInfisicalAuth,
    ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials,
    ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId,
    ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret,
    ClusterSecretStoreSpecProviderInfisicalSecretsScope,
)
from imports.eso_externalsecret.io.external_secrets import (
    ExternalSecret as ExternalSecretCr,
)
from imports.eso_externalsecret.io.external_secrets import (
    ExternalSecretSpec,
    ExternalSecretSpecData,
    ExternalSecretSpecDataRemoteRef,
    ExternalSecretSpecSecretStoreRef,
    ExternalSecretSpecSecretStoreRefKind,
    ExternalSecretSpecTarget,
    ExternalSecretSpecTargetCreationPolicy,
    ExternalSecretSpecTargetTemplate,
)


def cluster_secret_store(scope: Construct, store: ClusterSecretStore) -> ClusterSecretStoreCr:
    """Infisical via Universal Auth; the machine identity Secret is bootstrapped by Terraform."""
    creds = store.credentials
    return ClusterSecretStoreCr(
        scope,
        f"clustersecretstore-{store.name}",
        metadata=cdk8s.ApiObjectMetadata(name=store.name),
        spec=ClusterSecretStoreSpec(
            provider=ClusterSecretStoreSpecProvider(
                infisical=ClusterSecretStoreSpecProviderInfisical(
                    host_api=store.host_api,
                    auth=ClusterSecretStoreSpecProviderInfisicalAuth(
                        universal_auth_credentials=ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(
                            client_id=ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(
                                key=store.client_id_key, name=creds.name, namespace=creds.namespace
                            ),
                            client_secret=ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(
                                key=store.client_secret_key, name=creds.name, namespace=creds.namespace
                            ),
                        )
                    ),
                    secrets_scope=ClusterSecretStoreSpecProviderInfisicalSecretsScope(
                        project_slug=store.project_slug,
                        environment_slug=store.environment_slug,
                        secrets_path=store.secrets_path,
                    ),
                )
            )
        ),
    )


def external_secret(scope: Construct, es: ExternalSecret) -> ExternalSecretCr:
    """The Secret ``es.name`` in ``es.namespace``, owned (and deleted) by the ExternalSecret."""
    template = ExternalSecretSpecTargetTemplate(data=dict(es.template)) if es.template is not None else None
    return ExternalSecretCr(
        scope,
        f"externalsecret-{es.namespace}-{es.name}",
        metadata=cdk8s.ApiObjectMetadata(name=es.name, namespace=es.namespace, labels=dict(es.labels) or None),
        spec=ExternalSecretSpec(
            refresh_interval=es.refresh_interval,
            secret_store_ref=ExternalSecretSpecSecretStoreRef(
                name=es.store, kind=ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE
            ),
            target=ExternalSecretSpecTarget(
                name=es.name,
                creation_policy=ExternalSecretSpecTargetCreationPolicy.OWNER,
                template=template,
            ),
            data=[
                ExternalSecretSpecData(
                    secret_key=entry.secret_key,
                    remote_ref=ExternalSecretSpecDataRemoteRef(key=entry.remote_key),
                )
                for entry in es.data
            ],
        ),
    )


def render(scope_of: Callable[[str], Construct], model: Homelab) -> None:
    cluster_secret_store(scope_of(model.secret_store.application), model.secret_store)
    for es in model.external_secrets:
        external_secret(scope_of(es.application), es)
