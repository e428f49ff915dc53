"""Poisoning: a wrong assistant claim the user corrected got into memory and is injected and repeated later."""

from __future__ import annotations

from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.analysis import CorrectedClaim, is_repair
from evalhub.failures.detectors.base import Candidate, Evidence, MemState, Msg, Turn

# A memory item not written from the corrected turn must at least read like it (MiniLM cosine, dev split).
CLAIM_SIMILARITY = 0.5
# Without shared wrong words, an answer this similar to the poisoned item repeats it.
REPEAT_SIMILARITY = 0.5


def carried_wrong_terms(turn: Turn, st: MemState, claim: CorrectedClaim) -> frozenset[str] | None:
    """The corrected claim's wrong words the item carries; None when the item isn't poisoned by the claim."""
    if not (claim.message.at <= st.written_at <= turn.message.at):
        return None
    linked = st.source_message_ext == claim.message.ext_id
    if not linked and turn.analysis.sem.sim(st.content, claim.message.content) < CLAIM_SIMILARITY:
        return None
    item_terms = tx.mention_terms(st.content)
    if claim.denied:
        return (item_terms & claim.denied) or None
    if item_terms & claim.right_terms:
        return None  # the item holds the corrected version
    carried = item_terms & claim.claimed_terms
    return carried if carried or linked else None


class PoisoningDetector:
    name = "rules.poisoning"

    def detect(self, turn: Turn) -> list[Candidate]:
        answer = turn.message.content
        answer_terms = tx.mention_terms(answer)
        apology = tx.is_apology(answer)
        # A repair: the user just said the previous answer was wrong, and this one fixes it ("Thanks for the reminder.
        # Parlour palm or a fern — skip monstera."). It names the claim to drop it, so only its numbers and names
        # repeated (the same wrong figure again) count, not shared words or a similar sentence.
        repair = is_repair(turn)
        best: Candidate | None = None
        for st in turn.context:
            for claim in turn.analysis.corrected:
                carried = carried_wrong_terms(turn, st, claim) if claim.message.ext_id != turn.message.ext_id else None
                if carried is None:
                    continue
                repeated = carried & answer_terms
                if repair:
                    repeated = frozenset(t for t in repeated if t[:1].isdigit() or t in tx.capitalized(answer)) - tx.negated(answer)
                    if not repeated:
                        continue
                right_used = claim.right_terms & answer_terms
                similar = turn.analysis.sem.sim(answer, st.content) >= REPEAT_SIMILARITY
                if len(right_used) > len(repeated) or not (repeated or (similar and not apology and not right_used)):
                    continue  # the answer gives the corrected version, or doesn't repeat the claim
                conf = 0.55 + 0.3 * claim.strength + (0.05 if repeated else 0.0) + (0.05 if turn.negative_feedback else 0.0) - (0.2 if apology else 0.0)
                cand = self._candidate(turn, st, claim, repeated, round(min(conf, 0.97), 2))
                if best is None or cand.confidence > best.confidence:
                    best = cand
        return [best] if best is not None else []

    def _candidate(self, turn: Turn, st: MemState, claim: CorrectedClaim, repeated: frozenset[str], conf: float) -> Candidate:
        ev = Evidence()
        ev.add_message(claim.message, "the wrong statement the user corrected")
        reply = _next_user(turn, claim)
        if reply is not None:
            ev.add_message(reply, "the user's correction")
        ev.add_memory(st, "stored from the wrong statement and injected here", injected=True)
        earlier = claim.message.session_ext if claim.message.session_ext != turn.session.ext_id else None
        ev.add_session(claim.message.session_ext)
        what = f" ({', '.join(sorted(repeated))})" if repeated else ""
        return Candidate(
            "poisoning", conf,
            f"Memory {st.ext_id} (\"{tx.quote(st.content, 80)}\") stores a claim the user corrected in {claim.message.session_ext}, "
            f"and the answer repeats it{what}.",
            self.name, ev, evidence_session=earlier,
            details={"memory": st.ext_id, "wrong": sorted(repeated or claim.denied), "wrong_claim": st.content,
                     "correction": tx.quote(claim.correction), "right": sorted(claim.right_terms)[:5], "attribute_text": st.content},
        )


def _next_user(turn: Turn, claim: CorrectedClaim) -> Msg | None:
    session = turn.timeline.sessions[turn.timeline.session_index[claim.message.session_ext]]
    after = [m for m in session.messages if m.position > claim.message.position]
    return after[0] if after and after[0].role == "user" else None
