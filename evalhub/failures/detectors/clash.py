"""Clash: the turn's context disagrees with itself or with the user, or the answer uses a superseded value."""

from __future__ import annotations

import re

from evalhub.failures.detectors import attributes
from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.analysis import CHANGE, Supersession, conflicting, is_event_item
from evalhub.failures.detectors.base import Candidate, Evidence, MemState, Turn

# Two injected items this alike but with different values are one attribute with two values.
PAIR_CONFLICT = 0.7
# A change the user states in the session is about an injected item this similar to it (in memory form), when
# the answer used that item's value: low, because the answer's use already ties them (measured on dev).
REACTION_SAME_ATTRIBUTE_SIM = 0.3
# Words of a complaint, never the new value ("I literally just told you").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_FORGET = re.compile(r"\b(forget|remove|delete|erase)\b", re.IGNORECASE)
# A memory item that reports a past action in the simple past ("User thanked the assistant twice") records an event.
_PAST_EVENT = re.compile(
    # The note may have a prefix ("Imported note (older chat): ...") and open with what the exchange was.
    r"^\W*(?:[^:]{0,40}\b(?:note|log|recap|summary|record)\b[^:]{0,25}:\s*(?:[^.;:]{0,60}[;,]\s*)?)?user\s+(?:once\s+|previously\s+)?"
    r"([a-z]{3,}ed|said|told|thought|felt)\b(?!\s+(to|in|as|at|on|with|by)\b)",
    re.IGNORECASE,
)
# A goal or a project in progress ("User wants a 4-bay NAS", "User is migrating a REST API to v2") next to a plain fact
# ("User already owns four 8 TB drives", "User versions the API via the URL path") is two parts of one plan, not two
# values of one attribute: only two goals, or two facts, can disagree.
_INTENT = re.compile(
    r"^\W*(?:the\s+)?user\s+(?:(?:already|also|still|now|currently)\s+)?(?:wants?|needs?|plans?|hopes?|intends?|would like|'?d like|"
    r"is (?:looking|planning|hoping|trying|choosing|migrating|moving|switching|building|buying|saving|preparing|considering)|"
    r"asked (?:for|about)|is interested)\b",
    re.IGNORECASE,
)


def _goal_and_fact(a: str, b: str) -> bool:
    return bool(_INTENT.search(a)) != bool(_INTENT.search(b))


_REACTION_WORDS = tx.values("literally just told said already read wrote update updated switched changed moved now these days got new wait")


def _key_values(text: str) -> frozenset[str]:
    """Numbers and names: what tells one value from another."""
    return frozenset(tx.numbers(tx.affirmed(text))) | tx.capitalized(text)


def _value_use(turn: Turn, old: str, new: str) -> tuple[frozenset[str], frozenset[str]]:
    """(old-only words, new-only words) that the answer uses."""
    answer = tx.mention_terms(turn.message.content) | attributes.implied_values(turn.message.content)
    # The newer text may name the old value only to deny it ("not in Manchester anymore"): that's not its value.
    old_terms = tx.mention_terms(old) | attributes.implied_values(old)
    new_terms = (tx.mention_terms(new) - tx.negated(new) - tx.mention_terms(" ".join(tx.superseded(new)))) | attributes.implied_values(new)
    old_only, new_only = old_terms - new_terms, new_terms - old_terms
    return old_only & answer, new_only & answer


