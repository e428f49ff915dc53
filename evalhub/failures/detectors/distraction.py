"""Distraction and confusion: irrelevant memory dragged into an answer, and an overloaded context degrading it."""

from __future__ import annotations

import re

from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.analysis import is_event_item, is_repair
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
# An aside sentence ("P.S. ...", "Side note: ...", "By the way, ...") this close to an injected item (MiniLM) brings it
# up in other words ("Nice workout on those stairs of yours" for "lives in a fourth-floor walk-up").
ASIDE_ITEM_SIM = 0.35
# When the user flags the aside as beside the point ("That last bit has nothing to do with it"), an item this close to
# it is what it dragged in ("And remember to moisturise" for "eczema set off by fragrance").
ASIDE_ITEM_SIM_FLAGGED = 0.15
# The user's reply this close to the item, or repeating its words, takes the item up: it mattered to them.
ENGAGED_SIM = 0.5
_ASIDE = re.compile(
    r"^\W*(p\.?\s?s\.?|side note|by the way|btw|oh,? and|also(?=,)|unrelated|random(ly)?(?=,)|fun fact|on another note|"
    r"and (if you ever|remember|don'?t forget|while|since you|with your|given your)|plus,? (if|since))\b|\bby the way\W*$",
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


def _joined_markers(sents: list[str]) -> list[str]:
    """"P.S." splits off as a sentence of its own: join a bare marker to the sentence it introduces."""
    out: list[str] = []
    for x in sents:
        if out and _ASIDE.fullmatch(out[-1].strip()):
            out[-1] = f"{out[-1]}. {x}"
        else:
            out.append(x)
    return out


_BRACKETED = re.compile(r"^\(([^()]{8,})\)|\(([^()]{8,})\)$")
_BACK_TO_IT = re.compile(r"\b(anyway|anyhow|back to (your|the) question|as for your question)\b", re.IGNORECASE)


def _leads(turn: Turn, use: ItemUse) -> bool:
    """The answer opens with the item ("Have your pacemaker ID card ready ..." for airport-security tips): it is built
    around it, whatever the embeddings say of its relevance; a dragged-in note comes after the answer, as an aside."""
    answer = turn.message.content.lstrip()
    if answer.startswith("(") or _BACK_TO_IT.search(answer):
        return False  # "(Mind your head, tall person!) Anyway: ...": an aside put first
    sents = tx.sentences(answer)
    return len(sents) > 1 and bool(tx.mention_terms(sents[0]) & use.terms) and not _ASIDE.search(sents[0])


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
        why = _reaction(turn, tx.WHY_MENTION)
        for use in uses:
            if use.relevance >= IRRELEVANT or tx.values(turn.request) & tx.values(use.state.content):
                continue
            if is_event_item(use.state.content) and len(use.terms) < 2:
                continue  # a note of something the user once asked, sharing one word by chance ("sun" in "full sun")
            if use.used:
                aside, rest = sentence_relevance(turn, use.terms)
                # A marked aside ("MCMXCIV. Also, with your solar panels, ...") needs no substantive rest to stand apart.
                if aside >= ASIDE_MAX_RELEVANCE or (rest <= aside and not self._marked_aside(turn, use)) or woven(turn, use.terms) or _leads(turn, use):
                    continue  # the item is woven into the part that answers the request: tailoring, not distraction
                conf = 0.75
            elif self._aside_about(turn, use, min_sim=ASIDE_ITEM_SIM_FLAGGED if why else ASIDE_ITEM_SIM):
                conf = 0.7  # brought up in other words, in a sentence of its own
            else:
                continue
            if not why and self._engaged(turn, use):
                continue  # the user took the item up ("Glad you remembered my migraines"): it was wanted
            conf += (0.1 if why else 0.0) + (0.05 if turn.negative_feedback else 0.0)
            cand = self._candidate(turn, use, round(min(conf, 0.95), 2))
            if best is None or cand.confidence > best.confidence:
                best = cand
        return [best] if best else []

    def _marked_aside(self, turn: Turn, use: ItemUse) -> bool:
        """Every sentence that brings the item up is a marked aside, and something else comes before it."""
        sents = _joined_markers(tx.sentences(turn.message.content))
        with_terms = [i for i, x in enumerate(sents) if tx.mention_terms(x) & use.terms]
        return bool(with_terms) and with_terms[0] > 0 and all(_ASIDE.search(sents[i]) for i in with_terms)

    def _aside_about(self, turn: Turn, use: ItemUse, *, min_sim: float = ASIDE_ITEM_SIM) -> bool:
        """An aside sentence of the answer is about the item though it shares no word with it, and the rest of the
        answer is what addresses the request."""
        sents = _joined_markers(tx.sentences(turn.message.content))
        # A remark in brackets at either end ("... radiators. (Hope your mum's keeping well.)") is set apart too.
        bracketed = {tx.normalize(a or b).strip(" .,!?") for a, b in _BRACKETED.findall(turn.message.content.strip())}
        asides = [x for x in sents if _ASIDE.search(x) or x in bracketed]
        others = [x for x in sents if x not in asides and len(x) >= 15]
        if not asides or not others:
            return False
        sem = turn.analysis.sem
        to_item = sem.sims(use.state.content, asides)
        to_request = sem.sims(turn.request, asides + others) if turn.request else [0.0] * (len(asides) + len(others))
        rest = max(to_request[len(asides):], default=0.0)
        return any(s >= min_sim and r < ASIDE_MAX_RELEVANCE and r < rest for s, r in zip(to_item, to_request, strict=False))

    def _engaged(self, turn: Turn, use: ItemUse) -> bool:
        """The user's next message takes the item up (repeats its words or its meaning) without pushing back."""
        reply = turn.reply
        if reply is None or turn.negative_feedback or _pushed_back(turn):
            return False
        item_terms = tx.mention_terms(use.state.content) - tx.COMMON - tx.mention_terms(turn.request)
        if len(item_terms & tx.mention_terms(reply.content)) >= 2:
            return True
        return turn.analysis.sem.sim(reply.content, use.state.content) >= ENGAGED_SIM

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
