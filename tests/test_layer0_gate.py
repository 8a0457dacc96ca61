"""``make layer0`` behind the synth gate (issue 9 item 7): the same checks and messages as ``make synth``,
the synthesized JSON scanned for secrets in every slot, nothing written on refusal, and every
``kubectl`` Terraform runs pinned to the providers' kube context.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from homelab.checks.secrets import FIX_TERRAFORM
from homelab.layer0.stack import STACK, synth
from homelab.layer0.tfvars import render as render_tfvars
from homelab.layer0.variables import KUBE_CONTEXT, declarations, tfvars_example
from homelab.model import Application, HelmSetting, HelmSource, Homelab, Project
from homelab.pipeline import main as synth_main

from tests.conftest import REPO
from tests.surgery import replace

TAILSCALE = "tskey-" + "auth-" + "kB7x9Qp3CNTRL-4fG8hJ2kL9mN3pQ5rS7tV1wX"  # assembled: no scanner flags this file
LITERAL = "hunter2-" + "literal"


# -- the one place tests reshape the model (through its read-only views) ------------------------
def reshape(
    model: Homelab,
    *,
    app: tuple[str, Callable[[Application], Application]] | None = None,
    release: Callable[[Any], Any] | None = None,
    host: Callable[[Any], Any] | None = None,
) -> Homelab:
    """The one place these tests reshape the model: objects found where they are declared."""

    def swap(model: Homelab, old: Any, new: Any) -> Homelab:
        return replace(model, old, **{f.name: getattr(new, f.name) for f in dataclasses.fields(new) if f.init})

    if app is not None:
        name, change = app
        model = swap(model, model.application(name), change(model.application(name)))
    if release is not None:
        model = swap(model, model.argocd_release, release(model.argocd_release))
    if host is not None:
        model = swap(model, model.host, host(model.host))
    return model


def infisical(model: Homelab) -> Application:
    return next(a for a in model.terraform_applications() if a.name != model.root_app)


# -- running cdktf/main.py in-process ------------------------------------------------------------
@pytest.fixture(scope="module")
def layer0_main() -> ModuleType:
    spec = importlib.util.spec_from_file_location("layer0_main_gate", REPO / "cdktf" / "main.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """An output folder as a previous run and ``terraform init`` left it, and a committed example."""
    outdir = tmp_path / "cdktf.out"
    (outdir / "stacks" / STACK / ".terraform").mkdir(parents=True)
    (outdir / "stacks" / STACK / ".terraform" / "provider").write_text("initialized")
    (outdir / "stacks" / STACK / "cdk.tf.json").write_text('{"old": true}')
    (outdir / "manifest.json").write_text("{}")
    example = tmp_path / "terraform.tfvars.example"
    example.write_text("# the committed example\n")
    return outdir, example


Run = Callable[[Homelab], tuple[int, list[str]]]


@pytest.fixture
def run_layer0(layer0_main: ModuleType, workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> Run:
    outdir, example = workspace

    def run(model: Homelab) -> tuple[int, list[str]]:
        capsys.readouterr()
        code = layer0_main.main(["--outdir", str(outdir)], model=model, example=example)
        return int(code), capsys.readouterr().err.splitlines()

    return run


def refused(run: Run, workspace: tuple[Path, Path], model: Homelab) -> list[str]:
    """Run Layer 0 on ``model``: it must exit 1 and write nothing; return the problems it printed."""
    outdir, _ = workspace
    before = tree(outdir.parent)
    code, err = run(model)
    assert code == 1
    assert tree(outdir.parent) == before, "a refused model must leave cdktf.out and the example as they were"
    assert err[0] == f"layer0: {len(err) - 1} problem(s); nothing was written:"
    return err[1:]


# -- the gate --------------------------------------------------------------------------------
def test_refuses_what_synth_refuses(
    model: Homelab, run_layer0: Run, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's reproduction: the infisical Application in a bad namespace and a missing project."""
    name = infisical(model).name
    bad = reshape(
        model,
        app=(
            name,
            lambda a: dataclasses.replace(
                a, namespace="Infisical_BAD", project=Project(name="nonexistent", description="x")
            ),
        ),
    )
    problems = refused(run_layer0, workspace, bad)

    (tmp_path / "repo").mkdir()
    assert synth_main(["--root", str(tmp_path / "repo")], model=bad) == 1
    synth_err = capsys.readouterr().err.splitlines()
    assert problems == synth_err[1:], "same checks, same messages as make synth"
    assert any(
        p.startswith(f"  - Application {name!r}: project 'nonexistent' does not exist (")
        and p.endswith("Add the Project to the model or fix the Application's project. [argocd-project]")
        for p in problems
    )
    assert any(p.startswith("  - Namespace 'Infisical_BAD': ") for p in problems)


