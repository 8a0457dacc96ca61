"""OpenClaw: the AI agent gateway. Its agents administer the homelab, hence the cluster-wide RBAC."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from homelab.catalog import projects
from homelab.catalog.services import external_secrets
from homelab.model import (
    Application,
    Component,
    Exposure,
    ExternalSecret,
    GitPath,
    Namespace,
    PortMapping,
    SecretKey,
    SyncOption,
)
from homelab.model.homelab import Parameters
from homelab.model.monitoring import Bookmark
from homelab.model.service import ApiServer, Internet, Service
from homelab.model.workloads import (
    ConfigMap,
    ConfigMapVolume,
    Container,
    ContainerPort,
    Deployment,
    EnvVar,
    HostPathVolume,
    HttpProbe,
    PersistentVolumeClaim,
    PodSecurityContext,
    PolicyRule,
    PullPolicy,
    PvcVolume,
    Resources,
    Role,
    SecretEnvVar,
    VolumeMount,
    Workload,
)

NAME = "openclaw"
NAMESPACE = Namespace(
    name=NAME,
    labels={"app.kubernetes.io/name": NAME, "app.kubernetes.io/part-of": "homelab"},
    pss_exemption="the Deployment mounts hostPath volumes (agent workspaces and skills from the host "
    "checkout), which every Pod Security level above privileged refuses",
)
EXPOSURE = Exposure(
    key=NAME,
    service="OpenClaw",
    namespace=NAMESPACE.name,
    ports=(PortMapping(name="http", container_port=18789, node_port=30789),),
    tailscale_port=8447,
)
APP = Application(
    name=NAME,
    project=projects.APPS,
    namespace=NAMESPACE.name,
    component=Component.AI,
    source=GitPath(),
    sync_options=(SyncOption.CREATE_NAMESPACE,),
)
SECRET = ExternalSecret(
    name="openclaw-secret",
    namespace=NAMESPACE.name,
    application=APP.name,
    store=external_secrets.STORE.name,
    data=tuple(
        SecretKey(secret_key=key, remote_key=key)  # the Secret key is the Infisical key itself
        for key in (
            "OPENCLAW_GATEWAY_TOKEN",
            "OPENROUTER_API_KEY",
            "GEMINI_API_KEY",
            "GITHUB_TOKEN",
            "DISCORD_BOT_TOKEN",
            "DISCORD_WEBHOOK_DEUTSCH",
            "DISCORD_WEBHOOK_ENGLISH",
            "DISCORD_WEBHOOK_ALERTS",
            "DISCORD_WEBHOOK_DAILY",
            "CURSOR_API_KEY",
        )
    ),
)

LABELS = {"app.kubernetes.io/name": NAME, "app.kubernetes.io/instance": NAME}
DATA = "openclaw-data"
CONFIG = "openclaw-config"
CONFIG_FILE = "openclaw.json"
CONFIG_DIR = "/config"
STATE_DIR = "/data"
SKILLS_DIR = "/skills"
WORKSPACE_SRC = "/workspace-src"


@dataclass(frozen=True, kw_only=True)
class Agent:
    """One OpenClaw agent: its id (also its workspace folder), display name, skills and the agents it may spawn."""

    id: str
    name: str
    skills: tuple[str, ...]
    allow_agents: tuple[str, ...] = ()


# Agents in the order OpenClaw lists them; the first is the default agent.
AGENTS = (
    Agent(
        id="homelab-admin",
        name="Homelab Admin",
        skills=(
            "homelab-admin",
            "gitops",
            "secret-management",
            "incident-response",
            "weather",
            "deutsch-tutor",
            "english-tutor",
            "daily-routine",
        ),
        allow_agents=(
            "cursor-agent",
            "devops-sre",
            "software-engineer",
            "security-analyst",
            "qa-tester",
            "deutsch-tutor",
            "english-tutor",
            "daily-routine",
        ),
    ),
    Agent(
        id="cursor-agent",
        name="Cursor Agent (Senior Lead)",
        skills=("cursor-agent", "gitops", "software-engineer", "security-analyst", "qa-tester"),
        allow_agents=("devops-sre", "software-engineer", "security-analyst", "qa-tester"),
    ),
    Agent(
        id="devops-sre",
        name="DevOps SRE",
        skills=("devops-sre", "gitops", "secret-management", "incident-response"),
    ),
    Agent(id="software-engineer", name="Software Engineer", skills=("software-engineer", "gitops")),
    Agent(id="security-analyst", name="Security Analyst", skills=("security-analyst", "gitops", "secret-management")),
    Agent(id="qa-tester", name="QA Tester", skills=("qa-tester", "gitops", "secret-management", "incident-response")),
    Agent(id="deutsch-tutor", name="Deutsch Tutor", skills=("deutsch-tutor", "discord")),
    Agent(id="english-tutor", name="English Tutor", skills=("english-tutor", "discord")),
    Agent(id="daily-routine", name="Daily Routine Coach", skills=("daily-routine", "weather", "discord")),
)
MODEL = {"primary": "openrouter/stepfun/step-3.5-flash:free", "fallbacks": ["google/gemini-2.5-pro"]}

# Agents that may message each other, and whose workspaces are seeded from the host checkout.
COLLABORATING_AGENTS = (
    "homelab-admin",
    "devops-sre",
    "software-engineer",
    "security-analyst",
    "qa-tester",
    "cursor-agent",
    "deutsch-tutor",
    "english-tutor",
    "daily-routine",
)
DISCORD_CHANNELS = ("#general", "#deutsch", "#english", "#daily-briefing", "#alerts")


def openclaw_json() -> dict[str, Any]:
    """The gateway settings this repository fixes. Discord IDs and prompts are deployment inputs."""
    return {
        "gateway": {"mode": "local", "trustedProxies": ["192.168.0.0/16", "10.0.0.0/8", "172.16.0.0/12"]},
        "agents": {
            "defaults": {
                "model": MODEL,
                "userTimezone": "Asia/Ho_Chi_Minh",
                "subagents": {
                    "maxSpawnDepth": 2,
                    "maxConcurrent": 4,
                    "maxChildrenPerAgent": 3,
                    "archiveAfterMinutes": 120,
                },
            },
            "list": [
                {
                    "id": agent.id,
                    "name": agent.name,
                    **({"default": True} if i == 0 else {}),
                    "workspace": f"{STATE_DIR}/workspaces/{agent.id}",
                    "model": MODEL,
                    "skills": list(agent.skills),
                    "subagents": {"allowAgents": list(agent.allow_agents)},
                }
                for i, agent in enumerate(AGENTS)
            ],
        },
        "channels": {
            "discord": {
                "enabled": True,
                "groupPolicy": "allowlist",
                "guilds": {
                    "homelab": {
                        "requireMention": False,
                        "channels": {channel: {"allow": True} for channel in DISCORD_CHANNELS},
                    }
                },
            }
        },
        "skills": {"load": {"extraDirs": [SKILLS_DIR]}},
        "plugins": {"entries": {"discord": {"enabled": True}}},
        "tools": {
            "agentToAgent": {"enabled": True, "allow": list(COLLABORATING_AGENTS)},
            "sessions": {"visibility": "all"},
        },
    }


def init_script() -> str:
    """Seed each agent's workspace with its AGENTS.md from the host checkout (never overwrite the PVC)."""
    return (
        f"for agent in {' '.join(COLLABORATING_AGENTS)}; do\n"
        f'  dir="{STATE_DIR}/workspaces/${{agent}}"\n'
        '  mkdir -p "${dir}"\n'
        f'  src="{WORKSPACE_SRC}/${{agent}}/AGENTS.md"\n'
        '  if [ -f "${src}" ]; then\n'
        '    cp "${src}" "${dir}/AGENTS.md"\n'
        "  fi\n"
        "done\n"
    )


