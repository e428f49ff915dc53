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
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
REPHRASE_MIN_SIMILARITY = 0.78
REPHRASE_MIN_OVERLAP = 0.5
RESTATE_MIN_SIMILARITY = 0.8
# "i am talking about", "may i have the address?" are not facts about the user.
_SELF_FACT = re.compile(
    r"\b((i'?m|i am)(?! (talking|asking|saying|trying|looking|not sure|sure|still waiting|going to ask))|(?<!may )(?<!can )(?<!could )i have(?! to)|i'?ve got|i live|i work|i moved|i don'?t eat|i can'?t eat|i'?m allergic|my \w+ (is|are|was)|"
    r"my (name|wife|husband|partner|son|daughter|kid|kids|dog|cat|job|budget)|we have|i (own|drive|use|prefer))\b",
    re.IGNORECASE,
)


def content_words(text: str) -> set[str]:
    words = (w.removesuffix("'s") for w in _WORD.findall(normalize(text)))
    return {w for w in words if w not in _STOP and len(w) > 2}


def overlap(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def sentences(text: str) -> list[str]:
    return [x.strip() for x in _SENTENCE.split(text) if x.strip()]


_LEAD_IN = re.compile(r"^\s*((also|and|oh|ok(ay)?|so|but|well|then|now|um+|hmm+|no|yes|sure)\b[,.]?\s*)+", re.IGNORECASE)
_MORE_REQUEST = re.compile(r"^(i('ll| will| would| just| also| really| still)? (need|want)|i('d| would) (like|love)|i('m| am) looking for)\b", re.IGNORECASE)
# "Any other option?" asked twice is browsing, not a request the assistant missed.
_BROWSING = re.compile(r"\b(other|another|else|more|next|different)\b", re.IGNORECASE)


def is_request_sentence(text: str) -> bool:
    """Like is_question_or_request, for one sentence of a longer message ("Also, I need the address.")."""
    bare = _LEAD_IN.sub("", text)
    return is_question_or_request(bare) or bool(_MORE_REQUEST.match(bare))


# A new request framed as a follow-up ('and ...', 'what about ...', '... too'), and a reply with specifics of its own
# (it answered something): a similar message after either is the next question, not the same one again.
FOLLOW_UP = re.compile(
    r"^\s*(and|also|now|next|then|plus|btw|by the way|what about|how about|what if|great|nice|thanks|thank you)\b|"
    r"\b(too|then|also|as well|instead|other|another|else|more|next|different)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_TRAILING_ASK = re.compile(r"\b(how|or not|please|pls|plz)\s*[?.!]*\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d.,:]*")
_SPECIFIC = re.compile(r"`|\w\(|\"[^\"]{2,}\"|(^|\s)'[^']{3,}'|^\s*(yes|no|yep|nope|correct)\b", re.IGNORECASE)
# Below this many words a reply is itself a specific answer ("Ottawa.").
_TERSE_REPLY_WORDS = 4


def asks(text: str) -> bool:
    return "?" in text or bool(_TRAILING_ASK.search(text)) or any(is_request_sentence(s) for s in sentences(text))


def gave_specifics(request: str, reply: str) -> bool:
    """The reply brought a concrete answer of its own: a number, code, a quoted name, a yes/no verdict."""
    if len(reply.split()) <= _TERSE_REPLY_WORDS or _SPECIFIC.search(reply):
        return True
    known = set(_DIGITS.findall(normalize(request)))
    return any(d not in known for d in _DIGITS.findall(normalize(reply)))


# A request asked again usually comes within a couple of turns; older ones are more likely new topics.
REPHRASE_LOOKBACK_USER_TURNS = 3
# Below this share of its content words, the assistant's replies did not take the request up.
UNANSWERED_MAX_COVERAGE = 0.5


def _unanswered(request: str, replies: list[str]) -> bool:
    words = content_words(request)
    said = set().union(*(content_words(r) for r in replies)) if replies else set()
    return not words or len(words & said) / len(words) < UNANSWERED_MAX_COVERAGE


class SimilarRephraseDetector:
    """A request of this session asked again (whole, or as one sentence of a longer message).

    The plain previous request counts after any answer (the user would not ask again if it had
    landed); an older or embedded one only if the replies since never took up its content words,
    which keeps "phone number, then address" and other new requests with similar wording out.
    """

    name = "embeddings.rephrase"

    def detect(self, turn: Turn) -> list[Candidate]:
        prev_assistant = turn.prev_assistant
        mine = [x for x in sentences(turn.text) if is_request_sentence(x)]
        if prev_assistant is None or not mine or _BROWSING.search(turn.text) or FOLLOW_UP.search(turn.text):
            return []
        history = turn.history
        user_idx = [i for i, m in enumerate(history) if m.role == "user"][-REPHRASE_LOOKBACK_USER_TURNS:]
        candidates = [turn.text, *(x for x in mine if x != turn.text)]
        best: tuple[float, float, MsgView, str] | None = None
        for i in reversed(user_idx):
            earlier = history[i]
            replies = [m.content for m in history[i + 1 :] if m.role == "assistant"]
            requests = [x for x in sentences(earlier.content) if is_request_sentence(x) and x != earlier.content]
            requests = [x for x in requests if _unanswered(x, replies)]
            if i == user_idx[-1] or _unanswered(earlier.content, replies):
                requests.insert(0, earlier.content)
            for req in requests:
                for text in candidates:
                    hit = self._match(text, req)
                    if hit is not None and (best is None or hit[0] > best[0]):
                        best = (hit[0], hit[1], earlier, req)
        if best is None:
            return []
        sim, lex, earlier, req = best
        confidence = round(min(0.95, 0.6 + (sim - REPHRASE_MIN_SIMILARITY) * 1.5 + 0.1 * lex), 2)
        return [Candidate("rephrase", confidence, f"similar to an earlier request ({sim:.2f}): {req[:120]!r}",
                          self.name, about=prev_assistant, related=[earlier], details={"similarity": round(sim, 3)})]

    @staticmethod
    def _match(mine: str, theirs: str) -> tuple[float, float] | None:
        # The lexical tests are cheap and reject most pairs, so they run before the embedding.
        lex = overlap(mine, theirs)
        new_words = content_words(mine) - content_words(theirs)
        if lex < REPHRASE_MIN_OVERLAP or len(new_words) > 3:
            return None
        if normalize(mine) == normalize(theirs) and len(mine) > 8:
            sim = 1.0
        else:
            sim = float(embeddings.similarity_matrix([mine], [theirs])[0, 0])
        return (sim, lex) if sim >= REPHRASE_MIN_SIMILARITY else None


def _is_question(text: str) -> bool:
    return "?" in text or bool(re.match(r"^\s*(may|can|could|would|will) (i|you)\b", text, re.IGNORECASE))


class SimilarRestatementDetector:
    """A self-fact stated again that the user already gave (earlier session or earlier in this one)."""

    name = "embeddings.restatement"

    def detect(self, turn: Turn) -> list[Candidate]:
        if not _SELF_FACT.search(turn.text) or _is_question(turn.text):
            return []
        earlier: list[MsgView] = [m for m in turn.earlier_user_messages() if m.content and _SELF_FACT.search(m.content) and not _is_question(m.content)]
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
    # Sentence openers and imperatives are capitalised without naming anything ("Make it until the 5th").
    ["Make", "Try", "Book", "Find", "Give", "Show", "Tell", "Get", "Let", "Can", "Could", "Would", "Should", "Hello",
     "Hey", "Good", "Any", "All", "Some", "Yep", "Nope", "Oh", "Doesnt", "Does", "Did", "Have", "Has", "Will", "Only",
     "The", "That", "This", "These", "Those", "There", "Then", "What", "When", "Where", "Which", "Who", "Why", "How", "Yes", "Yeah", "Sure", "Right", "Okay", "Sorry", "Thanks", "Please", "Great", "Nice", "Cool", "Also", "Just", "Still", "And", "But", "Not", "Now", "Maybe", "Well", "Like", "Again", "Remember", "Seriously", "Come", "Ugh", "Actually"]
)
REPEATED_INFO_MAX_WORDS = 30
_NOT_RESTATING = re.compile(r"\b(i disagree|i think|sorry|my bad|actually live|changed my mind|try again)\b|^\s*(i )?(don'?t|do not) think so", re.IGNORECASE)
# "Yes, 5 nights starting Monday" confirms what the assistant just read back; it is not making up for a miss.
_CONFIRMING = re.compile(r"^\s*(yes|yeah|yep|yup|correct|right|exactly|that'?s (right|correct)|sounds good|perfect)\b", re.IGNORECASE)
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}
# Days and months are strong details even in lower case ("starting friday").
_CALENDAR = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|"
    r"september|october|november|december)\b", re.IGNORECASE)


