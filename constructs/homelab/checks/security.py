"""Namespaces that run pods: isolated by NetworkPolicy, guarded by Pod Security, and obeyed.

A namespace *carries workloads* when a rendered object runs pods there, a Helm Application
installs into it, or it is Argo CD's own namespace. Each such namespace needs

- a default-deny-all NetworkPolicy and a policy allowing DNS egress (checked on the rendered
  policies, by what they do, not by their names);
- Pod Security labels on its rendered Namespace object, or an exemption written in the model
  (``Namespace.pss_exemption``) saying why it carries none;

and every rendered pod template must satisfy the level its namespace *enforces*
(https://kubernetes.io/docs/concepts/security/pod-security-standards/), or the API server
would refuse its pods. Every namespace an object is rendered into must also be created by
someone: a Namespace object, an Application with ``CreateNamespace=true``, Terraform, or the
cluster itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from homelab.checks.objects import Inventory, Obj, containers, dig
from homelab.checks.violation import Violation
from homelab.model import HelmSource, Homelab
from homelab.model.argocd import SyncOption
from homelab.model.network import DNS_PORT, KUBE_SYSTEM, NAMESPACE_NAME_LABEL

PSS_PREFIX = "pod-security.kubernetes.io/"
LEVELS = ("privileged", "baseline", "restricted")

BASELINE_CAPABILITIES = frozenset(
    {
        "AUDIT_WRITE",
        "CHOWN",
        "DAC_OVERRIDE",
        "FOWNER",
        "FSETID",
        "KILL",
        "MKNOD",
        "NET_BIND_SERVICE",
        "SETFCAP",
        "SETGID",
        "SETPCAP",
        "SETUID",
        "SYS_CHROOT",
    }
)
SAFE_SYSCTLS = frozenset(
    {
        "kernel.shm_rmid_forced",
        "net.ipv4.ip_local_port_range",
        "net.ipv4.ip_unprivileged_port_start",
        "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range",
        "net.ipv4.ip_local_reserved_ports",
        "net.ipv4.tcp_keepalive_time",
        "net.ipv4.tcp_fin_timeout",
        "net.ipv4.tcp_keepalive_intvl",
        "net.ipv4.tcp_keepalive_probes",
    }
)
SELINUX_TYPES = frozenset({"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"})
RESTRICTED_VOLUMES = frozenset(
    {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}
)
VOLUME_SOURCE_KEYS_IGNORED = frozenset({"name"})


# -- which namespaces carry workloads ------------------------------------------------------------


def workload_namespaces(model: Homelab, inventory: Inventory) -> dict[str, str]:
    """Namespace → what runs there (for messages)."""
    found: dict[str, str] = {model.argocd_namespace: "Argo CD itself"}
    for app in model.applications:
        if isinstance(app.source, HelmSource):
            found.setdefault(app.namespace, f"chart {app.source.chart.name} of Application {app.name!r}")
    for obj, _ in inventory.workloads:
        if obj.namespace is not None:
            found[obj.namespace] = str(obj)
    return found


def _namespace_objects(inventory: Inventory) -> dict[str, Obj]:
    return {o.name: o for o in inventory.of_kind("Namespace", "") if o.folder is not None}


def enforced_levels(model: Homelab, inventory: Inventory) -> dict[str, str]:
    """Namespace → the Pod Security level its rendered labels enforce (``privileged`` when exempt)."""
    levels: dict[str, str] = {}
    for name, obj in _namespace_objects(inventory).items():
        level = obj.labels.get(f"{PSS_PREFIX}enforce")
        if isinstance(level, str) and level in LEVELS:
            levels[name] = level
    return levels


# -- NetworkPolicies -----------------------------------------------------------------------------


def _selects_all(selector: Any) -> bool:
    return isinstance(selector, Mapping) and not selector.get("matchLabels") and not selector.get("matchExpressions")


def _is_default_deny(policy: Obj) -> bool:
    spec = policy.spec
    types = set(spec.get("policyTypes") or ())
    return (
        _selects_all(spec.get("podSelector"))
        and {"Ingress", "Egress"} <= types
        and not spec.get("ingress")
        and not spec.get("egress")
    )


def _reaches_dns(peer: Mapping[str, Any]) -> bool:
    if "ipBlock" in peer:
        return True
    namespaces = peer.get("namespaceSelector")
    if namespaces is None:
        return False
    labels = namespaces.get("matchLabels") or {}
    return _selects_all(namespaces) or labels.get(NAMESPACE_NAME_LABEL) == KUBE_SYSTEM


def _allows_dns(policy: Obj) -> bool:
    spec = policy.spec
    if not _selects_all(spec.get("podSelector")) or "Egress" not in (spec.get("policyTypes") or ()):
        return False
    for rule in spec.get("egress") or ():
        peers = rule.get("to") or []
        ports = rule.get("ports") or []
        to_dns = not peers or any(_reaches_dns(peer) for peer in peers)
        udp_53 = not ports or any(
            p.get("port") in (DNS_PORT, str(DNS_PORT), "dns") and p.get("protocol", "TCP") == "UDP" for p in ports
        )
        if to_dns and udp_53:
            return True
    return False


# -- Pod Security Standards ----------------------------------------------------------------------


def _pss_problems(pod: Mapping[str, Any], level: str) -> Iterator[tuple[str, str]]:
    """(what is wrong, how to fix it) for every rule of ``level`` the pod spec breaks."""
    if level == "privileged":
        return
    pod_sc = pod.get("securityContext") or {}
    for key in ("hostNetwork", "hostPID", "hostIPC"):
        if pod.get(key):
            yield f"sets {key}: true (host namespaces)", f"remove {key}"
    if pod_sc.get("seccompProfile", {}).get("type") == "Unconfined":
        yield "sets seccompProfile Unconfined on the pod", "use RuntimeDefault"
    for sysctl in pod_sc.get("sysctls") or ():
        if sysctl.get("name") not in SAFE_SYSCTLS:
            yield f"sets the unsafe sysctl {sysctl.get('name')!r}", "remove it"
    for volume in pod.get("volumes") or ():
        kinds = sorted(set(volume) - VOLUME_SOURCE_KEYS_IGNORED)
        if "hostPath" in kinds:
            yield (
                f"mounts volume {volume.get('name')!r} from the host (hostPath)",
                "use a PersistentVolumeClaim or emptyDir, or exempt the namespace in the model "
                "(Namespace(pss_exemption=...)) if the host mount is intended",
            )
        elif level == "restricted" and any(k not in RESTRICTED_VOLUMES for k in kinds):
            yield (
                f"uses volume {volume.get('name')!r} of type {', '.join(kinds)}",
                f"use only {', '.join(sorted(RESTRICTED_VOLUMES))} volumes",
            )
    for container in containers(pod):
        name = container.get("name")
        sc = container.get("securityContext") or {}
        caps = sc.get("capabilities") or {}
        if sc.get("privileged"):
            yield f"container {name!r} is privileged", "remove securityContext.privileged"
        allowed = {"NET_BIND_SERVICE"} if level == "restricted" else BASELINE_CAPABILITIES
        added = [str(c) for c in caps.get("add") or () if c not in allowed]
        if added:
            yield (
                f"container {name!r} adds capabilities {', '.join(added)}",
                f"add none but {', '.join(sorted(allowed))}",
            )
        for port in container.get("ports") or ():
            if port.get("hostPort"):
                yield (
                    f"container {name!r} binds hostPort {port['hostPort']}",
                    "remove hostPort (use a NodePort Service)",
                )
        if sc.get("seccompProfile", {}).get("type") == "Unconfined":
            yield f"container {name!r} sets seccompProfile Unconfined", "use RuntimeDefault"
        if sc.get("procMount", "Default") != "Default":
            yield f"container {name!r} sets procMount {sc['procMount']}", "remove procMount"
        selinux = sc.get("seLinuxOptions") or {}
        if selinux.get("type", "") not in SELINUX_TYPES or selinux.get("user") or selinux.get("role"):
            yield f"container {name!r} sets custom seLinuxOptions", "remove them"
        if level != "restricted":
            continue
        if sc.get("allowPrivilegeEscalation") is not False:
            yield (
                f"container {name!r} does not set allowPrivilegeEscalation: false",
                "set it (ContainerSecurity(allow_privilege_escalation=False))",
            )
        if "ALL" not in (caps.get("drop") or ()):
            yield (
                f"container {name!r} does not drop ALL capabilities",
                "set securityContext.capabilities.drop: [ALL] (ContainerSecurity(drop_capabilities=('ALL',)))",
            )
        non_root = sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot"))
        if non_root is not True:
            yield (
                f"container {name!r} may run as root (runAsNonRoot is not true)",
                "set runAsNonRoot: true on the pod (PodSecurityContext(run_as_non_root=True))",
            )
        if sc.get("runAsUser", pod_sc.get("runAsUser")) == 0:
            yield f"container {name!r} runs as UID 0", "run as a non-zero UID"
        seccomp = (sc.get("seccompProfile") or pod_sc.get("seccompProfile") or {}).get("type")
        if seccomp not in ("RuntimeDefault", "Localhost", "Unconfined"):  # Unconfined: reported above
            yield (
                f"container {name!r} has no seccompProfile RuntimeDefault",
                "set seccompProfile RuntimeDefault on the pod (PodSecurityContext(seccomp_runtime_default=True))",
            )


# -- the check -----------------------------------------------------------------------------------


def check(model: Homelab, inventory: Inventory) -> Iterator[Violation]:
    carrying = workload_namespaces(model, inventory)
    rendered = _namespace_objects(inventory)
    levels = enforced_levels(model, inventory)
    modelled = {ns.name: ns for ns in model.namespaces}
    policies: dict[str, list[Obj]] = defaultdict(list)
    for policy in inventory.of_kind("NetworkPolicy", "networking.k8s.io"):
        policies[policy.namespace or ""].append(policy)

    for name in sorted(carrying):
        what = carrying[name]
        subject = f"Namespace {name!r}"
        if not any(_is_default_deny(p) for p in policies[name]):
            yield Violation(
                subject=subject,
                rule="network-isolation",
                message=f"runs workloads ({what}) but no NetworkPolicy denies all ingress and egress by default. "
                "Add DefaultDenyAll() to its NamespacePolicies in the model.",
            )
        if not any(_allows_dns(p) for p in policies[name]):
            yield Violation(
                subject=subject,
                rule="network-isolation",
                message=f"runs workloads ({what}) but no NetworkPolicy allows DNS egress "
                f"(UDP {DNS_PORT} to {KUBE_SYSTEM}), so its pods could not resolve names. "
                "Add AllowDns() to its NamespacePolicies in the model.",
            )
        ns = modelled.get(name)
        exemption = ns.pss_exemption.strip() if ns is not None and ns.pss_exemption else ""
        obj = rendered.get(name)
        labelled = obj is not None and any(str(k).startswith(PSS_PREFIX) for k in obj.labels)
        if labelled or exemption:
            continue
        if ns is not None and ns.pod_security is not None:
            yield Violation(
                subject=subject,
                rule="pod-security-labels",
                message="has pod_security in the model, but no Application renders its Namespace object, so the "
                "labels never reach the cluster. Set the Namespace's application (e.g. "
                f"{model.namespace_security_app!r}).",
            )
        else:
            yield Violation(
                subject=subject,
                rule="pod-security-labels",
                message=f"runs workloads ({what}) but has no Pod Security labels and no exemption. Give its "
                "Namespace pod_security=PodSecurity.restricted() (and an application that renders it), or "
                "pss_exemption='<why it cannot be labelled>' in the model.",
            )

    for obj in rendered.values():
        for mode in ("enforce", "audit", "warn"):
            value = obj.labels.get(f"{PSS_PREFIX}{mode}")
            if value is not None and value not in LEVELS:
                yield Violation(
                    subject=str(obj),
                    rule="pod-security-labels",
                    message=f"label {PSS_PREFIX}{mode} is {value!r}; the API server ignores it. Use one of: "
                    f"{', '.join(LEVELS)}.",
                )

    for obj, pod in inventory.workloads:
        level = levels.get(obj.namespace or "")
        if level is None:
            continue
        for problem, fix in _pss_problems(pod, level):
            yield Violation(
                subject=str(obj),
                rule="pod-security",
                message=f"{problem}, which Pod Security {level!r} (enforced in namespace {obj.namespace!r}) "
                f"refuses, so its pods would never start. Fix: {fix}.",
            )

    yield from _namespaces_exist(model, inventory, rendered)


def _namespaces_exist(model: Homelab, inventory: Inventory, rendered: Mapping[str, Obj]) -> Iterator[Violation]:
    created = set(rendered)
    created.update(ns.name for ns in model.namespaces if ns.created_by_terraform or ns.preexisting)
    created.update({"default", KUBE_SYSTEM, "kube-public", "kube-node-lease", model.argocd_namespace})
    for app in inventory.of_kind("Application", "argoproj.io"):
        options = app.spec.get("syncPolicy", {}).get("syncOptions") or ()
        if SyncOption.CREATE_NAMESPACE.value in options:
            namespace = dig(app.spec, "destination", "namespace")
            if isinstance(namespace, str):
                created.add(namespace)
    missing: dict[str, list[Obj]] = defaultdict(list)
    for obj in inventory.in_dist():
        if obj.namespace is not None and obj.namespace not in created:
            missing[obj.namespace].append(obj)
    for namespace, objs in sorted(missing.items()):
        shown = ", ".join(str(o) for o in objs[:3]) + (f" and {len(objs) - 3} more" if len(objs) > 3 else "")
        yield Violation(
            subject=f"Namespace {namespace!r}",
            rule="namespace-exists",
            message=f"nothing creates it (no Namespace object, no Application with CreateNamespace=true targets "
            f"it, not created by Terraform), yet {shown} are rendered into it. Fix the namespace or add it to "
            "the model.",
        )