def test_literal_in_a_non_sensitive_infisical_value(
    model: Homelab, run_layer0: Run, workspace: tuple[Path, Path]
) -> None:
    """A non-sensitive chart value of a Terraform-applied Application reaches cdk.tf.json: refused."""

    def change(app: Application) -> Application:
        assert isinstance(app.source, HelmSource)
        values: dict[str, Any] = dict(app.source.values)
        postgresql = dict(values["postgresql"])
        postgresql["auth"] = {**postgresql["auth"], "username": TAILSCALE}
        values["postgresql"] = postgresql
        return dataclasses.replace(app, source=dataclasses.replace(app.source, values=values))

    app = infisical(model)
    problems = refused(run_layer0, workspace, reshape(model, app=(app.name, change)))
    assert problems == [
        f"  - Application {app.name!r}: spec.source.helm.valuesObject.postgresql.auth.username contains what looks "
        f"like a Tailscale key ('tske…'). {FIX_TERRAFORM} [no-secrets-in-git]"
    ]


def test_literal_in_a_helm_set_is_refused_after_synth(
    model: Homelab, run_layer0: Run, workspace: tuple[Path, Path]
) -> None:
    """An Argo CD Helm ``set`` is a non-sensitive slot: only the scan of the synthesized JSON sees it."""
    outdir, _ = workspace
    setting = HelmSetting(path=("configs", "secret", "extra", "oidc.argocd.clientSecret"), value=LITERAL)
    bad = reshape(model, release=lambda r: dataclasses.replace(r, settings=(*r.settings, setting)))
    problems = refused(run_layer0, workspace, bad)
    where = f"resource.helm_release.{model.argocd_release.name}.set[{len(model.argocd_release.settings)}].value"
    assert problems == [
        f"  - {outdir}/stacks/{STACK}/cdk.tf.json: {where} "
        f"contains what looks like a literal {setting.hcl_name} ('hun…'). {FIX_TERRAFORM} [no-secrets-in-git]"
    ]
    assert LITERAL not in "\n".join(problems)


def test_good_model_writes_only_its_files(model: Homelab, run_layer0: Run, workspace: tuple[Path, Path]) -> None:
    outdir, example = workspace
    code, _ = run_layer0(model)
    assert code == 0
    stack = outdir / "stacks" / STACK
    assert json.loads((stack / "cdk.tf.json").read_text())["resource"]
    assert (stack / ".terraform" / "provider").read_text() == "initialized", "terraform init's folder is kept"
    assert example.read_text() == render_tfvars(declarations(model), tfvars_example(model))


# -- kubectl pinned to the providers' context ---------------------------------------------------
def _synthesized(model: Homelab, outdir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(synth(model, outdir).read_text())
    return data


@pytest.mark.parametrize("context", [None, "other-cluster"])
def test_kubectl_is_pinned_to_the_providers_context(model: Homelab, tmp_path: Path, context: str | None) -> None:
    if context is not None:
        model = reshape(model, host=lambda h: dataclasses.replace(h, kube_context=context))
    tf = _synthesized(model, tmp_path / "cdktf.out")
    ref = f"${{var.{KUBE_CONTEXT}}}"
    assert tf["variable"][KUBE_CONTEXT]["default"] == model.host.kube_context
    assert [p["config_context"] for p in tf["provider"]["kubernetes"]] == [ref]
    assert [p["kubernetes"]["config_context"] for p in tf["provider"]["helm"]] == [ref]
    commands = [
        provisioner["local-exec"]["command"]
        for resource in tf["resource"]["null_resource"].values()
        for provisioner in resource["provisioner"]
    ]
    assert len(commands) == len(model.terraform_applications())
    for command in commands:
        assert command.startswith(f"kubectl --context '{ref}' "), command
        assert command.count("kubectl") == 1


def test_unwritable_output_is_one_line(
    model: Homelab, layer0_main: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be")
    example = tmp_path / "terraform.tfvars.example"
    assert layer0_main.main(["--outdir", str(blocker / "cdktf.out")], model=model, example=example) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"layer0: cannot write {blocker}") and line.endswith("Fix its permissions or free space.")
    assert not example.exists()
