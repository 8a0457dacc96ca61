"""Secret-looking literals in rendered text and trees: Yelp's detect-secrets plugins plus our keyword rules.

detect-secrets (pinned in pyproject) is used as a library on in-memory strings, never on files:

- its regex plugins (private keys, AWS, GitHub, GitLab, Slack, Stripe, Discord, JWT, basic-auth
  URLs, …) plus a few of our own in the same shape (Tailscale keys, fine-grained GitHub tokens,
  ``sk-`` API keys, Google API keys, Discord webhooks) flag a format wherever it appears. All
  their patterns are joined into one regex, so a string costs one search unless something matches;
- its ``KeywordDetector`` word list and our own words (``token``, ``pass``, ``passphrase``, …) say
  which setting names hold a secret (``API_TOKEN``, ``PGPASSWORD``, ``DB_PASS``, ``adminpassword``);
  such a setting with a literal value that is not a reference or a placeholder is a finding;
  its high-entropy plugins' Shannon entropy tells a random token from a word;
- a base64 string that decodes to text is scanned again (a PEM under ``tls.key``).

Samples in findings are redacted to their first four characters.
"""

# ruff: noqa: E402  (detect-secrets is imported after `requests` is deferred, see below)
from __future__ import annotations

import base64
import binascii
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Final

from homelab.checks.deferred import defer

defer("requests")  # detect-secrets needs it only to verify findings online, which the gate never does

from detect_secrets.plugins.artifactory import ArtifactoryDetector
from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.base import RegexBasedDetector
from detect_secrets.plugins.basic_auth import BasicAuthDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.github_token import GitHubTokenDetector
from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
from detect_secrets.plugins.high_entropy_strings import Base64HighEntropyString, HexHighEntropyString
from detect_secrets.plugins.jwt import JwtTokenDetector
from detect_secrets.plugins.keyword import DENYLIST as KEYWORD_DENYLIST
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.private_key import PrivateKeyDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.slack import SlackDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector

# -- our detectors, in detect-secrets' shape ----------------------------------------------------


class TailscaleKeyDetector(RegexBasedDetector):
    """Tailscale auth, API, OAuth client and webhook keys (``tskey-auth-k…-…``)."""

    secret_type = "Tailscale Key"
    denylist = (re.compile(r"tskey-(?:auth|api|client|webhook|scim)-[A-Za-z0-9]+-[A-Za-z0-9]+"),)


class GitHubFineGrainedTokenDetector(RegexBasedDetector):
    """Fine-grained personal access tokens (detect-secrets 1.5 knows only the ``ghp_`` family)."""

    secret_type = "GitHub Token"
    denylist = (re.compile(r"github_pat_[A-Za-z0-9_]{22,}"),)


class ApiKeyDetector(RegexBasedDetector):
    """``sk-…`` keys of Anthropic, OpenRouter and current OpenAI projects (detect-secrets knows the legacy format)."""

    secret_type = "API Key"
    denylist = (re.compile(r"\bsk-(?:proj-|ant-(?:api\d+-)?|or-v1-)[A-Za-z0-9_-]{20,}"),)


class GoogleApiKeyDetector(RegexBasedDetector):
    secret_type = "Google API Key"
    denylist = (re.compile(r"AIza[0-9A-Za-z_-]{35}"),)