class ClashDetector:
    name = "rules.clash"

    def detect(self, turn: Turn) -> list[Candidate]:
        found = [c for st in turn.context if (c := self._stale(turn, st) or self._superseded_value(turn, st)) is not None]
        if not found:
            found = self._conflicting_pair(turn)
        if not found:
            found = self._contradicted(turn)
        return sorted(found, key=lambda c: -c.confidence)[:1]

    def _contradicted(self, turn: Turn) -> list[Candidate]:
        """The answer serves an injected item's value while the user says, in this session, that it changed
        ("We switched to Netflix" before the answer, or "I'm on a Pixel now" right after it). The answer using
        the item is what ties the two together, so this works for attributes no lexicon names."""
        said = [m for m in turn.session.messages[: turn.index] if m.role == "user"] + ([turn.reply] if turn.reply else [])
        # Whole sentences: "Got a new phone — a Pixel 8." gives the cue and the value on either side of the dash.
        changes = [(m, c) for m in said for c in _SENTENCE_END.split(tx.normalize(m.content))
                   if CHANGE.search(c) and not c.rstrip().endswith("?") and not _FORGET.search(c)]
        if not changes:
            return []
        sem = turn.analysis.sem
        for st in turn.context:
            if is_event_item(st.content):
                continue
            for m, clause in changes:
                new = tx.as_memory(clause)
                answer = tx.mention_terms(turn.message.content)
                old_used, _ = _value_use(turn, st.content, clause)
                dropped = tx.superseded(clause)  # "from a French press to ...": the old value, named to drop it
                given = tx.mention_terms(clause) - tx.negated(clause) - tx.mention_terms(st.content) - _REACTION_WORDS - tx.COMMON
                clause_keys = frozenset(k for k in _key_values(clause) - tx.FRAME if not tx.covered({k}, dropped))
                new_keys = frozenset(k for k in clause_keys if not tx.covered({k}, _key_values(st.content) | tx.values(st.content)))
                old_keys_used = _key_values(st.content) & answer
                if new_keys and old_keys_used and not new_keys & answer:
                    # The answer serves the item's number or name and not the new one the change gives: "For three
                    # people" after "I manage twelve people now" (sharing "people" is not serving the twelve), or "For
                    # the Yaris" after "I sold the Yaris — I've got a Kia EV6 now".
                    old_used, new_used = old_used | old_keys_used, frozenset[str]()
                else:
                    new_used = given & answer
                names_value = bool(new_keys) or len(given) >= 2  # not just "my schedule changed"
                if st.written_at >= m.at or not old_used or new_used or not names_value or attributes.relation(new, st.content) is False:
                    continue  # memory was written after the change (it has it), or the answer doesn't serve the old value
                if clause_keys and not new_keys:
                    continue  # the change names the item's own value and nothing new: the item is the new one
                if sem.sim(new, st.content) < REACTION_SAME_ATTRIBUTE_SIM:
                    continue
                earlier = self._first_said(turn, given)
                s = Supersession(st.ext_id, st.content, clause, m.at, earlier or "", "statement", m.ext_id)
                explanation = (f"Memory {st.ext_id} (\"{tx.quote(st.content, 80)}\") was injected and the answer uses its value "
                               f"({', '.join(sorted(old_used))}), but the user says it changed: \"{tx.quote(clause, 80)}\".")
                return [self._candidate(turn, st, s, 0.75, explanation, old_used)]
        return []

    def _first_said(self, turn: Turn, values: frozenset[str]) -> str | None:
        """The earlier session where the user first gave these values (None: not before this session)."""
        for session in turn.earlier_sessions():
            for m in session.messages:
                if m.role == "user" and tx.mention_terms(m.content) & values:
                    return session.ext_id
        return None

    def _evidence_session(self, turn: Turn, s: Supersession, stale: MemState | None) -> str | None:
        if s.session_ext and s.session_ext != turn.session.ext_id:
            return s.session_ext
        wrote = stale.written_session_ext if stale is not None else ""
        return wrote if wrote and wrote != turn.session.ext_id else None

    def _stale(self, turn: Turn, st: MemState) -> Candidate | None:
        """The injected item was outdated before this turn (a newer item, or the user said it changed)."""
        found = turn.analysis.supersessions_of(st.ext_id, st.content, turn.message.at)
        if not found:
            return None
        injected = {c.ext_id for c in turn.context}
        # Prefer the supersession whose newer item is in this context too (the conflict is right there).
        s = next((x for x in found if x.new_item_ext and x.new_item_ext in injected), found[-1])
        both = bool(s.new_item_ext) and s.new_item_ext in injected
        old_used, new_used = _value_use(turn, st.content, s.new)
        if not (both or old_used):
            return None
        conf = 0.9 if both and old_used else 0.85 if both or (old_used and new_used) else 0.8
        how = "a newer item says" if s.via == "add" else "the user said" if s.via == "statement" else "it was updated to"
        explanation = (f"Memory {st.ext_id} (\"{tx.quote(st.content, 80)}\") was outdated — {how} \"{tx.quote(s.new, 80)}\" — "
                       f"but it was injected{' next to the newer item' if both else ''} and the answer "
                       f"{'hedges between both values' if old_used and new_used else 'uses the old value' if old_used else 'has to pick one'}.")
        return self._candidate(turn, st, s, conf, explanation, old_used, new_item=s.new_item_ext if both else "")

    def _superseded_value(self, turn: Turn, st: MemState) -> Candidate | None:
        """The item was updated correctly, but the answer still uses the value it replaced."""
        for s in turn.analysis.supersessions:
            if s.item_ext != st.ext_id or s.at >= turn.message.at or tx.normalize(s.new) != tx.normalize(st.content):
                continue
            old_used, new_used = _value_use(turn, s.old, s.new)
            if len(old_used) > len(new_used):
                explanation = (f"Memory {st.ext_id} was updated from \"{tx.quote(s.old, 80)}\" to \"{tx.quote(s.new, 80)}\", "
                               f"but the answer still uses the superseded value ({', '.join(sorted(old_used))}).")
                return self._candidate(turn, st, s, 0.8, explanation, old_used)
        return None

    def _conflicting_pair(self, turn: Turn) -> list[Candidate]:
        ctx = [st for st in turn.context if not is_event_item(st.content)]
        for i, a in enumerate(ctx):
            for b in ctx[i + 1 :]:
                if a.source_message_ext and a.source_message_ext == b.source_message_ext:
                    continue  # written from one message: two facts the user gave together, not two versions of one
                if _PAST_EVENT.search(a.content) and _PAST_EVENT.search(b.content):
                    continue  # two things that happened ("User thanked ...", "User greeted ..."): both are true
                if _goal_and_fact(a.content, b.content):
                    continue
                if conflicting(turn.analysis.sem, a.content, b.content) < PAIR_CONFLICT:
                    continue
                old, new = (a, b) if a.written_at <= b.written_at else (b, a)
                s = Supersession(old.ext_id, old.content, new.content, new.written_at, new.written_session_ext, "add", new_item_ext=new.ext_id)
                old_used, _ = _value_use(turn, old.content, new.content)
                explanation = f"Memory items {old.ext_id} and {new.ext_id} give different values for the same thing and both were injected."
                return [self._candidate(turn, old, s, 0.7, explanation, old_used, new_item=new.ext_id)]
        return []

    def _candidate(self, turn: Turn, st: MemState, s: Supersession, conf: float, explanation: str, old_used: frozenset[str],
                   new_item: str = "") -> Candidate:
        ev = Evidence()
        ev.add_memory(st, "outdated value, injected", injected=True)
        if new_item:
            new_state = next((c for c in turn.context if c.ext_id == new_item), None)
            if new_state is not None:
                ev.add_memory(new_state, "newer value, injected", injected=True)
        if s.message_ext and (said := turn.timeline.by_ext.get(s.message_ext)) is not None:
            ev.add_message(said, "where the user gave the new value")
        session = self._evidence_session(turn, s, st)
        ev.add_session(session)
        old_terms = sorted(old_used) or sorted(tx.values(st.content) - tx.values(s.new))[:3]
        return Candidate("clash", conf, explanation, self.name, ev, evidence_session=session, details={
            "memory": st.ext_id, "old": s.old if s.item_ext == st.ext_id and s.via == "update" else st.content, "new": s.new,
            "old_terms": old_terms, "new_terms": sorted(tx.values(s.new) - tx.values(s.old))[:3], "attribute_text": s.new,
        })
