"""Layer 0: the Terraform bootstrap synthesized by cdktn (``make layer0``).

The stack is synthesized once per session, in-process (cdk8s is loaded already; a subprocess of
cdktf/main.py would pay for Python, jsii and both libraries again).
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib.util
import json
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import cdk8s
import pytest
from cdktn import App
from homelab.host import TAILSCALE_SERVE
from homelab.k8s.argocd import application
from homelab.layer0 import argocd as layer0_argocd
from homelab.layer0.resources import tf_name
from homelab.layer0.sensitive import GuardError
from homelab.layer0.stack import STACK, Layer0Stack, synth
from homelab.layer0.tfvars import FILE_NAME, PLACEHOLDER, render
from homelab.layer0.variables import declarations, tfvars_example
from homelab.model import Application, HelmSetting, HelmSource, Homelab
from homelab.model.typed import TerraformVariable

from tests.conftest import REPO, default_rendering
from tests.mutate import edit_app, replace_platform

CDKTF = REPO / "cdktf"
Json = dict[str, Any]


# -- fixtures ------------------------------------------------------------------------------
def normalize(value: Any) -> Any:
    """Drop every ``//`` key: cdktn's metadata (version, construct paths), nothing Terraform reads."""
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items() if k != "//"}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    return value


@pytest.fixture(scope="session")
def synthesized(model: Homelab, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synth(model, tmp_path_factory.mktemp("layer0") / "cdktf.out")


@pytest.fixture(scope="session")
def tf(synthesized: Path) -> Json:
    data: Json = normalize(json.loads(synthesized.read_text()))
    return data


# -- reading the synthesized expressions ------------------------------------------------------
_LEXEME = re.compile(
    r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][\w.-]*)|(?P<p>[][{}(),=]))'
)


def parse_expression(text: str) -> Any:
    """The value of a ``${...}`` expression made of the HCL cdktn emits here: objects, lists,
    strings, numbers, booleans, ``yamlencode(...)`` (returned as its argument) and references
    (returned as ``${ref}``, the form the cdk8s renderer gives Terraform variables)."""
    assert text.startswith("${") and text.endswith("}"), text
    lexemes: list[tuple[str, str]] = []
    body, pos = text[2:-1], 0
    while pos < len(body.rstrip()):
        match = _LEXEME.match(body, pos)
        assert match and match.lastgroup, f"cannot read {body[pos : pos + 40]!r}"
        lexemes.append((match.lastgroup, match.group(match.lastgroup)))
        pos = match.end()
    items: Iterator[tuple[str, str]] = iter(lexemes)

    def value(kind: str, lexeme: str) -> Any:
        if kind == "str":
            return json.loads(lexeme).replace("$${", "${").replace("%%{", "%{")
        if kind == "num":
            return json.loads(lexeme)
        if kind == "word":
            if lexeme in ("true", "false", "null"):
                return json.loads(lexeme)
            return "${" + lexeme + "}"
        if lexeme == "{":
            obj: Json = {}
            for kind2, lex2 in items:
                if lex2 == "}":
                    return obj
                if lex2 == ",":
                    continue
                key = value(kind2, lex2)
                assert next(items) == ("p", "=")
                obj[key] = value(*next(items))
        if lexeme == "[":
            seq: list[Any] = []
            for kind2, lex2 in items:
                if lex2 == "]":
                    return seq
                if lex2 != ",":
                    seq.append(value(kind2, lex2))
        raise AssertionError(f"unexpected {lexeme!r}")

    kind, lexeme = next(items)
    if kind == "word" and lexemes[1] == ("p", "("):  # a function call: its single argument
        next(items)
        result = value(*next(items))
        assert next(items) == ("p", ")")
    else:
        result = value(kind, lexeme)
    assert next(items, None) is None, "trailing input"
    return result


def rendered_by_cdk8s(model: Homelab, app: Application) -> Json:
    """What the cdk8s app's construct renders for ``app`` (Terraform variables as ``${var.NAME}``)."""
    chart = cdk8s.Chart(cdk8s.App(), "expected")
    application(chart, model, app, terraform=True)
    (obj,) = chart.to_json()
    expected: Json = json.loads(json.dumps(obj))
    if app.name == model.root_app:
        expected["spec"]["source"]["repoURL"] = "${var.homelab_repo_url}"
    return expected


