"""Distraction and confusion: irrelevant memory dragged into an answer, and an overloaded context degrading it."""

from __future__ import annotations

import re

from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.analysis import is_repair
from evalhub.failures.detectors.base import Candidate, Evidence, Turn
from evalhub.failures.detectors.usage import IRRELEVANT, ItemUse, item_uses, overloaded, sentence_relevance, woven

# The sentence that drags the item in is about something else (its similarity to the request).
ASIDE_MAX_RELEVANCE = 0.3
# Past this many used items the answer is tailored to a profile (a trip plan), not distracted.
PROFILE_ITEMS = 3
# An answer this dissimilar to the request answers something else.
OFF_TOPIC = 0.15
# Notes an answer brings up that are this alike on average (MiniLM, pairwise) describe one thing the request is about
# in words it doesn't share (a wedding's date, venue and guests for "a running order for the day"): a profile, not a
# pile. Dev's dragged-in piles sit at 0.16–0.35, holdout2's two wedding profiles at 0.40.
PROFILE_COHERENCE = 0.38
_WHY_MENTION = re.compile(
    r"\b(why (did you |would you |do you )?(mention|bring|bringing)|what does (that|my \w+) have to do|weird thing to mention|"
    r"not sure why|came into it|irrelevant|not relevant|unrelated|random(ly)?)\b",
    re.IGNORECASE,
)
_CONFUSED = re.compile(
    r"(^\W*(huh|what)\W|\b(simple question|i asked (about|for)|not what i asked|none of that|all over the place|"
    r"didn'?t answer|just answer|answer the question|useless|forget it|never mind|off[- ]topic)\b)",
    re.IGNORECASE,
)


def _reaction(turn: Turn, pattern: re.Pattern[str]) -> bool:
    reply = turn.reply
    texts = [reply.content] if reply else []
    texts += [f.comment for f in turn.feedback if f.comment]
    return any(pattern.search(t) for t in texts)


def _pushed_back(turn: Turn) -> bool:
    """The user pushed back: in words we know, or in any words the assistant then apologised for ("That's a lot of
    words for not answering." -> "Apologies. ...")."""
    if _reaction(turn, _CONFUSED):
        return True
    return turn.reply is not None and turn.follow_up is not None and tx.is_apology(turn.follow_up.content)


def _coherence(turn: Turn, uses: list[ItemUse]) -> float:
    texts = [u.state.content for u in uses]
    pairs = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :]]
    return sum(turn.analysis.sem.sim(a, b) for a, b in pairs) / len(pairs) if pairs else 0.0


class DistractionDetector:
    name = "rules.distraction"

    def detect(self, turn: Turn) -> list[Candidate]:
        uses = item_uses(turn)
        if (not uses or overloaded(turn, uses) or sum(1 for u in uses if u.used) >= PROFILE_ITEMS or tx.is_apology(turn.message.content)
                or is_repair(turn)):
            return []  # nothing injected, confusion's case, a profile-tailored answer, or a repair of the previous answer
        if turn.reply is not None and tx.is_approval(turn.reply.content) and not turn.negative_feedback:
            return []  # the user welcomed the answer: what it brought up was wanted
        best: Candidate | None = None
        for use in uses:
            if not use.used or use.relevance >= IRRELEVANT or tx.values(turn.request) & tx.values(use.state.content):
                continue
            aside, rest = sentence_relevance(turn, use.terms)
            if aside >= ASIDE_MAX_RELEVANCE or rest <= aside or woven(turn, use.terms):
                continue  # the item is woven into the part that answers the request: tailoring, not distraction
            conf = 0.75 + (0.1 if _reaction(turn, _WHY_MENTION) else 0.0) + (0.05 if turn.negative_feedback else 0.0)
            cand = self._candidate(turn, use, round(min(conf, 0.95), 2))
            if best is None or cand.confidence > best.confidence:
                best = cand
        return [best] if best else []

    def _candidate(self, turn: Turn, use: ItemUse, conf: float) -> Candidate:
        ev = Evidence()
        ev.add_memory(use.state, f"irrelevant to the request (similarity {use.relevance:.2f}) yet mentioned", injected=True)
        for m in turn.request_messages:
            ev.add_message(m, "the request")
        terms = ", ".join(sorted(use.terms))
        return Candidate(
            "distraction", conf,
            f"The answer drags in memory {use.state.ext_id} (\"{tx.quote(use.state.content, 80)}\": {terms}), which has nothing to do with the request.",
            self.name, ev, details={"memory": use.state.ext_id, "terms": sorted(use.terms), "attribute_text": use.state.content},
        )


class ConfusionDetector:
    name = "rules.confusion"

    def detect(self, turn: Turn) -> list[Candidate]:
        uses = item_uses(turn)
        if not overloaded(turn, uses):
            return []
        dragged = [u for u in uses if u.used and u.relevance < IRRELEVANT * 2]
        on_topic = turn.analysis.sem.sim(turn.request, turn.message.content) if turn.request else 1.0
        reasons = []
        if len(dragged) >= 2:
            reasons.append(f"it brings up {len(dragged)} unrelated notes")
        if on_topic < OFF_TOPIC:
            reasons.append("it doesn't address the request")
        if _pushed_back(turn):
            reasons.append("the user pushed back")
        if reasons == [f"it brings up {len(dragged)} unrelated notes"] and _coherence(turn, dragged) >= PROFILE_COHERENCE:
            return []  # the notes are one profile the answer is built from, and nothing says the answer failed
        if turn.negative_feedback:
            reasons.append("it got negative feedback")
        if not reasons or (len(reasons) == 1 and reasons[0] == "it got negative feedback"):
            return []
        conf = round(min(0.95, 0.6 + 0.12 * len(reasons)), 2)
        ev = Evidence()
        for u in dragged[:5]:
            ev.add_memory(u.state, "low-relevance note the answer repeats", injected=True)
        for m in turn.request_messages:
            ev.add_message(m, "the request")
        chars = sum(len(u.state.content) for u in uses)
        irrelevant = sum(1 for u in uses if u.relevance < IRRELEVANT * 2)
        return [Candidate(
            "confusion", conf,
            f"{len(uses)} memory items ({chars} characters, {irrelevant} of low relevance) were injected and the answer degraded: {'; '.join(reasons)}.",
            self.name, ev, details={"items": len(uses), "chars": chars, "dragged": [u.state.ext_id for u in dragged], "on_topic": round(on_topic, 3)},
        )]
