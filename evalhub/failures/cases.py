"""A confirmed failure as an eval case: the turn's input, the failing answer, assertions that capture the failure.

recall      -> must use the fact (contains its key value) + rubric
clash       -> must use the newest value (contains) and not the superseded one (not_contains)
poisoning   -> must not repeat the corrected claim (not_contains its wrong words) + rubric
distraction -> must not mention the irrelevant memory (not_contains its words)
confusion   -> rubric: answer the request directly, without the unrelated notes (+ not_contains them)
"""

from __future__ import annotations

import re
from typing import Any

from evalhub.conversations.models import Message
from evalhub.evals.models import EvalCase
from evalhub.evals.services import ProposedCase, eval_case_propose
from evalhub.failures.detectors import text as tx
from evalhub.failures.models import Failure
from evalhub.feedback.cases import case_input_for

# Terms this short or this common make assertions that pass or fail by accident.
MIN_TERM_CHARS = 3
MAX_TERMS = 2


def _surface(term: str, *texts: str) -> str:
    """The term as it is written in the texts ("Celtics" for the stem "celtic"), for a readable `contains`."""
    for text in texts:
        m = re.search(rf"(?<![\w]){re.escape(term)}\w*", text, re.IGNORECASE)
        if m:
            return m.group(0)
    return term


def _key_terms(text: str, *, exclude: str = "", limit: int = MAX_TERMS) -> list[str]:
    """Most telling words of `text`: numbers and names first, then the longest value words."""
    skip = tx.mention_terms(exclude) | tx.COMMON
    terms = [t for t in tx.mention_terms(text) if t not in skip and len(t) >= MIN_TERM_CHARS - (1 if t[:1].isdigit() else 0)]
    ranked = sorted(terms, key=lambda t: (not t[:1].isdigit(), t not in tx.capitalized(text), -len(t), t))
    return [_surface(t, text) for t in ranked[:limit]]


def _rubric(text: str) -> dict[str, Any]:
    return {"type": "llm_rubric", "value": text[:500]}


def assertions_for(failure: Failure, request: str, rejected: str) -> list[dict[str, Any]]:
    d = failure.details or {}
    t = failure.type
    if t == "recall":
        fact = str(d.get("fact", ""))
        terms = _key_terms(fact, exclude=request)
        return [{"type": "contains", "value": v, "why": f"the user said: {tx.quote(fact, 120)}"} for v in terms] + [
            _rubric(f"Uses what the user said earlier: {fact}")]
    if t == "clash":
        new, old = str(d.get("new", "")), str(d.get("old", ""))
        new_terms = _key_terms(new, exclude=f"{old} {request}")
        old_terms = [_surface(w, old, rejected) for w in d.get("old_terms", [])][:MAX_TERMS] or _key_terms(old, exclude=f"{new} {request}")
        out = [{"type": "contains", "value": v, "why": f"the newest value: {tx.quote(new, 120)}"} for v in new_terms]
        out += [{"type": "not_contains", "value": v, "why": f"superseded: {tx.quote(old, 120)}"} for v in old_terms]
        return out or [_rubric(f"Uses the newest value ({new}), not the superseded one ({old})")]
    if t == "poisoning":
        wrong = [_surface(w, rejected, str(d.get("wrong_claim", ""))) for w in d.get("wrong", [])][:MAX_TERMS]
        out = [{"type": "not_contains", "value": v, "why": f"corrected claim: {tx.quote(str(d.get('wrong_claim', '')), 120)}"} for v in wrong]
        return [*out, _rubric(f"Does not repeat the claim the user corrected; the correction was: {d.get('correction', '')}")]
    if t == "distraction":
        terms = [_surface(w, rejected) for w in d.get("terms", [])][:MAX_TERMS]
        why = f"irrelevant memory: {tx.quote(str(d.get('attribute_text', '')), 120)}"
        return [{"type": "not_contains", "value": v, "why": why} for v in terms] or [_rubric(f"Does not bring up {why}")]
    return [_rubric("Answers the request directly and focused, without listing unrelated notes about the user.")]


def _valid(assertions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a for a in assertions if a["type"] not in ("contains", "not_contains") or len(str(a.get("value", "")).strip()) >= 2]


def failure_to_case(failure: Failure) -> EvalCase | None:
    """Propose the eval case for a confirmed failure (merged into a near-duplicate case if there is one)."""
    message = Message.objects.filter(pk=failure.message_id).select_related("session").first()
    if message is None:
        return None
    case_input, rejected = case_input_for(message)
    if not case_input.get("user_message"):
        return None
    proposed = ProposedCase(
        kind=failure.type, source="failure", input=case_input, rejected_response=rejected,
        assertions=_valid(assertions_for(failure, str(case_input["user_message"]), rejected)), confidence=1.0,
        provenance={
            "key": f"failure:{failure.pk}", "failure": failure.pk, "type": failure.type, "diagnosis": failure.diagnosis or None,
            "session": message.session.external_id, "message": message.external_id, "evidence_session": failure.evidence_session or None,
            "detector": failure.detector, "model_name": failure.model_name or None, "reviewer": failure.reviewer,
        },
        user=failure.user, session=message.session, message=message,
    )
    return eval_case_propose(project=failure.project, proposed=proposed)