def sensitive_variables(tf: Json) -> set[str]:
    return {name for name, var in tf["variable"].items() if var.get("sensitive")}


def variable_leaves(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], TerraformVariable]]:
    """Every Terraform variable in a model value (Helm values), with its path."""
    if isinstance(value, TerraformVariable):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from variable_leaves(item, (*path, str(key)))


def at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)
    else:
        yield value


# -- the synthesized stack -----------------------------------------------------------------
def test_resources_and_variables_follow_the_model(tf: Json, model: Homelab) -> None:
    """One namespace per namespace Terraform writes into, the Argo CD release, one Secret per bootstrap Secret,
    a file and an apply per Terraform-created Application, one variable per declaration."""
    apps = {layer0_argocd.terraform_name(model, app) for app in model.terraform_applications()}
    release = model.argocd_release
    namespaces = {release.namespace, *(s.namespace for s in model.bootstrap_secrets)}
    assert {kind: set(by_name) for kind, by_name in tf["resource"].items()} == {
        "kubernetes_namespace": {tf_name(ns) for ns in namespaces},
        "helm_release": {release.name},
        "kubernetes_secret": {s.terraform_name for s in model.bootstrap_secrets},
        "local_file": apps,
        "null_resource": apps,
    }
    assert set(tf["variable"]) == {v.name for v in declarations(model)}
    assert set(tf["locals"]) == {f"{app}_yaml" for app in apps}


def test_secrets_are_only_sensitive_variable_references(tf: Json, model: Homelab) -> None:
    sensitive = sensitive_variables(tf)
    assert sensitive, "no sensitive variables"
    assert not [name for name in sensitive if "default" in tf["variable"][name]], "sensitive variable with a default"

    def sensitive_ref(value: Any) -> bool:
        return (
            isinstance(value, str) and re.fullmatch(r"\$\{var\.(\w+)\}", value) is not None and value[6:-1] in sensitive
        )

    slots: dict[str, Any] = {}
    for set_ in tf["resource"]["helm_release"][model.argocd_release.name]["set_sensitive"]:
        slots[f"set_sensitive {set_['name']}"] = set_["value"]
    for name, secret in tf["resource"]["kubernetes_secret"].items():
        for key, value in secret["data"].items():
            slots[f"{name}.{key}"] = value
    for slot, value in slots.items():
        values = [value] if sensitive_ref(value) else list(leaves(parse_expression(value)))
        assert values and all(sensitive_ref(v) for v in values), f"{slot} holds more than sensitive references"
    # A Terraform-created Application carries each variable of its Helm values as a bare reference, not quoted text.
    in_values = 0
    for app in model.terraform_applications():
        if not isinstance(app.source, HelmSource):
            continue
        local = tf["locals"][layer0_argocd.terraform_name(model, app) + "_yaml"]
        values = parse_expression(local)["spec"]["source"]["helm"]["valuesObject"]
        for path, variable in variable_leaves(app.source.values):
            assert at(values, path) == str(variable), (app.name, path)
            assert f'"{path[-1]}" = var.{variable.name}' in local, (app.name, path)
            in_values += 1
    assert in_values, "no Terraform-created Application takes a variable in its values"
    # Every sensitive variable is used, and only where the checks above looked.
    text = json.dumps(tf)
    assert all(f"var.{name}" in text for name in sensitive)
    for name, output in tf["output"].items():
        assert "var." not in output["value"], f"output {name} references a variable"


def test_terraform_applications_are_the_cdk8s_applications(tf: Json, model: Homelab) -> None:
    apps = model.terraform_applications()
    assert {layer0_argocd.terraform_name(model, app) + "_yaml" for app in apps} == set(tf["locals"])
    for app in apps:
        local = tf["locals"][layer0_argocd.terraform_name(model, app) + "_yaml"]
        assert parse_expression(local) == rendered_by_cdk8s(model, app), app.name


def test_root_app_points_at_the_rendered_folder(tf: Json, model: Homelab) -> None:
    source = parse_expression(tf["locals"]["argocd_root_app_yaml"])["spec"]["source"]
    folder = f"dist/{model.root_app}"
    assert source == {
        "repoURL": "${var.homelab_repo_url}",
        "targetRevision": model.params.target_revision,
        "path": folder,
    }
    assert any(path.startswith(folder + "/") for path in default_rendering().files), f"{folder} is not rendered"
    assert tf["variable"]["homelab_repo_url"]["default"] == model.params.repo_url


