"""Security rules with written exemptions (issue 9 item 8): cluster-wide RBAC, internet egress, API tokens.

Each rule is fed a bad input and must refuse it with one exact message, exit 1 and the tree untouched;
the exemption block synth prints is recomputed here from the model, field by field. Objects are
picked by what they are (``a workload with a ServiceAccount``), never by today's names.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from homelab.checks import check_rendered
from homelab.k8s import security as netpol_renderer
from homelab.k8s.workloads import deployment as deployment_renderer
from homelab.model import AllowInternetEgress, Homelab
from homelab.model.network import ANY_ADDRESS, PRIVATE_RANGES
from homelab.model.service import Internet, Service
from homelab.model.workloads import PolicyRule, Role, Workload
from homelab.pipeline import main, render

from tests import sample, test_gate_holes
from tests.conftest import default_rendering
from tests.surgery import first, nodes, replace
from tests.test_gate_holes import Run

# Synth on a broken model: exit 1, the tree untouched, the printed problems (shared with the gate-hole tests).
refused = test_gate_holes.refused


def _with_service_account(model: Homelab) -> Workload:
    return first(model, Workload, lambda w: w.service_account is not None)


def _internet_egress(model: Homelab) -> Iterator[tuple[str, AllowInternetEgress]]:
    for policies in model.network_policies:
        for rule in policies.rules:
            if isinstance(rule, AllowInternetEgress):
                yield policies.namespace, rule


# -- rbac-scope ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "grant"),
    [
        (
            PolicyRule(api_groups=("apps",), resources=("deployments", "statefulsets"), verbs=("get", "patch")),
            "patch deployments.apps, statefulsets.apps",
        ),
        (
            PolicyRule(api_groups=("",), resources=("pods",), verbs=("delete", "deletecollection")),
            "delete/deletecollection pods",
        ),
        (PolicyRule(api_groups=("*",), resources=("*",), verbs=("get", "list")), "get/list *.*"),
    ],
    ids=["write", "two-writes", "wildcard"],
)
def test_cluster_role_that_writes_needs_a_reason(model: Homelab, refused: Run, rule: PolicyRule, grant: str) -> None:
    workload = _with_service_account(model)
    name = f"{workload.name}-cluster-writer"
    role = Role(name=name, binding=name, cluster=True, rules=(rule,))
    problems = refused(replace(model, workload, roles=(*workload.roles, role)))
    assert problems == [
        f"ClusterRole {name!r}: is bound cluster-wide (ClusterRoleBinding {name!r}) and grants {grant} in every "
        "namespace, with no written reason. Narrow it to a namespaced Role, or write why it needs this cluster-wide "
        "on its model Role (cluster_write_reason='<why>'). [rbac-scope]"
    ]


def test_every_reason_of_the_model_is_needed(model: Homelab, refused: Run) -> None:
    """Dropping each written RBAC reason makes synth refuse that ClusterRole, and only it."""
    reasoned = [r for _, r in nodes(model) if isinstance(r, Role) and r.cluster_write_reason is not None]
    for role in reasoned:
        problems = refused(replace(model, role, cluster_write_reason=None))
        assert len(problems) == 1 and problems[0].startswith(f"ClusterRole {role.name!r}: is bound cluster-wide")
        assert problems[0].endswith("[rbac-scope]")


def test_namespaced_and_read_only_roles_pass(model: Homelab, rendering: Any) -> None:
    """Namespaced Roles may write and read Secrets; synth names those that read Secrets or exec into pods."""
    for w in model.workloads:
        for role in w.roles:
            if role.cluster:
                continue
            secrets = any("secrets" in r.resources and {"get", "list", "watch"} & set(r.verbs) for r in role.rules)
            execs = any("pods/exec" in r.resources for r in role.rules)
            named = [n for n in rendering.notices if n.startswith(f"Role '{w.namespace}/{role.name}': ")]
            assert bool(named) == (secrets or execs), (role.name, rendering.notices)
            if named:
                assert ("reads Secrets" in named[0]) == secrets and ("pods/exec" in named[0]) == execs


def test_empty_rbac_reason(model: Homelab, refused: Run) -> None:
    workload = first(model, Workload, lambda w: any(r.cluster_write_reason for r in w.roles))
    role = first(workload, Role, lambda r: r.cluster_write_reason is not None)
    assert refused(replace(model, role, cluster_write_reason="  ")) == [
        f"Role {role.name!r} of Workload '{workload.namespace}/{workload.name}': has an empty cluster_write_reason; "
        "an exemption must say why the role needs to write cluster-wide. Write the reason, or drop it and narrow "
        "the role. [rbac-scope]"
    ]


# -- internet-egress -----------------------------------------------------------------------------


def test_internet_egress_excepts_private_ranges_and_tailnet_unless_exempt(model: Homelab) -> None:
    rendered = {
        (m["metadata"]["namespace"], m["metadata"]["name"]): m
        for objects in default_rendering().manifests.values()
        for m in objects
        if m["kind"] == "NetworkPolicy"
    }
    found = list(_internet_egress(model))
    assert found, "the model opens no internet egress; nothing to check"
    for namespace, rule in found:
        block = rendered[namespace, rule.name]["spec"]["egress"][0]["to"][0]["ipBlock"]
        expected = [] if rule.private_ranges_reason is not None else [*PRIVATE_RANGES, model.tailnet.cidr]
        assert block["cidr"] == ANY_ADDRESS and block.get("except", []) == expected, (namespace, rule.name)


def _exempt_relation(model: Homelab) -> tuple[str, Internet]:
    """A service's Internet relation that carries a written reason, and the namespace it opens."""
    relation = first(model, Internet, lambda i: i.private_ranges_reason is not None)
    service = first(model, Service, lambda s: relation in s.egress)
    return service.namespace.name, relation