def _number_words(text: str) -> set[str]:
    return {_NUMBER_WORDS[w] for w in _WORD.findall(text.lower()) if w in _NUMBER_WORDS}


def _strong_tokens(text: str) -> set[str]:
    proper = {t.lower() for t in _PROPER.findall(text) if t.capitalize() not in _FUNCTION_CAPS}
    calendar = {m.group(0).lower() for m in _CALENDAR.finditer(text)}
    return {t.lower() for t in _NUMBERISH.findall(text)} | proper | calendar


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
        if _CONFIRMING.match(turn.text):
            return []
        mine = _strong_tokens(turn.text)
        if not mine:
            return []
        # When the assistant asks for details, the parameters of the user's own earlier request count as given:
        # being asked again for "how many nights" after "3 nights from Tuesday" is the miss a restatement answers.
        asked_us = prev.content.rstrip().endswith("?")
        prev_words = prev.content.lower()
        # The assistant may have used the detail spelled out ("five nights" for "5 nights").
        prev_tokens = _strong_tokens(prev.content) | _number_words(prev.content)
        earlier = turn.earlier_user_messages()
        for m in reversed(earlier):
            # Only details the user *stated*; a name in an earlier question ("...in Python?") is the topic.
            this_session = any(m is h for h in turn.history)
            stated = " ".join(s for s in _SENTENCE.split(m.content) if s and (asked_us and this_session or not s.rstrip().endswith("?") and not is_question_or_request(s)))
            shared = mine & _strong_tokens(stated)
            missed = {t for t in shared if t not in prev_tokens and t not in prev_words}
            if missed:
                return [Candidate("restatement", 0.7, f"repeats {', '.join(sorted(missed))} from: {m.content[:140]!r}", self.name,
                                  about=prev, related=[m], details={"fact": m.content, "repeated": sorted(missed)})]
        return []
