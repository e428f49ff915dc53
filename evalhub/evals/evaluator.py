"""The one evaluator: scores a response against an eval case's assertions.

Used by the feedback loop (to check cases), the optimizer's metric and the CI gate, so a score
means the same thing everywhere. Pure Python, no Django, no I/O except through the callables
passed in (an LLM judge for `llm_rubric`, a guardrail policy for `guardrail`).

Assertion shapes (JSON):
  {"type": "contains", "value": "Berlin"}            case-insensitive substring
  {"type": "not_contains", "value": "Boston"}
  {"type": "regex", "value": "\\bberlin\\b"}          re.IGNORECASE
  {"type": "not_regex", "value": "..."}
  {"type": "max_chars", "value": 400}
  {"type": "llm_rubric", "value": "better than the rejected response: ..."}
  {"type": "guardrail", "value": ["pii", "secrets"]}  named checks of the policy must not block
Every assertion may carry "weight" (default 1) and "why" (shown in reports).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

ASSERTION_TYPES = ("contains", "not_contains", "regex", "not_regex", "max_chars", "llm_rubric", "guardrail")

# (rubric, response, rejected_response, case_input) -> score in [0, 1]
Judge = Callable[[str, str, str, dict[str, Any]], float]
# (text, check_names) -> list of {"check", "passed", "severity", "message"}
GuardrailRunner = Callable[[str, Sequence[str]], list[dict[str, Any]]]


class AssertionError_(ValueError):
    """An assertion that can't be evaluated as written (bad regex, unknown type)."""


@dataclass
class AssertionResult:
    type: str
    passed: bool
    score: float
    message: str
    weight: float = 1.0
    blocking: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "passed": self.passed, "score": round(self.score, 4), "message": self.message, "blocking": self.blocking}


@dataclass
class CaseResult:
    score: float
    passed: bool
    results: list[AssertionResult] = field(default_factory=list)
    guardrail_blocked: bool = False

    @property
    def failures(self) -> list[AssertionResult]:
        return [r for r in self.results if not r.passed]

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 4), "passed": self.passed, "guardrail_blocked": self.guardrail_blocked,
                "results": [r.to_dict() for r in self.results]}


def normalize(text: str) -> str:
    """Casefold and strip accents/zero-width characters so trivial variants compare equal."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", text.casefold()).strip()


def validate_assertions(assertions: Any) -> list[str]:
    """Problems with a list of assertions, for 422 details; empty when fine."""
    problems: list[str] = []
    if not isinstance(assertions, list):
        return ["assertions must be a list"]
    for i, a in enumerate(assertions):
        if not isinstance(a, dict) or a.get("type") not in ASSERTION_TYPES:
            problems.append(f"assertions[{i}]: type must be one of {', '.join(ASSERTION_TYPES)}")
            continue
        value = a.get("value")
        if a["type"] in ("contains", "not_contains", "llm_rubric") and (not isinstance(value, str) or not value.strip()):
            problems.append(f"assertions[{i}]: value must be a non-empty string")
        elif a["type"] in ("regex", "not_regex"):
            try:
                re.compile(str(value))
            except re.error as exc:
                problems.append(f"assertions[{i}]: invalid regex: {exc}")
        elif a["type"] == "max_chars" and (not isinstance(value, int) or value <= 0):
            problems.append(f"assertions[{i}]: value must be a positive integer")
        elif a["type"] == "guardrail" and not (value is None or isinstance(value, list)):
            problems.append(f"assertions[{i}]: value must be a list of check names or null (all checks)")
    return problems


def _fallback_rubric(response: str, rejected: str) -> float:
    """Without an LLM judge: a response that merely repeats the rejected one can't be better.

    Token-set overlap with the rejected response; identical -> 0, unrelated -> 1. A weak proxy,
    reported as such; configure EVALHUB_LM for a real judge.
    """
    a, b = set(normalize(response).split()), set(normalize(rejected).split())
    if not a:
        return 0.0
    if not b:
        return 1.0
    jaccard = len(a & b) / len(a | b)
    return max(0.0, min(1.0, 1.0 - jaccard))


def _one(
    a: dict[str, Any], response: str, *, rejected: str, case_input: dict[str, Any], judge: Judge | None, guardrails: GuardrailRunner | None
) -> AssertionResult:
    kind, value, weight = a["type"], a.get("value"), float(a.get("weight", 1.0))
    norm = normalize(response)
    if kind == "contains":
        ok = normalize(str(value)) in norm
        return AssertionResult(kind, ok, float(ok), f"{'contains' if ok else 'missing'} {value!r}", weight)
    if kind == "not_contains":
        ok = normalize(str(value)) not in norm
        return AssertionResult(kind, ok, float(ok), f"{'does not contain' if ok else 'contains'} {value!r}", weight)
    if kind in ("regex", "not_regex"):
        try:
            found = re.search(str(value), response, re.IGNORECASE) is not None
        except re.error as exc:
            raise AssertionError_(f"invalid regex {value!r}: {exc}") from exc
        ok = found if kind == "regex" else not found
        return AssertionResult(kind, ok, float(ok), f"pattern {value!r} {'found' if found else 'not found'}", weight)
    if kind == "max_chars":
        limit = int(value or 0)
        ok = len(response) <= limit
        # Partial credit so the optimizer sees a gradient towards shorter answers.
        score = 1.0 if ok else max(0.0, 1.0 - (len(response) - limit) / max(limit, 1))
        return AssertionResult(kind, ok, score, f"{len(response)} chars (max {limit})", weight)
    if kind == "llm_rubric":
        if judge is not None:
            score = max(0.0, min(1.0, float(judge(str(value), response, rejected, case_input))))
            return AssertionResult(kind, score >= 0.5, score, f"judge score {score:.2f}: {value}", weight)
        score = _fallback_rubric(response, rejected)
        return AssertionResult(kind, score >= 0.5, score, f"no LM judge configured; overlap proxy {score:.2f}", weight)
    if kind == "guardrail":
        if guardrails is None:
            return AssertionResult(kind, True, 1.0, "no guardrail policy configured", weight)
        checks = list(value or [])
        findings = guardrails(response, checks)
        blocked = [f for f in findings if not f.get("passed", True) and f.get("severity") == "block"]
        msg = "; ".join(f"{f['check']}: {f.get('message', '')}" for f in blocked) or "no blocking violation"
        return AssertionResult(kind, not blocked, 0.0 if blocked else 1.0, msg, weight, blocking=bool(blocked))
    raise AssertionError_(f"unknown assertion type {kind!r}")


def evaluate(
    response: str,
    assertions: Sequence[dict[str, Any]],
    *,
    rejected_response: str = "",
    case_input: dict[str, Any] | None = None,
    judge: Judge | None = None,
    guardrails: GuardrailRunner | None = None,
) -> CaseResult:
    """Weighted mean of assertion scores; a blocking guardrail violation zeroes the case."""
    results = [
        _one(a, response, rejected=rejected_response, case_input=case_input or {}, judge=judge, guardrails=guardrails)
        for a in assertions
    ]
    blocked = any(r.blocking for r in results)
    total_weight = sum(r.weight for r in results) or 1.0
    score = 0.0 if blocked else sum(r.score * r.weight for r in results) / total_weight
    if not results:
        score = 1.0
    return CaseResult(score=score, passed=all(r.passed for r in results), results=results, guardrail_blocked=blocked)