def test_dropping_an_egress_exemption_renders_the_excepts(model: Homelab) -> None:
    namespace, _ = _exempt_relation(model)
    # every service of that namespace drops its reason (they share one policy)
    strict = model
    for other in [
        i for s in model.services if s.namespace.name == namespace for i in s.egress if isinstance(i, Internet)
    ]:
        strict = replace(strict, other, private_ranges_reason=None)
    rule = next(r for ns, r in _internet_egress(strict) if ns == namespace)
    policy = next(
        m
        for objects in render(strict).manifests.values()
        for m in objects
        if m["kind"] == "NetworkPolicy" and m["metadata"] == {"name": rule.name, "namespace": namespace}
    )
    assert policy["spec"]["egress"][0]["to"][0]["ipBlock"]["except"] == [*PRIVATE_RANGES, model.tailnet.cidr]


def test_rendered_internet_egress_without_excepts_is_refused(model: Homelab) -> None:
    """A rendered 0.0.0.0/0 that the model does not exempt (a hand edit, a renderer bug)."""
    manifests = copy.deepcopy({k: list(v) for k, v in default_rendering().manifests.items()})
    exempt = {(ns, r.name) for ns, r in _internet_egress(model) if r.private_ranges_reason is not None}
    policy = next(
        m
        for objects in manifests.values()
        for m in objects
        if m["kind"] == "NetworkPolicy" and (m["metadata"]["namespace"], m["metadata"]["name"]) not in exempt
    )
    policy["spec"]["egress"] = [
        {"to": [{"ipBlock": {"cidr": ANY_ADDRESS, "except": [PRIVATE_RANGES[0]]}}], "ports": [{"port": 443}]}
    ]
    found = [str(v) for v in check_rendered(model, manifests) if v.rule == "internet-egress"]
    missing = ", ".join([*PRIVATE_RANGES[1:], model.tailnet.cidr])
    assert found == [
        f"NetworkPolicy '{policy['metadata']['namespace']}/{policy['metadata']['name']}': egress rule 0 allows "
        f"{ANY_ADDRESS} without excepting {missing}, so its pods reach the home network and the tailnet, not only "
        "the internet. Except those ranges (AllowInternetEgress renders them unless exempt), or write why the "
        "namespace needs them (Internet(ports=..., private_ranges_reason='<why>') in the service's egress). "
        "[internet-egress]"
    ]


