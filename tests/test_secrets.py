"""The secrets scanner (detect-secrets plugins + our keyword rules) on every string synth and Layer 0 write.

Each miss of the old hand-written detector (issue 9) is a probe that must be found, by the plugin or
rule named here; the real homelab must pass with no finding anywhere. Fake secrets are assembled at
run time so that no scanner mistakes this file for a leak.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import plistlib
from collections.abc import Callable
from pathlib import Path

import pytest
from homelab.checks.objects import Inventory
from homelab.checks.scanner import scanner
from homelab.checks.secrets import FIX_GIT, FIX_TERRAFORM, check, check_files
from homelab.checks.violation import Violation
from homelab.layer0.stack import synth
from homelab.layer0.tfvars import render as render_tfvars
from homelab.layer0.variables import declarations, tfvars_example
from homelab.model import Application, Homelab
from homelab.pipeline import main

from tests.conftest import default_rendering
from tests.surgery import replace

HEX_TOKEN = "9f86d081" + "884c7d65" + "9a2feaa0" + "c55ad015"
PEM = "-----BEGIN RSA " + "PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7Kq2\n-----END RSA " + "PRIVATE KEY-----\n"
PGP = "-----BEGIN PGP " + "PRIVATE KEY BLOCK-----\n\nlQOYBGXk\n-----END PGP PRIVATE KEY BLOCK-----\n"
TAILSCALE = "tskey-" + "auth-" + "kB7x9Qp3CNTRL-4fG8hJ2kL9mN3pQ5rS7tV1wX"
GITHUB = "ghp_" + "x7Kq2" * 8

#: probe → (setting name or None, value, label, plugin or rule that finds it)
PROBES: dict[str, tuple[str | None, str, str, str]] = {
    "hex-token-under-token": ("token", HEX_TOKEN, "a literal token", "keyword"),
    "hex-token-under-API_TOKEN": ("API_TOKEN", HEX_TOKEN, "a literal API_TOKEN", "keyword"),
    "PGPASSWORD": ("PGPASSWORD", "s3cr3t-Pg-2024", "a literal PGPASSWORD", "keyword"),
    "DB_PASS": ("DB_PASS", "Winter2024!x", "a literal DB_PASS", "keyword"),
    "adminpassword-in-yaml": (
        "config.yaml",
        "auth:\n  adminpassword: hunter2hunter2\n",
        "a literal adminpassword",
        "keyword",
    ),
    "PGPASSWORD-in-env-file": ("app.env", "PGHOST=db\nPGPASSWORD=s3cr3t-Pg-2024\n", "a literal PGPASSWORD", "keyword"),
    "pgp-private-key": (None, PGP, "a private key", "PrivateKeyDetector"),
    "base64-pem-under-tls.key": (
        "tls.key",
        base64.b64encode(PEM.encode()).decode(),
        "a base64-encoded private key",
        "PrivateKeyDetector",
    ),
    "tailscale-auth-key": (None, TAILSCALE, "a Tailscale key", "TailscaleKeyDetector"),
    "url-password-with-slash": (
        "DATABASE_URL",
        "postgres://app:" + "pa/ss+w0rd@db:5432/app",
        "a password in a URL",
        "UrlPasswordDetector",
    ),
    "passphrase-under-password": ("password", "correct horse battery staple", "a literal password", "keyword"),
    "password-in-hcl-expression": (
        None,
        '${yamlencode({"auth" = {"password" = "' + "hunter2-literal" + '"}})}',
        "a literal password",
        "keyword",
    ),
    "github-token": (None, f"GITHUB_TOKEN={GITHUB}", "a GitHub token", "GitHubTokenDetector"),
    "jwt": (
        None,
        "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
        "a JSON Web Token",
        "JwtTokenDetector",
    ),
}


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_scanner_finds(probe: str) -> None:
    key, value, label, rule = PROBES[probe]
    found = scanner().value(key, value)
    assert found is not None, probe
    assert (found.label, found.rule) == (label, rule)
    assert len(found.sample.rstrip("…")) <= min(4, len(value) // 4), "samples stay redacted"


#: Shapes the real homelab writes that name or point at a secret without holding one.
NOT_SECRETS: dict[str, tuple[str | None, str]] = {
    "tfvars-placeholder": ("infisical_postgres_password", "CHANGE-ME"),
    "terraform-reference": ("password", "${var.infisical_postgres_password}"),
    "bare-terraform-reference-in-hcl": (None, '{"password" = var.infisical_postgres_password}'),
    "grafana-file-reference": ("admin_password", "$__file{/etc/secrets/admin-password}"),
    "argocd-secret-reference": ("clientSecret", "$oidc.argocd.clientSecret"),
    "secret-key-ref-name": ("name", "openclaw-secret"),
    "existing-secret": ("existingSecret", "grafana-secret"),
    "password-key": ("passwordKey", "admin-password"),
    "eso-secret-key": ("secretKey", "OPENAI_API_KEY"),
    "env-expansion-in-url": ("DATABASE_URL", "postgres://app:$(DB_PASSWORD)@db:5432/app"),
    "port-and-at-in-url": (None, "http://host:8080/login?next=user@example.org"),
    "template": ("password", "{{ .pgPassword }}"),
    "short-word": ("token", "none"),
}


@pytest.mark.parametrize("case", sorted(NOT_SECRETS))
def test_scanner_passes(case: str) -> None:
    key, value = NOT_SECRETS[case]
    assert scanner().value(key, value) is None


# -- the real homelab: no false positive in anything synth or Layer 0 writes ---------------------
def test_real_homelab_has_no_finding(model: Homelab, tmp_path: Path) -> None:
    rendering = default_rendering()
    inventory = Inventory(rendering.manifests, [])
    found = [str(v) for v in literals(model, inventory)]
    found += [str(v) for v in check_files({p: d for p, d in rendering.files.items() if p.startswith("launchd/")})]
    tf = synth(model, tmp_path / "cdktf.out")
    found += [str(v) for v in check_files({"cdk.tf.json": tf.read_bytes()}, FIX_TERRAFORM)]
    found += [
        str(v)
        for v in check_files(
            {"terraform.tfvars.example": render_tfvars(declarations(model), tfvars_example(model)).encode()}
        )
    ]
    assert found == []
    assert any(p.startswith("launchd/") for p in rendering.files), "the launchd files were scanned"


# -- where each rendering's findings are reported -------------------------------------------------
def literals(model: Homelab, inventory: Inventory) -> list[Violation]:
    """The secrets check's findings of literals (a lone object also has references nothing produces)."""
    return [v for v in check(model, inventory) if v.rule == "no-secrets-in-git"]


