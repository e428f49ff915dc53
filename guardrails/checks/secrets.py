"""Secrets and credentials: provider key formats, private keys, tokens, credentials in URLs/assignments.

Messages never echo the secret; spans carry offsets only. Placeholders ("YOUR_API_KEY",
"AKIAIOSFODNN7EXAMPLE", "sk-...xxxx") are not reported.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from guardrails.checks.base import BaseCheck, Option
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.errors import PolicyError
from guardrails.registry import register


@dataclass(frozen=True)
class Detector:
    name: str
    pattern: re.Pattern[str]
    score: float
    group: int = 0  # the capture group holding the secret value
    min_entropy: float = 0.0  # bits per character; generic patterns need randomness to count


def _d(name: str, regex: str, score: float, *, group: int = 0, min_entropy: float = 0.0, flags: int = 0) -> Detector:
    return Detector(name, re.compile(regex, flags), score, group, min_entropy)


DETECTORS: tuple[Detector, ...] = (
    _d(
        "private_key",
        r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[\s\S]{0,10000}?-----END (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----)?",
        1.0,
    ),
    _d("aws_access_key_id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", 0.95),
    _d(
        "aws_secret_access_key",
        r"(?i:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])",
        0.95,
        group=1,
    ),
    _d("github_token", r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b", 0.95),
    _d("gitlab_token", r"\bglpat-[A-Za-z0-9_\-]{20,}\b", 0.95),
    _d("slack_token", r"\bxox[abposr]-[A-Za-z0-9\-]{10,}\b", 0.95),
    _d("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+", 0.9),
    _d("stripe_key", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b", 0.95),
    _d("anthropic_key", r"\bsk-ant-[A-Za-z0-9_\-]{20,}", 0.95),
    _d("openai_key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", 0.9, min_entropy=3.5),
    _d("google_api_key", r"\bAIza[0-9A-Za-z_\-]{35}\b", 0.95),
    _d("huggingface_token", r"\bhf_[A-Za-z0-9]{30,}\b", 0.9),
    _d("npm_token", r"\bnpm_[A-Za-z0-9]{36}\b", 0.9),
    _d("sendgrid_key", r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b", 0.95),
    _d("twilio_key", r"\bSK[0-9a-f]{32}\b", 0.8),
    _d("jwt", r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}", 0.85),
    _d("bearer_token", r"(?i:authorization:\s*bearer|bearer)\s+([A-Za-z0-9_\-.=+/]{20,})", 0.8, group=1, min_entropy=3.0),
    _d("url_credentials", r"\b[a-z][a-z0-9+.\-]*://[^\s:/@]+:([^\s:/@]{3,})@[^\s/]+", 0.85, group=1),
    _d(
        "credential_assignment",
        r"(?i:\b(?:password|passwd|pwd|secret|api[_\-]?key|apikey|access[_\-]?token|auth[_\-]?token|client[_\-]?secret|"
        r"private[_\-]?key|token)\b)[\"']?\s*(?:[:=]|=>|\bis\b)\s*[\"']?([^\s\"',;]{8,})",
        0.75,
        group=1,
        min_entropy=3.0,
    ),
)
PLACEHOLDER = re.compile(
    r"example|xxxx|\*{3,}|\.{3}|<[^>]*>|\$\{|\{\{|your[_\-]|_here|changeme|placeholder|dummy|redacted|"
    r"os\.environ|getenv|process\.env|env\[|secrets\.|settings\.",
    re.IGNORECASE,
)
COMMON_PLACEHOLDER_VALUES = frozenset({"password", "passwd", "secret", "pass", "test", "admin", "root", "user", "token"})
# Generic assignments ("password = ...") only count when the value looks machine- or human-made-strong.
MIXED = re.compile(r"\d|[A-Z].*[a-z]|[a-z].*[A-Z]")


def shannon_entropy(value: str) -> float:
    if not value:
        return 0.0
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


@register("secrets")
class SecretsCheck(BaseCheck):
    default_severity = "block"
    default_kinds = ("output", "input", "memory")
    options = {
        "detectors": Option((list, type(None)), None, item_type=str),
        "allow": Option(list, [], item_type=str),
    }

    def setup(self) -> None:
        names = self.config["detectors"]
        known = {d.name: d for d in DETECTORS}
        if names is None:
            self.detectors = DETECTORS
            return
        unknown = [n for n in names if n not in known]
        if unknown:
            raise PolicyError(
                f"check 'secrets': config key 'detectors' has unknown detector {unknown[0]!r}; known: {', '.join(known)}"
            )
        self.detectors = tuple(known[n] for n in names)

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        spans: list[Span] = []
        score = 0.0
        allowed = set(self.config["allow"])
        for detector in self.detectors:
            for m in detector.pattern.finditer(text):
                value = m.group(detector.group)
                if value in allowed or PLACEHOLDER.search(value) or value.lower() in COMMON_PLACEHOLDER_VALUES:
                    continue
                if detector.name == "credential_assignment" and not MIXED.search(value):
                    continue
                if detector.min_entropy and shannon_entropy(value) < detector.min_entropy:
                    continue
                start, end = m.span(detector.group)
                if any(s.start < end and start < s.end for s in spans):
                    continue
                spans.append(Span(start, end, detector.name))
                score = max(score, detector.score)
        if not spans:
            return self.result(passed=True, score=0.0, message="no secrets found")
        kinds = sorted({s.label for s in spans})
        return self.result(passed=False, score=score, spans=spans, message=f"possible secret: {', '.join(kinds)}")