def test_next_steps_name_the_infisical_keys_and_the_serve_script(tf: Json, model: Homelab) -> None:
    steps = tf["output"]["next_steps"]["value"]
    assert all(key in steps for key in model.infisical_keys())
    assert TAILSCALE_SERVE == "launchd/tailscale-serve.sh" and TAILSCALE_SERVE in steps
    assert TAILSCALE_SERVE in default_rendering().files
    assert f"kubectl get applications -n {model.argocd_namespace} -w" in steps


@pytest.mark.skipif(shutil.which("terraform") is None, reason="no terraform binary")
def test_terraform_evaluates_the_expressions(tf: Json, model: Homelab, tmp_path: Path) -> None:
    """With a real terraform (offline: the config below needs no provider), every yamlencode()
    decodes to the intended object, with the variables' values in place of the references."""
    exprs = {
        "apps": {name: f"${{yamldecode(local.{name})}}" for name in tf["locals"]},
        "oidc": next(
            "${yamldecode(" + s["value"][2:-1] + ")}"
            for s in tf["resource"]["helm_release"]["argocd"]["set"]
            if s["name"] == "configs.cm.oidc\\.config"
        ),
        "helm_values": "${yamldecode("
        + tf["resource"]["kubernetes_secret"]["infisical_helm_secrets"]["data"]["values.yaml"][2:-1]
        + ")}",
    }
    config = {
        "variable": tf["variable"],
        "locals": {**tf["locals"], "all": exprs},
        "output": {"all": {"value": "${local.all}", "sensitive": True}},
    }
    (tmp_path / "main.tf.json").write_text(json.dumps(config))
    values = {name: f"canary-{name}" for name in sensitive_variables(tf)}
    (tmp_path / "terraform.tfvars.json").write_text(json.dumps(values))
    env = {"CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    terraform = shutil.which("terraform") or "terraform"
    run: Callable[..., subprocess.CompletedProcess[str]] = lambda *args: subprocess.run(  # noqa: E731
        [terraform, *args], cwd=tmp_path, env=env, text=True, capture_output=True, check=True
    )
    run("init", "-input=false", "-backend=false")
    run("apply", "-input=false", "-auto-approve", "-lock=false", f"-state={tmp_path / 'state'}")
    result = json.loads(run("output", "-json", f"-state={tmp_path / 'state'}", "all").stdout)

    def filled(value: Any) -> Any:
        text = json.dumps(value)
        for name, canary in values.items():
            text = text.replace(f"${{var.{name}}}", canary)
        return json.loads(text.replace("${var.homelab_repo_url}", model.params.repo_url))

    for app in model.terraform_applications():
        local = layer0_argocd.terraform_name(model, app) + "_yaml"
        assert result["apps"][local] == filled(rendered_by_cdk8s(model, app)), app.name
    assert result["oidc"]["issuer"].endswith("/application/o/argocd/")
    assert result["helm_values"] == {
        "postgresql": {"auth": {"password": values["infisical_postgres_password"]}},
        "redis": {"auth": {"password": values["infisical_redis_password"]}},
    }


# -- the example tfvars, main.py, the import boundary ----------------------------------------
def test_tfvars_example_is_committed_and_holds_no_secret(model: Homelab) -> None:
    text = render(declarations(model), tfvars_example(model))
    assert (CDKTF / FILE_NAME).read_text() == text, "stale: run `make layer0`"
    assigned = dict(re.findall(r'^(\w+) = "(.*)"$', text, re.M))
    assert list(assigned) == list(tfvars_example(model))
    for var in declarations(model):
        if var.sensitive:
            assert assigned[var.name] == PLACEHOLDER


def test_main_synthesizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("layer0_main", CDKTF / "main.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--outdir", str(tmp_path)]) == 0
    assert (tmp_path / "stacks" / STACK / "cdk.tf.json").exists()
    assert "layer0: " in capsys.readouterr().out


def test_cdk8s_path_never_imports_cdktn() -> None:
    package = REPO / "constructs" / "homelab"
    offenders = []
    for path in package.rglob("*.py"):
        if (package / "layer0") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.startswith(("cdktn", "homelab.layer0"))]
    assert not offenders


