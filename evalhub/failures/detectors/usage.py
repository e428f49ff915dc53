"""Did an answer use a memory item, and was the item relevant to the request?"""

from __future__ import annotations

from dataclasses import dataclass

from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.base import MemState, Turn

# Below this MiniLM cosine to the request an injected item is irrelevant to it (dev split: dragged-in
# items sit at 0.10 or below, items an answer is tailored with mostly above 0.15).
IRRELEVANT = 0.16
# An injected context is overloaded from this many items or characters on (confusion).
OVERLOAD_ITEMS = 10
OVERLOAD_CHARS = 1500
# A sentence shorter than this ("Maybe", "Sure!") answers nothing on its own.
SUBSTANTIVE_CHARS = 15


def used_terms(answer: str, item: str, request: str) -> frozenset[str]:
    """Words of the item the answer repeats that the request didn't already bring up (a compound counts spelt either
    way: "hard water" in the answer uses "hard-water area", and "flat-rate" uses "flat rate")."""
    said = tx.mention_terms(answer) | tx.compound_forms(answer)
    return (tx.mention_terms(item) & said) - tx.mention_terms(request) - tx.COMMON


@dataclass
class ItemUse:
    state: MemState
    relevance: float
    terms: frozenset[str]

    @property
    def used(self) -> bool:
        return bool(self.terms)


def item_uses(turn: Turn) -> list[ItemUse]:
    request, answer = turn.request, turn.message.content
    ctx = turn.context
    rels = turn.analysis.sem.sims(request, [st.content for st in ctx]) if request else [0.0] * len(ctx)
    return [ItemUse(st, rel, used_terms(answer, st.content, request)) for st, rel in zip(ctx, rels, strict=True)]


def overloaded(turn: Turn, uses: list[ItemUse]) -> bool:
    if not uses:
        return False
    chars = sum(len(u.state.content) for u in uses)
    low = sum(1 for u in uses if u.relevance < IRRELEVANT * 2) / len(uses)
    return (len(uses) >= OVERLOAD_ITEMS or chars >= OVERLOAD_CHARS) and low >= 0.6


def sentence_relevance(turn: Turn, terms: frozenset[str]) -> tuple[float, float]:
    """(best similarity to the request of the sentences that use `terms`, of the other sentences)."""
    sents = tx.sentences(turn.message.content)
    with_terms = [s for s in sents if tx.mention_terms(s) & terms]
    others = [s for s in sents if s not in with_terms and len(s) >= SUBSTANTIVE_CHARS]
    sims = turn.analysis.sem.sims(turn.request, with_terms + others)
    return max(sims[: len(with_terms)], default=0.0), max(sims[len(with_terms) :], default=0.0)


def woven(turn: Turn, terms: frozenset[str]) -> bool:
    """A sentence that brings the item up also takes words from the request ("Check the pet policy first, since
    you have a beagle" for "what should I check?"): the item serves the answer instead of sitting beside it."""
    asked = {w for w in tx.values(turn.request) - tx.COMMON if len(w) >= 4}
    return any(tx.mention_terms(s) & terms and tx.values(s) & asked for s in tx.sentences(turn.message.content))
