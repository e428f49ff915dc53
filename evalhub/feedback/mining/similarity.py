"""Embedding-based detectors: a rephrased request, and a fact the user gives again without a marker.

Similarity alone confuses "recipe for pasta" with "recipe for pizza", so both detectors also
require lexical agreement on content words (the things asked about must be the same).
"""

from __future__ import annotations

import re

from evalhub.common import embeddings
from evalhub.feedback.mining.base import Candidate, MsgView, Turn, normalize
from evalhub.feedback.mining.rules import is_question_or_request

_STOP = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "for", "with", "about", "from", "by", "as", "is", "are", "was", "were", "be", "been", "am", "i", "me", "my", "you", "your", "it", "its", "this", "that", "these", "those", "can", "could", "would", "will", "should", "do", "does", "did", "have", "has", "had", "please", "just", "some", "any", "what", "which", "how", "when", "where", "why", "who", "there", "here", "again", "also", "more", "less", "very", "really", "still", "now", "then", "than", "not", "no", "yes", "ok", "okay", "thanks"]
)
_WORD = re.compile(r"[a-z0-9']+")
REPHRASE_MIN_SIMILARITY = 0.78
REPHRASE_MIN_OVERLAP = 0.5
RESTATE_MIN_SIMILARITY = 0.8
_SELF_FACT = re.compile(
    r"\b(i'?m|i am|i have|i'?ve got|i live|i work|i moved|i don'?t eat|i can'?t eat|i'?m allergic|my \w+ (is|are|was)|"
    r"my (name|wife|husband|partner|son|daughter|kid|kids|dog|cat|job|budget)|we have|i (own|drive|use|prefer))\b",
    re.IGNORECASE,
)


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalize(text)) if w not in _STOP and len(w) > 2}


def overlap(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


class SimilarRephraseDetector:
    """The previous request, asked again after an answer in between."""

    name = "embeddings.rephrase"

    def detect(self, turn: Turn) -> list[Candidate]:
        prev_user, prev_assistant = turn.prev_user, turn.prev_assistant
        if prev_user is None or prev_assistant is None or not is_question_or_request(turn.text):
            return []
        if normalize(prev_user.content) == normalize(turn.text) and len(turn.text) > 8:
            sim = 1.0
        else:
            sim = float(embeddings.similarity_matrix([turn.text], [prev_user.content])[0, 0])
        lex = overlap(turn.text, prev_user.content)
        new_words = content_words(turn.text) - content_words(prev_user.content)
        if sim < REPHRASE_MIN_SIMILARITY or lex < REPHRASE_MIN_OVERLAP or len(new_words) > 3:
            return []
        confidence = round(min(0.95, 0.6 + (sim - REPHRASE_MIN_SIMILARITY) * 1.5 + 0.1 * lex), 2)
        return [Candidate("rephrase", confidence, f"similar to the previous request ({sim:.2f}): {prev_user.content[:120]!r}",
                          self.name, about=prev_assistant, related=[prev_user], details={"similarity": round(sim, 3)})]


class SimilarRestatementDetector:
    """A self-fact stated again that the user already gave (earlier session or earlier in this one)."""

    name = "embeddings.restatement"

    def detect(self, turn: Turn) -> list[Candidate]:
        if not _SELF_FACT.search(turn.text):
            return []
        earlier: list[MsgView] = [m for m in turn.earlier_user_messages() if m.content and _SELF_FACT.search(m.content)]
        if not earlier:
            return []
        sims = embeddings.similarity_matrix([turn.text], [m.content for m in earlier])[0]
        best = int(sims.argmax())
        sim = float(sims[best])
        if sim < RESTATE_MIN_SIMILARITY or overlap(turn.text, earlier[best].content) < 0.5:
            return []
        confidence = round(min(0.92, 0.55 + (sim - RESTATE_MIN_SIMILARITY) * 2), 2)
        return [Candidate("restatement", confidence, f"already said: {earlier[best].content[:160]!r}", self.name,
                          about=turn.prev_assistant, related=[earlier[best]], details={"similarity": round(sim, 3)})]


_NUMBERISH = re.compile(r"\b\d[\w.,:/-]*\b")
_PROPER = re.compile(r"\b[A-Z][A-Za-z0-9-]{2,}\b")
_FUNCTION_CAPS = frozenset(
    ["The", "That", "This", "These", "Those", "There", "Then", "What", "When", "Where", "Which", "Who", "Why", "How", "Yes", "Yeah", "Sure", "Right", "Okay", "Sorry", "Thanks", "Please", "Great", "Nice", "Cool", "Also", "Just", "Still", "And", "But", "Not", "Now", "Maybe", "Well", "Like", "Again", "Remember", "Seriously", "Come", "Ugh", "Actually"]
)
REPEATED_INFO_MAX_WORDS = 30
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_NOT_RESTATING = re.compile(r"\b(i disagree|i think|sorry|my bad|actually live|changed my mind)\b", re.IGNORECASE)


def _strong_tokens(text: str) -> set[str]:
    numbers = {t.lower() for t in _NUMBERISH.findall(text)}
    proper = {t.lower() for t in _PROPER.findall(text) if t not in _FUNCTION_CAPS}
    return numbers | proper


class RepeatedInfoDetector:
    """The user gives again a specific detail (a number, a name) they had already given.

    Only counts when the assistant's last answer did not use that detail: repeating it is then the
    user making up for the assistant's miss, which is what a restatement signal is for.
    """

    name = "rules.repeated_info"

    def detect(self, turn: Turn) -> list[Candidate]:
        prev = turn.prev_assistant
        if prev is None or len(turn.text.split()) > REPEATED_INFO_MAX_WORDS or "?" in turn.text or _NOT_RESTATING.search(turn.text):
            return []
        mine = _strong_tokens(turn.text)
        if not mine:
            return []
        earlier = turn.earlier_user_messages()
        for m in reversed(earlier):
            # Only details the user *stated*; a name in an earlier question ("...in Python?") is the topic.
            stated = " ".join(s for s in _SENTENCE.split(m.content) if s and not s.rstrip().endswith("?") and not is_question_or_request(s))
            shared = mine & _strong_tokens(stated)
            missed = {t for t in shared if t not in prev.content.lower()}
            if missed:
                return [Candidate("restatement", 0.7, f"repeats {', '.join(sorted(missed))} from: {m.content[:140]!r}", self.name,
                                  about=prev, related=[m], details={"fact": m.content, "repeated": sorted(missed)})]
        return []