def _config_map(data: dict[str, str]) -> dict[str, object]:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app", "namespace": "demo"}, "data": data}


def test_embedded_file_in_a_config_map(model: Homelab) -> None:
    """Every string is scanned, including files embedded in ConfigMap data."""
    env = f"PGHOST=db\nAPI_TOKEN={HEX_TOKEN}\n"
    (violation,) = literals(model, Inventory({"demo": [_config_map({"app.env": env})]}, []))
    assert str(violation) == (
        "ConfigMap 'demo/app': data['app.env'] contains what looks like a literal API_TOKEN ('9f86…'). "
        f"{FIX_GIT} [no-secrets-in-git]"
    )
    assert HEX_TOKEN not in str(violation)


def test_terraform_applied_application_gets_the_terraform_fix(model: Homelab) -> None:
    """An Application Terraform applies never reaches dist/, but it reaches cdk.tf.json: scanned too."""
    app = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": "demo", "namespace": "argocd"},
        "spec": {"source": {"helm": {"valuesObject": {"auth": {"password": "correct horse battery staple"}}}}},
    }
    found = literals(model, Inventory({}, [app]))
    assert [str(v) for v in found] == [
        "Application 'demo': spec.source.helm.valuesObject.auth.password contains what looks like a literal "
        f"password ('corr…'). {FIX_TERRAFORM} [no-secrets-in-git]"
    ]


def test_launchd_property_list_and_script() -> None:
    plist = plistlib.dumps({"Label": "x", "EnvironmentVariables": {"TS_AUTHKEY": TAILSCALE}})
    script = b"#!/bin/bash\nset -euo pipefail\nexport PGPASSWORD='s3cr3t-Pg-2024'\n"
    assert [str(v) for v in check_files({"launchd/x.plist": plist, "launchd/x.sh": script})] == [
        "launchd/x.plist: EnvironmentVariables.TS_AUTHKEY contains what looks like a Tailscale key ('tske…'). "
        f"{FIX_GIT} [no-secrets-in-git]",
        f"launchd/x.sh: line 3 contains what looks like a literal PGPASSWORD ('s3c…'). {FIX_GIT} [no-secrets-in-git]",
    ]


def test_helm_set_in_terraform_json() -> None:
    """A non-sensitive Terraform slot (a Helm ``set``) holding a literal secret."""
    tf = {
        "resource": {
            "helm_release": {"argocd": {"set": [{"name": "configs.secret.clientSecret", "value": "hunter2-literal"}]}}
        }
    }
    (violation,) = check_files({"cdk.tf.json": json.dumps(tf).encode()}, FIX_TERRAFORM)
    assert str(violation) == (
        "cdk.tf.json: resource.helm_release.argocd.set[0].value contains what looks like a literal "
        f"configs.secret.clientSecret ('hun…'). {FIX_TERRAFORM} [no-secrets-in-git]"
    )


# -- end to end through `make synth` -------------------------------------------------------------
def with_app(model: Homelab, name: str, change: Callable[[Application], Application]) -> Homelab:
    """The one place tests reshape the model (through its read-only views)."""
    app = model.application(name)
    new = change(app)
    return replace(model, app, **{f.name: getattr(new, f.name) for f in dataclasses.fields(new)})


def test_synth_refuses_a_secret_in_a_git_rendered_application(
    model: Homelab, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terraform = {a.name for a in model.terraform_applications()} | {model.root_app}
    app = next(a for a in model.applications if a.name not in terraform)
    bad = with_app(model, app.name, lambda a: dataclasses.replace(a, labels={**a.labels, "api-token": HEX_TOKEN}))
    assert main(["--root", str(tmp_path)], model=bad) == 1
    err = capsys.readouterr().err
    assert (
        f"  - Application {app.name!r}: metadata.labels.api-token contains what looks like a literal api-token "
        f"('9f86…'). {FIX_GIT} [no-secrets-in-git]"
    ) in err.splitlines()
    assert HEX_TOKEN not in err
    assert list(tmp_path.iterdir()) == []
