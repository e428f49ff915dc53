"""Optional LM judge (DSPy) for turns the deterministic baseline found suspicious but couldn't type.

Runs only when `EVALHUB_LM` is set. It sees what the baseline sees (earlier user statements, the injected
memory, corrected claims, the request, the answer and the user's reaction) and returns a type or "none".
Its verdicts are stored with the model name (`Failure.model_name`) and detector "dspy.judge", so they can
be told apart from, and evaluated against, the baseline.
"""

from __future__ import annotations

import logging
from typing import Any

from evalhub.failures.detectors import FAILURE_TYPES, Candidate, Evidence, Turn
from evalhub.failures.detectors import text as tx
from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

logger = logging.getLogger(__name__)
# LM calls per tagging run: a backfill must not turn into thousands of paid calls.
MAX_TURNS_PER_RUN = 50
# Verdicts below this are not stored.
MIN_CONFIDENCE = 0.5
DETECTOR = "dspy.judge"


class FailureVerdict(dspy.Signature):
    """Decide whether the assistant's answer shows a cross-session memory failure. recall: it ignored or re-asked
    something the user said before. clash: it used an outdated value, or its memory contradicts itself or the user.
    poisoning: it repeats a claim the user corrected earlier. distraction: it drags irrelevant memory into the answer.
    confusion: an overloaded memory context made the answer unfocused or wrong. Answer none when the turn is fine."""

    earlier_statements: str = dspy.InputField(desc="what the user said about themselves before this turn, oldest first")
    memory_context: str = dspy.InputField(desc="memory items injected into this turn")
    corrected_claims: str = dspy.InputField(desc="earlier assistant claims the user corrected")
    request: str = dspy.InputField(desc="the user's request")
    answer: str = dspy.InputField(desc="the assistant's answer being judged")
    reaction: str = dspy.InputField(desc="the user's next message and any feedback on the answer")
    failure_type: str = dspy.OutputField(desc="one of: recall, clash, poisoning, distraction, confusion, none")
    confidence: float = dspy.OutputField(desc="how sure, 0 to 1")
    explanation: str = dspy.OutputField(desc="one sentence on what went wrong")


def enabled() -> bool:
    from django.conf import settings

    return bool(getattr(settings, "EVALHUB_LM", ""))


def suspicious(turn: Turn) -> bool:
    """Worth an LM call: negative feedback, or an apology right after the user's reaction."""
    return bool(turn.negative_feedback) or (turn.follow_up is not None and tx.is_apology(turn.follow_up.content))


def judge_inputs(turn: Turn) -> dict[str, str]:
    before = [f for f in turn.analysis.facts if f.is_statement and f.message.at < turn.message.at][-30:]
    claims = [c for c in turn.analysis.corrected if c.message.at < turn.message.at][-5:]
    reaction = [turn.reply.content] if turn.reply else []
    reaction += [f"{f.type}: {f.comment or f.correction or f.value or ''}".strip(": ") for f in turn.feedback]
    return {
        "earlier_statements": "\n".join(f"- [{f.session_ext}] {f.text}" for f in before) or "(none)",
        "memory_context": "\n".join(f"- {st.content}" for st in turn.context) or "(none)",
        "corrected_claims": "\n".join(f"- said: {tx.quote(c.message.content, 120)} / corrected: {tx.quote(c.correction, 120)}" for c in claims) or "(none)",
        "request": turn.request or "(none)",
        "answer": turn.message.content,
        "reaction": "\n".join(reaction) or "(none)",
    }


def verdict_to_candidate(turn: Turn, prediction: Any, model_name: str) -> Candidate | None:
    failure_type = str(getattr(prediction, "failure_type", "none")).strip().lower()
    try:
        confidence = max(0.0, min(1.0, float(getattr(prediction, "confidence", 0.0))))
    except (TypeError, ValueError):
        confidence = 0.0
    if failure_type not in FAILURE_TYPES or confidence < MIN_CONFIDENCE:
        return None
    ev = Evidence()
    for m in turn.request_messages:
        ev.add_message(m, "the request")
    for st in turn.context:
        ev.add_memory(st, "injected", injected=True)
    explanation = str(getattr(prediction, "explanation", "") or f"LM judge: {failure_type}")
    return Candidate(failure_type, round(confidence, 2), explanation, DETECTOR, ev, details={"model_name": model_name})


def judge_turns(turns: list[Turn], *, lm: Any = None) -> list[tuple[Turn, Candidate]]:
    """Verdicts for the suspicious turns among `turns` (at most MAX_TURNS_PER_RUN); [] when no LM is configured."""
    if lm is None and not enabled():
        return []
    picked = [t for t in turns if suspicious(t)][:MAX_TURNS_PER_RUN]
    if not picked:
        return []
    from evalhub.llm.factory import build_lm, lm_name

    lm = lm or build_lm()
    name = lm_name(lm)
    program = dspy.Predict(FailureVerdict)
    out = []
    for turn in picked:
        try:
            with dspy.context(lm=lm):
                prediction = program(**judge_inputs(turn))
        except Exception as exc:  # noqa: BLE001 - the judge is optional: the baseline's failures stand without it
            logger.warning("failure judge failed on %s: %s", turn.message.ext_id, exc)
            continue
        cand = verdict_to_candidate(turn, prediction, name)
        if cand is not None:
            out.append((turn, cand))
    return out
