"""The rendered diff (``make diff``): objects grouped by Application, the attention list, both formats,
reading the committed side from git, and a real chart bump that writes nothing."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from homelab.model import HelmSource, Homelab
from homelab.output import dump_yaml, manifest_file_name, publish, read_tree
from homelab.pipeline import MANAGED_FOLDERS
from homelab.review import diff as review_diff
from homelab.review.format import markdown, text
from homelab.review.git import RevisionError, committed_files
from homelab.review.semantic import ABSENT, Attention, Category, Change, File, ReviewDiff, compare

from tests.conftest import REPO, default_rendering
from tests.surgery import replace

# -- fixtures: two small renderings -----------------------------------------------------------------


def deployment(*, image: str, secret_key: str, extra_env: bool = False) -> dict[str, Any]:
    env: list[dict[str, Any]] = [
        {"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "web-secret", "key": secret_key}}},
    ]
    if extra_env:
        env.insert(0, {"name": "MODE", "value": "fast"})  # inserted first: must not shift TOKEN's identity
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "web"},
        "spec": {"template": {"spec": {"containers": [{"name": "web", "image": image, "env": env}]}}},
    }


def service(node_port: int) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "web", "namespace": "web"},
        "spec": {"type": "NodePort", "ports": [{"name": "http", "port": 80, "nodePort": node_port}]},
    }


def cluster_role(verbs: list[str]) -> dict[str, Any]:
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRole",
        "metadata": {"name": "web-reader"},
        "rules": [{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": verbs}],
    }


def network_policy(port: int) -> dict[str, Any]:
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "allow-egress", "namespace": "web"},
        "spec": {"podSelector": {}, "egress": [{"ports": [{"port": port, "protocol": "TCP"}]}]},
    }


def namespace(level: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": "web", "labels": {"pod-security.kubernetes.io/enforce": level}},
    }


def external_secret(remote_key: str) -> dict[str, Any]:
    return {
        "apiVersion": "external-secrets.io/v1",
        "kind": "ExternalSecret",
        "metadata": {"name": "web-secret", "namespace": "web"},
        "spec": {"data": [{"secretKey": "TOKEN", "remoteRef": {"key": remote_key}}]},
    }


def application(chart: str, version: str) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": "web", "namespace": "argocd"},
        "spec": {"source": {"chart": chart, "repoURL": "https://charts.example", "targetRevision": version}},
    }


def app_project(destinations: list[str]) -> dict[str, Any]:
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "AppProject",
        "metadata": {"name": "apps", "namespace": "argocd"},
        "spec": {"destinations": [{"namespace": n, "server": "https://kubernetes.default.svc"} for n in destinations]},
    }


def config_map(name: str) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "web"}, "data": {}}


def files(objects: Mapping[str, list[dict[str, Any]]], extra: Mapping[str, File] | None = None) -> dict[str, File]:
    rendered = {
        f"dist/{app}/{manifest_file_name(obj)}": File(data=dump_yaml(obj))
        for app, objs in objects.items()
        for obj in objs
    }
    return {**rendered, **(extra or {})}


SERVE_OLD = "#!/bin/bash\n# comment 8446\nserve 8446 30100 Web\n"
SERVE_NEW = "#!/bin/bash\n# comment 8446\nserve 8446 30101 Web\n"

OLD = files(
    {
        "argocd-apps": [application("web-chart", "1.2.3"), app_project(["web"])],
        "web": [
            deployment(image="nginx:1.27", secret_key="TOKEN"),
            service(30100),
            cluster_role(["get"]),
            network_policy(443),
            external_secret("web/token"),
            config_map("gone"),
        ],
        "security": [namespace("baseline")],
    },
    {
        "launchd/tailscale-serve.sh": File(data=SERVE_OLD.encode(), executable=True),
        "launchd/start.sh": File(data=b"#!/bin/bash\n", executable=True),
        "launchd/same.plist": File(data=b"<plist/>\n"),
    },
)
NEW = files(
    {
        "argocd-apps": [application("web-chart", "1.3.0"), app_project(["web", "kube-system"])],
        "web": [
            deployment(image="nginx:1.28", secret_key="API_TOKEN", extra_env=True),
            service(30101),
            cluster_role(["get", "list"]),
            network_policy(8443),
            external_secret("web/api-token"),
            config_map("new"),
        ],
        "security": [namespace("restricted")],
    },
    {
        "launchd/tailscale-serve.sh": File(data=SERVE_NEW.encode(), executable=True),
        "launchd/start.sh": File(data=b"#!/bin/bash\n", executable=False),
        "launchd/same.plist": File(data=b"<plist/>\n"),
    },
)


@pytest.fixture(scope="module")
def fixture_diff() -> ReviewDiff:
    return compare(OLD, NEW)


def find(diff: ReviewDiff, category: Category, subject: str) -> list[Attention]:
    return [a for a in diff.attention if a.category is category and a.subject == subject]


# -- semantic ---------------------------------------------------------------------------------------


def test_identical_renderings_have_no_diff() -> None:
    diff = compare(OLD, dict(OLD))
    assert diff.empty and not diff.attention
    assert "no change" in text(diff, ref="HEAD")


def test_objects_grouped_by_application_then_other_folders(fixture_diff: ReviewDiff) -> None:
    groups = {g.name: g for g in fixture_diff.groups}
    assert [g.name for g in fixture_diff.groups] == ["argocd-apps", "security", "web", "launchd"]
    assert groups["web"].folder == "dist/web/"
    web = {o.label: o.change for o in groups["web"].objects}
    assert web["Deployment web/web"] is Change.CHANGED
    assert web["ConfigMap web/gone"] is Change.REMOVED
    assert web["ConfigMap web/new"] is Change.ADDED
    assert web["ClusterRole web-reader"] is Change.CHANGED
    assert {o.label for o in groups["launchd"].objects} == {"launchd/tailscale-serve.sh", "launchd/start.sh"}


@pytest.mark.parametrize(
    ("category", "subject", "old", "new"),
    [
        (Category.CHART, "Application argocd/web", "1.2.3", "1.3.0"),
        (Category.IMAGE, "Deployment web/web", "nginx:1.27", "nginx:1.28"),
        (Category.NODE_PORT, "Service web/web", "30100", "30101"),
        (Category.POD_SECURITY, "Namespace web", "baseline", "restricted"),
        (Category.SECRET, "Deployment web/web", "TOKEN", "API_TOKEN"),
        (Category.SECRET, "ExternalSecret web/web-secret", "web/token", "web/api-token"),
        (Category.RBAC, "ClusterRole web-reader", "apps: deployments [get]", ABSENT),
        (Category.RBAC, "ClusterRole web-reader", ABSENT, "apps: deployments [get,list]"),
        (Category.TAILSCALE, "launchd/tailscale-serve.sh", "serve 8446 30100 Web", "serve 8446 30101 Web"),
        (Category.MODE, "launchd/start.sh", "yes", "no"),
    ],
)
def test_attention_names_old_and_new(
    fixture_diff: ReviewDiff, category: Category, subject: str, old: str, new: str
) -> None:
    assert (old, new) in [(a.old, a.new) for a in find(fixture_diff, category, subject)]


def test_network_policy_spec_change_is_called_out(fixture_diff: ReviewDiff) -> None:
    [item] = find(fixture_diff, Category.NETWORK_POLICY, "NetworkPolicy web/allow-egress")
    assert item.detail == "egress"  # only the section that changed, not the unchanged podSelector
    assert '"port": 443' in item.old and '"port": 8443' in item.new


def test_appproject_access_is_called_out(fixture_diff: ReviewDiff) -> None:
    [item] = find(fixture_diff, Category.RBAC, "AppProject argocd/apps")
    assert item.detail == "destinations" and "kube-system" in item.new and "kube-system" not in item.old


def test_ordinary_changes_are_not_called_out(fixture_diff: ReviewDiff) -> None:
    """The inserted env var MODE is a plain value; the ConfigMaps are plain data; comments are not ports."""
    assert not [a for a in fixture_diff.attention if "MODE" in a.detail or "ConfigMap" in a.subject]
    assert not [a for a in fixture_diff.attention if "comment" in a.old + a.new]


def test_renamed_file_is_the_same_object() -> None:
    old = {"dist/web/old-name.yaml": File(data=dump_yaml(service(30100)))}
    new = {"dist/web/new-name.yaml": File(data=dump_yaml(service(30100)))}
    [group] = compare(old, new).groups
    [obj] = group.objects
    assert (obj.change, obj.old_path, obj.new_path) == (Change.CHANGED, *old, *new)


# -- formats ----------------------------------------------------------------------------------------


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_text_lists_every_object_then_the_unified_diff(fixture_diff: ReviewDiff) -> None:
    out = text(fixture_diff, ref="main")
    assert not ANSI.search(out)
    assert "chart web-chart 1.2.3 → 1.3.0" in out
    for group in fixture_diff.groups:
        for obj in group.objects:
            assert f"  {obj.change} {obj.label}\n" in out
    assert "-    targetRevision: 1.2.3\n+    targetRevision: 1.3.0\n" in out
    assert out.index("Attention") < out.index("--- a/")


def test_colour_only_when_asked(fixture_diff: ReviewDiff) -> None:
    coloured = text(fixture_diff, ref="main", color=True)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == text(fixture_diff, ref="main")


def test_colour_auto_follows_terminal_and_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert review_diff.use_color(Tty(), "auto")
    assert not review_diff.use_color(io.StringIO(), "auto")  # piped
    assert review_diff.use_color(io.StringIO(), "always")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not review_diff.use_color(Tty(), "auto")


def test_markdown_has_a_collapsible_section_per_group(fixture_diff: ReviewDiff) -> None:
    out = markdown(fixture_diff, ref="origin/main")
    assert out.count("<details>") == len(fixture_diff.groups) == out.count("</details>")
    assert "`origin/main`" in out
    assert "| `Application argocd/web` | `chart web-chart 1.2.3 → 1.3.0` |" in out
    assert "```diff\n--- a/dist/argocd-apps/" in out
    assert not ANSI.search(out)


def test_markdown_stays_within_its_budget(fixture_diff: ReviewDiff) -> None:
    out = markdown(fixture_diff, ref="main", budget=200)
    assert "run `make diff` for the whole diff" in out
    assert len(out) < len(markdown(fixture_diff, ref="main"))


# -- git: the committed side ------------------------------------------------------------------------


def git(root: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    return subprocess.run([*command, *args], cwd=root, check=True, capture_output=True, text=True).stdout


def commit_tree(root: Path, tree: Mapping[str, bytes], modes: Mapping[str, int]) -> None:
    publish(root, tree, MANAGED_FOLDERS, modes=modes)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "rendered")


def test_committed_files_come_from_git_not_the_working_tree(tmp_path: Path) -> None:
    commit_tree(tmp_path, {"dist/web/a.yaml": b"a: 1\n", "launchd/run.sh": b"#!/bin/bash\n"}, {"launchd/run.sh": 0o755})
    (tmp_path / "dist/web/a.yaml").write_bytes(b"a: 2\n")  # uncommitted edits are not the base
    (tmp_path / "dist/web/b.yaml").write_bytes(b"b: 1\n")
    committed = committed_files(tmp_path, "HEAD", MANAGED_FOLDERS)
    assert {p: (f.data, f.executable) for p, f in committed.items()} == {
        "dist/web/a.yaml": (b"a: 1\n", False),
        "launchd/run.sh": (b"#!/bin/bash\n", True),
    }


def test_unknown_revision_is_one_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit_tree(tmp_path, {"dist/web/a.yaml": b"a: 1\n"}, {})
    with pytest.raises(RevisionError, match=r"no-such-branch: not a commit in .*fetch-depth: 0"):
        committed_files(tmp_path, "no-such-branch", MANAGED_FOLDERS)


# -- the real model: a chart bump -------------------------------------------------------------------


def bump(version: str) -> str:
    """The next patch-ish version: the last number of ``version`` plus one."""
    head, number, tail = re.fullmatch(r"(.*?)(\d+)(\D*)", version).groups()  # type: ignore[union-attr]
    return f"{head}{int(number) + 1}{tail}"


def rendered_applications() -> dict[str, dict[str, Any]]:
    """The Application manifests synth writes to dist/, by name (Terraform's own are not among them)."""
    return {
        m["metadata"]["name"]: m
        for objects in default_rendering().manifests.values()
        for m in objects
        if m["kind"] == "Application"
    }


def with_bumped_chart(model: Homelab) -> tuple[Homelab, str, str, str, str]:
    """The model with the chart of its first rendered Helm Application one version up:
    (model, application, chart, old version, new version)."""
    rendered = rendered_applications()
    app = next(a for a in model.applications if isinstance(a.source, HelmSource) and a.name in rendered)
    assert isinstance(app.source, HelmSource)
    chart = app.source.chart
    new_version = bump(chart.version)
    source = dataclasses.replace(app.source, chart=dataclasses.replace(chart, version=new_version))
    bumped = replace(model, app.source, chart=source.chart)
    return bumped, app.name, chart.name, chart.version, new_version


def test_chart_bump_shows_application_object_and_versions_and_writes_nothing(
    model: Homelab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `make crds` (here: the version checks against vendor/ stood down, as the refreshed
    vendor/ would let them pass), a chart bump is one changed Application, old → new."""
    from homelab.checks import helm_values, schema

    monkeypatch.setattr(helm_values, "check", lambda model: iter(()))
    monkeypatch.setattr(schema, "crd_versions", lambda charts: iter(()))
    rendering = default_rendering()
    commit_tree(tmp_path, rendering.files, rendering.modes)
    before = read_tree(tmp_path, MANAGED_FOLDERS)
    bumped, app_name, chart, old, new = with_bumped_chart(model)
    manifest = rendered_applications()[app_name]
    label = f"Application {manifest['metadata']['namespace']}/{app_name}"

    out = io.StringIO()
    argv = ["HEAD", "--root", str(tmp_path), "--color", "always", "--exit-code"]
    code = review_diff.main(argv, model=bumped, stdout=out)
    shown = ANSI.sub("", out.getvalue())

    assert code == 1  # --exit-code: the output differs
    assert f"chart {chart} {old} → {new}" in shown
    assert f"  ~ {label}\n" in shown
    assert f"+    targetRevision: {new}" in shown
    assert re.search(r"\d+ changed, 0 added, 0 removed in \d+ groups?", shown)
    assert read_tree(tmp_path, MANAGED_FOLDERS) == before
    assert git(tmp_path, "status", "--porcelain") == ""


def test_main_py_forwards_diff(tmp_path: Path) -> None:
    """``python main.py --diff REF`` is the diff command (a wrong REF: one message, exit 2, no traceback)."""
    commit_tree(tmp_path, {"dist/web/a.yaml": b"a: 1\n"}, {})
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--diff", "no-such-ref", "--root", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("diff: no-such-ref: not a commit in ") and "Traceback" not in result.stderr
