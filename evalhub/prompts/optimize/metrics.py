"""The optimizer's metric: eval-case assertions combined with the project's guardrail policy.

`(example, pred, trace=None) -> float`, bound to a policy with `functools.partial`. The example is an
eval-case revision as a DSPy example (`examples.example_for`). A blocking guardrail violation scores
the case 0 in reports, but the optimizer sees `BLOCKED_SCORE` (below any honest failure) so that one
leak outweighs a good answer elsewhere; length is penalized mildly (`scoring.length_penalty`).
"""

from __future__ import annotations

from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

from evalhub.evals.evaluator import Judge  # noqa: E402
from evalhub.prompts.scoring import PolicyLike, length_penalty, score_response  # noqa: E402

BLOCKED_SCORE = -1.0


def _score(example: Any, pred: Any, *, policy: PolicyLike | None, judge: Judge | None) -> tuple[float, str]:
    response = str(getattr(pred, "response", "") or "")
    result, violations = score_response(
        response=response, case_input=dict(example.case_input), assertions=list(example.assertions),
        rejected_response=str(example.get("rejected_response", "") or ""), policy=policy, judge=judge,
    )
    notes = [f"{r.type}: {r.message}" for r in result.failures]
    notes += [f"guardrail {v.get('check')} ({v.get('severity')}): {v.get('message', '')}" for v in violations]
    if result.guardrail_blocked:
        return BLOCKED_SCORE, "; ".join(notes)
    return result.score - length_penalty(len(response)), "; ".join(notes)


def assistant_metric(example: Any, pred: Any, trace: Any = None, *, policy: PolicyLike | None = None, judge: Judge | None = None) -> float:
    score, _ = _score(example, pred, policy=policy, judge=judge)
    return score


def assistant_feedback_metric(
    gold: Any, pred: Any, trace: Any = None, pred_name: str | None = None, pred_trace: Any = None,
    *, policy: PolicyLike | None = None, judge: Judge | None = None,
) -> dspy.Prediction:
    """GEPA's form: the same score plus textual feedback (the failed assertions and guardrails)."""
    score, notes = _score(gold, pred, policy=policy, judge=judge)
    why = [str(a.get("why")) for a in gold.assertions if a.get("why")]
    feedback = notes or "All assertions passed."
    if why and notes:
        feedback += " Why these checks matter: " + " ".join(why)
    return dspy.Prediction(score=score, feedback=feedback)
