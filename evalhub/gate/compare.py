"""Candidate vs baseline: per-case diffs and the verdict. No Django, no I/O: scores in, a result out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from evalhub.prompts.scoring import CaseScore, PromptScore

Verdict = Literal["pass", "fail", "error"]
Change = Literal["newly_failing", "newly_passing", "still_failing", "still_passing", "failing", "passing"]

EXIT_PASS, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
EXIT_CODES: dict[Verdict, int] = {"pass": EXIT_PASS, "fail": EXIT_FAIL, "error": EXIT_ERROR}
# Stored per case for the dashboard's response diff; a longer reply is cut, not dropped.
RESPONSE_MAX_CHARS = 4000
TITLE_MAX_CHARS = 80
# Means of floats: a difference this small is rounding, not a regression.
EPSILON = 1e-9


def mask_spans(text: str, findings: Sequence[Mapping[str, Any]]) -> str:
    """The text with what guardrails flagged (a leaked email, a key) replaced by `[label]`.

    Reports go to PR comments and CI artifacts; they must not spread what the guardrail caught.
    """
    spans = sorted(
        (int(sp["start"]), int(sp["end"]), str(sp.get("label") or f.get("check") or "redacted"))
        for f in findings for sp in (f.get("spans") or []) if isinstance(sp, Mapping) and "start" in sp and "end" in sp
    )
    out, cursor = [], 0
    for start, end, label in spans:
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out += [text[cursor:start], f"[{label}]"]
        cursor = end
    return "".join([*out, text[cursor:]])


@dataclass
class Side:
    """One prompt's outcome on one case."""

    score: float
    min: float
    max: float
    passed: bool
    failed_assertions: list[dict[str, Any]] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)
    response: str = ""
    error: str = ""

    @property
    def blocked(self) -> bool:
        return any(v.get("severity") == "block" for v in self.violations)

    @classmethod
    def of(cls, case: CaseScore, assertions: Sequence[Mapping[str, Any]]) -> Side:
        # evaluate() returns one result per assertion, in order: zip gives each failure its `why`.
        failed = [
            {"type": r.type, "message": r.message, "why": str(a.get("why", "")), "value": a.get("value")}
            for a, r in zip(assertions, case.result.results, strict=False)
            if not r.passed
        ]
        violations = [
            {"check": str(v.get("check", "")), "severity": str(v.get("severity", "")), "message": str(v.get("message", ""))}
            for v in case.violations
        ]
        response = mask_spans(case.response, case.violations)
        return cls(
            score=case.mean, min=case.min, max=case.max, passed=bool(case.result.passed) and not case.error,
            failed_assertions=failed, violations=violations, response=response[:RESPONSE_MAX_CHARS], error=case.error,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4), "min": round(self.min, 4), "max": round(self.max, 4), "passed": self.passed,
            "failed_assertions": self.failed_assertions, "violations": self.violations,
            "response": self.response, "error": self.error,
        }


@dataclass
class CaseDiff:
    case_id: int
    revision_id: int
    split: str
    title: str
    candidate: Side
    baseline: Side | None = None

    @property
    def change(self) -> Change:
        now = self.candidate.passed
        if self.baseline is None:
            return "passing" if now else "failing"
        before = self.baseline.passed
        if before and not now:
            return "newly_failing"
        if now and not before:
            return "newly_passing"
        return "still_passing" if now else "still_failing"

    @property
    def delta(self) -> float | None:
        return None if self.baseline is None else self.candidate.score - self.baseline.score

    def to_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id, "revision_id": self.revision_id, "split": self.split, "title": self.title,
            "change": self.change, "delta": None if self.delta is None else round(self.delta, 4),
            "candidate": self.candidate.to_dict(), "baseline": self.baseline.to_dict() if self.baseline else None,
        }


