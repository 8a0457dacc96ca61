from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class ClusterSecretStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStore",
):
    '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

    :schema: ClusterSecretStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterSecretStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b7341532c444cc5c5f75ff32e14ad2bac3647e434d0a4512e51b31d8665b566)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterSecretStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterSecretStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        props = ClusterSecretStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterSecretStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ClusterSecretStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ClusterSecretStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f904fe1de89692d10f7985d1980fb96f16769630f4f33e2e7c5cbe37db097984)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterSecretStore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ClusterSecretStoreSpec"]:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClusterSecretStoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "conditions": "conditions",
        "controller": "controller",
        "refresh_interval": "refreshInterval",
        "retry_settings": "retrySettings",
    },
)
class ClusterSecretStoreSpec:
    def __init__(
        self,
        *,
        provider: typing.Union["ClusterSecretStoreSpecProvider", typing.Dict[builtins.str, typing.Any]],
        conditions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        controller: typing.Optional[builtins.str] = None,
        refresh_interval: typing.Optional[jsii.Number] = None,
        retry_settings: typing.Optional[typing.Union["ClusterSecretStoreSpecRetrySettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :param provider: Used to configure the provider. Only one provider may be set
        :param conditions: Used to constraint a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore
        :param controller: Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.
        :param refresh_interval: Used to configure store refresh interval in seconds. Empty or 0 will default to the controller config.
        :param retry_settings: Used to configure http retries if failed.

        :schema: ClusterSecretStoreSpec
        '''
        if isinstance(provider, dict):
            provider = ClusterSecretStoreSpecProvider(**provider)
        if isinstance(retry_settings, dict):
            retry_settings = ClusterSecretStoreSpecRetrySettings(**retry_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc9aabfec03a3903d806167a969c1370488f3532c57156728ffc2531e92a016a)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument retry_settings", value=retry_settings, expected_type=type_hints["retry_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if conditions is not None:
            self._values["conditions"] = conditions
        if controller is not None:
            self._values["controller"] = controller
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if retry_settings is not None:
            self._values["retry_settings"] = retry_settings

    @builtins.property
    def provider(self) -> "ClusterSecretStoreSpecProvider":
        '''Used to configure the provider.

        Only one provider may be set

        :schema: ClusterSecretStoreSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("ClusterSecretStoreSpecProvider", result)

    @builtins.property
    def conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecConditions"]]:
        '''Used to constraint a ClusterSecretStore to specific namespaces.

        Relevant only to ClusterSecretStore

        :schema: ClusterSecretStoreSpec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecConditions"]], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.str]:
        '''Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.

        :schema: ClusterSecretStoreSpec#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[jsii.Number]:
        '''Used to configure store refresh interval in seconds.

        Empty or 0 will default to the controller config.

        :schema: ClusterSecretStoreSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_settings(self) -> typing.Optional["ClusterSecretStoreSpecRetrySettings"]:
        '''Used to configure http retries if failed.

        :schema: ClusterSecretStoreSpec#retrySettings
        '''
        result = self._values.get("retry_settings")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecRetrySettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecConditions",
    jsii_struct_bases=[],
    name_mapping={
        "namespace_regexes": "namespaceRegexes",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
    },
)
class ClusterSecretStoreSpecConditions:
    def __init__(
        self,
        *,
        namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["ClusterSecretStoreSpecConditionsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in for a ClusterSecretStore instance.

        :param namespace_regexes: Choose namespaces by using regex matching.
        :param namespaces: Choose namespaces by name.
        :param namespace_selector: Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreSpecConditions
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ClusterSecretStoreSpecConditionsNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c94334cf2107666225d479f1f0eb7ebd356dcfb1fec1a2adbbd2ce470c5a16dd)
            check_type(argname="argument namespace_regexes", value=namespace_regexes, expected_type=type_hints["namespace_regexes"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace_regexes is not None:
            self._values["namespace_regexes"] = namespace_regexes
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector

    @builtins.property
    def namespace_regexes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by using regex matching.

        :schema: ClusterSecretStoreSpecConditions#namespaceRegexes
        '''
        result = self._values.get("namespace_regexes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by name.

        :schema: ClusterSecretStoreSpecConditions#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecConditionsNamespaceSelector"]:
        '''Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreSpecConditions#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecConditionsNamespaceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecConditionsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ClusterSecretStoreSpecConditionsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Choose namespace using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a90f2eb46a4d853215cdd056284a62da0352e2c2799b6d1edfe1c418685ffd69)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditionsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78a6b95a69b42531948aff70f2a9411d0077fc2c415f0527375b7c37fb0c9c23)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProvider",
    jsii_struct_bases=[],
    name_mapping={"infisical": "infisical"},
)
class ClusterSecretStoreSpecProvider:
    def __init__(
        self,
        *,
        infisical: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisical", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Used to configure the provider.

        Only one provider may be set

        :param infisical: Infisical configures this store to sync secrets using the Infisical provider.

        :schema: ClusterSecretStoreSpecProvider
        '''
        if isinstance(infisical, dict):
            infisical = ClusterSecretStoreSpecProviderInfisical(**infisical)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__607f1ac774530c954f6a2771c12a220a3450da7f862626619641916c93202fb3)
            check_type(argname="argument infisical", value=infisical, expected_type=type_hints["infisical"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if infisical is not None:
            self._values["infisical"] = infisical

    @builtins.property
    def infisical(self) -> typing.Optional["ClusterSecretStoreSpecProviderInfisical"]:
        '''Infisical configures this store to sync secrets using the Infisical provider.

        :schema: ClusterSecretStoreSpecProvider#infisical
        '''
        result = self._values.get("infisical")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisical"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisical",
    jsii_struct_bases=[],
    name_mapping={
        "auth": "auth",
        "secrets_scope": "secretsScope",
        "host_api": "hostApi",
    },
)
class ClusterSecretStoreSpecProviderInfisical:
    def __init__(
        self,
        *,
        auth: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuth", typing.Dict[builtins.str, typing.Any]],
        secrets_scope: typing.Union["ClusterSecretStoreSpecProviderInfisicalSecretsScope", typing.Dict[builtins.str, typing.Any]],
        host_api: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Infisical configures this store to sync secrets using the Infisical provider.

        :param auth: Auth configures how the Operator authenticates with the Infisical API.
        :param secrets_scope: SecretsScope defines the scope of the secrets within the workspace.
        :param host_api: HostAPI specifies the base URL of the Infisical API. If not provided, it defaults to "https://app.infisical.com/api".

        :schema: ClusterSecretStoreSpecProviderInfisical
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreSpecProviderInfisicalAuth(**auth)
        if isinstance(secrets_scope, dict):
            secrets_scope = ClusterSecretStoreSpecProviderInfisicalSecretsScope(**secrets_scope)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ee75c1114f8d407686f8075c9f87fd2c4d18537024f6091c855a0fa44cb975e)
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument secrets_scope", value=secrets_scope, expected_type=type_hints["secrets_scope"])
            check_type(argname="argument host_api", value=host_api, expected_type=type_hints["host_api"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "auth": auth,
            "secrets_scope": secrets_scope,
        }
        if host_api is not None:
            self._values["host_api"] = host_api

    @builtins.property
    def auth(self) -> "ClusterSecretStoreSpecProviderInfisicalAuth":
        '''Auth configures how the Operator authenticates with the Infisical API.

        :schema: ClusterSecretStoreSpecProviderInfisical#auth
        '''
        result = self._values.get("auth")
        assert result is not None, "Required property 'auth' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuth", result)

    @builtins.property
    def secrets_scope(self) -> "ClusterSecretStoreSpecProviderInfisicalSecretsScope":
        '''SecretsScope defines the scope of the secrets within the workspace.

        :schema: ClusterSecretStoreSpecProviderInfisical#secretsScope
        '''
        result = self._values.get("secrets_scope")
        assert result is not None, "Required property 'secrets_scope' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalSecretsScope", result)

    @builtins.property
    def host_api(self) -> typing.Optional[builtins.str]:
        '''HostAPI specifies the base URL of the Infisical API.

        If not provided, it defaults to "https://app.infisical.com/api".

        :schema: ClusterSecretStoreSpecProviderInfisical#hostAPI
        '''
        result = self._values.get("host_api")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisical(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuth",
    jsii_struct_bases=[],
    name_mapping={
        "aws_auth_credentials": "awsAuthCredentials",
        "azure_auth_credentials": "azureAuthCredentials",
        "gcp_iam_auth_credentials": "gcpIamAuthCredentials",
        "gcp_id_token_auth_credentials": "gcpIdTokenAuthCredentials",
        "jwt_auth_credentials": "jwtAuthCredentials",
        "kubernetes_auth_credentials": "kubernetesAuthCredentials",
        "ldap_auth_credentials": "ldapAuthCredentials",
        "oci_auth_credentials": "ociAuthCredentials",
        "token_auth_credentials": "tokenAuthCredentials",
        "universal_auth_credentials": "universalAuthCredentials",
    },
)
class ClusterSecretStoreSpecProviderInfisicalAuth:
    def __init__(
        self,
        *,
        aws_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp_iam_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp_id_token_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        jwt_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        ldap_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        oci_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        token_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        universal_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how the Operator authenticates with the Infisical API.

        :param aws_auth_credentials: AwsAuthCredentials represents the credentials for AWS authentication.
        :param azure_auth_credentials: AzureAuthCredentials represents the credentials for Azure authentication.
        :param gcp_iam_auth_credentials: GcpIamAuthCredentials represents the credentials for GCP IAM authentication.
        :param gcp_id_token_auth_credentials: GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.
        :param jwt_auth_credentials: JwtAuthCredentials represents the credentials for JWT authentication.
        :param kubernetes_auth_credentials: KubernetesAuthCredentials represents the credentials for Kubernetes authentication.
        :param ldap_auth_credentials: LdapAuthCredentials represents the credentials for LDAP authentication.
        :param oci_auth_credentials: OciAuthCredentials represents the credentials for OCI authentication.
        :param token_auth_credentials: TokenAuthCredentials represents the credentials for access token-based authentication.
        :param universal_auth_credentials: UniversalAuthCredentials represents the client credentials for universal authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth
        '''
        if isinstance(aws_auth_credentials, dict):
            aws_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(**aws_auth_credentials)
        if isinstance(azure_auth_credentials, dict):
            azure_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(**azure_auth_credentials)
        if isinstance(gcp_iam_auth_credentials, dict):
            gcp_iam_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(**gcp_iam_auth_credentials)
        if isinstance(gcp_id_token_auth_credentials, dict):
            gcp_id_token_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(**gcp_id_token_auth_credentials)
        if isinstance(jwt_auth_credentials, dict):
            jwt_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(**jwt_auth_credentials)
        if isinstance(kubernetes_auth_credentials, dict):
            kubernetes_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(**kubernetes_auth_credentials)
        if isinstance(ldap_auth_credentials, dict):
            ldap_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(**ldap_auth_credentials)
        if isinstance(oci_auth_credentials, dict):
            oci_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials(**oci_auth_credentials)
        if isinstance(token_auth_credentials, dict):
            token_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(**token_auth_credentials)
        if isinstance(universal_auth_credentials, dict):
            universal_auth_credentials = ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(**universal_auth_credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__530bf1a1fbf36d29ebc50d24b530599377b8245104f20dc3fd1fb3b1d2e4e497)
            check_type(argname="argument aws_auth_credentials", value=aws_auth_credentials, expected_type=type_hints["aws_auth_credentials"])
            check_type(argname="argument azure_auth_credentials", value=azure_auth_credentials, expected_type=type_hints["azure_auth_credentials"])
            check_type(argname="argument gcp_iam_auth_credentials", value=gcp_iam_auth_credentials, expected_type=type_hints["gcp_iam_auth_credentials"])
            check_type(argname="argument gcp_id_token_auth_credentials", value=gcp_id_token_auth_credentials, expected_type=type_hints["gcp_id_token_auth_credentials"])
            check_type(argname="argument jwt_auth_credentials", value=jwt_auth_credentials, expected_type=type_hints["jwt_auth_credentials"])
            check_type(argname="argument kubernetes_auth_credentials", value=kubernetes_auth_credentials, expected_type=type_hints["kubernetes_auth_credentials"])
            check_type(argname="argument ldap_auth_credentials", value=ldap_auth_credentials, expected_type=type_hints["ldap_auth_credentials"])
            check_type(argname="argument oci_auth_credentials", value=oci_auth_credentials, expected_type=type_hints["oci_auth_credentials"])
            check_type(argname="argument token_auth_credentials", value=token_auth_credentials, expected_type=type_hints["token_auth_credentials"])
            check_type(argname="argument universal_auth_credentials", value=universal_auth_credentials, expected_type=type_hints["universal_auth_credentials"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws_auth_credentials is not None:
            self._values["aws_auth_credentials"] = aws_auth_credentials
        if azure_auth_credentials is not None:
            self._values["azure_auth_credentials"] = azure_auth_credentials
        if gcp_iam_auth_credentials is not None:
            self._values["gcp_iam_auth_credentials"] = gcp_iam_auth_credentials
        if gcp_id_token_auth_credentials is not None:
            self._values["gcp_id_token_auth_credentials"] = gcp_id_token_auth_credentials
        if jwt_auth_credentials is not None:
            self._values["jwt_auth_credentials"] = jwt_auth_credentials
        if kubernetes_auth_credentials is not None:
            self._values["kubernetes_auth_credentials"] = kubernetes_auth_credentials
        if ldap_auth_credentials is not None:
            self._values["ldap_auth_credentials"] = ldap_auth_credentials
        if oci_auth_credentials is not None:
            self._values["oci_auth_credentials"] = oci_auth_credentials
        if token_auth_credentials is not None:
            self._values["token_auth_credentials"] = token_auth_credentials
        if universal_auth_credentials is not None:
            self._values["universal_auth_credentials"] = universal_auth_credentials

    @builtins.property
    def aws_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials"]:
        '''AwsAuthCredentials represents the credentials for AWS authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#awsAuthCredentials
        '''
        result = self._values.get("aws_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials"], result)

    @builtins.property
    def azure_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials"]:
        '''AzureAuthCredentials represents the credentials for Azure authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#azureAuthCredentials
        '''
        result = self._values.get("azure_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials"], result)

    @builtins.property
    def gcp_iam_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials"]:
        '''GcpIamAuthCredentials represents the credentials for GCP IAM authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#gcpIamAuthCredentials
        '''
        result = self._values.get("gcp_iam_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials"], result)

    @builtins.property
    def gcp_id_token_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials"]:
        '''GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#gcpIdTokenAuthCredentials
        '''
        result = self._values.get("gcp_id_token_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials"], result)

    @builtins.property
    def jwt_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials"]:
        '''JwtAuthCredentials represents the credentials for JWT authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#jwtAuthCredentials
        '''
        result = self._values.get("jwt_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials"], result)

    @builtins.property
    def kubernetes_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials"]:
        '''KubernetesAuthCredentials represents the credentials for Kubernetes authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#kubernetesAuthCredentials
        '''
        result = self._values.get("kubernetes_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials"], result)

    @builtins.property
    def ldap_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials"]:
        '''LdapAuthCredentials represents the credentials for LDAP authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#ldapAuthCredentials
        '''
        result = self._values.get("ldap_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials"], result)

    @builtins.property
    def oci_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials"]:
        '''OciAuthCredentials represents the credentials for OCI authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#ociAuthCredentials
        '''
        result = self._values.get("oci_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials"], result)

    @builtins.property
    def token_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials"]:
        '''TokenAuthCredentials represents the credentials for access token-based authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#tokenAuthCredentials
        '''
        result = self._values.get("token_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials"], result)

    @builtins.property
    def universal_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials"]:
        '''UniversalAuthCredentials represents the client credentials for universal authentication.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuth#universalAuthCredentials
        '''
        result = self._values.get("universal_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"identity_id": "identityId"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''AwsAuthCredentials represents the credentials for AWS authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(**identity_id)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e49bb7d5439656214030bf99950476a14ffbcaa55533a6a9659e48dc7a8c3f74)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
        }

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b49b5bea7a81cc2f089f8447180b07546b97210a9445997c764fe57b4c1524a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"identity_id": "identityId", "resource": "resource"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
        resource: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AzureAuthCredentials represents the credentials for Azure authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param resource: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(**identity_id)
        if isinstance(resource, dict):
            resource = ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(**resource)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbd9dc7e75c89e8fd7d06f84aa3674be9520f3bd5c229091c50f8b613cee1958)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
        }
        if resource is not None:
            self._values["resource"] = resource

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId", result)

    @builtins.property
    def resource(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource"]:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials#resource
        '''
        result = self._values.get("resource")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fb82a84cf69910373ef0ab270ce68a4db9942fc4b6eddec8e363724f1f46560)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b595797015c5131beec6087e3bdec9670a6eb5a4a75a1320f59cf4fff0b31929)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "identity_id": "identityId",
        "service_account_key_file_path": "serviceAccountKeyFilePath",
    },
)
class ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
        service_account_key_file_path: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''GcpIamAuthCredentials represents the credentials for GCP IAM authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param service_account_key_file_path: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(**identity_id)
        if isinstance(service_account_key_file_path, dict):
            service_account_key_file_path = ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(**service_account_key_file_path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11eabe38c94f20f8ae358da476183811ceae607af7597d7caeb7ee479b4fa411)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument service_account_key_file_path", value=service_account_key_file_path, expected_type=type_hints["service_account_key_file_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
            "service_account_key_file_path": service_account_key_file_path,
        }

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId", result)

    @builtins.property
    def service_account_key_file_path(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials#serviceAccountKeyFilePath
        '''
        result = self._values.get("service_account_key_file_path")
        assert result is not None, "Required property 'service_account_key_file_path' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b035c7c8a0f661c22d656f1fa7aa1e27341ebaf7083bfa6d98944777be3770fd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4727c8695b0f6a26126bf40f4fe18c8c165a4fec7d51f391bf72e8924ab6f746)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"identity_id": "identityId"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(**identity_id)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bfe1ebf95b5326d2c02e05cfed00b72119b875db7669f9d97f1fe0a54e505212)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
        }

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73fd239065a35761cbc6d0af04158ef2ca9023d6882589f3ca719c2567cc9d53)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"identity_id": "identityId", "jwt": "jwt"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
        jwt: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''JwtAuthCredentials represents the credentials for JWT authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param jwt: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(**identity_id)
        if isinstance(jwt, dict):
            jwt = ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(**jwt)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3219f62b6a908bcbc88b5f7b4b52c5770cccc6c0e0b48ecfc98025369540bc07)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
            "jwt": jwt,
        }

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId", result)

    @builtins.property
    def jwt(self) -> "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials#jwt
        '''
        result = self._values.get("jwt")
        assert result is not None, "Required property 'jwt' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdc8aa3ca5ebc7f779fb7b6cf6d4bd5881a235d8093373293fd1bae5aea1a5d1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64316c51cd52da2e88620fcc3cde9f001db99675499b732b5417f40395686a41)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "identity_id": "identityId",
        "service_account_token_path": "serviceAccountTokenPath",
    },
)
class ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
        service_account_token_path: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubernetesAuthCredentials represents the credentials for Kubernetes authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param service_account_token_path: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(**identity_id)
        if isinstance(service_account_token_path, dict):
            service_account_token_path = ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(**service_account_token_path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c4a69e39275b07792375c2f7f6b115516d2fec4da3434b4e9172956a64f7cdc)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument service_account_token_path", value=service_account_token_path, expected_type=type_hints["service_account_token_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
        }
        if service_account_token_path is not None:
            self._values["service_account_token_path"] = service_account_token_path

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId", result)

    @builtins.property
    def service_account_token_path(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath"]:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials#serviceAccountTokenPath
        '''
        result = self._values.get("service_account_token_path")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0470839d0786243aa6770abdb9c1d44506bd24a5099355591cb7d0079cd6084e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec2c7f61b4f9f7cdd2ccb83dbd9517974e11d294027a578f4c17edc97337efde)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "identity_id": "identityId",
        "ldap_password": "ldapPassword",
        "ldap_username": "ldapUsername",
    },
)
class ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials:
    def __init__(
        self,
        *,
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
        ldap_password: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword", typing.Dict[builtins.str, typing.Any]],
        ldap_username: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''LdapAuthCredentials represents the credentials for LDAP authentication.

        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param ldap_password: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param ldap_username: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials
        '''
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(**identity_id)
        if isinstance(ldap_password, dict):
            ldap_password = ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(**ldap_password)
        if isinstance(ldap_username, dict):
            ldap_username = ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(**ldap_username)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17e680996b97e2628b939408874eb01b023e53932a5deee4f2356cd94edeee4b)
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument ldap_password", value=ldap_password, expected_type=type_hints["ldap_password"])
            check_type(argname="argument ldap_username", value=ldap_username, expected_type=type_hints["ldap_username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "identity_id": identity_id,
            "ldap_password": ldap_password,
            "ldap_username": ldap_username,
        }

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId", result)

    @builtins.property
    def ldap_password(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#ldapPassword
        '''
        result = self._values.get("ldap_password")
        assert result is not None, "Required property 'ldap_password' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword", result)

    @builtins.property
    def ldap_username(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#ldapUsername
        '''
        result = self._values.get("ldap_username")
        assert result is not None, "Required property 'ldap_username' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__037c2f6b9a1380153b33165a907daabbf741a655a6137938694d54f2f5c6edf3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b56afbeeaaab7cb179ea29aeb996f56acc20626a98dc90c0e25b14c1103ba73)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__505b61c78057c6dbe5e972c86fe731303709a78a22a88836b8ad533288e19eac)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "fingerprint": "fingerprint",
        "identity_id": "identityId",
        "private_key": "privateKey",
        "region": "region",
        "tenancy_id": "tenancyId",
        "user_id": "userId",
        "private_key_passphrase": "privateKeyPassphrase",
    },
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials:
    def __init__(
        self,
        *,
        fingerprint: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint", typing.Dict[builtins.str, typing.Any]],
        identity_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId", typing.Dict[builtins.str, typing.Any]],
        private_key: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey", typing.Dict[builtins.str, typing.Any]],
        region: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion", typing.Dict[builtins.str, typing.Any]],
        tenancy_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId", typing.Dict[builtins.str, typing.Any]],
        user_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId", typing.Dict[builtins.str, typing.Any]],
        private_key_passphrase: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''OciAuthCredentials represents the credentials for OCI authentication.

        :param fingerprint: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param identity_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param private_key: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param region: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param tenancy_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param user_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param private_key_passphrase: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials
        '''
        if isinstance(fingerprint, dict):
            fingerprint = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(**fingerprint)
        if isinstance(identity_id, dict):
            identity_id = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(**identity_id)
        if isinstance(private_key, dict):
            private_key = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(**private_key)
        if isinstance(region, dict):
            region = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(**region)
        if isinstance(tenancy_id, dict):
            tenancy_id = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(**tenancy_id)
        if isinstance(user_id, dict):
            user_id = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(**user_id)
        if isinstance(private_key_passphrase, dict):
            private_key_passphrase = ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(**private_key_passphrase)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96bc08e5218586aa2e205d339ce79d483626cff515967c65c6443550634c29cb)
            check_type(argname="argument fingerprint", value=fingerprint, expected_type=type_hints["fingerprint"])
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument tenancy_id", value=tenancy_id, expected_type=type_hints["tenancy_id"])
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
            check_type(argname="argument private_key_passphrase", value=private_key_passphrase, expected_type=type_hints["private_key_passphrase"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "fingerprint": fingerprint,
            "identity_id": identity_id,
            "private_key": private_key,
            "region": region,
            "tenancy_id": tenancy_id,
            "user_id": user_id,
        }
        if private_key_passphrase is not None:
            self._values["private_key_passphrase"] = private_key_passphrase

    @builtins.property
    def fingerprint(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#fingerprint
        '''
        result = self._values.get("fingerprint")
        assert result is not None, "Required property 'fingerprint' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint", result)

    @builtins.property
    def identity_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#identityId
        '''
        result = self._values.get("identity_id")
        assert result is not None, "Required property 'identity_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId", result)

    @builtins.property
    def private_key(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#privateKey
        '''
        result = self._values.get("private_key")
        assert result is not None, "Required property 'private_key' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey", result)

    @builtins.property
    def region(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion", result)

    @builtins.property
    def tenancy_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#tenancyId
        '''
        result = self._values.get("tenancy_id")
        assert result is not None, "Required property 'tenancy_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId", result)

    @builtins.property
    def user_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#userId
        '''
        result = self._values.get("user_id")
        assert result is not None, "Required property 'user_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId", result)

    @builtins.property
    def private_key_passphrase(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase"]:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials#privateKeyPassphrase
        '''
        result = self._values.get("private_key_passphrase")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f78be85616746d98cf79d9e2edcf9d8cf9d32674c044a48d98a1a9d660554e5f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce0569333180af029c830b3f0bcd44c3e4d768cd72af0b40517916b09a62db09)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__766e0eb7b209761c33e5969805fb1eaed4ced88a9c35427352b6ff317deed088)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3965ffba39548a17222d5770a819f9cb26b4614661833f4b6842ec68b738ad9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c068b35897d8de8a7d9a97b43aa95ab324ce3d574acf15c6db9f5e9b2d662f44)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7247308d32a0617ef679058a7ea4a976a768529c4a69982558166c01d886158c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05a5d8ea22dd061d1939f69f0a966da1743f70af1dac003e0b781fcf41db5977)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"access_token": "accessToken"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials:
    def __init__(
        self,
        *,
        access_token: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''TokenAuthCredentials represents the credentials for access token-based authentication.

        :param access_token: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials
        '''
        if isinstance(access_token, dict):
            access_token = ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(**access_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11fa87f2cd9d845f6051d575c6f5fc1b07f40bcac7d077f9d46890733ae49a53)
            check_type(argname="argument access_token", value=access_token, expected_type=type_hints["access_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "access_token": access_token,
        }

    @builtins.property
    def access_token(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials#accessToken
        '''
        result = self._values.get("access_token")
        assert result is not None, "Required property 'access_token' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8f2a83be305fafe87fe6e6e932f793cef0b2e4cb1ce002f8c9e5d671f5560ec)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"client_id": "clientId", "client_secret": "clientSecret"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials:
    def __init__(
        self,
        *,
        client_id: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId", typing.Dict[builtins.str, typing.Any]],
        client_secret: typing.Union["ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''UniversalAuthCredentials represents the client credentials for universal authentication.

        :param client_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param client_secret: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials
        '''
        if isinstance(client_id, dict):
            client_id = ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(**client_id)
        if isinstance(client_secret, dict):
            client_secret = ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(**client_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__857f7c00da83a808024206d90cd0064a0c0dab24ffb3964952dcc846379ebc65)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_id": client_id,
            "client_secret": client_secret,
        }

    @builtins.property
    def client_id(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials#clientId
        '''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId", result)

    @builtins.property
    def client_secret(
        self,
    ) -> "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials#clientSecret
        '''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f541e0e72784a968cfc4c87e0ece69b85afbf86c6ef476b6ad138ff49c5bc1a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__985715ba96d99337fcab82d199c82dc7399d5551c49ce6d7744efe9a5d7b9753)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecProviderInfisicalSecretsScope",
    jsii_struct_bases=[],
    name_mapping={
        "environment_slug": "environmentSlug",
        "project_slug": "projectSlug",
        "expand_secret_references": "expandSecretReferences",
        "recursive": "recursive",
        "secrets_path": "secretsPath",
    },
)
class ClusterSecretStoreSpecProviderInfisicalSecretsScope:
    def __init__(
        self,
        *,
        environment_slug: builtins.str,
        project_slug: builtins.str,
        expand_secret_references: typing.Optional[builtins.bool] = None,
        recursive: typing.Optional[builtins.bool] = None,
        secrets_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretsScope defines the scope of the secrets within the workspace.

        :param environment_slug: EnvironmentSlug is the required slug identifier for the environment.
        :param project_slug: ProjectSlug is the required slug identifier for the project.
        :param expand_secret_references: ExpandSecretReferences indicates whether secret references should be expanded. Defaults to true if not provided. Default: true if not provided.
        :param recursive: Recursive indicates whether the secrets should be fetched recursively. Defaults to false if not provided. Default: false if not provided.
        :param secrets_path: SecretsPath specifies the path to the secrets within the workspace. Defaults to "/" if not provided. Default: if not provided.

        :schema: ClusterSecretStoreSpecProviderInfisicalSecretsScope
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5e4e0770788353a4ae754e2dc42828ce6dfe4c23f58da9c27e2adfa6bd364ae)
            check_type(argname="argument environment_slug", value=environment_slug, expected_type=type_hints["environment_slug"])
            check_type(argname="argument project_slug", value=project_slug, expected_type=type_hints["project_slug"])
            check_type(argname="argument expand_secret_references", value=expand_secret_references, expected_type=type_hints["expand_secret_references"])
            check_type(argname="argument recursive", value=recursive, expected_type=type_hints["recursive"])
            check_type(argname="argument secrets_path", value=secrets_path, expected_type=type_hints["secrets_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "environment_slug": environment_slug,
            "project_slug": project_slug,
        }
        if expand_secret_references is not None:
            self._values["expand_secret_references"] = expand_secret_references
        if recursive is not None:
            self._values["recursive"] = recursive
        if secrets_path is not None:
            self._values["secrets_path"] = secrets_path

    @builtins.property
    def environment_slug(self) -> builtins.str:
        '''EnvironmentSlug is the required slug identifier for the environment.

        :schema: ClusterSecretStoreSpecProviderInfisicalSecretsScope#environmentSlug
        '''
        result = self._values.get("environment_slug")
        assert result is not None, "Required property 'environment_slug' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project_slug(self) -> builtins.str:
        '''ProjectSlug is the required slug identifier for the project.

        :schema: ClusterSecretStoreSpecProviderInfisicalSecretsScope#projectSlug
        '''
        result = self._values.get("project_slug")
        assert result is not None, "Required property 'project_slug' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def expand_secret_references(self) -> typing.Optional[builtins.bool]:
        '''ExpandSecretReferences indicates whether secret references should be expanded.

        Defaults to true if not provided.

        :default: true if not provided.

        :schema: ClusterSecretStoreSpecProviderInfisicalSecretsScope#expandSecretReferences
        '''
        result = self._values.get("expand_secret_references")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive(self) -> typing.Optional[builtins.bool]:
        '''Recursive indicates whether the secrets should be fetched recursively.

        Defaults to false if not provided.

        :default: false if not provided.

        :schema: ClusterSecretStoreSpecProviderInfisicalSecretsScope#recursive
        '''
        result = self._values.get("recursive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secrets_path(self) -> typing.Optional[builtins.str]:
        '''SecretsPath specifies the path to the secrets within the workspace.

        Defaults to "/" if not provided.

        :default: if not provided.

        :schema: ClusterSecretStoreSpecProviderInfisicalSecretsScope#secretsPath
        '''
        result = self._values.get("secrets_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderInfisicalSecretsScope(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreSpecRetrySettings",
    jsii_struct_bases=[],
    name_mapping={"max_retries": "maxRetries", "retry_interval": "retryInterval"},
)
class ClusterSecretStoreSpecRetrySettings:
    def __init__(
        self,
        *,
        max_retries: typing.Optional[jsii.Number] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to configure http retries if failed.

        :param max_retries: 
        :param retry_interval: 

        :schema: ClusterSecretStoreSpecRetrySettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1442df426db17eeb5b154618a1432ee4d9c5da1c9f8337c8635c892479aa9b18)
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterSecretStoreSpecRetrySettings#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterSecretStoreSpecRetrySettings#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecRetrySettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterSecretStoreV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1",
):
    '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

    :schema: ClusterSecretStoreV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterSecretStoreV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__650ffbf0ed5ec27b038fc5d73eabaee7b3074bfa04366313c4d51cdbf6e77715)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterSecretStoreV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterSecretStoreV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        props = ClusterSecretStoreV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterSecretStoreV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ClusterSecretStoreV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStoreV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ClusterSecretStoreV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b13634c59b0097ddefc8c92e88c71cd7f6bad032adc9fe8d0bb5ca54af944198)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterSecretStoreV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ClusterSecretStoreV1Beta1Spec"]:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStoreV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClusterSecretStoreV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "conditions": "conditions",
        "controller": "controller",
        "refresh_interval": "refreshInterval",
        "retry_settings": "retrySettings",
    },
)
class ClusterSecretStoreV1Beta1Spec:
    def __init__(
        self,
        *,
        provider: typing.Union["ClusterSecretStoreV1Beta1SpecProvider", typing.Dict[builtins.str, typing.Any]],
        conditions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreV1Beta1SpecConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        controller: typing.Optional[builtins.str] = None,
        refresh_interval: typing.Optional[jsii.Number] = None,
        retry_settings: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1SpecRetrySettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :param provider: Used to configure the provider. Only one provider may be set
        :param conditions: Used to constraint a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore
        :param controller: Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.
        :param refresh_interval: Used to configure store refresh interval in seconds. Empty or 0 will default to the controller config.
        :param retry_settings: Used to configure http retries if failed.

        :schema: ClusterSecretStoreV1Beta1Spec
        '''
        if isinstance(provider, dict):
            provider = ClusterSecretStoreV1Beta1SpecProvider(**provider)
        if isinstance(retry_settings, dict):
            retry_settings = ClusterSecretStoreV1Beta1SpecRetrySettings(**retry_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc5338e1ac7f1e607d352b9466fd7be3acb74d663188209cefb9d86c82ad282c)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument retry_settings", value=retry_settings, expected_type=type_hints["retry_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if conditions is not None:
            self._values["conditions"] = conditions
        if controller is not None:
            self._values["controller"] = controller
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if retry_settings is not None:
            self._values["retry_settings"] = retry_settings

    @builtins.property
    def provider(self) -> "ClusterSecretStoreV1Beta1SpecProvider":
        '''Used to configure the provider.

        Only one provider may be set

        :schema: ClusterSecretStoreV1Beta1Spec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("ClusterSecretStoreV1Beta1SpecProvider", result)

    @builtins.property
    def conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreV1Beta1SpecConditions"]]:
        '''Used to constraint a ClusterSecretStore to specific namespaces.

        Relevant only to ClusterSecretStore

        :schema: ClusterSecretStoreV1Beta1Spec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreV1Beta1SpecConditions"]], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.str]:
        '''Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.

        :schema: ClusterSecretStoreV1Beta1Spec#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[jsii.Number]:
        '''Used to configure store refresh interval in seconds.

        Empty or 0 will default to the controller config.

        :schema: ClusterSecretStoreV1Beta1Spec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_settings(
        self,
    ) -> typing.Optional["ClusterSecretStoreV1Beta1SpecRetrySettings"]:
        '''Used to configure http retries if failed.

        :schema: ClusterSecretStoreV1Beta1Spec#retrySettings
        '''
        result = self._values.get("retry_settings")
        return typing.cast(typing.Optional["ClusterSecretStoreV1Beta1SpecRetrySettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecConditions",
    jsii_struct_bases=[],
    name_mapping={
        "namespace_regexes": "namespaceRegexes",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
    },
)
class ClusterSecretStoreV1Beta1SpecConditions:
    def __init__(
        self,
        *,
        namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in for a ClusterSecretStore instance.

        :param namespace_regexes: Choose namespaces by using regex matching.
        :param namespaces: Choose namespaces by name.
        :param namespace_selector: Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreV1Beta1SpecConditions
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d71b881b7982e4658ea67254f875bf7205345aeee43246fe3cd1dd106db0b14f)
            check_type(argname="argument namespace_regexes", value=namespace_regexes, expected_type=type_hints["namespace_regexes"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace_regexes is not None:
            self._values["namespace_regexes"] = namespace_regexes
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector

    @builtins.property
    def namespace_regexes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by using regex matching.

        :schema: ClusterSecretStoreV1Beta1SpecConditions#namespaceRegexes
        '''
        result = self._values.get("namespace_regexes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by name.

        :schema: ClusterSecretStoreV1Beta1SpecConditions#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector"]:
        '''Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreV1Beta1SpecConditions#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Choose namespace using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7bc7b780380aedf5382fe73275142b52d16da002bcef949bff2fa14e74b1111e)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4dcb3cd9b844165a41d042814ca51b1ed9ede3d06b6712afb07bd60b5ee69dc7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProvider",
    jsii_struct_bases=[],
    name_mapping={"infisical": "infisical"},
)
class ClusterSecretStoreV1Beta1SpecProvider:
    def __init__(
        self,
        *,
        infisical: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1SpecProviderInfisical", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Used to configure the provider.

        Only one provider may be set

        :param infisical: Infisical configures this store to sync secrets using the Infisical provider.

        :schema: ClusterSecretStoreV1Beta1SpecProvider
        '''
        if isinstance(infisical, dict):
            infisical = ClusterSecretStoreV1Beta1SpecProviderInfisical(**infisical)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a70d54530298242288a859539ebf13caf1237ec2b38d4fcf3b1b20f503fd892)
            check_type(argname="argument infisical", value=infisical, expected_type=type_hints["infisical"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if infisical is not None:
            self._values["infisical"] = infisical

    @builtins.property
    def infisical(
        self,
    ) -> typing.Optional["ClusterSecretStoreV1Beta1SpecProviderInfisical"]:
        '''Infisical configures this store to sync secrets using the Infisical provider.

        :schema: ClusterSecretStoreV1Beta1SpecProvider#infisical
        '''
        result = self._values.get("infisical")
        return typing.cast(typing.Optional["ClusterSecretStoreV1Beta1SpecProviderInfisical"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProviderInfisical",
    jsii_struct_bases=[],
    name_mapping={
        "auth": "auth",
        "secrets_scope": "secretsScope",
        "host_api": "hostApi",
    },
)
class ClusterSecretStoreV1Beta1SpecProviderInfisical:
    def __init__(
        self,
        *,
        auth: typing.Union["ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth", typing.Dict[builtins.str, typing.Any]],
        secrets_scope: typing.Union["ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope", typing.Dict[builtins.str, typing.Any]],
        host_api: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Infisical configures this store to sync secrets using the Infisical provider.

        :param auth: Auth configures how the Operator authenticates with the Infisical API.
        :param secrets_scope: SecretsScope defines the scope of the secrets within the workspace.
        :param host_api: HostAPI specifies the base URL of the Infisical API. If not provided, it defaults to "https://app.infisical.com/api".

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisical
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth(**auth)
        if isinstance(secrets_scope, dict):
            secrets_scope = ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope(**secrets_scope)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8db6865cf011ed37e9dffb6b7612605469580d4613ffc6761e9fd3f72b72e0a0)
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument secrets_scope", value=secrets_scope, expected_type=type_hints["secrets_scope"])
            check_type(argname="argument host_api", value=host_api, expected_type=type_hints["host_api"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "auth": auth,
            "secrets_scope": secrets_scope,
        }
        if host_api is not None:
            self._values["host_api"] = host_api

    @builtins.property
    def auth(self) -> "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth":
        '''Auth configures how the Operator authenticates with the Infisical API.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisical#auth
        '''
        result = self._values.get("auth")
        assert result is not None, "Required property 'auth' is missing"
        return typing.cast("ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth", result)

    @builtins.property
    def secrets_scope(
        self,
    ) -> "ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope":
        '''SecretsScope defines the scope of the secrets within the workspace.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisical#secretsScope
        '''
        result = self._values.get("secrets_scope")
        assert result is not None, "Required property 'secrets_scope' is missing"
        return typing.cast("ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope", result)

    @builtins.property
    def host_api(self) -> typing.Optional[builtins.str]:
        '''HostAPI specifies the base URL of the Infisical API.

        If not provided, it defaults to "https://app.infisical.com/api".

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisical#hostAPI
        '''
        result = self._values.get("host_api")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProviderInfisical(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth",
    jsii_struct_bases=[],
    name_mapping={"universal_auth_credentials": "universalAuthCredentials"},
)
class ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth:
    def __init__(
        self,
        *,
        universal_auth_credentials: typing.Optional[typing.Union["ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how the Operator authenticates with the Infisical API.

        :param universal_auth_credentials: UniversalAuthCredentials defines the credentials for Infisical Universal Auth.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth
        '''
        if isinstance(universal_auth_credentials, dict):
            universal_auth_credentials = ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(**universal_auth_credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f929b15f4ce86945270f5811e8c2249ca6e47a488f2d0b8e4ec2b7c85ab2e33e)
            check_type(argname="argument universal_auth_credentials", value=universal_auth_credentials, expected_type=type_hints["universal_auth_credentials"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if universal_auth_credentials is not None:
            self._values["universal_auth_credentials"] = universal_auth_credentials

    @builtins.property
    def universal_auth_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials"]:
        '''UniversalAuthCredentials defines the credentials for Infisical Universal Auth.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth#universalAuthCredentials
        '''
        result = self._values.get("universal_auth_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials",
    jsii_struct_bases=[],
    name_mapping={"client_id": "clientId", "client_secret": "clientSecret"},
)
class ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials:
    def __init__(
        self,
        *,
        client_id: typing.Union["ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId", typing.Dict[builtins.str, typing.Any]],
        client_secret: typing.Union["ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''UniversalAuthCredentials defines the credentials for Infisical Universal Auth.

        :param client_id: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.
        :param client_secret: SecretKeySelector is a reference to a specific 'key' within a Secret resource. In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials
        '''
        if isinstance(client_id, dict):
            client_id = ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(**client_id)
        if isinstance(client_secret, dict):
            client_secret = ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(**client_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__981015aa93a57f4d0c78c63a19e39ab9efd243c4536b2e17340fe6346c1e68ac)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_id": client_id,
            "client_secret": client_secret,
        }

    @builtins.property
    def client_id(
        self,
    ) -> "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials#clientId
        '''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast("ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId", result)

    @builtins.property
    def client_secret(
        self,
    ) -> "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret":
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials#clientSecret
        '''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast("ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11bc9aece56f17d01ccbd4cc1f6deb7880b695ec5bc48c85f5dacbdfc527dd82)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretKeySelector is a reference to a specific 'key' within a Secret resource.

        In some instances, ``key`` is a required field.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c1874539817b0025b997fc4fc0e4ac09416b467b518a14a787bb983b394f936)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope",
    jsii_struct_bases=[],
    name_mapping={
        "environment_slug": "environmentSlug",
        "project_slug": "projectSlug",
        "expand_secret_references": "expandSecretReferences",
        "recursive": "recursive",
        "secrets_path": "secretsPath",
    },
)
class ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope:
    def __init__(
        self,
        *,
        environment_slug: builtins.str,
        project_slug: builtins.str,
        expand_secret_references: typing.Optional[builtins.bool] = None,
        recursive: typing.Optional[builtins.bool] = None,
        secrets_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretsScope defines the scope of the secrets within the workspace.

        :param environment_slug: EnvironmentSlug is the required slug identifier for the environment.
        :param project_slug: ProjectSlug is the required slug identifier for the project.
        :param expand_secret_references: ExpandSecretReferences indicates whether secret references should be expanded. Defaults to true if not provided. Default: true if not provided.
        :param recursive: Recursive indicates whether the secrets should be fetched recursively. Defaults to false if not provided. Default: false if not provided.
        :param secrets_path: SecretsPath specifies the path to the secrets within the workspace. Defaults to "/" if not provided. Default: if not provided.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4c0565b16a8f55939b34e7a7ea5f20892d4afd3d61fcf93efaf71be4ccde6d2)
            check_type(argname="argument environment_slug", value=environment_slug, expected_type=type_hints["environment_slug"])
            check_type(argname="argument project_slug", value=project_slug, expected_type=type_hints["project_slug"])
            check_type(argname="argument expand_secret_references", value=expand_secret_references, expected_type=type_hints["expand_secret_references"])
            check_type(argname="argument recursive", value=recursive, expected_type=type_hints["recursive"])
            check_type(argname="argument secrets_path", value=secrets_path, expected_type=type_hints["secrets_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "environment_slug": environment_slug,
            "project_slug": project_slug,
        }
        if expand_secret_references is not None:
            self._values["expand_secret_references"] = expand_secret_references
        if recursive is not None:
            self._values["recursive"] = recursive
        if secrets_path is not None:
            self._values["secrets_path"] = secrets_path

    @builtins.property
    def environment_slug(self) -> builtins.str:
        '''EnvironmentSlug is the required slug identifier for the environment.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#environmentSlug
        '''
        result = self._values.get("environment_slug")
        assert result is not None, "Required property 'environment_slug' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project_slug(self) -> builtins.str:
        '''ProjectSlug is the required slug identifier for the project.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#projectSlug
        '''
        result = self._values.get("project_slug")
        assert result is not None, "Required property 'project_slug' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def expand_secret_references(self) -> typing.Optional[builtins.bool]:
        '''ExpandSecretReferences indicates whether secret references should be expanded.

        Defaults to true if not provided.

        :default: true if not provided.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#expandSecretReferences
        '''
        result = self._values.get("expand_secret_references")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive(self) -> typing.Optional[builtins.bool]:
        '''Recursive indicates whether the secrets should be fetched recursively.

        Defaults to false if not provided.

        :default: false if not provided.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#recursive
        '''
        result = self._values.get("recursive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secrets_path(self) -> typing.Optional[builtins.str]:
        '''SecretsPath specifies the path to the secrets within the workspace.

        Defaults to "/" if not provided.

        :default: if not provided.

        :schema: ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope#secretsPath
        '''
        result = self._values.get("secrets_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="eso_clustersecretstore_ioexternal-secrets.ClusterSecretStoreV1Beta1SpecRetrySettings",
    jsii_struct_bases=[],
    name_mapping={"max_retries": "maxRetries", "retry_interval": "retryInterval"},
)
class ClusterSecretStoreV1Beta1SpecRetrySettings:
    def __init__(
        self,
        *,
        max_retries: typing.Optional[jsii.Number] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to configure http retries if failed.

        :param max_retries: MaxRetries is the maximum number of retry attempts.
        :param retry_interval: RetryInterval is the interval between retry attempts.

        :schema: ClusterSecretStoreV1Beta1SpecRetrySettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__352f1597488f3dc8f9742c95c68aa94061d960a6f5dfc1e29976000323ce156f)
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''MaxRetries is the maximum number of retry attempts.

        :schema: ClusterSecretStoreV1Beta1SpecRetrySettings#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''RetryInterval is the interval between retry attempts.

        :schema: ClusterSecretStoreV1Beta1SpecRetrySettings#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreV1Beta1SpecRetrySettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ClusterSecretStore",
    "ClusterSecretStoreProps",
    "ClusterSecretStoreSpec",
    "ClusterSecretStoreSpecConditions",
    "ClusterSecretStoreSpecConditionsNamespaceSelector",
    "ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    "ClusterSecretStoreSpecProvider",
    "ClusterSecretStoreSpecProviderInfisical",
    "ClusterSecretStoreSpecProviderInfisicalAuth",
    "ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource",
    "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath",
    "ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt",
    "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath",
    "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword",
    "ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId",
    "ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId",
    "ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken",
    "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials",
    "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId",
    "ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret",
    "ClusterSecretStoreSpecProviderInfisicalSecretsScope",
    "ClusterSecretStoreSpecRetrySettings",
    "ClusterSecretStoreV1Beta1",
    "ClusterSecretStoreV1Beta1Props",
    "ClusterSecretStoreV1Beta1Spec",
    "ClusterSecretStoreV1Beta1SpecConditions",
    "ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector",
    "ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions",
    "ClusterSecretStoreV1Beta1SpecProvider",
    "ClusterSecretStoreV1Beta1SpecProviderInfisical",
    "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth",
    "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials",
    "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId",
    "ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret",
    "ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope",
    "ClusterSecretStoreV1Beta1SpecRetrySettings",
]

publication.publish()

def _typecheckingstub__2b7341532c444cc5c5f75ff32e14ad2bac3647e434d0a4512e51b31d8665b566(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f904fe1de89692d10f7985d1980fb96f16769630f4f33e2e7c5cbe37db097984(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc9aabfec03a3903d806167a969c1370488f3532c57156728ffc2531e92a016a(
    *,
    provider: typing.Union[ClusterSecretStoreSpecProvider, typing.Dict[builtins.str, typing.Any]],
    conditions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    controller: typing.Optional[builtins.str] = None,
    refresh_interval: typing.Optional[jsii.Number] = None,
    retry_settings: typing.Optional[typing.Union[ClusterSecretStoreSpecRetrySettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c94334cf2107666225d479f1f0eb7ebd356dcfb1fec1a2adbbd2ce470c5a16dd(
    *,
    namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[ClusterSecretStoreSpecConditionsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a90f2eb46a4d853215cdd056284a62da0352e2c2799b6d1edfe1c418685ffd69(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78a6b95a69b42531948aff70f2a9411d0077fc2c415f0527375b7c37fb0c9c23(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__607f1ac774530c954f6a2771c12a220a3450da7f862626619641916c93202fb3(
    *,
    infisical: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisical, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ee75c1114f8d407686f8075c9f87fd2c4d18537024f6091c855a0fa44cb975e(
    *,
    auth: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuth, typing.Dict[builtins.str, typing.Any]],
    secrets_scope: typing.Union[ClusterSecretStoreSpecProviderInfisicalSecretsScope, typing.Dict[builtins.str, typing.Any]],
    host_api: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__530bf1a1fbf36d29ebc50d24b530599377b8245104f20dc3fd1fb3b1d2e4e497(
    *,
    aws_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp_iam_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp_id_token_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    jwt_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    ldap_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    oci_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    token_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    universal_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e49bb7d5439656214030bf99950476a14ffbcaa55533a6a9659e48dc7a8c3f74(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b49b5bea7a81cc2f089f8447180b07546b97210a9445997c764fe57b4c1524a(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbd9dc7e75c89e8fd7d06f84aa3674be9520f3bd5c229091c50f8b613cee1958(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
    resource: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fb82a84cf69910373ef0ab270ce68a4db9942fc4b6eddec8e363724f1f46560(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b595797015c5131beec6087e3bdec9670a6eb5a4a75a1320f59cf4fff0b31929(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11eabe38c94f20f8ae358da476183811ceae607af7597d7caeb7ee479b4fa411(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
    service_account_key_file_path: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b035c7c8a0f661c22d656f1fa7aa1e27341ebaf7083bfa6d98944777be3770fd(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4727c8695b0f6a26126bf40f4fe18c8c165a4fec7d51f391bf72e8924ab6f746(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfe1ebf95b5326d2c02e05cfed00b72119b875db7669f9d97f1fe0a54e505212(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73fd239065a35761cbc6d0af04158ef2ca9023d6882589f3ca719c2567cc9d53(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3219f62b6a908bcbc88b5f7b4b52c5770cccc6c0e0b48ecfc98025369540bc07(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
    jwt: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdc8aa3ca5ebc7f779fb7b6cf6d4bd5881a235d8093373293fd1bae5aea1a5d1(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64316c51cd52da2e88620fcc3cde9f001db99675499b732b5417f40395686a41(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c4a69e39275b07792375c2f7f6b115516d2fec4da3434b4e9172956a64f7cdc(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
    service_account_token_path: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0470839d0786243aa6770abdb9c1d44506bd24a5099355591cb7d0079cd6084e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec2c7f61b4f9f7cdd2ccb83dbd9517974e11d294027a578f4c17edc97337efde(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17e680996b97e2628b939408874eb01b023e53932a5deee4f2356cd94edeee4b(
    *,
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
    ldap_password: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword, typing.Dict[builtins.str, typing.Any]],
    ldap_username: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__037c2f6b9a1380153b33165a907daabbf741a655a6137938694d54f2f5c6edf3(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b56afbeeaaab7cb179ea29aeb996f56acc20626a98dc90c0e25b14c1103ba73(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__505b61c78057c6dbe5e972c86fe731303709a78a22a88836b8ad533288e19eac(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96bc08e5218586aa2e205d339ce79d483626cff515967c65c6443550634c29cb(
    *,
    fingerprint: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint, typing.Dict[builtins.str, typing.Any]],
    identity_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId, typing.Dict[builtins.str, typing.Any]],
    private_key: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey, typing.Dict[builtins.str, typing.Any]],
    region: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion, typing.Dict[builtins.str, typing.Any]],
    tenancy_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId, typing.Dict[builtins.str, typing.Any]],
    user_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId, typing.Dict[builtins.str, typing.Any]],
    private_key_passphrase: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f78be85616746d98cf79d9e2edcf9d8cf9d32674c044a48d98a1a9d660554e5f(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce0569333180af029c830b3f0bcd44c3e4d768cd72af0b40517916b09a62db09(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__766e0eb7b209761c33e5969805fb1eaed4ced88a9c35427352b6ff317deed088(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3965ffba39548a17222d5770a819f9cb26b4614661833f4b6842ec68b738ad9(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c068b35897d8de8a7d9a97b43aa95ab324ce3d574acf15c6db9f5e9b2d662f44(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7247308d32a0617ef679058a7ea4a976a768529c4a69982558166c01d886158c(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05a5d8ea22dd061d1939f69f0a966da1743f70af1dac003e0b781fcf41db5977(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11fa87f2cd9d845f6051d575c6f5fc1b07f40bcac7d077f9d46890733ae49a53(
    *,
    access_token: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8f2a83be305fafe87fe6e6e932f793cef0b2e4cb1ce002f8c9e5d671f5560ec(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__857f7c00da83a808024206d90cd0064a0c0dab24ffb3964952dcc846379ebc65(
    *,
    client_id: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId, typing.Dict[builtins.str, typing.Any]],
    client_secret: typing.Union[ClusterSecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f541e0e72784a968cfc4c87e0ece69b85afbf86c6ef476b6ad138ff49c5bc1a(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__985715ba96d99337fcab82d199c82dc7399d5551c49ce6d7744efe9a5d7b9753(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5e4e0770788353a4ae754e2dc42828ce6dfe4c23f58da9c27e2adfa6bd364ae(
    *,
    environment_slug: builtins.str,
    project_slug: builtins.str,
    expand_secret_references: typing.Optional[builtins.bool] = None,
    recursive: typing.Optional[builtins.bool] = None,
    secrets_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1442df426db17eeb5b154618a1432ee4d9c5da1c9f8337c8635c892479aa9b18(
    *,
    max_retries: typing.Optional[jsii.Number] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__650ffbf0ed5ec27b038fc5d73eabaee7b3074bfa04366313c4d51cdbf6e77715(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b13634c59b0097ddefc8c92e88c71cd7f6bad032adc9fe8d0bb5ca54af944198(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc5338e1ac7f1e607d352b9466fd7be3acb74d663188209cefb9d86c82ad282c(
    *,
    provider: typing.Union[ClusterSecretStoreV1Beta1SpecProvider, typing.Dict[builtins.str, typing.Any]],
    conditions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreV1Beta1SpecConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    controller: typing.Optional[builtins.str] = None,
    refresh_interval: typing.Optional[jsii.Number] = None,
    retry_settings: typing.Optional[typing.Union[ClusterSecretStoreV1Beta1SpecRetrySettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d71b881b7982e4658ea67254f875bf7205345aeee43246fe3cd1dd106db0b14f(
    *,
    namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bc7b780380aedf5382fe73275142b52d16da002bcef949bff2fa14e74b1111e(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dcb3cd9b844165a41d042814ca51b1ed9ede3d06b6712afb07bd60b5ee69dc7(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a70d54530298242288a859539ebf13caf1237ec2b38d4fcf3b1b20f503fd892(
    *,
    infisical: typing.Optional[typing.Union[ClusterSecretStoreV1Beta1SpecProviderInfisical, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8db6865cf011ed37e9dffb6b7612605469580d4613ffc6761e9fd3f72b72e0a0(
    *,
    auth: typing.Union[ClusterSecretStoreV1Beta1SpecProviderInfisicalAuth, typing.Dict[builtins.str, typing.Any]],
    secrets_scope: typing.Union[ClusterSecretStoreV1Beta1SpecProviderInfisicalSecretsScope, typing.Dict[builtins.str, typing.Any]],
    host_api: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f929b15f4ce86945270f5811e8c2249ca6e47a488f2d0b8e4ec2b7c85ab2e33e(
    *,
    universal_auth_credentials: typing.Optional[typing.Union[ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__981015aa93a57f4d0c78c63a19e39ab9efd243c4536b2e17340fe6346c1e68ac(
    *,
    client_id: typing.Union[ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId, typing.Dict[builtins.str, typing.Any]],
    client_secret: typing.Union[ClusterSecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11bc9aece56f17d01ccbd4cc1f6deb7880b695ec5bc48c85f5dacbdfc527dd82(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c1874539817b0025b997fc4fc0e4ac09416b467b518a14a787bb983b394f936(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4c0565b16a8f55939b34e7a7ea5f20892d4afd3d61fcf93efaf71be4ccde6d2(
    *,
    environment_slug: builtins.str,
    project_slug: builtins.str,
    expand_secret_references: typing.Optional[builtins.bool] = None,
    recursive: typing.Optional[builtins.bool] = None,
    secrets_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__352f1597488f3dc8f9742c95c68aa94061d960a6f5dfc1e29976000323ce156f(
    *,
    max_retries: typing.Optional[jsii.Number] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