class DiscordWebhookDetector(RegexBasedDetector):
    secret_type = "Discord Webhook"
    denylist = (re.compile(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[\w-]{20,}"),)


class UrlPasswordDetector(RegexBasedDetector):
    """``scheme://user:password@host`` where the password may hold ``/`` and other reserved characters
    (detect-secrets' ``BasicAuthDetector`` excludes them); a port (``host:8080/…``) is not a password."""

    secret_type = "Basic Auth Credentials"
    denylist = (re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@]+:((?!\d+(?:/|$))[^\s@]+)@[\w.-]"),)


#: The regex detectors, and how a finding of each is named in a message.
DETECTORS: Final[tuple[tuple[type[RegexBasedDetector], str], ...]] = (
    (PrivateKeyDetector, "a private key"),
    (AWSKeyDetector, "an AWS access key"),
    (AzureStorageKeyDetector, "an Azure storage key"),
    (GitHubTokenDetector, "a GitHub token"),
    (GitHubFineGrainedTokenDetector, "a GitHub token"),
    (GitLabTokenDetector, "a GitLab token"),
    (SlackDetector, "a Slack token"),
    (StripeDetector, "a Stripe key"),
    (DiscordBotTokenDetector, "a Discord bot token"),
    (DiscordWebhookDetector, "a Discord webhook URL"),
    (TelegramBotTokenDetector, "a Telegram bot token"),
    (JwtTokenDetector, "a JSON Web Token"),
    (OpenAIDetector, "an OpenAI key"),
    (ApiKeyDetector, "an API key (sk-…)"),
    (GoogleApiKeyDetector, "a Google API key"),
    (TwilioKeyDetector, "a Twilio key"),
    (SendGridDetector, "a SendGrid key"),
    (MailchimpDetector, "a Mailchimp key"),
    (NpmDetector, "an npm token"),
    (PypiTokenDetector, "a PyPI token"),
    (SquareOAuthDetector, "a Square OAuth secret"),
    (ArtifactoryDetector, "an Artifactory credential"),
    (TailscaleKeyDetector, "a Tailscale key"),
    (BasicAuthDetector, "a password in a URL"),
    (UrlPasswordDetector, "a password in a URL"),
)


@dataclass(frozen=True)
class Finding:
    """What a string looks like (``label``), a redacted ``sample``, and the plugin or rule that found it."""

    label: str
    sample: str
    rule: str


def redact(text: str) -> str:
    """At most the first four characters, and never more than a quarter of the text."""
    return f"{text[: min(4, len(text) // 4)]}…"


# -- keyword rules -----------------------------------------------------------------------------

WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
#: detect-secrets' keyword list (``api_?key``, ``db_?pass``, ``password``, …) as suffixes of a
#: setting's last word (``PGPASSWORD``, ``adminpassword``), and our words it lacks.
_DS_KEYWORDS = re.compile(r"(?:" + "|".join(KEYWORD_DENYLIST) + r")$")
SECRET_WORDS: Final = ("token", "passphrase", "credential", "credentials", "secret", "password", "passwd", "pwd")
#: Last words that are secrets only as a whole word (``DB_PASS``, not ``bypass``).
SECRET_WHOLE_WORDS: Final = frozenset({"pass", "pw", "psk", "tskey"})
SECRET_PAIRS: Final = frozenset(
    {"apikey", "privatekey", "accesskey", "signingkey", "encryptionkey", "authkey", "clientkey"}
)
#: Words that make a setting a *reference* to a secret (``existingSecret``, ``secretName``, ``passwordKey``).
REFERENCE_WORDS: Final = frozenset(
    {"existing", "name", "names", "ref", "key", "keys", "file", "path", "mount", "env", "from", "length", "policy"}
)


@cache
def names_a_secret(setting: str) -> bool:
    """Whether a setting called ``setting`` holds a secret value (not a reference to one)."""
    words = [w.lower() for w in WORD.findall(setting)]
    if not words:
        return False
    if "".join(words[-2:]) in SECRET_PAIRS:
        return True
    if words[-1] in REFERENCE_WORDS or (len(words) > 1 and words[-2] in REFERENCE_WORDS):
        return False
    last = words[-1]
    return last in SECRET_WHOLE_WORDS or last.endswith(SECRET_WORDS) or bool(_DS_KEYWORDS.search(last))


def _names_a_reference(value: str) -> bool:
    return any(w.lower() in REFERENCE_WORDS for w in WORD.findall(value))


#: Values that point at a secret instead of holding one: ``${var.x}``, ``$__file{…}``, ``$(ENV)``,
#: ``{{ template }}``, ``<placeholder>``, ``****``, a Terraform reference, an absolute path.
REFERENCE: Final = re.compile(
    r"^(?:\$|\{\{|<|%|\*+$|(?:var|local|data)\.[\w.-]+$|/[\w./-]*$|~/)|\$\{|\$__(?:file|env)|\$\(|\{\{"
)
PLACEHOLDER: Final = re.compile(
    r"(?i)change[-_ ]?me|replace[-_ ]?me|placeholder|redacted|^x{3,}$|^(?:none|null|true|false)$"
)
_HEX = HexHighEntropyString()
_BASE64 = Base64HighEntropyString()
_HEX_CHARS = frozenset(string.hexdigits)
_BASE64_CHARS = frozenset(_BASE64.charset)


def looks_random(value: str) -> bool:
    """A literal that could be a credential: detect-secrets' entropy limits for hex and base64
    strings, or mixed character classes with high entropy (``Qw3rTy-9x8Lm2Pz7Vb``)."""
    if len(value) < 8 or REFERENCE.search(value):
        return False
    chars = set(value)
    if chars <= _HEX_CHARS and len(value) >= 16 and not value.isdigit():
        return _HEX.calculate_shannon_entropy(value) > _HEX.entropy_limit
    classes = sum(bool(re.search(p, value)) for p in ("[a-z]", "[A-Z]", "[0-9]", "[^A-Za-z0-9]"))
    if chars <= _BASE64_CHARS and len(value) >= 20 and classes >= 3:
        return True
    return classes >= 3 and _BASE64.calculate_shannon_entropy(value) >= 3.0


#: An environment variable's name (``OPENAI_API_KEY``): names a secret, does not hold one.
ENV_NAME: Final = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")


def literal_secret(value: str) -> bool:
    """Whether ``value``, held by a setting that names a secret, is a literal secret (not a
    reference, a placeholder, or the name of a secret or key such as ``admin-password``)."""
    value = value.strip().strip("'\"")
    if len(value) < 8 or REFERENCE.search(value) or PLACEHOLDER.search(value):
        return False
    if looks_random(value):  # entropy wins over a name-like shape
        return True
    # A word, a passphrase (``correct horse battery staple``), anything but a name.
    return " " in value or not (ENV_NAME.match(value) or names_a_secret(value) or _names_a_reference(value))


# -- the scanner -------------------------------------------------------------------------------

#: ``name: value`` / ``name=value`` / ``"name" = "value"`` inside configuration text.
ASSIGNMENT: Final = re.compile(
    r"""(?:^|(?<=[\s{,;(]))["']?([A-Za-z][\w.-]*)["']?[ \t]*(?::|=|:=)[ \t]*"""
    r"""(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"',;}]+))"""
)
#: A hint that text may assign a secret somewhere inside (cheap pre-filter for long strings).
SECRET_HINT: Final = re.compile(r"(?i)pass|secret|token|api[_-]?key|credential|pwd|psk|private|auth")
BASE64_BLOB: Final = re.compile(r"^[A-Za-z0-9+/\r\n]{24,}={0,2}\s*$")


class Scanner:
    """detect-secrets' plugins, instantiated once, with their patterns joined into one pre-filter."""

    def __init__(self) -> None:
        self.detectors = [(cls(), label) for cls, label in DETECTORS]
        patterns = [
            f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})"
            for detector, _ in self.detectors
            for p in detector.denylist
        ]
        self.prefilter = re.compile("|".join(patterns))

    # -- single strings --------------------------------------------------------------------
    def signatures(self, value: str) -> Finding | None:
        """A known secret format anywhere in ``value`` (one regex search when there is none)."""
        if not self.prefilter.search(value):
            return None
        for detector, label in self.detectors:
            for regex in detector.denylist:  # the plugin's own patterns; the whole match gives the sample
                for match in regex.finditer(value):
                    secret = next((g for g in match.groups() if g), match.group(0))
                    if isinstance(detector, (BasicAuthDetector, UrlPasswordDetector)) and (
                        REFERENCE.search(secret) or PLACEHOLDER.search(secret)
                    ):
                        continue
                    start = match.start()
                    while start > 0 and value[start - 1] == "-":  # a PEM header: show its fence
                        start -= 1
                    return Finding(label, redact(value[start:]), type(detector).__name__)
        return None

    def value(self, key: str | None, value: str) -> Finding | None:
        """A finding for the string ``value`` held by the setting ``key`` (``None``: unnamed).

        Remembered: the same label or name recurs across objects (a third of the strings are repeats)."""
        return self._remembered(key, value)

    @lru_cache(maxsize=8192)  # noqa: B019 -- one Scanner per process (scanner()), so it never leaks
    def _remembered(self, key: str | None, value: str) -> Finding | None:
        return self._value(key, value)

    def _value(self, key: str | None, value: str, *, depth: int = 0) -> Finding | None:
        found = self.signatures(value)
        if found:
            return found
        if key is not None and "\n" not in value and names_a_secret(key) and literal_secret(value):
            return Finding(f"a literal {key}", redact(value.strip().strip("'\"")), "keyword")
        if "=" in value or ":" in value:
            found = self.text(value)
            if found:
                return found
        if depth == 0 and len(value) >= 24 and BASE64_BLOB.match(value):
            return self._decoded(value)
        return None

    def _decoded(self, value: str) -> Finding | None:
        """A base64 blob that decodes to text holding a secret (a PEM under ``tls.key``)."""
        try:
            text = base64.b64decode(value, validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        found = self._value(None, text, depth=1)
        if found is None:
            return None
        what = found.label.removeprefix("a ").removeprefix("an ")
        return Finding(f"a base64-encoded {what}", redact(value), found.rule)

    def text(self, text: str) -> Finding | None:
        """Configuration text (an embedded file, a script, HCL): settings that name a secret."""
        if not SECRET_HINT.search(text):
            return None
        for line in text.splitlines():
            if not SECRET_HINT.search(line):
                continue
            for match in ASSIGNMENT.finditer(line):
                name = match.group(1)
                literal = next((g for g in match.groups()[1:] if g is not None), "")
                if names_a_secret(name) and literal_secret(literal):
                    return Finding(f"a literal {name}", redact(literal), "keyword")
        return None

    # -- trees and files ---------------------------------------------------------------------
    def lines(self, text: str) -> Iterator[tuple[int, Finding]]:
        """(line number, finding) in a text file. One search of the whole text rules out every
        signature; then only lines that could hold a setting or a base64 blob are looked at."""
        signatures = self.prefilter.search(text) is not None
        for number, line in enumerate(text.splitlines(), start=1):
            if signatures or SECRET_HINT.search(line) or BASE64_BLOB.match(line):
                found = self.value(None, line)
                if found:
                    yield number, found

    def tree(self, root: Any) -> Iterator[tuple[tuple[str | int, ...], Finding]]:
        """Every finding in a JSON-like tree, with its path. Only strings are scanned."""
        for link, key, value in _strings(root):
            found = self.value(key, value)
            if found:
                yield path_of(link), found


Link = tuple[str | int, Any] | None  # (key, parent link): a path, built only when needed


def path_of(link: Link) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    while link is not None:
        parts.append(link[0])
        link = link[1]
    return tuple(reversed(parts))


def _strings(root: Any) -> Iterator[tuple[Link, str | None, str]]:
    """Every string in ``root`` as (its path, the key naming it, value). The hot loop of the gate:
    iterative, and paths are linked lists turned into tuples only for a finding."""
    stack: list[tuple[Any, Link]] = [(root, None)]
    while stack:
        node, link = stack.pop()
        if isinstance(node, str):
            yield link, (link[0] if link is not None and isinstance(link[0], str) else None), node
        elif isinstance(node, dict):
            # An env entry ({name: GITHUB_TOKEN, value: ...}) or a Helm `set` names its value by its name.
            name, value = node.get("name"), node.get("value")
            named = isinstance(name, str) and isinstance(value, str)
            if isinstance(name, str) and isinstance(value, str):
                yield ("value", link), name, value
            for key, item in node.items():
                if not (named and key in ("name", "value")):
                    stack.append((item, (key, link)))
        elif isinstance(node, list):
            stack.extend((item, (i, link)) for i, item in enumerate(node))


@cache
def scanner() -> Scanner:
    """The one scanner of the process (plugins and the joined regex are built once)."""
    return Scanner()
