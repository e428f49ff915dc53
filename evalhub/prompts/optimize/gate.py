"""The gate step after a run: the candidate vs the base production version on the dev split.

It uses the CI gate's core (`evalhub.gate.services.gate_evaluate`) with no regression allowed; the
replies are cached from the run's own scoring, so it costs no LM calls. `gate_compare` is the same
rule on the run's scores, for installs without the gate app.
"""

from __future__ import annotations

from typing import Any

from django.db import DatabaseError, connection

from evalhub.common.errors import ApplicationError
from evalhub.prompts.models import OptimizationRun
from evalhub.prompts.scoring import PolicyLike, PromptScore

# A hill-climb must not ship a prompt that is worse on dev; float noise only.
MAX_REGRESSION = 0.0
GATE_TOLERANCE = 1e-9


def gate_compare(*, baseline: PromptScore, candidate: PromptScore) -> dict[str, Any]:
    reasons: list[str] = []
    base_dev, cand_dev = baseline.by_split.get("dev"), candidate.by_split.get("dev")
    blocking = candidate.split_blocking("dev")
    if blocking:
        reasons.append(f"{len(blocking)} blocking guardrail violation(s) on dev: " + ", ".join(sorted({b['check'] for b in blocking})))
    if base_dev is None or cand_dev is None:
        reasons.append("no dev cases to judge by")
    elif cand_dev + GATE_TOLERANCE < base_dev:
        reasons.append(f"dev score regressed: {cand_dev:.4f} < {base_dev:.4f}")
    return {"passed": not reasons, "reasons": reasons, "by": "evalhub.prompts", "dev": {"baseline": base_dev, "candidate": cand_dev}}


def run_gate(
    *, run: OptimizationRun, instructions: str, demos: list[dict[str, Any]], lm: Any, policy: PolicyLike | None,
    baseline: PromptScore, candidate: PromptScore,
) -> dict[str, Any]:
    """{"passed", "reasons", "by", "dev": {"baseline", "candidate"}, "holdout": {...}}."""
    holdout = {"baseline": baseline.by_split.get("holdout"), "candidate": candidate.by_split.get("holdout")}
    try:
        from evalhub.gate.services import gate_evaluate
    except ImportError:
        return {**gate_compare(baseline=baseline, candidate=candidate), "holdout": holdout}
    def evaluate() -> Any:
        return gate_evaluate(
            project=run.project, prompt_name=run.prompt.name, candidate_instructions=instructions, candidate_demos=demos,
            baseline=run.base_version, eval_set=run.eval_set, eval_version=run.eval_set_version, split="dev",
            max_regression=MAX_REGRESSION, lm=lm, policy=policy,
        )

    try:
        try:
            result = evaluate()
        except DatabaseError:
            if connection.in_atomic_block:
                raise
            connection.close()  # dropped during the long LM phase; the replies are cached, so retry
            result = evaluate()
    except ApplicationError as exc:  # e.g. no dev cases yet: nothing to promote on
        return {"passed": False, "reasons": [exc.message], "by": "evalhub.gate", "holdout": holdout}
    dev = {"baseline": result.baseline["mean"] if result.baseline else None, "candidate": result.candidate["mean"]}
    return {"passed": result.verdict == "pass", "reasons": result.reasons, "by": "evalhub.gate", "verdict": result.verdict,
            "dev": dev, "holdout": holdout, "counts": result.to_dict()["counts"]}
