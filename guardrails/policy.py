"""A `Policy` is a named list of configured checks; `policy.run()` never raises for a failing check."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from guardrails import registry
from guardrails.checks.base import BaseCheck, validate_kinds
from guardrails.core import KINDS, SEVERITIES, CheckContext, CheckResult, Kind, Severity, Verdict
from guardrails.errors import PolicyError

_POLICY_KEYS = {"name", "description", "on_error", "checks"}
_ENTRY_KEYS = {"check", "name", "severity", "kinds", "config"}
_RANK: dict[Verdict, int] = {"pass": 0, "warn": 1, "block": 2}


@dataclass(frozen=True)
class ConfiguredCheck:
    name: str
    check: BaseCheck
    kinds: tuple[Kind, ...]


@dataclass
class PolicyResult:
    verdict: Verdict
    results: list[CheckResult] = field(default_factory=list)
    policy: str = ""
    elapsed_ms: float = 0.0

    @property
    def failed(self) -> list[CheckResult]:
        return [r for r in self.results if not r.passed]

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "verdict": self.verdict,
            "results": [r.to_dict() for r in self.results],
            "elapsed_ms": round(self.elapsed_ms, 3),
        }


def verdict_of(results: list[CheckResult]) -> Verdict:
    """block if a failed check is severity block, warn if one is warn; info failures never change it."""
    verdict: Verdict = "pass"
    for r in results:
        if r.passed or r.severity == "info":
            continue
        candidate: Verdict = "block" if r.severity == "block" else "warn"
        if _RANK[candidate] > _RANK[verdict]:
            verdict = candidate
    return verdict


class Policy:
    def __init__(self, *, name: str, checks: list[ConfiguredCheck], on_error: Severity = "warn", description: str = ""):
        self.name = name
        self.checks = checks
        self.on_error: Severity = on_error
        self.description = description

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        if not isinstance(data, Mapping):
            raise PolicyError(f"policy must be a mapping; got {type(data).__name__}")
        unknown = sorted(set(data) - _POLICY_KEYS)
        if unknown:
            raise PolicyError(f"policy: unknown key {unknown[0]!r}; expected one of: {', '.join(sorted(_POLICY_KEYS))}")
        name = data.get("name", "default")
        if not isinstance(name, str) or not name:
            raise PolicyError(f"policy.name must be a non-empty string; got {name!r}")
        on_error = data.get("on_error", "warn")
        if on_error not in SEVERITIES:
            raise PolicyError(f"policy.on_error must be one of {', '.join(SEVERITIES)}; got {on_error!r}")
        entries = data.get("checks")
        if not isinstance(entries, list):
            raise PolicyError(f"policy.checks must be a list; got {type(entries).__name__}")
        checks = [_build_entry(entry, i) for i, entry in enumerate(entries)]
        seen: set[str] = set()
        for c in checks:
            if c.name in seen:
                raise PolicyError(f"policy.checks: duplicate name {c.name!r}; give repeated checks distinct 'name's")
            seen.add(c.name)
        return cls(name=name, checks=checks, on_error=on_error, description=str(data.get("description", "")))

    @classmethod
    def from_json(cls, text: str) -> Policy:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PolicyError(f"policy JSON is invalid: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_yaml(cls, text: str) -> Policy:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise PolicyError(f"policy YAML is invalid: {exc}") from exc
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "on_error": self.on_error,
            "checks": [
                {
                    "check": c.check.name,
                    "name": c.name,
                    "severity": c.check.severity,
                    "kinds": list(c.kinds),
                    "config": c.check.config,
                }
                for c in self.checks
            ],
        }

    def run(self, text: str, *, context: CheckContext | None = None) -> PolicyResult:
        """Run every check configured for `context.kind`; a check that raises becomes an error result.

        Raises ValueError only for caller mistakes (an unknown kind), which would otherwise run nothing.
        """
        ctx = context if context is not None else CheckContext()
        if ctx.kind not in KINDS:
            raise ValueError(f"context.kind must be one of {', '.join(KINDS)}; got {ctx.kind!r}")
        started = time.perf_counter()
        results = [self._run_one(c, text, ctx) for c in self.checks if ctx.kind in c.kinds]
        elapsed_ms = (time.perf_counter() - started) * 1000
        return PolicyResult(verdict=verdict_of(results), results=results, policy=self.name, elapsed_ms=elapsed_ms)

    def _run_one(self, configured: ConfiguredCheck, text: str, context: CheckContext) -> CheckResult:
        try:
            result = configured.check.run(text, context=context)
            if not isinstance(result, CheckResult):
                raise TypeError(f"run() returned {type(result).__name__}, not CheckResult")
        except Exception as exc:  # noqa: BLE001 - a broken check must not take the caller down
            return CheckResult(
                check=configured.name,
                passed=False,
                severity=self.on_error,
                score=0.0,
                message=f"check crashed: {type(exc).__name__}: {str(exc)[:200]}",
                error=True,
            )
        result.check = configured.name
        return result


def _build_entry(entry: Any, i: int) -> ConfiguredCheck:
    where = f"policy.checks[{i}]"
    if not isinstance(entry, Mapping):
        raise PolicyError(f"{where} must be a mapping; got {type(entry).__name__}")
    check_name = entry.get("check")
    if not isinstance(check_name, str):
        raise PolicyError(f"{where}: missing 'check' (the registered check name)")
    where = f"{where} ({check_name})"
    unknown = sorted(set(entry) - _ENTRY_KEYS)
    if unknown:
        raise PolicyError(f"{where}: unknown key {unknown[0]!r}; expected one of: {', '.join(sorted(_ENTRY_KEYS))}")
    try:
        cls = registry.get(check_name)
        kinds = validate_kinds(entry["kinds"], where=where) if "kinds" in entry else cls.default_kinds
        check = cls(entry.get("config") or {}, severity=entry.get("severity"))
    except PolicyError as exc:
        raise PolicyError(f"{where}: {exc}") from None
    label = entry.get("name", check_name)
    if not isinstance(label, str) or not label:
        raise PolicyError(f"{where}.name must be a non-empty string; got {label!r}")
    return ConfiguredCheck(name=label, check=check, kinds=kinds)


def default_policy_dict() -> dict[str, Any]:
    """A fast default: no NER (the PII check runs presidio's pattern recognizers only)."""
    return {
        "name": "default",
        "on_error": "warn",
        "checks": [
            {"check": "injection", "severity": "block", "kinds": ["input", "memory"]},
            {"check": "secrets", "severity": "block", "kinds": ["output", "input", "memory"]},
            {"check": "pii", "severity": "warn", "kinds": ["output"], "config": {"ner": False}},
            {"check": "memory_budget", "severity": "warn", "kinds": ["input", "memory"]},
            {"check": "refusal", "severity": "info", "kinds": ["output"]},
            {"check": "json", "severity": "block", "kinds": ["output"], "config": {"trigger": "context"}},
            {"check": "preferences", "severity": "warn", "kinds": ["output"]},
        ],
    }
