"""The end of a run: record scores, create the candidate version, run the gate, maybe auto-promote."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from evalhub.evals.services import project_setting
from evalhub.prompts.models import OptimizationRun, PromptVersion
from evalhub.prompts.optimize.runner import Outcome
from evalhub.prompts.scoring import PromptScore
from evalhub.prompts.services.versions import prompt_promote, prompt_version_create

logger = logging.getLogger(__name__)

def score_record(score: PromptScore) -> dict[str, Any]:
    """What a version stores per eval-set version in `PromptVersion.scores`."""
    return {
        **{k: round(v, 4) for k, v in score.by_split.items()},
        "mean": round(score.mean, 4), "objective": round(score.objective, 4),
        "by_group": {k: round(v, 4) for k, v in score.by_group.items()},
        "blocking": len(score.blocking_violations), "blocking_dev": len(score.split_blocking("dev")),
        "cases": len(score.cases),
    }


@transaction.atomic
def optimization_run_complete(*, run: OptimizationRun, outcome: Outcome) -> OptimizationRun:
    base = run.base_version
    assert base is not None
    key = f"{run.eval_set_id}@{run.eval_set_version}"
    PromptVersion.objects.filter(pk=base.pk).update(scores={**base.scores, key: score_record(outcome.baseline)})
    candidate: PromptVersion | None = None
    if outcome.instructions == base.instructions and outcome.demos == base.demos:
        gate: dict[str, Any] = {"passed": False, "reasons": ["the optimizer returned the prompt unchanged"], "by": "evalhub.prompts"}
    else:
        candidate = prompt_version_create(
            prompt=run.prompt, instructions=outcome.instructions, demos=outcome.demos, model_settings=base.model_settings,
            parent=base, author=f"run:{run.pk}", status=PromptVersion.Status.CANDIDATE, scores={key: score_record(outcome.candidate)},
        )
        gate = outcome.gate
    run.candidate, run.gate, run.status, run.finished_at = candidate, gate, OptimizationRun.Status.SUCCEEDED, timezone.now()
    run.scores = {"eval_set": key, "baseline": outcome.baseline.summary(), "candidate": outcome.candidate.summary()}
    run.program_state, run.usage, run.cost_usd = outcome.program_state, outcome.usage, outcome.cost_usd
    run.lm_calls, run.best_score, run.phase = outcome.lm_calls, outcome.best_score, "done"
    run.trials_done = run.trials_total = outcome.trials
    run.save()
    auto = bool(project_setting(run.project, "prompt_auto_promote", False))
    run.prompt.refresh_from_db()
    if candidate is not None and gate["passed"] and auto and run.prompt.production_version_id == base.pk:
        dev = gate.get("dev") or {}
        prompt_promote(version=candidate, actor=f"run:{run.pk}", reason=f"auto-promoted: gate passed (dev {dev.get('baseline')} -> {dev.get('candidate')})")
    return run
