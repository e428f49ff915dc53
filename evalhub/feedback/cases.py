"""Turn a feedback signal into an eval case: what the assistant saw, what it said, what it must do."""

from __future__ import annotations

import re
from typing import Any

from evalhub.conversations.models import Message
from evalhub.evals.services import ProposedCase, eval_case_propose, project_setting
from evalhub.feedback.models import Signal

NEGATIVE_EXPLICIT = {"thumbs_down", "flag", "correction"}
MEAT_PATTERN = r"\b(beef|pork|chicken|bacon|ham|steak|lamb|turkey|sausage|salami|veal|duck|meatballs?|prosciutto)\b"
FISH_PATTERN = r"\b(salmon|tuna|cod|shrimp|prawns?|fish|anchov\w+|sardines?)\b"
EMOJI_PATTERN = "[\U0001f300-\U0001faff\u2600-\u27bf]"
SHORT_ANSWER_CHARS = 600
_NUMBER = re.compile(r"\b\d[\d.,:]*\s?(?:am|pm|%|kg|km|h|min|eur|usd)?\b", re.IGNORECASE)
_CAPITALIZED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
_NOT_X = re.compile(r"\bnot (?:in |on |at |the |a )?(?P<x>[A-Z][a-z]+|\d[\d.,:]*\s?(?:am|pm)?)", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(no|nope|wrong|incorrect|actually|that'?s (wrong|not right|incorrect))[,.!:;\s-]*", re.IGNORECASE)


def salient_terms(text: str) -> list[str]:
    terms = [m.group(0).strip() for m in _NUMBER.finditer(text)] + _CAPITALIZED.findall(text)
    return list(dict.fromkeys(t for t in terms if t))


def case_input_for(message: Message | None, *, user_message: Message | None = None) -> tuple[dict[str, Any], str]:
    """Input = memory injected for the assistant turn, prior session messages, the request it answered."""
    if message is None:
        text = user_message.content if user_message else ""
        return {"memory": [], "history": [], "user_message": text}, ""
    if message.role != "assistant":
        history = list(Message.objects.filter(session_id=message.session_id, position__lt=message.position).order_by("position"))
        return {"memory": [], "history": [{"role": m.role, "content": m.content} for m in history], "user_message": message.content}, ""
    before = list(Message.objects.filter(session_id=message.session_id, position__lt=message.position).order_by("position").only("role", "content", "position"))
    request_index = next((i for i in range(len(before) - 1, -1, -1) if before[i].role == "user"), None)
    request = before[request_index].content if request_index is not None else ""
    history = before[:request_index] if request_index is not None else before
    memory = [c.memory_item.content for c in message.context_items.select_related("memory_item").order_by("position") if c.memory_item.content]
    case_input = {"memory": memory, "history": [{"role": m.role, "content": m.content} for m in history], "user_message": request}
    return case_input, message.content


def _rubric(hint: str) -> dict[str, Any]:
    return {"type": "llm_rubric", "value": f"Better than the rejected response: {hint}"}


def correction_assertions(correction: str, rejected: str) -> list[dict[str, Any]]:
    body = _LEAD.sub("", correction)
    wrong = {m.group("x").strip() for m in _NOT_X.finditer(body)}
    right = [t for t in salient_terms(_NOT_X.sub(" ", body)) if t not in wrong and t.lower() not in rejected.lower()]
    assertions: list[dict[str, Any]] = [{"type": "contains", "value": t, "why": "the corrected fact"} for t in right[:2]]
    claimed = [t for t in salient_terms(rejected) if t.lower() not in body.lower()]
    if not wrong and right:
        # Same kind of token as the correction (a number for a number, a name for a name).
        kinds = {t[0].isdigit() for t in right}
        wrong = {t for t in claimed if t[0].isdigit() in kinds}
    assertions += [{"type": "not_contains", "value": t, "why": "the claim the user corrected"} for t in sorted(wrong)[:2] if t.lower() in rejected.lower()]
    assertions.append(_rubric(f"take the user's correction into account: {correction[:300]}"))
    return assertions


def preference_assertions(key: str, value: str, text: str) -> list[dict[str, Any]]:
    why = f"user preference: {text[:200]}"
    if key == "length" and value == "short":
        return [{"type": "max_chars", "value": SHORT_ANSWER_CHARS, "why": why}]
    if key == "diet" and value in ("vegetarian", "vegan", "no meat"):
        return [{"type": "not_regex", "value": MEAT_PATTERN, "why": why}]
    if key == "diet" and value in ("no fish", "pescatarian"):
        return [{"type": "not_regex", "value": FISH_PATTERN if value == "no fish" else MEAT_PATTERN, "why": why}]
    if key == "emoji":
        return [{"type": "not_regex", "value": EMOJI_PATTERN, "why": why}]
    if key == "allergy":
        return [{"type": "not_contains", "value": value, "why": why}]
    return [{"type": "llm_rubric", "value": f"Respects the user's preference ({key}: {value}): {text[:200]}"}]


def assertions_for(signal: Signal, rejected: str) -> list[dict[str, Any]]:
    d = signal.details or {}
    if signal.type == "correction":
        return correction_assertions(d.get("correction_text") or signal.evidence, rejected)
    if signal.type == "restatement":
        fact = d.get("fact") or ""
        terms = [w for w in re.findall(r"[A-Za-z]{5,}", fact) if w.lower() not in rejected.lower()][:1]
        return [{"type": "contains", "value": t, "why": "the fact the user had given before"} for t in terms] + [
            _rubric(f"use what the user already said: {fact[:200]}")]
    if signal.type == "preference":
        return preference_assertions(d.get("key", ""), d.get("value", ""), d.get("text", ""))
    if signal.type == "guardrail":
        return [{"type": "guardrail", "value": [d.get("check")] if d.get("check") else None}]
    hint = {"rephrase": "answer the request the user had to repeat", "frustration": "address what frustrated the user",
            "abandonment": "be helpful enough that the user doesn't give up", "flag": "must not contain what was flagged"}.get(signal.type, "a response the user would rate higher")
    assertions = [_rubric(hint)]
    if signal.type == "flag":
        assertions.append({"type": "guardrail", "value": None})
    return assertions


def signal_is_negative(signal: Signal) -> bool:
    if signal.source == Signal.Source.EXPLICIT:
        if signal.type == "rating":
            return (signal.details or {}).get("value", 5) <= 2
        if signal.type == "comment":
            return bool((signal.details or {}).get("negative"))
        return signal.type in NEGATIVE_EXPLICIT
    return True


def signal_to_case(signal: Signal) -> Any:
    """Negative explicit feedback always; implicit above the project's threshold."""
    project = signal.project
    if signal.type in ("thumbs_up",) or not signal_is_negative(signal):
        return None
    if signal.source == Signal.Source.IMPLICIT and signal.confidence < project_setting(project, "signal_case_threshold", 0.6):
        return None
    about = signal.message or signal.user_message
    case_input, rejected = case_input_for(signal.message, user_message=signal.user_message) if about else ({"memory": [], "history": [], "user_message": ""}, "")
    if not case_input.get("user_message"):
        return None
    confidence = signal.confidence if signal.source != Signal.Source.EXPLICIT else 0.95
    if signal.type == "preference":
        confidence = min(confidence, 0.75)  # a preference is worth checking by a human before it gates prompts
    source = {"explicit": "explicit", "implicit": "implicit", "guardrail": "guardrail"}[signal.source]
    proposed = ProposedCase(
        kind=signal.type, source=source, input=case_input, rejected_response=rejected,
        assertions=assertions_for(signal, rejected), confidence=confidence,
        provenance={"key": f"signal:{signal.pk}", "signal": signal.pk, "type": signal.type, "session": signal.session.external_id,
                    "message": signal.message.external_id if signal.message else None},
        signal_received_at=signal.received_at, user=signal.user, session=signal.session, message=signal.message,
    )
    return eval_case_propose(project=project, proposed=proposed)
