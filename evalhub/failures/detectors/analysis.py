"""Per-user facts computed once and shared by every turn's detectors.

- facts: what the user said about themselves, clause by clause, with the message that said it;
- supersessions: a value replaced by a newer one (a memory update, a new item about the same
  attribute, or the user saying it changed), with when and where;
- corrected claims: assistant turns the user corrected, flagged or thumbed down, with what was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from evalhub.failures.detectors import attributes
from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.base import MemItem, MemState, Msg, Turn, UserTimeline
from evalhub.failures.detectors.semantic import Semantic

_SELF = re.compile(r"\b(i|i'?m|i'?ve|i'?d|i'?ll|my|mine|me|we|we'?re|our)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"(?<=[.!?;])\s+|:\s+|\s+[—–]\s+")
CHANGE = re.compile(
    # "now that it's winter" gives a reason and "right now" a moment; neither says something changed.
    r"\b((?<!right )(?<!just )now(?!\s+that\b)|anymore|any more|no longer|changed|switched|moved|instead|these days|updated?|new (job|place|role)|"
    r"started|stopped|quit|dropped|became|not what i told you|things changed|went|relocated|transferred|converted|"
    r"gave up|took up|picked up|nowadays|from now on|going forward|got (a |an )?new|upgraded|downgraded|replaced|swapped|traded|"
    r"ditched|got rid of|migrated|moved (over|everything|all)|sold (my|our|the))\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"^\W*(please\s+)?(write|suggest|give|plan|find|help|tell|show|book|recommend|teach|make|remind|check|explain|translate|"
    r"can you|could you|would you|let'?s)\b",
    re.IGNORECASE,
)
# Items that record an event rather than a lasting attribute: they never conflict with each other.
EVENT_ITEM = re.compile(
    r"^(conversation summary|user (asked|mentioned|said|was (curious|told|thinking)|once|had|went|got|spilled|listened|"
    r"watched|saw|tried|did|learned|learnt))\b",
    re.IGNORECASE,
)
_CORRECTION = re.compile(
    r"(^\W*(no|nope|wrong|incorrect|actually|wait)\b|\b(not (right|correct|true|quite)|that'?s (wrong|incorrect)|you'?re wrong|"
    r"pretty sure|definitely|i (just )?(tested|checked)|says it'?s|it'?s .{1,40}, not\b|, not \S+[.!]?$|false friend|"
    r"that'?s the opposite|other way round|doesn'?t (work|exist)|isn'?t (right|true)))",
    re.IGNORECASE,
)


# A statement or new item replaces the alive item it is most similar to (in memory form) at this cosine,
# or a bit less when they share an attribute word; measured on the dev split.
SUPERSEDE_SIM = 0.47
SUPERSEDE_ANCHORED_SIM = 0.4


@dataclass(frozen=True)
class Fact:
    text: str
    message: Msg
    is_self: bool

    @property
    def session_ext(self) -> str:
        return self.message.session_ext

    @property
    def is_statement(self) -> bool:
        """Says something about the user ("I'm vegan", "Big Arsenal fan here"), not "Unrelated question"."""
        return self.is_self or len(tx.values(self.text)) >= 3


@dataclass(frozen=True)
class Supersession:
    item_ext: str
    old: str
    new: str
    at: datetime
    session_ext: str
    via: str  # "update" | "add" | "statement"
    message_ext: str = ""
    new_item_ext: str = ""


@dataclass
class CorrectedClaim:
    message: Msg
    correction: str
    strength: float
    # Values the correction explicitly denies ("not 140"); else the answer's words the correction doesn't back.
    denied: frozenset[str] = field(default_factory=frozenset)
    wrong_terms: frozenset[str] = field(default_factory=frozenset)
    # What the correction says instead (its words that neither the claim nor the question had).
    right_terms: frozenset[str] = field(default_factory=frozenset)
    # What the answer claimed beyond the question's own words.
    claimed_terms: frozenset[str] = field(default_factory=frozenset)
    # The user's reply that corrected it, when the correction came as a message.
    reply_ext: str = ""


def fact_clauses(text: str) -> list[tuple[str, bool]]:
    """(clause, is about the user) for each statement in a user message; questions are not facts."""
    out = []
    for clause in _CLAUSE.split(tx.normalize(text)):
        clause = clause.strip()
        if len(tx.values(clause)) >= 1 and len(clause) > 6 and not clause.rstrip().endswith("?") and not _IMPERATIVE.search(clause):
            out.append((clause, bool(_SELF.search(clause))))
    return out


def _request_before(messages: list[Msg], index: int) -> str:
    """The user messages since the previous assistant turn, joined (what `Turn.request` returns)."""
    out: list[str] = []
    for m in reversed(messages[:index]):
        if m.role == "assistant":
            break
        if m.role == "user":
            out.append(m.content)
    return " ".join(reversed(out))


# Structural marks of a record of an exchange rather than a value of the user: a machine date stamp ("Chat recap
# 2026-06-07: ...") or the user's own words quoted ("user wrote “Can I freeze bread?”"). Two records of different
# exchanges are both true, so they never conflict, and nothing the user says later supersedes them.
_DATE_STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_QUOTED_WORDS = re.compile(r"[“\"]([^”\"]+)[”\"]")


def is_event_item(content: str) -> bool:
    text = content.strip()
    if EVENT_ITEM.search(text) or _DATE_STAMP.search(text):
        return True
    return any(len(q.split()) >= 3 for q in _QUOTED_WORDS.findall(text))


def conflicting(sem: Semantic, old: str, new: str) -> float:
    """Same attribute, different value: the score of `same_attribute`, or 0."""
    if tx.normalize(old).lower() == tx.normalize(new).lower():
        return 0.0
    # Names count even when short ("VS Code" vs "Neovim").
    old_only, new_only = tx.mention_terms(old) - tx.mention_terms(new), tx.mention_terms(new) - tx.mention_terms(old)
    if not old_only or not new_only:
        return 0.0
    return sem.same_attribute(old, new)


class Analysis:
    def __init__(self, timeline: UserTimeline, sem: Semantic | None = None) -> None:
        self.timeline = timeline
        self.sem = sem or Semantic()
        self.facts = [Fact(c, m, is_self) for m in timeline.messages() if m.role == "user" for c, is_self in fact_clauses(m.content)]
        # Memory contents and the user's facts are compared by nearly every detector, and supersession compares
        # their memory forms: encode them in one batch up front (one by one costs several times more);
        # everything else is encoded on demand, a turn's texts at a time.
        requests = [_request_before(s.messages, i) for s in timeline.sessions for i, m in enumerate(s.messages) if m.role == "assistant" and m.context]
        contents = [op.content for item in timeline.memory.values() for op in item.ops if op.content]
        changes = [tx.as_memory(f.text) for f in self.facts if f.is_self and CHANGE.search(f.text)]
        self.sem.prefetch(contents + [r for r in requests if r] + [f.text for f in self.facts if f.is_statement] + changes
                          + [tx.as_memory(c) for c in contents])
        self.supersessions = self._supersessions()
        self.corrected = self._corrected_claims()

    # --- supersession -------------------------------------------------------------------------------
    def _supersessions(self) -> list[Supersession]:
        out: list[Supersession] = []
        items = list(self.timeline.memory.values())
        for item in items:
            prev = None
            for op in item.ops:
                if op.op == "update" and prev is not None and prev != op.content:
                    out.append(Supersession(item.ext_id, prev, op.content, op.at, op.session_ext, "update"))
                prev = None if op.op == "delete" else op.content
        for item in items:
            out.extend(self._superseded_by_add(item))
        out.extend(self._superseded_by_statement())
        return sorted(out, key=lambda s: s.at)

    def _best_alive(self, text: str, t: datetime, *, exclude_source: str, exclude_item: str = "") -> tuple[MemState, float] | None:
        """The alive attribute item `text` is most likely about, if `text` gives it a different value."""
        items = [st for st in self.timeline.memory_at(t)
                 if st.ext_id != exclude_item and st.source_message_ext != exclude_source and not is_event_item(st.content) and st.written_at < t]
        if not items:
            return None
        query = tx.as_memory(text)
        sims = self.sem.sims(query, [st.content for st in items])
        scored = []
        for sim, st in zip(sims, items, strict=True):
            known = attributes.relation(query, st.content)
            if known is not False:
                scored.append((sim + (0.3 if known else 0.0), sim, bool(known), st))
        if not scored:
            return None
        _, sim, known, best = max(scored, key=lambda x: x[0])
        anchored = known or bool(tx.values(query) & tx.values(best.content))
        if sim < SUPERSEDE_SIM and not (anchored and sim >= SUPERSEDE_ANCHORED_SIM) and not known:
            return None
        # "I'm not in Manchester anymore" names the old value only to deny it: that still changes it.
        if not (tx.values(best.content) - tx.affirmed(query)) or not (tx.values(query) - tx.values(best.content)):
            return None  # same value: a restatement, not a change
        new_keys = (tx.numbers(tx.affirmed(query)) | (tx.capitalized(query) - tx.negated(query))) - tx.FRAME
        old_keys = tx.numbers(tx.values(best.content)) | tx.capitalized(best.content) | tx.values(best.content)
        if new_keys and tx.covered(new_keys, old_keys):
            return None  # its numbers and names are the item's ("I manage twelve people" vs "a team of 12"): a restatement
        return best, sim

    def _superseded_by_add(self, new: MemItem) -> list[Supersession]:
        first = new.ops[0] if new.ops else None
        if first is None or first.op != "add" or is_event_item(first.content):
            return []
        source = self.timeline.by_ext.get(new.source_message_ext)
        cue = source is not None and bool(CHANGE.search(source.content))
        found = self._best_alive(first.content, first.at, exclude_source=new.source_message_ext, exclude_item=new.ext_id)
        if found is None or not ((cue and (found[1] >= 0.6 or attributes.relation(first.content, found[0].content))) or found[1] >= 0.8):
            return []
        st = found[0]
        return [Supersession(st.ext_id, st.content, first.content, first.at, first.session_ext, "add", new.source_message_ext, new.ext_id)]

    def _superseded_by_statement(self) -> list[Supersession]:
        out = []
        for fact in self.facts:
            if not fact.is_self or not CHANGE.search(fact.text):
                continue
            found = self._best_alive(fact.text, fact.message.at, exclude_source=fact.message.ext_id)
            if found is not None:
                st = found[0]
                out.append(Supersession(st.ext_id, st.content, fact.text, fact.message.at, fact.session_ext, "statement", fact.message.ext_id))
        return out

    def stale_at(self, item_ext: str, content: str, t: datetime) -> Supersession | None:
        """The (first) supersession that made `content` of the item outdated before `t`, if any."""
        found = self.supersessions_of(item_ext, content, t)
        return found[0] if found else None

    def supersessions_of(self, item_ext: str, content: str, t: datetime) -> list[Supersession]:
        return [s for s in self.supersessions if s.at < t and s.item_ext == item_ext and tx.normalize(s.old) == tx.normalize(content)]

    # --- corrections --------------------------------------------------------------------------------
    def _corrected_claims(self) -> list[CorrectedClaim]:
        out = []
        for session in self.timeline.sessions:
            msgs = session.messages
            for i, m in enumerate(msgs):
                if m.role != "assistant":
                    continue
                reply = msgs[i + 1] if i + 1 < len(msgs) and msgs[i + 1].role == "user" else None
                follow = msgs[i + 2] if reply is not None and i + 2 < len(msgs) and msgs[i + 2].role == "assistant" else None
                request = " ".join(x.content for x in msgs[max(0, i - 2) : i] if x.role == "user")
                claim = self._claim(m, request, reply, follow)
                if claim is not None:
                    out.append(claim)
        return out

    def _claim(self, m: Msg, request: str, reply: Msg | None, follow: Msg | None) -> CorrectedClaim | None:
        fb = self.timeline.feedback.get(m.ext_id, [])
        strength, texts = 0.0, list[str]()
        for f in fb:
            if f.type == "correction":
                strength, texts = max(strength, 0.9), [*texts, f.correction]
            elif f.type in ("flag", "thumbs_down") or (f.type == "rating" and (f.value or 5) <= 2):
                strength = max(strength, 0.6)
        if reply is not None and (_CORRECTION.search(reply.content) or tx.negated(reply.content) & tx.mention_terms(m.content)):
            strength = max(strength, 0.7) + (0.15 if follow is not None and tx.is_apology(follow.content) else 0.0)
            texts.append(reply.content)
        elif reply is not None and follow is not None and tx.is_apology(follow.content) and strength:
            texts.append(reply.content)
        if not strength or not texts:
            return None
        correction = " ".join(texts)
        claimed, asked = tx.mention_terms(m.content), tx.mention_terms(request)
        denied = tx.negated(correction) & claimed
        wrong = denied or claimed - asked - tx.affirmed(correction)
        right = tx.affirmed(correction) - claimed - asked - tx.FRAME
        reply_ext = reply.ext_id if reply is not None and reply.content in texts else ""
        return CorrectedClaim(m, correction, min(strength, 0.95), denied, frozenset(wrong), frozenset(right), claimed - asked, reply_ext)

    # --- facts --------------------------------------------------------------------------------------
    def facts_before(self, t: datetime) -> list[Fact]:
        return [f for f in self.facts if f.message.at < t]


def is_repair(turn: Turn) -> bool:
    """The user's request said the previous answer was wrong: this turn repairs it, naming old claims only to drop them."""
    request_ids = {m.ext_id for m in turn.request_messages}
    return any(c.reply_ext in request_ids for c in turn.analysis.corrected)
