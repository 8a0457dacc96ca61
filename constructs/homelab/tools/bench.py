"""``make bench``: how long a whole homelab synth takes, and how render time grows with the catalog.

1. **Floor**: a process that imports cdk8s and cdk8s-plus-27 and synthesizes an empty App (no model
   could synth faster) against ``python main.py --dry-run``. Both run as fresh processes,
   interleaved, several times; the report gives the median of each and the median of the pairs'
   ratios (target: <= 2x).
2. **Scaling**: the real homelab plus N synthetic raw-manifest services (clones of the README's
   ``whoami`` example, each with its own name, namespace, NodePort and Tailscale port), rendered
   in-process by the real :func:`homelab.pipeline.render` (gate, host files and docs included).
   Next to it, a plain PyYAML (``CSafeDumper``) dump of the same manifests: the cost of only writing
   them. Milliseconds per object must not grow with N (no quadratic check).
3. **Breakdown**: where one render's time goes, phase by phase (N = 300), with the jsii round trips
   counted and timed.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homelab.repository import ROOT

REPO = ROOT

FLOOR = """
from homelab.runtime import use_bundled_node
use_bundled_node()
import cdk8s, cdk8s_plus_27
app = cdk8s.App(outdir={outdir!r})
cdk8s.Chart(app, "empty")
app.synth()
"""

#: Synthetic services take NodePorts and Tailscale ports from these bases up (clear of the real ones).
NODE_PORT_BASE = 31000
TAILSCALE_PORT_BASE = 20000


def _time(cmd: list[str], cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO / "constructs")}
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def floor_ratio(runs: int) -> None:
    """Print the whole-synth time next to the framework floor: medians, and the median of the ratios
    of interleaved pairs (a pair shares the machine's state, so drift and other load cancel out)."""
    with tempfile.TemporaryDirectory() as tmp:
        floor_cmd = [sys.executable, "-c", FLOOR.format(outdir=tmp)]
        synth_cmd = [sys.executable, str(REPO / "main.py"), "--dry-run"]
        _time(floor_cmd, REPO)  # warm the bytecode caches of both before measuring
        _time(synth_cmd, REPO)
        floor: list[float] = []
        synth: list[float] = []
        for _ in range(runs):
            floor.append(_time(floor_cmd, REPO))
            synth.append(_time(synth_cmd, REPO))
    f, s = statistics.median(floor), statistics.median(synth)
    ratios = sorted(b / a for a, b in zip(floor, synth, strict=True))
    print(f"runs: {runs} pairs, interleaved, fresh processes")
    print(f"floor  (import cdk8s + cdk8s-plus-27, empty synth): median {f:.3f}s  min {min(floor):.3f}s")
    print(f"homelab (python main.py --dry-run, full render+gate): median {s:.3f}s  min {min(synth):.3f}s")
    print(
        f"ratio: {statistics.median(ratios):.2f}x median of pairs (min {ratios[0]:.2f}x, max {ratios[-1]:.2f}x;"
        " target <= 2.00x)"
    )


def synthetic_service(index: int) -> Any:
    """A clone of the README's ``whoami`` service, unique by ``index`` (name, namespace, ports)."""
    from homelab.catalog import projects
    from homelab.model import Application, Component, Exposure, GitPath, Namespace, PodSecurity, PortMapping, SyncOption
    from homelab.model.service import Internet, Service
    from homelab.model.workloads import (
        Container,
        ContainerPort,
        ContainerSecurity,
        Deployment,
        HttpProbe,
        PodSecurityContext,
        Resources,
        Workload,
    )

    name = f"bench{index:03d}"
    namespace = Namespace(name=name, pod_security=PodSecurity.restricted())
    exposure = Exposure(
        key=name,
        service=f"Bench{index:03d}",
        namespace=name,
        ports=(PortMapping(name="http", container_port=8080, node_port=NODE_PORT_BASE + index),),
        tailscale_port=TAILSCALE_PORT_BASE + index,
    )
    app = Application(
        name=name,
        project=projects.APPS,
        namespace=name,
        component=Component.WEB,
        source=GitPath(),
        sync_options=(SyncOption.CREATE_NAMESPACE,),
    )
    labels = {"app.kubernetes.io/name": name}
    container = Container(
        name=name,
        image="traefik/whoami:v1.10.3",
        args=("--port", "8080"),
        ports=(ContainerPort(name="http"),),
        readiness_probe=HttpProbe(path="/health", port="http"),
        resources=Resources(cpu_request="10m", memory_request="16Mi", cpu_limit="100m", memory_limit="32Mi"),
        security=ContainerSecurity(
            allow_privilege_escalation=False, read_only_root_filesystem=True, drop_capabilities=("ALL",)
        ),
    )
    deployment = Deployment(
        name=name,
        selector=labels,
        pod_labels=labels,
        security=PodSecurityContext(
            run_as_non_root=True, run_as_user=65534, run_as_group=65534, seccomp_runtime_default=True
        ),
        containers=(container,),
    )
    workload = Workload(
        name=name,
        namespace=name,
        application=name,
        exposure=exposure,
        labels=labels,
        deployment=deployment,
    )
    return Service(
        name=name,
        namespace=namespace,
        applications=(app,),
        exposure=exposure,
        egress=(Internet(ports=(443,)),),
        workloads=(workload,),
    )


def grown_model(extra: int) -> Any:
    """The real homelab plus ``extra`` synthetic services."""
    from homelab.catalog import build

    model = build()
    return dataclasses.replace(model, services=(*model.services, *(synthetic_service(i) for i in range(extra))))


def _cpu_seconds() -> float:
    """CPU time of this process and its children still running (the jsii Node process): unlike wall
    time, it does not grow when other work shares the cores. Linux ``/proc``; elsewhere this process only."""
    total = time.process_time()
    tick = os.sysconf("SC_CLK_TCK")
    try:
        tasks = list(Path(f"/proc/{os.getpid()}/task").iterdir())
    except OSError:
        return total
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for pid in children:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return total


def _median_seconds(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` calls of ``action``."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), _cpu_seconds()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(_cpu_seconds() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _render_into(render: Callable[[Any], Any], model: Any, renderings: list[Any]) -> None:
    renderings.append(render(model))


def scaling(sizes: list[int], runs: int, big_runs: int) -> None:
    """Print render time against the number of synthetic services, next to a plain PyYAML dump."""
    import yaml

    from homelab.pipeline import render

    print("\nscaling: real homelab + N synthetic services, in-process render() (gate, host files, docs included)")
    print(f"median of {runs} runs (N >= 300: {big_runs}); PyYAML = yaml.dump_all(CSafeDumper) of the same manifests;")
    print("cpu = CPU time of Python and the jsii Node process (steady when other work shares the cores)")
    print(f"{'N':>5} {'objects':>8} {'render s':>9} {'ms/obj':>7} {'cpu ms/obj':>10} {'pyyaml s':>9} {'ms/obj':>7}")
    render(grown_model(0))  # warm up: imports, jsii kernel, schema loading
    for n in sizes:
        model = grown_model(n)
        renderings: list[Any] = []
        repeat = runs if n < 300 else big_runs
        seconds, cpu = _median_seconds(functools.partial(_render_into, render, model, renderings), repeat)
        objects = [obj for objs in renderings[-1].manifests.values() for obj in objs]
        dump = functools.partial(yaml.dump_all, objects, Dumper=yaml.CSafeDumper, sort_keys=False)
        dumped, _ = _median_seconds(dump, repeat)
        count = len(objects)
        print(
            f"{n:>5} {count:>8} {seconds:>9.3f} {seconds / count * 1000:>7.2f} {cpu / count * 1000:>10.2f}"
            f" {dumped:>9.3f} {dumped / count * 1000:>7.2f}"
        )


def _timed_round_trips() -> tuple[list[float], Callable[[], None]]:
    """Record the seconds of every jsii round trip (request out, answer back) until the returned undo is called."""
    from jsii._kernel.providers import process

    seconds: list[float] = []
    send = process._NodeProcess.send

    def timed(self: Any, request: Any, response_type: Any) -> Any:
        start = time.perf_counter()
        try:
            return send(self, request, response_type)
        finally:
            seconds.append(time.perf_counter() - start)

    process._NodeProcess.send = timed  # type: ignore[method-assign]

    def undo() -> None:
        process._NodeProcess.send = send  # type: ignore[method-assign]

    return seconds, undo


def breakdown(extra: int) -> None:
    """Where a render's time goes, phase by phase, for the real homelab plus ``extra`` services.

    The phases are :func:`homelab.pipeline.render`'s, called one by one; jsii round trips are timed
    inside ``synthesize`` (Python marshalling plus the Node process's work, waiting included).
    """
    from homelab.checks import check_model, check_rendered
    from homelab.checks.secrets import check_files
    from homelab.docs import render_docs
    from homelab.host import render_host
    from homelab.k8s.app import synthesize, terraform_applications
    from homelab.output import dump_yaml

    model = grown_model(extra)
    synthesize(model)  # warm
    phases: list[tuple[str, float]] = []

    def phase(name: str, action: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = action()
        phases.append((name, time.perf_counter() - start))
        return result

    phase("model checks (types, names, relations)", lambda: check_model(model))
    trips, undo = _timed_round_trips()
    try:
        manifests = phase("synthesize (cdk8s via jsii, plain dicts)", lambda: dict(synthesize(model)))
    finally:
        undo()
    terraform = phase("Layer 0 Applications (for the gate)", lambda: terraform_applications(model))
    phase("checks of rendered objects", lambda: check_rendered(model, manifests, terraform))
    objects = [obj for objs in manifests.values() for obj in objs]
    phase("YAML (libyaml emitter)", lambda: [dump_yaml(obj) for obj in objects])
    host = phase("host files (launchd, Tailscale)", lambda: render_host(model))
    phase("secrets scan of host files", lambda: check_files({path: data for path, (data, _) in host.items()}))
    phase("docs pages", lambda: render_docs(model, manifests))
    count = len(objects)
    total = sum(seconds for _, seconds in phases)
    print(f"\nwhere the time goes: real homelab + {extra} services, {count} objects, one warm in-process render")
    print(f"{'phase':<42} {'ms':>8} {'ms/obj':>7} {'share':>6}")
    for name, seconds in phases:
        print(f"{name:<42} {seconds * 1000:>8.1f} {seconds / count * 1000:>7.3f} {seconds / total:>6.0%}")
    waited = sum(trips)
    print(
        f"  of synthesize: {len(trips)} jsii round trips ({len(trips) / count:.2f} per object), "
        f"{waited * 1000:.0f} ms ({waited / count * 1000:.3f} ms/obj)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="fresh-process pairs for the floor comparison")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 300], help="synthetic services to add")
    parser.add_argument("--scale-runs", type=int, default=3, help="in-process runs per size below 300")
    parser.add_argument("--big-runs", type=int, default=1, help="in-process runs per size of 300 or more")
    parser.add_argument("--skip-floor", action="store_true", help="only the scaling table")
    parser.add_argument("--breakdown", type=int, default=300, metavar="N", help="phase table for N services (-1: none)")
    args = parser.parse_args()
    if not args.skip_floor:
        floor_ratio(args.runs)
    if args.sizes or args.breakdown >= 0:
        sys.path.insert(0, str(REPO / "constructs"))
        from homelab.runtime import use_bundled_node

        use_bundled_node()
    if args.sizes:
        scaling(args.sizes, args.scale_runs, args.big_runs)
    if args.breakdown >= 0:
        breakdown(args.breakdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
