"""Recall: the answer didn't use something the user had told us, and why (write miss, retrieval miss, ignored).

A turn is suspect when the user restates an earlier fact right after it, the assistant asks for something
the user already gave, or the turn got negative feedback / an apology; the fact is the earlier user
statement that best matches the restatement or the request. Deleted ("forget that") facts don't count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.analysis import CHANGE, Fact, fact_clauses
from evalhub.failures.detectors.base import Candidate, Evidence, MemState, Turn

# A reply clause restates an earlier fact when this similar (MiniLM) or sharing most of its value words.
RESTATE_SIM = 0.72
RESTATE_VALUE_OVERLAP = 0.6
# An earlier fact is relevant to what the assistant asked / was asked at this similarity.
REASK_RELEVANCE = 0.35
REQUEST_RELEVANCE = 0.45
# A fact re-told together with a new request is a reaction to this turn only when this relevant to it.
RESTATE_RELEVANCE = 0.25
# A memory item holds the fact when written from its message, or this similar to it.
ITEM_MATCH_SIM = 0.6
_MARKER = re.compile(
    r"\b(as i (told|said|mentioned)|like i (said|told)|i (already|just) (told|said|mentioned)|i told you|i('ve| have) (already )?(told|said)|"
    r"i said (before|earlier|already)|you should (know|remember)|(don'?t|do not) you remember|you forgot|you never remember|scroll up|"
    r"i mentioned|i literally just|we went over|remember\b|last time|again\b|did you forget|forgot)",
    re.IGNORECASE,
)
# Words of the markers above: a restatement's own frame, never a new request's content.
_MARKER_WORDS = frozenset(tx.values("told said mentioned already just remember forgot forget again last time before know should scroll literally"))
# "You should know this by now": not a change cue.
_BY_NOW = re.compile(r"\b(by|until|till|up to) now\b", re.IGNORECASE)
_REQUEST = re.compile(
    r"^\W*(teach|suggest|give|plan|find|help|write|recommend|tell|show|book|can you|could you|what|how|which|any|"
    r"(i )?need|i'?d like|(i'?m )?looking for|should i|is it|where)\b", re.IGNORECASE,
)
# A question for information about the user ("What field are you in?", "Any allergies?"), not a suggestion ("how about ...?").
_REASK = re.compile(
    r"(\b(what|which|where|when|who|how (much|many|far|long|often|old))\b(?!\s+about)[^.?!]*\byou(r)?\b[^.?!]*\?|"
    r"\b(do|are|have|did) you\b[^.?!]*\?|^\W*(sure|ok|okay|happy to|of course)?\W*any\b[^.?!]*\?)",
    re.IGNORECASE,
)
# An offer ("Do you want the recipe too?") asks what to do next, not for something the user told us.
_OFFER = re.compile(r"\b(do you want|would you like|want me to|like me to|shall i|should i)\b", re.IGNORECASE)
_SELF = re.compile(r"\b(i'?m|i am|i'?ve|i have|i|my|we|our)\b", re.IGNORECASE)
_FORGET = re.compile(
    r"\b(forget|remove|delete|erase)\s+(my|that|it|this|where|about|the|what|\w+ from)\b|\bdon'?t (store|keep|remember)\b|\bstop remembering\b",
    re.IGNORECASE,
)


@dataclass
class Suspect:
    fact: Fact
    confidence: float
    why: str


def _key_values(text: str) -> set[str]:
    return (tx.numbers(tx.affirmed(text)) | set(tx.capitalized(text))) - tx.negated(text)


def _agrees(clause: str, fact: str) -> bool:
    """A restatement repeats the fact's numbers and names; different ones make it an update ("$600 now")."""
    a, b = _key_values(clause), _key_values(fact)
    return not (a and b) or bool(a & b)


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<=[.!?])\s+|:\s+|\s+[—–]\s+", tx.normalize(text)) if c.strip()]


def _new_request(text: str, fact: Fact) -> bool:
    """The message also asks for something new: a question or request with words of its own ("Hello?" and
    "Seriously?" or "Didn't I say I'm vegan?" don't count: they carry nothing beyond the fact)."""
    for clause in re.split(r"(?<=[.!?])\s+|:\s+|\s+[—–]\s+", tx.normalize(text)):
        asks = _REQUEST.search(clause)
        if asks or (tx.is_question(clause) and len(tx.values(clause) - tx.values(fact.text) - _MARKER_WORDS) >= 2):
            return True
    return False


