"""Execute one optimization run: score the base version, optimize, score the candidate.

Everything with side effects beyond the run's progress row (the candidate version, the gate, a
promotion, the final status) happens in `services.runs`, so this module can be driven by the Celery
task and by `manage.py optimize` alike.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from statistics import mean
from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

from evalhub.evals.models import EvalCaseRevision  # noqa: E402
from evalhub.evals.selectors import eval_revisions_at_version  # noqa: E402
from evalhub.llm.factory import build_lm, configured_model, lm_name  # noqa: E402
from evalhub.prompts import programs, scoring  # noqa: E402
from evalhub.prompts.models import OptimizationRun, PromptVersion  # noqa: E402
from evalhub.prompts.optimize.gate import run_gate  # noqa: E402
from evalhub.prompts.optimize.guard import RunGuard  # noqa: E402
from evalhub.prompts.optimize.optimizers import plan_optimizer  # noqa: E402
from evalhub.prompts.scoring import PromptScore, score_prompt  # noqa: E402

logger = logging.getLogger(__name__)

# With enough training cases, every third is held back to choose between candidates, so the dev
# split stays untouched for the gate and holdout for the overfitting check. Runs score dev, holdout
# and that validation sample of train (the rest of train is what the optimizer fits): on the demo
# data this halves the LM calls of the before/after scoring.
OPTIMIZER_VAL_MIN_TRAIN = 6
# Scoring the candidate takes about as long as scoring the base version did; keep that much in hand.
SCORING_TIME_MARGIN = 1.2
DEFAULT_MAX_TOKENS = 512
UNPRICED_PREFIXES = ("scripted/", "local/")


@dataclass
class Outcome:
    baseline: PromptScore
    candidate: PromptScore
    instructions: str
    demos: list[dict[str, Any]]
    program_state: dict[str, Any]
    usage: dict[str, Any] = field(default_factory=dict)
    cost_usd: float = 0.0
    lm_calls: int = 0
    best_score: float | None = None
    trials: int = 0
    gate: dict[str, Any] = field(default_factory=dict)


def example_for(revision: EvalCaseRevision) -> dspy.Example:
    base = programs.example_from_input(revision.input)
    return dspy.Example(
        **base.toDict(), case_id=revision.case_id, case_input=revision.input, assertions=revision.assertions,
        rejected_response=revision.rejected_response,
    ).with_inputs("memory_context", "history", "user_message")


def split_train(train: list[EvalCaseRevision]) -> tuple[list[EvalCaseRevision], list[EvalCaseRevision]]:
    if len(train) < OPTIMIZER_VAL_MIN_TRAIN:
        return train, train
    return [r for i, r in enumerate(train) if i % 3 != 2], [r for i, r in enumerate(train) if i % 3 == 2]


def build_lms(version: PromptVersion) -> tuple[Any, Any]:
    """(task LM, proposer LM), built lazily inside the task: the version's model or EVALHUB_LM."""
    model_settings = version.model_settings or {}
    lm = build_lm(
        model_settings.get("model") or None, temperature=float(model_settings.get("temperature", 0.0)),
        max_tokens=int(model_settings.get("max_tokens", DEFAULT_MAX_TOKENS)),
    )
    return lm, build_lm(configured_model("EVALHUB_OPTIMIZER_LM") or lm_name(lm), max_tokens=1024)


def _mean_on(score: PromptScore, revisions: list[EvalCaseRevision]) -> float | None:
    wanted = {r.pk for r in revisions}
    values = [c.mean for c in score.cases if c.revision_id in wanted]
    return mean(values) if values else None


def cost_of(usage: dict[str, Any]) -> float:
    """USD from LiteLLM's local price map; models it doesn't know (local, scripted) cost nothing."""
    import litellm

    total = 0.0
    for model, tokens in usage.items():
        if model.startswith(UNPRICED_PREFIXES):
            continue
        try:
            prompt_usd, completion_usd = litellm.cost_per_token(
                model=model, prompt_tokens=int(tokens.get("prompt_tokens") or 0), completion_tokens=int(tokens.get("completion_tokens") or 0)
            )
        except Exception:  # noqa: BLE001 - litellm raises a bare Exception for unmapped models
            continue
        total += prompt_usd + completion_usd
    return total


@dataclass
class _Cases:
    train_all: list[EvalCaseRevision]
    train: list[EvalCaseRevision]
    val: list[EvalCaseRevision]
    scored: list[EvalCaseRevision]


def _cases(run: OptimizationRun) -> _Cases:
    assert run.eval_set is not None and run.eval_set_version is not None
    every = list(eval_revisions_at_version(eval_set=run.eval_set, version=run.eval_set_version))
    train_all = [r for r in every if r.split == "train"]
    train, val = split_train(train_all)
    return _Cases(train_all=train_all, train=train, val=val, scored=[r for r in every if r.split != "train"] + val)


def optimization_run_optimize(*, run: OptimizationRun, guard: RunGuard) -> Outcome:
    """The run's LM work; raises RunStopped on cancel/budget, BudgetTooSmall, LM errors."""
    started = time.monotonic()
    base = run.base_version
    assert base is not None
    cases = _cases(run)
    lm, optimizer_lm = build_lms(base)
    policy = scoring.project_policy(run.project)

    def score(instructions: str, demos: list[dict[str, Any]]) -> PromptScore:
        return score_prompt(
            project=run.project, instructions=instructions, demos=demos, revisions=cases.scored, lm=lm, policy=policy,
            progress=lambda done, total: guard.trial(), train_reference=cases.train_all,
        )

    with dspy.context(lm=lm, callbacks=[guard]), dspy.track_usage() as tracker:
        guard.start_phase("baseline", add_total=2 * len(cases.scored))
        baseline = score(base.instructions, base.demos)
        guard.best_of(_mean_on(baseline, cases.val))
        plan = plan_optimizer(
            name=run.optimizer, trainset=[example_for(r) for r in cases.train], valset=[example_for(r) for r in cases.val],
            budget_lm_calls=run.budget_lm_calls, lm=lm, optimizer_lm=optimizer_lm, policy=policy, on_metric=guard.trial,
        )
        guard.start_phase("optimizing", add_total=round(plan.expected_calls))
        scoring_s = time.monotonic() - started
        guard.limit(lm_calls=run.budget_lm_calls, deadline=started + run.budget_wall_s - SCORING_TIME_MARGIN * scoring_s)
        optimized = plan.optimizer.compile(programs.program_for(instructions=base.instructions, demos=base.demos), **plan.compile_kwargs)
        guard.limit(lm_calls=None, deadline=None)
        instructions, demos = programs.program_instructions_and_demos(optimized)
        guard.trials_total = guard.trials_done + len(cases.scored)
        guard.start_phase("candidate")
        candidate = score(instructions, demos)
        gate: dict[str, Any] = {}
        if (instructions, demos) != (base.instructions, base.demos):
            guard.start_phase("gate")
            gate = run_gate(run=run, instructions=instructions, demos=demos, lm=lm, policy=policy, baseline=baseline, candidate=candidate)
        usage = tracker.get_total_tokens()
    guard.best_of(_mean_on(candidate, cases.val))
    guard.flush(force=True)
    return Outcome(
        baseline=baseline, candidate=candidate, instructions=instructions, demos=demos,
        program_state=json.loads(programs.state_json(optimized)), usage=usage, cost_usd=cost_of(usage),
        lm_calls=guard.lm_calls, best_score=guard.best_score, trials=guard.trials_done, gate=gate,
    )