# -- the guard -------------------------------------------------------------------------------
def _infisical_values(model: Homelab, edit: Callable[[Json], None]) -> Homelab:
    def change(app: Application) -> Application:
        assert isinstance(app.source, HelmSource)
        values = copy.deepcopy(dict(app.source.values))
        edit(values)
        return dataclasses.replace(app, source=dataclasses.replace(app.source, values=values))

    return edit_app(model, "infisical", change)


def _secret_data(model: Homelab, name: str, key: str, value: Any) -> Homelab:
    secrets = tuple(
        dataclasses.replace(s, data={**s.data, key: value}) if s.name == name else s for s in model.bootstrap_secrets
    )
    return replace_platform(model, bootstrap_secrets=secrets)


LITERAL = "hunter2-literal"

MISTAKES: dict[str, tuple[Callable[[Homelab], Homelab], list[str]]] = {
    "secret-literal": (
        lambda m: _secret_data(m, "infisical-secrets", "ENCRYPTION_KEY", LITERAL),
        [
            "kubernetes_secret.infisical_bootstrap (Secret infisical/infisical-secrets) data['ENCRYPTION_KEY']",
            "literal str",
            "TerraformVariable(",
        ],
    ),
    "secret-values-file-literal": (
        lambda m: _secret_data(
            m, "infisical-helm-secrets", "values.yaml", {"postgresql": {"auth": {"password": LITERAL}}}
        ),
        [
            "kubernetes_secret.infisical_helm_secrets (Secret argocd/infisical-helm-secrets)",
            "data['values.yaml'].postgresql.auth.password",
            "literal str",
        ],
    ),
    "secret-non-sensitive-variable": (
        lambda m: _secret_data(m, "infisical-machine-identity", "clientId", TerraformVariable("kube_context")),
        [
            "kubernetes_secret.infisical_machine_identity (Secret external-secrets/infisical-machine-identity)",
            "data['clientId']",
            "'kube_context' is not sensitive",
        ],
    ),
    "secret-undeclared-variable": (
        lambda m: _secret_data(m, "infisical-machine-identity", "clientId", TerraformVariable("nope")),
        ["'nope' is not declared", "sensitive=True"],
    ),
    "infisical-password-literal": (
        lambda m: _infisical_values(m, lambda v: v["postgresql"]["auth"].update(password=LITERAL)),
        [
            "local.infisical_app_yaml (Application 'infisical').spec.source.helm.valuesObject.postgresql.auth.password",
            "literal str",
        ],
    ),
    "unsafe-string-in-expression": (
        lambda m: edit_app(m, "infisical", lambda a: dataclasses.replace(a, labels={"note": 'say "hi"'})),
        ["local.infisical_app_yaml (Application 'infisical').metadata.labels.note", "does not escape"],
    ),
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_guard_rejects(mistake: str, model: Homelab, tmp_path: Path) -> None:
    change, expected = MISTAKES[mistake]
    with pytest.raises(GuardError) as raised:
        Layer0Stack(App(outdir=str(tmp_path)), STACK, change(model))
    message = str(raised.value)
    for part in expected:
        assert part in message
    assert LITERAL not in message, "the error must not show the value"


@pytest.mark.parametrize("slot", ["set_sensitive", "set"])
def test_guard_rejects_helm_settings(slot: str, model: Homelab, tmp_path: Path) -> None:
    setting = HelmSetting(path=("configs", "secret", "extra", "oidc.argocd.clientSecret"), value=LITERAL)
    release = model.argocd_release
    if slot == "set_sensitive":
        release = dataclasses.replace(release, sensitive_settings=(setting,))
        expected = (
            "helm_release.argocd set_sensitive[configs.secret.extra.oidc\\.argocd\\.clientSecret]: sensitive slot"
        )
    else:
        leaked = dataclasses.replace(setting, value=TerraformVariable("argocd_oidc_client_secret"))
        release = dataclasses.replace(release, settings=(leaked,))
        expected = "is in a non-sensitive slot"
    with pytest.raises(GuardError) as raised:
        Layer0Stack(App(outdir=str(tmp_path)), STACK, replace_platform(model, argocd_release=release))
    assert expected in str(raised.value)
    assert LITERAL not in str(raised.value)