READ = ("get", "list", "watch")


def workload(params: Parameters) -> Workload:
    http = EXPOSURE.port("http")
    health = "/health"
    return Workload(
        name=NAME,
        namespace=NAMESPACE.name,
        application=APP.name,
        exposure=EXPOSURE,
        labels=LABELS,
        service_account=NAME,
        volume_claims=(PersistentVolumeClaim(name=DATA, storage="5Gi"),),
        config_maps=(ConfigMap(name=CONFIG, data={CONFIG_FILE: json.dumps(openclaw_json(), indent=2) + "\n"}),),
        roles=(
            Role(
                name="openclaw-role",
                binding="openclaw-rolebinding",
                rules=(
                    PolicyRule(api_groups=("",), resources=("secrets",), verbs=READ),
                    PolicyRule(api_groups=("",), resources=("pods/exec",), verbs=("create",)),
                ),
            ),
            Role(
                name="openclaw-homelab-admin",
                binding="openclaw-homelab-admin",
                cluster=True,
                cluster_write_reason="the homelab-admin agent operates every namespace of the homelab: it restarts "
                "and scales Deployments and StatefulSets, deletes stuck pods, and patches ConfigMaps, Services, "
                "claims, ExternalSecrets and Argo CD Applications wherever the service it repairs lives",
                rules=(
                    PolicyRule(
                        api_groups=("",),
                        resources=(
                            "pods",
                            "pods/log",
                            "services",
                            "endpoints",
                            "configmaps",
                            "events",
                            "nodes",
                            "namespaces",
                            "persistentvolumeclaims",
                            "persistentvolumes",
                            "replicationcontrollers",
                        ),
                        verbs=READ,
                    ),
                    PolicyRule(
                        api_groups=("apps",),
                        resources=("deployments", "statefulsets", "daemonsets", "replicasets"),
                        verbs=READ,
                    ),
                    PolicyRule(api_groups=("apps",), resources=("deployments", "statefulsets"), verbs=("patch",)),
                    PolicyRule(
                        api_groups=("apps",),
                        resources=("deployments/scale", "statefulsets/scale"),
                        verbs=("get", "patch"),
                    ),
                    PolicyRule(api_groups=("",), resources=("pods",), verbs=("delete",)),
                    PolicyRule(
                        api_groups=("",),
                        resources=("configmaps", "services", "persistentvolumeclaims"),
                        verbs=("patch",),
                    ),
                    PolicyRule(
                        api_groups=("external-secrets.io",),
                        resources=("externalsecrets",),
                        verbs=(*READ, "patch"),
                    ),
                    PolicyRule(api_groups=("argoproj.io",), resources=("applications", "appprojects"), verbs=READ),
                    PolicyRule(api_groups=("argoproj.io",), resources=("applications",), verbs=("patch",)),
                    PolicyRule(api_groups=("metrics.k8s.io",), resources=("pods", "nodes"), verbs=("get", "list")),
                ),
            ),
        ),
        deployment=Deployment(
            name=NAME,
            selector=LABELS,
            pod_labels=LABELS,
            service_account=NAME,
            security=PodSecurityContext(run_as_user=1000, run_as_group=1000, run_as_non_root=True, fs_group=1000),
            init_containers=(
                Container(
                    name="init-workspaces",
                    image="busybox:1.36",
                    command=("sh", "-c", init_script()),
                    mounts=(
                        VolumeMount(volume=DATA, mount_path=STATE_DIR),
                        VolumeMount(volume="workspace-src", mount_path=WORKSPACE_SRC, read_only=True),
                    ),
                ),
            ),
            containers=(
                Container(
                    name="openclaw",
                    image="openclaw:latest",
                    unpinned_image_reason="built on the host from the OpenClaw submodule (scripts/build-openclaw.sh) "
                    "and never pulled (imagePullPolicy Never): there is no registry tag to pin",
                    image_pull_policy=PullPolicy.NEVER,
                    command=("node", "dist/index.js", "gateway", "--allow-unconfigured", "--bind", "lan"),
                    env=(
                        EnvVar(name="NODE_ENV", value="production"),
                        EnvVar(name="OPENCLAW_STATE_DIR", value=STATE_DIR),
                        EnvVar(name="OPENCLAW_CONFIG_PATH", value=f"{CONFIG_DIR}/{CONFIG_FILE}"),
                        EnvVar(name="OPENCLAW_PREFER_PNPM", value="1"),
                        EnvVar(name="NODE_OPTIONS", value="--max-old-space-size=1536"),
                        EnvVar(name="HOME", value="/home/node"),
                        EnvVar(name="TERM", value="xterm-256color"),
                        *(SecretEnvVar(name=key, secret=SECRET.name, key=key) for key in SECRET.secret_keys()),
                        EnvVar(name="GIT_CONFIG_COUNT", value="2"),
                        EnvVar(name="GIT_CONFIG_KEY_0", value="credential.helper"),
                        EnvVar(name="GIT_CONFIG_VALUE_0", value="!gh auth git-credential"),
                        EnvVar(name="GIT_CONFIG_KEY_1", value="init.defaultBranch"),
                        EnvVar(name="GIT_CONFIG_VALUE_1", value="main"),
                    ),
                    ports=(ContainerPort(name=http.name),),
                    mounts=(
                        VolumeMount(volume=DATA, mount_path=STATE_DIR),
                        VolumeMount(volume=CONFIG, mount_path=CONFIG_DIR, read_only=True),
                        VolumeMount(volume="openclaw-skills", mount_path=SKILLS_DIR, read_only=True),
                    ),
                    resources=Resources(cpu_request="250m", memory_request="512Mi", cpu_limit="2", memory_limit="2Gi"),
                    liveness_probe=HttpProbe(path=health, port=http.name, initial_delay_seconds=30, period_seconds=30),
                    readiness_probe=HttpProbe(path=health, port=http.name, initial_delay_seconds=10, period_seconds=10),
                ),
            ),
            volumes=(
                PvcVolume(name=DATA, claim=DATA),
                ConfigMapVolume(name=CONFIG, config_map=CONFIG),
                HostPathVolume(name="workspace-src", path=f"{params.homelab_path}/agents/workspaces"),
                HostPathVolume(name="openclaw-skills", path=f"{params.homelab_path}/skills"),
            ),
        ),
    )


def service(params: Parameters) -> Service:
    """Its hostPath volumes live in the owner's checkout, hence the parameters."""
    return Service(
        name=NAME,
        namespace=NAMESPACE,
        applications=(APP,),
        exposure=EXPOSURE,
        egress=(
            ApiServer(),
            Internet(
                ports=(443,),
                private_ranges_reason="the spec renders plain 0.0.0.0/0: the agents call the homelab's own HTTPS "
                "services through their tailnet URLs",
            ),
        ),
        workloads=(workload(params),),
        secrets=(SECRET,),
        # Without Pod Security labels, nothing in namespace-security would render it: its labels come from here.
        renders_namespace=True,
        bookmark=Bookmark(
            id="app-openclaw",
            slug="openclaw",
            name="OpenClaw",
            group="AI",
            icon="https://avatars.githubusercontent.com/u/252820863?s=48&v=4",
            description="AI Agent Gateway Console",
        ),
    )