@pytest.fixture
def forgetful_renderers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Renderers that forget the excepts and the token derivation."""
    monkeypatch.setattr(netpol_renderer, "internet_excepts", lambda rule, cidr: ())
    monkeypatch.setattr(deployment_renderer, "token_mount", lambda workload, account, accounts: None)
    yield
    monkeypatch.undo()


def test_synth_refuses_what_a_forgetful_renderer_writes(
    model: Homelab, refused: Run, forgetful_renderers: None
) -> None:
    """Exit 1 and the tree untouched: unexempt internet egress and unused tokens, one message each (the sample
    web service of ``tests/sample.py`` is bound to no role, so at least its token is refused)."""
    model = sample.with_sample(model)
    problems = refused(model)
    egress = sorted(
        f"NetworkPolicy '{ns}/{r.name}'" for ns, r in _internet_egress(model) if r.private_ranges_reason is None
    )
    unbound = sorted(
        f"Deployment '{w.namespace}/{w.deployment.name}'"
        for w in model.workloads
        if w.deployment is not None
        and (w.namespace, w.deployment.service_account or "default") not in model.api_service_accounts()
    )
    assert sorted(p.split(": ", 1)[0] for p in problems if p.endswith("[internet-egress]")) == egress
    assert sorted(p.split(": ", 1)[0] for p in problems if p.endswith("[api-token]")) == unbound
    assert len(problems) == len(egress) + len(unbound)
    assert f"Deployment '{sample.NAME}/{sample.NAME}'" in unbound


def test_empty_egress_reason(model: Homelab, refused: Run) -> None:
    namespace, relation = _exempt_relation(model)
    rule = next(r for ns, r in _internet_egress(model) if ns == namespace)
    assert refused(replace(model, relation, private_ranges_reason="")) == [
        f"NetworkPolicy '{namespace}/{rule.name}': has an empty private_ranges_reason; an exemption must say why "
        "the namespace needs the private ranges and the tailnet. Write the reason, or drop it (the private ranges "
        "are then excepted). [internet-egress]"
    ]


# -- api-token -----------------------------------------------------------------------------------


def test_pods_bound_to_no_role_mount_no_token(model: Homelab) -> None:
    paths = {"Deployment": ("spec", "template", "spec"), "CronJob": ("spec", "jobTemplate", "spec", "template", "spec")}
    seen = 0
    for objects in default_rendering().manifests.values():
        for m in objects:
            if m["kind"] not in paths:
                continue
            pod = m
            for key in paths[m["kind"]]:
                pod = pod[key]
            account = (m["metadata"]["namespace"], pod.get("serviceAccountName", "default"))
            bound = account in model.api_service_accounts()
            assert pod.get("automountServiceAccountToken") is (None if bound else False), m["metadata"]
            seen += 1
    assert seen


def test_rendered_token_without_binding_is_refused(model: Homelab) -> None:
    manifests = copy.deepcopy({k: list(v) for k, v in default_rendering().manifests.items()})
    deployment = next(m for objects in manifests.values() for m in objects if m["kind"] == "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    pod["serviceAccountName"] = "nobody-binds-this"
    pod["automountServiceAccountToken"] = True
    found = [str(v) for v in check_rendered(model, manifests) if v.rule == "api-token"]
    assert found == [
        f"Deployment '{deployment['metadata']['namespace']}/{deployment['metadata']['name']}': mounts a "
        "ServiceAccount token (automountServiceAccountToken is true) but its ServiceAccount 'nobody-binds-this' is "
        "bound to no Role or ClusterRole, so the pod carries an API credential it never uses. Set "
        "automountServiceAccountToken: false on the pod (the workload renderers derive it from the model's Roles). "
        "[api-token]"
    ]


# -- the exemptions synth prints -------------------------------------------------------------------


def _expected(model: Homelab) -> list[tuple[str, str, str]]:
    """Every written reason of the model as (object, rule, reason), read field by field."""
    found = [(f"Namespace {ns.name!r}", "pod-security-labels", ns.pss_exemption) for ns in model.namespaces]
    found += [
        (f"Workload '{w.namespace}/{w.name}' container {c.name!r}", "images", c.unpinned_image_reason)
        for w in model.workloads
        for c in w.containers()
    ]
    found += [
        (f"ClusterRole {r.name!r}", "rbac-scope", r.cluster_write_reason) for w in model.workloads for r in w.roles
    ]
    found += [
        (f"NetworkPolicy '{ns}/{r.name}'", "internet-egress", r.private_ranges_reason)
        for ns, r in _internet_egress(model)
    ]
    found += [(a.where, "accepted-risk", f"{a.name}: {a.reason}") for a in model.accepted_risks]
    return [(subject, rule, reason) for subject, rule, reason in found if reason]


def test_synth_prints_every_written_reason(model: Homelab, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--dry-run"], model=model) == 0
    out = capsys.readouterr().out.splitlines()
    expected = [f"{subject}: {rule}: {reason}" for subject, rule, reason in _expected(model)]
    start = out.index(f"exemptions: {len(expected)} written reason{'' if len(expected) == 1 else 's'}")
    assert sorted(line.removeprefix("  ") for line in out[start + 1 : start + 1 + len(expected)]) == sorted(expected)


def test_security_page_lists_every_written_reason(model: Homelab) -> None:
    risks = default_rendering().files["docs/security.md"].decode().split("## Accepted risks", 1)[1]
    for subject, rule, reason in _expected(model):
        assert f"{subject} (`{rule}`): {reason}" in risks, subject


def test_argocd_admin_default_is_an_accepted_risk(model: Homelab) -> None:
    """The spec keeps policy.default role:admin; the model must name it where it is set."""
    admin = [
        s
        for s in model.argocd_release.settings
        if s.path[-2:] == ("rbac", "policy.default") and s.value == "role:admin"
    ]
    if not admin:
        pytest.skip("the Argo CD release does not make everyone admin")
    assert any(model.argocd_release.name in a.where and "role:admin" in a.name for a in model.accepted_risks)
