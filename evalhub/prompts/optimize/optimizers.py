"""The three optimizers, sized to a run's LM-call budget.

Each plan fits its expected number of task-model calls into the budget up front (the guard is only
the hard stop), and runs single-threaded: the guard writes progress from the task's thread, and the
offline demo model answers one call at a time anyway.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

from evalhub.evals.evaluator import Judge  # noqa: E402
from evalhub.prompts.optimize.metrics import assistant_feedback_metric, assistant_metric  # noqa: E402
from evalhub.prompts.scoring import PolicyLike  # noqa: E402

# Eval cases carry assertions, not gold replies: demos come from traces that pass their case. Three
# fit SmolLM2's 4k-token context next to the memory and history fields.
MAX_DEMOS = 3
# A trace becomes a demo only if its reply mostly passes its case's assertions.
DEMO_MIN_SCORE = 0.75
# MIPROv2: instruction/demo candidates, and the minibatch it scores trials on when the valset is big.
MIPRO_MIN_CANDIDATES, MIPRO_MAX_CANDIDATES = 2, 6
MIPRO_MINIBATCH = 10
# Calls besides task replies: MIPROv2's data summary and program description, one proposal per candidate.
MIPRO_FIXED_CALLS = 6
GEPA_REFLECTION_MINIBATCH = 3
# GEPA scores a minibatch once to decide and again to collect feedback for the reflection.
GEPA_METRIC_CALLS_PER_ROLLOUT = 1.5
SEED = 0


class BudgetTooSmall(ValueError):
    pass


@dataclass
class Plan:
    optimizer: Any
    compile_kwargs: dict[str, Any] = field(default_factory=dict)
    expected_calls: float = 0


def _bootstrap(metric: Any, trainset: list[dspy.Example], valset: list[dspy.Example], budget: int) -> Plan:
    # One task call per training example until MAX_DEMOS traces pass.
    trainset = trainset[:budget]
    optimizer = dspy.BootstrapFewShot(
        metric=metric, metric_threshold=DEMO_MIN_SCORE, max_bootstrapped_demos=MAX_DEMOS, max_labeled_demos=0,
        max_rounds=1, max_errors=len(trainset) + 1,
    )
    return Plan(optimizer, {"trainset": trainset}, expected_calls=len(trainset))


def mipro_calls(*, candidates: int, trials: int, train: int, val: int) -> int:
    minibatch = val > MIPRO_MINIBATCH
    per_trial = MIPRO_MINIBATCH if minibatch else val
    full_evals = (trials // 5 + 1) * val if minibatch else 0
    return candidates * train + candidates + MIPRO_FIXED_CALLS + trials * per_trial + full_evals + val


def _mipro(metric: Any, trainset: list[dspy.Example], valset: list[dspy.Example], budget: int, *, lm: Any, optimizer_lm: Any) -> Plan:
    n, v = len(trainset), len(valset)
    best: tuple[int, int] | None = None
    for candidates in range(MIPRO_MIN_CANDIDATES, MIPRO_MAX_CANDIDATES + 1):
        for trials in range(candidates, 4 * candidates + 1):
            if mipro_calls(candidates=candidates, trials=trials, train=n, val=v) <= budget:
                best = max(best or (0, 0), (candidates, trials))
    if best is None:
        need = mipro_calls(candidates=MIPRO_MIN_CANDIDATES, trials=MIPRO_MIN_CANDIDATES, train=n, val=v)
        raise BudgetTooSmall(f"MIPROv2 on {n} training and {v} validation cases needs a budget of at least {need} LM calls")
    candidates, trials = best
    optimizer = dspy.MIPROv2(
        metric=metric, prompt_model=optimizer_lm, task_model=lm, auto=None, num_candidates=candidates,
        max_bootstrapped_demos=MAX_DEMOS, max_labeled_demos=0, num_threads=1, max_errors=n + v + 1, seed=SEED,
        metric_threshold=DEMO_MIN_SCORE, verbose=False,
    )
    kwargs = {
        "trainset": trainset, "valset": valset, "num_trials": trials, "minibatch": v > MIPRO_MINIBATCH,
        "minibatch_size": MIPRO_MINIBATCH, "view_data_batch_size": max(n, 1),
    }
    return Plan(optimizer, kwargs, expected_calls=mipro_calls(candidates=candidates, trials=trials, train=n, val=v))


def _gepa(feedback_metric: Any, trainset: list[dspy.Example], valset: list[dspy.Example], budget: int, *, optimizer_lm: Any) -> Plan:
    # GEPA's budget counts rollouts; each iteration adds a proposer call to its two minibatches and may
    # overshoot by one iteration, so a quarter of the LM calls stays in reserve.
    rollouts = budget * 3 // 4 - 2 * GEPA_REFLECTION_MINIBATCH
    valset = valset[: max(1, rollouts // 2)]
    if rollouts < len(valset) + 2 * GEPA_REFLECTION_MINIBATCH:
        raise BudgetTooSmall(f"GEPA on {len(valset)} validation cases needs a budget of at least {(len(valset) + 4 * GEPA_REFLECTION_MINIBATCH) * 4 // 3 + 1} LM calls")
    optimizer = dspy.GEPA(
        metric=feedback_metric, reflection_lm=optimizer_lm, max_metric_calls=rollouts, reflection_minibatch_size=GEPA_REFLECTION_MINIBATCH,
        use_merge=False, num_threads=1, track_stats=True, seed=SEED, failure_score=0.0, perfect_score=1.0,
    )
    return Plan(optimizer, {"trainset": trainset, "valset": valset}, expected_calls=rollouts * GEPA_METRIC_CALLS_PER_ROLLOUT)


def plan_optimizer(
    *, name: str, trainset: list[dspy.Example], valset: list[dspy.Example], budget_lm_calls: int, lm: Any, optimizer_lm: Any,
    policy: PolicyLike | None, judge: Judge | None = None, on_metric: Any = None,
) -> Plan:
    """An optimizer and its compile() arguments for `name` ("bootstrap", "mipro", "gepa")."""

    def counted(fn: Any) -> Any:
        @functools.wraps(fn)
        def metric(*args: Any, **kwargs: Any) -> Any:
            value = fn(*args, **kwargs)
            if on_metric is not None:
                on_metric()
            return value

        return metric

    metric = counted(functools.partial(assistant_metric, policy=policy, judge=judge))
    if name == "bootstrap":
        return _bootstrap(metric, trainset, valset, budget_lm_calls)
    if name == "mipro":
        return _mipro(metric, trainset, valset, budget_lm_calls, lm=lm, optimizer_lm=optimizer_lm)
    if name == "gepa":
        feedback = counted(functools.partial(assistant_feedback_metric, policy=policy, judge=judge))
        return _gepa(feedback, trainset, valset, budget_lm_calls, optimizer_lm=optimizer_lm)
    raise ValueError(f"unknown optimizer {name!r}")
