"""Score a prompt (instructions + demos) on eval-case revisions: the one scoring core.

The optimizer's baseline/candidate comparison and the CI gate both call `score_prompt`, so a score
means the same thing everywhere: the assistant program (`programs.program_for` + `programs.respond`)
answers each case, `evalhub.evals.evaluator.evaluate` checks the assertions, and the project's
guardrail policy runs on every response. A blocking guardrail violation zeroes the case (whether or
not the case asserts on guardrails) and is listed in `blocking_violations`: a candidate with any on
the dev split can never be promoted.

Responses are cached by (model, prompt hash, input) in `evalhub.llm.cache`, so scoring an unchanged
production prompt again costs no LM calls.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from statistics import mean
from typing import Any, Protocol

from evalhub.evals.evaluator import CaseResult, Judge, evaluate
from evalhub.evals.models import EvalCaseRevision
from evalhub.llm.cache import cache_key, default_store
from evalhub.llm.errors import LMNotConfigured, LMUnavailable
from evalhub.llm.factory import lm_name
from evalhub.projects.models import Project
from evalhub.prompts import programs
from evalhub.prompts.similarity import GROUPS, similarity_groups

logger = logging.getLogger(__name__)

SPLITS = ("train", "dev", "holdout")
# Objective = mean score - penalties. A blocking violation must outweigh any gain elsewhere;
# length only breaks ties between otherwise equal prompts.
BLOCKING_PENALTY = 1.0
LENGTH_PENALTY_PER_1K_CHARS = 0.02
LENGTH_PENALTY_MAX = 0.05


class PolicyLike(Protocol):
    """`guardrails.policy.Policy` or anything with the same `run`."""

    def run(self, text: str, *, context: Any = None) -> Any: ...


@dataclass
class CaseScore:
    case_id: int
    revision_id: int
    split: str
    group: str
    response: str
    result: CaseResult
    violations: list[dict[str, Any]] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def score(self) -> float:
        return self.mean

    @property
    def mean(self) -> float:
        return mean(self.scores) if self.scores else 0.0

    @property
    def min(self) -> float:
        return min(self.scores) if self.scores else 0.0

    @property
    def max(self) -> float:
        return max(self.scores) if self.scores else 0.0

    @property
    def blocking(self) -> list[dict[str, Any]]:
        return [v for v in self.violations if v.get("severity") == "block"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id, "revision_id": self.revision_id, "split": self.split, "group": self.group,
            "response": self.response, "result": self.result.to_dict(), "violations": self.violations,
            "mean": round(self.mean, 4), "min": round(self.min, 4), "max": round(self.max, 4), "error": self.error,
        }


@dataclass
class PromptScore:
    cases: list[CaseScore]
    mean: float
    by_split: dict[str, float]
    by_group: dict[str, float]
    blocking_violations: list[dict[str, Any]]
    objective: float
    lm_calls: int = 0
    cached: int = 0

    def split_blocking(self, split: str) -> list[dict[str, Any]]:
        return [v for v in self.blocking_violations if v["split"] == split]

    def summary(self) -> dict[str, Any]:
        return {
            "mean": round(self.mean, 4), "objective": round(self.objective, 4),
            "by_split": {k: round(v, 4) for k, v in self.by_split.items()},
            "by_group": {k: round(v, 4) for k, v in self.by_group.items()},
            "blocking_violations": len(self.blocking_violations), "cases": len(self.cases),
            "lm_calls": self.lm_calls, "cached": self.cached,
        }

    def to_dict(self) -> dict[str, Any]:
        return {**self.summary(), "blocking": self.blocking_violations, "case_results": [c.to_dict() for c in self.cases]}


def project_policy(project: Project) -> PolicyLike | None:
    """The project's guardrail policy; the default policy until `evalhub.policies` provides one."""
    try:
        from evalhub.policies import services as policies
    except ImportError:
        policies = None  # type: ignore[assignment]
    if policies is not None and hasattr(policies, "policy_for_project"):
        policy: PolicyLike | None = policies.policy_for_project(project)
        return policy
    try:
        from guardrails.policy import Policy, default_policy_dict

        return Policy.from_dict(default_policy_dict())
    except Exception as exc:  # noqa: BLE001 - guardrails being built elsewhere; score without them
        logger.warning("no guardrail policy available (%s: %s); scoring without guardrails", type(exc).__name__, exc)
        return None


