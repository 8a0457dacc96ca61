"""Spec ``terraform``: the Layer 0 stack cdktn synthesizes, resource by resource (and the Argo CD NodePorts it sets)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from homelab.layer0.stack import synth
from homelab.model import Homelab

from tests.conftest import REPO
from tests.test_layer0 import normalize, parse_expression
from tests_spec.conftest import SPEC

Json = dict[str, Any]


@pytest.fixture(scope="module")
def tf(model: Homelab, tmp_path_factory: pytest.TempPathFactory) -> Json:
    path: Path = synth(model, tmp_path_factory.mktemp("layer0") / "cdktf.out")
    data: Json = normalize(json.loads(path.read_text()))
    return data


def test_matches_the_spec(tf: Json, model: Homelab) -> None:
    """Terraform block, providers, every resource attribute and Helm set, variables, locals, outputs."""
    spec = SPEC["terraform"]
    expression = re.compile(
        r"(var|local|path|kubernetes_namespace|helm_release|local_file|null_resource)\.\S+|\w+\(.*\)", re.S
    )

    def expected(value: Any) -> Any:
        """The spec writes HCL expressions bare (``var.x``); Terraform JSON wraps them in ``${}``."""
        if isinstance(value, str):
            value = value.replace("${param.repo_url}", model.params.repo_url)
            return "${" + value + "}" if expression.fullmatch(value) else value
        if isinstance(value, dict):
            return {k: expected(v) for k, v in value.items()}
        if isinstance(value, list):
            return [expected(v) for v in value]
        return value

    def canon(value: Any) -> Any:
        """Function calls compared without quotes and spaces: ``{"a" = 1}`` is ``{a = 1}``."""
        if isinstance(value, str) and value.startswith("${") and "(" in value:
            return re.sub(r'[\s"]', "", value)
        if isinstance(value, dict):
            return {k: canon(v) for k, v in value.items()}
        if isinstance(value, list):
            return [canon(v) for v in value]
        return value

    block = tf["terraform"]
    assert block["required_version"] == spec["terraform_block"]["required_version"]
    assert block["required_providers"] == spec["terraform_block"]["required_providers"]
    assert list(block["backend"]) == [spec["terraform_block"]["backend"]]
    for name, config in spec["providers"].items():
        assert tf["provider"][name] == [expected(config)], name

    for res in spec["resources"]:
        ours = tf["resource"][res["type"]][res["name"]]
        for path, want in res["attributes"].items():
            if path == "provisioner_local_exec_command":
                got = ours["provisioner"][0]["local-exec"]["command"]
                # A deliberate deviation (issue 9): every kubectl call is pinned to the providers' context.
                got = re.sub(r"^kubectl --context '\$\{var\.\w+\}' ", "kubectl ", got)
            else:
                got = ours
                for part in path.split("."):
                    got = got[part]
            want = want if path == "depends_on" else expected(want)  # addresses, not expressions
            assert canon(got) == canon(want), f"{res['type']}.{res['name']} {path}"
        for kind in ("set", "set_sensitive"):
            want_sets = res.get(kind, [])
            assert len(ours.get(kind, [])) == len(want_sets), kind
            for got_set, want_set in zip(ours.get(kind, []), want_sets, strict=True):
                assert got_set["name"] == want_set.get("hcl_name", want_set["key"]).replace("\\\\", "\\")
                if "value_yamlencode_of" in want_set:
                    assert parse_expression(got_set["value"]) == want_set["value_yamlencode_of"]
                else:
                    assert got_set["value"] == expected(want_set["value"]), got_set["name"]
    resources = {(t, n) for t, by_name in tf["resource"].items() for n in by_name}
    assert resources == {(r["type"], r["name"]) for r in spec["resources"]}

    assert set(tf["variable"]) == {v["name"] for v in spec["variables"]}
    for var in spec["variables"]:
        ours = tf["variable"][var["name"]]
        assert ours["type"] == var["type"]
        assert ours.get("sensitive", False) == var["sensitive"], var["name"]
        assert ours.get("default") == expected(var["default"]), var["name"]
        assert ours["description"] == var["description"], var["name"]

    assert set(tf["locals"]) == {local["name"] for local in spec["locals"]}

    assert set(tf["output"]) == {output["name"] for output in spec["outputs"]}
    for output in spec["outputs"]:
        ours = tf["output"][output["name"]]
        assert ours["description"] == output["description"].removesuffix(" (heredoc)")
        if "value" in output:
            assert ours["value"] == output["value"], output["name"]
        else:
            assert len(re.findall(r"^ {2}\d+\. ", ours["value"], re.M)) == len(output["steps"])

    example = (REPO / "cdktf" / "terraform.tfvars.example").read_text()
    assert re.findall(r"^(\w+) = ", example, re.M) == spec["tfvars_example_variable_names"]


def test_argocd_node_ports(tf: Json) -> None:
    """``node_ports.argocd-server``: the Helm release sets the spec's HTTP and HTTPS NodePorts."""
    entry = SPEC["node_ports"]["argocd-server"]
    sets = {s["name"]: s["value"] for s in tf["resource"]["helm_release"]["argocd"]["set"]}
    ports = {name.rsplit(".", 1)[1]: int(v) for name, v in sets.items() if name.startswith("server.service.nodePorts.")}
    assert ports == {"http": entry["http"], "https": entry["https"]}