class RecallDetector:
    name = "rules.recall"

    def detect(self, turn: Turn) -> list[Candidate]:
        first = turn.request_messages[0].at if turn.request_messages else turn.message.at
        facts = [f for f in turn.analysis.facts if f.message.at < first and f.is_statement and not self._forgotten(turn, f)]
        if not facts:
            return []
        suspect = self._restated(turn, facts) or self._reasked(turn, facts) or self._complained(turn, facts)
        if suspect is None:
            return []
        return [self._candidate(turn, suspect)]

    # --- signals ------------------------------------------------------------------------------------
    def _restated(self, turn: Turn, facts: list[Fact]) -> Suspect | None:
        reply = turn.reply
        if reply is None:
            return None
        if _FORGET.search(reply.content):
            return None
        marked = bool(_MARKER.search(reply.content))
        # Questions and requests re-tell nothing ("How heavy should my sets be?"), unless marked ("Didn't I say I'm vegan?").
        clauses = [c for c in _clauses(reply.content) if (_SELF.search(c) or len(tx.values(c)) >= 3)
                   and not _REQUEST.search(c) and (not tx.is_question(c) or _MARKER.search(c))]
        if not clauses:
            return None
        best = self._best_restatement(turn, facts, clauses, marked)
        if best is None:
            return None
        fact = best
        # A reaction is about this answer: a fact re-told next to a new request ("As I said, I'm vegan. Plan a
        # dinner?") only counts when it bears on what this turn was asked or answered; otherwise it's the user
        # briefing us for the next request, whatever marker words it uses.
        if _new_request(reply.content, fact) and self._relevance(turn, fact) < RESTATE_RELEVANCE:
            return None
        # An answer that used the fact is only a failure when the user's reaction is a complaint the assistant
        # then apologises for ("I literally just said I'm allergic to peanuts!"); otherwise they're agreeing.
        complaint = bool(turn.negative_feedback) or (turn.follow_up is not None and tx.is_apology(turn.follow_up.content))
        if tx.is_approval(reply.content) and not complaint:
            return None
        if self._used(turn, fact) and (not marked or not complaint):
            return None
        conf = 0.8 + (0.05 if marked else 0.0) + (0.05 if turn.follow_up and tx.is_apology(turn.follow_up.content) else 0.0)
        return Suspect(fact, conf, "the user had to restate it right after")

    def _best_restatement(self, turn: Turn, facts: list[Fact], clauses: list[str], marked: bool) -> Fact | None:
        sem = turn.analysis.sem
        best: tuple[float, Fact] | None = None
        # "X now" anywhere in the reply makes a fact with other values an update, not something re-told.
        changed = bool(CHANGE.search(_BY_NOW.sub(" ", turn.reply.content))) if turn.reply else False
        reply_values = tx.values(turn.reply.content) if turn.reply else frozenset()
        for clause in clauses:
            # Unmarked restatements share words with what they restate; only a marked one is compared with every fact.
            pool = facts if marked else [f for f in facts if tx.values(f.text) & tx.values(clause)]
            sims = sem.sims(clause, [f.text for f in pool])
            for fact, sim in zip(pool, sims, strict=True):
                if not _agrees(clause, fact.text) or (changed and tx.values(fact.text) - reply_values):
                    continue  # different numbers/names, or "X now" replacing the fact: an update, not a restatement
                vals = tx.values(fact.text) - tx.values(turn.request)
                value_overlap = tx.overlap(tx.values(clause) & vals, vals) if vals else 0.0
                score = sim + (0.15 if value_overlap >= RESTATE_VALUE_OVERLAP else 0.0)
                if (sim >= RESTATE_SIM or (value_overlap >= RESTATE_VALUE_OVERLAP and sim >= 0.45)) and (best is None or score > best[0]):
                    best = (score, fact)
        return best[1] if best else None

    def _relevance(self, turn: Turn, fact: Fact) -> float:
        """How much the fact bears on this turn: its similarity to the request or to the answer."""
        sem = turn.analysis.sem
        return max(sem.sim(fact.text, turn.request), sem.sim(fact.text, turn.message.content))

    def _reasked(self, turn: Turn, facts: list[Fact]) -> Suspect | None:
        answer = turn.message.content
        question = next((c for c in _clauses(answer) if _REASK.search(c) and not _OFFER.search(c)), None)
        # A reply that answers with new information makes it a fair clarifying question; a restating reply
        # was handled above. Left unanswered or thumbed down, the question asked for what we had.
        if question is None or (turn.reply is not None and not turn.negative_feedback):
            return None
        fact, rel = self._most_relevant(turn, facts, question)
        if fact is None or rel < REASK_RELEVANCE or self._used(turn, fact):
            return None
        return Suspect(fact, 0.7 + (0.1 if turn.negative_feedback else 0.0), "the assistant asked for it again")

    def _complained(self, turn: Turn, facts: list[Fact]) -> Suspect | None:
        apologized = turn.follow_up is not None and tx.is_apology(turn.follow_up.content)
        if not (turn.negative_feedback or apologized) or any(is_self for _, is_self in fact_clauses(turn.request)):
            return None  # no complaint, or the request carried its own facts (then those are what went wrong)
        fact, rel = self._most_relevant(turn, facts, turn.request)
        if fact is None or rel < REQUEST_RELEVANCE or self._used(turn, fact):
            return None
        return Suspect(fact, 0.6 + (0.1 if apologized else 0.0), "the answer got negative feedback without using it")

    # --- helpers ------------------------------------------------------------------------------------
    def _most_relevant(self, turn: Turn, facts: list[Fact], text: str) -> tuple[Fact | None, float]:
        candidates = [f for f in facts if f.is_self]
        sims = turn.analysis.sem.sims(text, [f.text for f in candidates])
        if not sims:
            return None, 0.0
        i = max(range(len(sims)), key=lambda k: sims[k])
        return candidates[i], sims[i]

    def _used(self, turn: Turn, fact: Fact) -> bool:
        """The answer uses the fact, or the request restated it (then the user supplied it and nothing was missed)."""
        vals = tx.values(fact.text) - tx.values(turn.request)
        return not vals or tx.overlap(vals, tx.mention_terms(turn.message.content)) >= 0.5

    def _forgotten(self, turn: Turn, fact: Fact) -> bool:
        """The user asked to forget it (or a delete op removed the item holding it) before this turn."""
        for item in turn.timeline.memory.values():
            if item.source_message_ext == fact.message.ext_id and item.deleted_between(fact.message.at, turn.message.at):
                return True
        later = [m for m in turn.timeline.messages() if m.role == "user" and fact.message.at < m.at < turn.message.at and _FORGET.search(m.content)]
        return any(turn.analysis.sem.sim(m.content, fact.text) >= 0.4 or tx.values(m.content) & tx.values(fact.text) for m in later)

    def _items_holding(self, turn: Turn, fact: Fact) -> list[MemState]:
        out = []
        for st in turn.timeline.memory_at(turn.message.at):
            if st.source_message_ext == fact.message.ext_id or turn.analysis.sem.sim(st.content, fact.text) >= ITEM_MATCH_SIM:
                out.append(st)
        return out

    def _candidate(self, turn: Turn, suspect: Suspect) -> Candidate:
        fact = suspect.fact
        holding = self._items_holding(turn, fact)
        injected = {st.ext_id for st in turn.context}
        in_context = [st for st in holding if st.ext_id in injected]
        diagnosis = "ignored" if in_context else "retrieval_miss" if holding else "write_miss"
        ev = Evidence()
        ev.add_message(fact.message, "where the user gave the fact")
        if turn.reply is not None and suspect.why.startswith("the user had to restate"):
            ev.add_message(turn.reply, "the user restating it")
        for st in in_context or holding:
            ev.add_memory(st, "holds the fact", injected=st.ext_id in injected)
        earlier = fact.session_ext if fact.session_ext != turn.session.ext_id else None
        ev.add_session(earlier)
        where = f"in {fact.session_ext}" if earlier else "earlier in this session"
        why = {"write_miss": "it was never written to memory", "retrieval_miss": "it was in memory but not injected into this turn",
               "ignored": "it was injected but the answer ignored it"}[diagnosis]
        return Candidate(
            "recall", round(min(suspect.confidence, 0.95), 2),
            f"The user said \"{tx.quote(fact.text, 90)}\" {where}; {suspect.why}, and {why}.",
            self.name, ev, diagnosis=diagnosis, evidence_session=earlier,
            details={"fact": fact.text, "fact_message": fact.message.ext_id, "memory": [st.ext_id for st in holding], "attribute_text": fact.text},
        )