def _findings(policy: PolicyLike, response: str, case_input: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        from guardrails.core import CheckContext

        context: Any = CheckContext(kind="output", memory_items=[str(m) for m in case_input.get("memory", [])])
    except ImportError:
        context = None
    outcome = policy.run(response, context=context)
    return [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in getattr(outcome, "results", outcome)]


def _runner(findings: list[dict[str, Any]]) -> Callable[[str, Sequence[str]], list[dict[str, Any]]]:
    def run(_text: str, checks: Sequence[str]) -> list[dict[str, Any]]:
        return [f for f in findings if not checks or f.get("check") in checks]

    return run


def prompt_key(instructions: str, demos: list[dict[str, Any]]) -> str:
    return json.dumps([instructions, demos], sort_keys=True, ensure_ascii=False)


def _respond(program: Any, revision: EvalCaseRevision, *, lm: Any, key: str, repeat: int, store: MutableMapping[str, str] | None) -> tuple[str, bool, str]:
    """(response, from cache, error)."""
    ck = cache_key(model=lm_name(lm), prompt_key=f"{key}#r{repeat}", messages=[revision.input])
    if store is not None:
        hit = store.get(ck)
        if hit is not None:
            return hit, True, ""
    try:
        response = programs.respond(program, revision.input, lm=lm)
    except (LMNotConfigured, LMUnavailable):
        raise
    except Exception as exc:  # noqa: BLE001 - an unparseable reply scores 0, it doesn't end the run
        return "", False, f"{type(exc).__name__}: {str(exc)[:200]}"
    if store is not None:
        store[ck] = response
    return response, False, ""


def score_response(
    *, response: str, case_input: dict[str, Any], assertions: list[dict[str, Any]], rejected_response: str = "",
    policy: PolicyLike | None, judge: Judge | None = None,
) -> tuple[CaseResult, list[dict[str, Any]]]:
    """One response against one case: (assertion result, failed guardrail findings of severity block/warn)."""
    findings = _findings(policy, response, case_input) if policy is not None else []
    result = evaluate(
        response, assertions, rejected_response=rejected_response, case_input=case_input,
        judge=judge, guardrails=_runner(findings) if policy is not None else None,
    )
    violations = [f for f in findings if not f.get("passed", True) and f.get("severity") in ("block", "warn")]
    if any(v["severity"] == "block" for v in violations):
        result.score, result.passed, result.guardrail_blocked = 0.0, False, True
    return result, violations


def _score_case(revision: EvalCaseRevision, response: str, policy: PolicyLike | None, judge: Judge | None) -> tuple[CaseResult, list[dict[str, Any]]]:
    return score_response(
        response=response, case_input=revision.input, assertions=revision.assertions,
        rejected_response=revision.rejected_response, policy=policy, judge=judge,
    )


def score_prompt(
    *,
    project: Project,
    instructions: str,
    demos: list[dict[str, Any]],
    revisions: Iterable[EvalCaseRevision],
    lm: Any,
    policy: PolicyLike | None = None,
    cache: MutableMapping[str, str] | None = None,
    repeats: int = 1,
    progress: Callable[[int, int], None] | None = None,
    judge: Judge | None = None,
    train_reference: Sequence[EvalCaseRevision] | None = None,
) -> PromptScore:
    """Run the prompt on every revision `repeats` times and score it.

    `policy=None` uses the project's policy; `cache=None` the shared response store (pass `{}` for a
    private one). Repeats beyond the first are cached under their own key, so a sampling LM is
    sampled `repeats` times. `progress(done, total)` is called after each case. Similarity groups are
    relative to the train-split revisions among `revisions`, or to `train_reference` when given.
    """
    revisions = list(revisions)
    policy = policy if policy is not None else project_policy(project)
    store = default_store() if cache is None else cache
    program = programs.program_for(instructions=instructions, demos=demos)
    key = prompt_key(instructions, demos)
    groups = similarity_groups(revisions, train=train_reference)
    cases: list[CaseScore] = []
    calls = cached = 0
    for i, revision in enumerate(revisions, start=1):
        case: CaseScore | None = None
        for repeat in range(max(1, repeats)):
            response, hit, error = _respond(program, revision, lm=lm, key=key, repeat=repeat, store=store)
            cached, calls = cached + hit, calls + (not hit)
            result, violations = _score_case(revision, response, policy, judge)
            if case is None:
                case = CaseScore(revision.case_id, revision.pk, revision.split, groups.get(revision.pk, "same"), response, result, violations, error=error)
            elif result.guardrail_blocked and not case.result.guardrail_blocked:
                case.response, case.result, case.violations = response, result, violations
            case.scores.append(result.score)
        assert case is not None
        cases.append(case)
        if progress is not None:
            progress(i, len(revisions))
    return _aggregate(cases, lm_calls=calls, cached=cached)


def _aggregate(cases: list[CaseScore], *, lm_calls: int, cached: int) -> PromptScore:
    by_split = {s: mean(c.mean for c in cases if c.split == s) for s in SPLITS if any(c.split == s for c in cases)}
    held_out = [c for c in cases if c.split != "train"]
    by_group = {g: mean(c.mean for c in held_out if c.group == g) for g in GROUPS if any(c.group == g for c in held_out)}
    blocking = [
        {"case_id": c.case_id, "split": c.split, "check": v.get("check", ""), "message": v.get("message", "")}
        for c in cases for v in c.blocking
    ]
    overall = mean(c.mean for c in cases) if cases else 0.0
    return PromptScore(
        cases=cases, mean=overall, by_split=by_split, by_group=by_group, blocking_violations=blocking,
        objective=objective(overall, blocking_count=len(blocking), case_count=len(cases), mean_chars=_mean_chars(cases)),
        lm_calls=lm_calls, cached=cached,
    )


def _mean_chars(cases: list[CaseScore]) -> float:
    return mean(len(c.response) for c in cases) if cases else 0.0


def length_penalty(chars: float) -> float:
    return min(LENGTH_PENALTY_MAX, LENGTH_PENALTY_PER_1K_CHARS * chars / 1000)


def objective(score: float, *, blocking_count: int, case_count: int, mean_chars: float) -> float:
    """What the optimizer maximises: the mean score, heavily cut per blocking violation, mildly by length."""
    share_blocked = blocking_count / case_count if case_count else 0.0
    return score - BLOCKING_PENALTY * (share_blocked + (1.0 if blocking_count else 0.0)) - length_penalty(mean_chars)