@dataclass
class GateResult:
    verdict: Verdict
    reasons: list[str]
    prompt_name: str
    baseline_label: str | None
    eval_set_id: int
    eval_set_name: str
    eval_version: int
    split: str
    repeats: int
    lm_model: str
    min_score: float | None
    max_regression: float
    candidate: dict[str, Any]
    baseline: dict[str, Any] | None
    cases: list[CaseDiff]
    blocking_violations: list[dict[str, Any]]

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]

    @property
    def delta(self) -> float | None:
        return None if self.baseline is None else self.candidate["mean"] - self.baseline["mean"]

    def by_change(self, change: Change) -> list[CaseDiff]:
        return [c for c in self.cases if c.change == change]

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for case in self.cases:
            counts[case.change] = counts.get(case.change, 0) + 1
        return {
            "verdict": self.verdict, "exit_code": self.exit_code, "reasons": self.reasons,
            "prompt": self.prompt_name, "baseline": self.baseline_label,
            "eval_set": {"id": self.eval_set_id, "name": self.eval_set_name, "version": self.eval_version},
            "split": self.split, "repeats": self.repeats, "lm": self.lm_model,
            "thresholds": {"min_score": self.min_score, "max_regression": self.max_regression},
            "scores": {
                "candidate": self.candidate, "baseline": self.baseline,
                "delta": None if self.delta is None else round(self.delta, 4),
            },
            "counts": counts,
            "blocking_violations": self.blocking_violations,
            "cases": [c.to_dict() for c in self.cases],
        }


def summary_of(score: PromptScore) -> dict[str, Any]:
    """PromptScore.summary() plus the spread over repeats (max - min per case)."""
    spreads = [(c.max - c.min, c.case_id) for c in score.cases]
    widest = max(spreads, default=(0.0, None))
    spread = {
        "mean": round(sum(s for s, _ in spreads) / len(spreads), 4) if spreads else 0.0,
        "max": round(widest[0], 4),
        "case_id": widest[1] if widest[0] > 0 else None,
    }
    summary = score.summary()
    summary["mean"] = round(score.mean, 6)
    return {**summary, "spread": spread}


def case_title(case_input: Mapping[str, Any]) -> str:
    text = " ".join(str(case_input.get("user_message", "")).split())
    return text if len(text) <= TITLE_MAX_CHARS else text[: TITLE_MAX_CHARS - 1] + "…"


def case_diffs(
    *, candidate: PromptScore, baseline: PromptScore | None, revisions: Mapping[int, tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]]
) -> list[CaseDiff]:
    """`revisions` maps revision id -> (input, assertions)."""
    before = {c.revision_id: c for c in baseline.cases} if baseline is not None else {}
    diffs = []
    for case in candidate.cases:
        case_input, assertions = revisions.get(case.revision_id, ({}, []))
        old = before.get(case.revision_id)
        diffs.append(CaseDiff(
            case_id=case.case_id, revision_id=case.revision_id, split=case.split, title=case_title(case_input),
            candidate=Side.of(case, assertions), baseline=Side.of(old, assertions) if old is not None else None,
        ))
    return diffs


def verdict_of(
    *, candidate_mean: float, baseline_mean: float | None, blocking: Sequence[Mapping[str, Any]],
    min_score: float | None, max_regression: float,
) -> tuple[Verdict, list[str]]:
    """fail on any blocking guardrail violation, a drop beyond `max_regression`, or a score under `min_score`."""
    reasons: list[str] = []
    if blocking:
        cases = sorted({int(v["case_id"]) for v in blocking})
        checks = sorted({str(v.get("check", "")) for v in blocking})
        reasons.append(
            f"{len(blocking)} blocking guardrail violation(s) ({', '.join(checks)}) in case(s) {', '.join(map(str, cases))}"
        )
    if baseline_mean is not None:
        delta = candidate_mean - baseline_mean
        if delta < -max_regression - EPSILON:
            reasons.append(
                f"score regressed by {-delta:.3f} (baseline {baseline_mean:.3f} -> candidate {candidate_mean:.3f}), "
                f"more than the allowed {max_regression:.3f}"
            )
    if min_score is not None and candidate_mean < min_score - EPSILON:
        reasons.append(f"candidate score {candidate_mean:.3f} is below the minimum {min_score:.3f}")
    return ("fail" if reasons else "pass"), reasons
