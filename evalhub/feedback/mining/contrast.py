"""Structural correction cues: the user's message contradicts or replaces something the assistant just said.

Marker lists ("that's wrong", "actually it's") only catch the phrasings someone wrote down. What every
correction shares is structure relative to the assistant's last turn: a value of the assistant's is
negated or called wrong ("not Dallas", "3 is wrong"), replaced by another value of the same kind ("4
laps" after "2 laps", "Tuesday" after "Mondays"), the assistant's claim is negated or its negation
affirmed ("it isn't free all day", "it does support it"), or its code is reported to misbehave.
Each cue needs words or values the assistant actually used, so generic negativity does not fire.

The hard negatives are guarded here too: a user changing their own plan or fixing their own typo
replaces values as well ("let's do saturday instead", "oops meant 14 miles"), and so does a new request.
"""

from __future__ import annotations

import re

from evalhub.feedback.mining.base import normalize

_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_TOKEN = re.compile(r"[$€£]?\d[\d,.]*(?:st|nd|rd|th)?%?|[a-z][a-z0-9'+#.-]*[a-z0-9+#]|[a-z]")
# Words too common to tie the user's message to the assistant's claim.
_WEAK = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at", "for", "with", "about", "from", "by", "as", "is", "are", "was", "were", "be", "been", "am", "i", "me", "my", "you", "your", "it", "its", "this", "that", "these", "those", "can", "could", "would", "will", "should", "do", "does", "did", "have", "has", "had", "please", "just", "some", "any", "what", "which", "how", "when", "where", "why", "who", "there", "here", "again", "also", "more", "less", "very", "really", "still", "now", "then", "than", "not", "no", "yes", "ok", "okay", "thanks", "one", "it's", "that's", "there's", "i'm", "you're", "we're", "they're", "don't", "doesn't", "isn't", "aren't", "wasn't", "can't", "won't", "didn't", "get", "got", "make", "made", "go", "like", "need", "want", "use", "used", "way", "thing", "things", "sure", "well", "good", "great", "fine", "right", "wrong", "time", "actually", "though", "tho", "lol", "btw"]
)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize(text))


def value_of(token: str) -> str | None:
    """The canonical value a token names (a number, a day of the month, a weekday, a month), or None."""
    t = token.strip("$€£%").replace(",", "").rstrip(".")
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return t
    ordinal = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", t)
    if ordinal:
        return f"{int(ordinal.group(1))}th"  # a day of the month: "the 18th", "on the 3rd"
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    for names in (_DAYS, _MONTHS):
        for name in names:
            if token in (name, name + "s") or len(token) >= 3 and name.startswith(token) and token not in ("mar", "may", "sun", "sat", "wed"):
                return name
    return None


def _kind(value: str) -> str:
    if value.endswith("th"):
        return "date"
    return "day" if value in _DAYS else "month" if value in _MONTHS else "number"


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 4  # "euro"/"eur", "laps"/"lap"


def _in(word: str, words: list[str]) -> bool:
    return any(_same_word(word, w) for w in words)


# A chit-chat partner talking about itself ("i have 2 dogs", "i am in school") makes no claim the user can
# correct; the user answering with their own facts ("i have one dog") is conversation.
_SELF_TALK = re.compile(r"\b(i (am|'m|have|'ve|had|like|love|enjoy|was|live|work|study|go|do|did|got)|my|me too)\b", re.IGNORECASE)
_USER_SELF = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|we|we're|our)\b", re.IGNORECASE)


def declarative_sentences(text: str) -> list[str]:
    """Claims in the assistant's turn: not questions (the user answers those), not the speaker talking about itself."""
    parts = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip() and not s.rstrip().endswith("?")]
    return [s for s in parts if not _SELF_TALK.search(s)]


# ------------------------------------------------------------------------------------------------ guards
_OWN_SLIP = re.compile(
    r"\b(sorry|my bad|oops|typo|my mistake|i misspoke|i misread|i read it wrong|on my end|i (wrote|typed|said|put|gave) (it |that |you )?wrong|"
    r"i wrote .{1,40} but|myself|excuse me,? i|by mistake|i (typed|wrote|put|entered|copied|pasted) (it|that|this|\w+) (wrong|incorrectly)|"
    r"i mis(typed|spelled|wrote|remembered)|change of plans?|i got (my|the) \w+ wrong)\b|^\s*\*", re.IGNORECASE)
_OWN_CHANGE = re.compile(
    r"\b(instead|let'?s|i'?d rather|rather than|changed? my mind|on (second thought|reflection)|scratch that|switch (it|to)|"
    r"(move|change|make|set|swap|take|put) (it|that|this|them|the)\b|works better|i'?ll take|go with)\b", re.IGNORECASE)
_OPINION = re.compile(r"\b(i (disagree|prefer|'?d pick|lean|like|love|find)|personally|in my opinion|for me|to me|i see your point)\b",
                      re.IGNORECASE)
_REQUEST_START = re.compile(
    r"^\s*(can|could|would|will|please|how|what|which|where|when|why|who|do|does|give|tell|show|find|suggest|recommend|help|"
    r"book|add|make|change|move|set|try|use|run|send|write|translate|convert|now|and|also|"
    # Booking-style wishes ("I want to leave on Tuesday") are new parameters, not a claim about the assistant's.
    r"i (want|need|would like)|i'?d like|i'?m looking for|we (want|need|would like)|we'?d like)\b", re.IGNORECASE)
_TAG_QUESTION = re.compile(r"\b(isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t) (it|that|they|there)\b[^?]*\?\s*$|\bright\?\s*$", re.IGNORECASE)


def claims_of(text: str) -> str:
    """The user's declarative sentences: a question or request ("Can you make a 30-minute one?") claims nothing,
    a tag question does ("for 2024 isn't it $14,600?")."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return " ".join(p for p in parts if p.strip() and (_TAG_QUESTION.search(p) or not (_REQUEST_START.match(p) or p.rstrip().endswith("?"))))


def guarded(text: str) -> str | None:
    """Why a value-level cue must not count as a correction here, or None."""
    if _OWN_SLIP.search(text):
        return "the user fixes their own words"
    if _OWN_CHANGE.search(text):
        return "the user changes their own plan"
    if _OPINION.search(text):
        return "an opinion"
    if not claims_of(text):
        return "a new request or question"
    if re.search(r"\bplease\b(?! (fix|correct|check|update|double[- ]check))", text, re.IGNORECASE):
        return "a request"
    return None


# ------------------------------------------------------------------------------------------------ cues
_NOT_SPAN = re.compile(
    r"\b(?:not|isn'?t|is not|it'?s not|wasn'?t)\s+(?:(?:a|an|the|for|in|on|at|to|from|about|with|by|of|my|your)\s+)?(?P<y>[$€£]?[a-z0-9][\w'.,$%-]*)",
    re.IGNORECASE)
_NOT_FUNCTION = frozenset(["too", "very", "so", "that", "much", "really", "sure", "now", "yet", "quite", "exactly", "always", "all", "only", "even", "interested", "a", "fan", "good", "bad", "enough", "necessary", "needed", "what", "how"])
_CALLED_WRONG = re.compile(
    r"(?P<y>[$€£]?[a-z0-9][\w'.,$%-]*)\??\s+(?:is|are|was|were|'s)\s+(?:way |totally |completely |just |all |definitely )?"
    r"(?:wrong|incorrect|off|outdated|too (?:much|many|high|low|few|long|short|big|small|early|late))\b", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|won'?t|can'?t|cannot|is not|are not|was not|"
    r"does not|do not|did not|has not|have not|will not|never|no longer|there'?s no|there is no|there are no)\b", re.IGNORECASE)
_ASSISTANT_NEGATED = re.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|can'?t|cannot|won'?t|will not|didn'?t|did not|not|no)\s+"
    r"(?P<w>[a-z]{3,})", re.IGNORECASE)
_AFFIRM = r"\b(?:it|they|he|she|that|this|you|we|i|one)\s+(?:does|do|did|is|are|can|will|has|have|was)\s+(?:\w+\s+){{0,2}}{w}"
# Code or a command in the reply: backticks, calls, assignments, regex escapes, command-line flags (" -r", " --soft"),
# brackets. A hyphen inside a word ("well-known") or prose parentheses are not code.
_CODE = re.compile(r"`|\w\(|=|\$ |\\d|\^|(?<![\w-])--?[a-z]|[{}\[\]]")
_FAILS = re.compile(
    r"\b(command not found|not found|error|exception|traceback|fails?|failing|crash\w*|doesn'?t (compile|run|match|work|exist)|"
    r"no such|undefined|invalid)\b", re.IGNORECASE)
# What the code did, which is a complaint only next to a contrast ("that returns the highest one, I need ...").
_DOES = re.compile(
    r"\b((only|just) (matches|works|returns|gives|prints)|returns? the|gives? me|getting|i get|prints?|outputs?|tries to|"
    r"negative|swapped|the other way round|backwards)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(but|instead|only|need|not|wrong|swapped|other way|negative|backwards)\b", re.IGNORECASE)


def contrast_cue(text: str, assistant: str) -> str | None:
    """'not Y' / 'Y is wrong' where Y is a word or value the assistant used ("52, not 25", "may is wrong")."""
    claims = declarative_sentences(assistant)
    for pattern in (_NOT_SPAN, _CALLED_WRONG):
        for m in pattern.finditer(text):
            y = normalize(m.group("y")).strip(".,")
            if y in _NOT_FUNCTION or y in _WEAK or not y:
                continue
            y_value = value_of(y)
            # A user speaking about themselves ("i'm fine, not depressed") corrects only a claim about them ("your trip from Dallas").
            about_self = pattern is _NOT_SPAN and _USER_SELF.search(re.split(r"[.!?;]", text[: m.start()])[-1])
            for claim in claims:
                said = tokens(claim)
                if about_self and not re.search(r"\byou(r|'re)?\b", claim, re.IGNORECASE):
                    continue
                if _in(y, said) or y_value is not None and y_value in {value_of(t) for t in said}:
                    return f"{m.group(0).strip()!r} rejects the assistant's {y!r}"
    return None


def negated_claim_cue(text: str, assistant: str) -> str | None:
    """The user negates a content word of the assistant's claim, or affirms what the assistant denied."""
    claims = declarative_sentences(assistant)
    said = [t for s in claims for t in tokens(s) if t not in _WEAK and len(t) > 2]
    for m in _NEGATION.finditer(text):
        if re.match(r"\s*(really |even )?(think|know|need|want|like|mind|care|worry|matter|have to|get it)\b", text[m.end():], re.IGNORECASE):
            continue  # "I don't think so", "doesn't really matter": not a counter-claim
        if _USER_SELF.search(" ".join(text[: m.start()].split()[-2:])) or m.group(0).lower() == "don't" and m.start() < 2:
            continue  # "i've never been to italy", "I don't eat pork", "don't suggest crypto": about the user, or a request
        window = tokens(text[m.end():])[:5]
        hit = next((w for w in window if w not in _WEAK and len(w) > 2 and _in(w, said)), None)
        # Agreeing with a negative claim ("it doesn't support it" after "doesn't support Thunderbolt") is no correction.
        if hit and not re.search(rf"\b(not|n't|no|never)\s+(\w+\s+){{0,2}}{re.escape(hit)}", " ".join(claims), re.IGNORECASE):
            return f"{m.group(0)!r} negates the assistant's {hit!r}"
    for m in _ASSISTANT_NEGATED.finditer(" ".join(claims)):
        w = m.group("w").lower()
        if w in _WEAK:
            continue
        if re.search(_AFFIRM.format(w=re.escape(w)), text, re.IGNORECASE) and not _NEGATION.search(text):
            return f"affirms {w!r}, which the assistant denied"
    return None


def _values_with_units(text: str) -> list[tuple[str, str, str]]:
    """(value, kind, unit word next to it) for each number/day/month: "4 laps", "$12,950", "six people", "tuesday"."""
    toks = tokens(text)
    out = []
    for i, t in enumerate(toks):
        v = value_of(t)
        if v is None:
            continue
        kind = _kind(v)
        if kind != "number":
            out.append((v, kind, kind))
            continue
        unit = "$" if t[0] in "$€£" else "%" if t.endswith("%") else ""
        if not unit:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            prv = toks[i - 1] if i else ""
            unit = nxt if nxt and value_of(nxt) is None and nxt not in _WEAK else prv if prv not in _WEAK else ""
        if not unit and re.fullmatch(r"(19|20)\d\d", v):
            out.append((v, "year", "year"))  # a bare year needs no unit: "1989" after "fell in 1991"
        elif unit:
            out.append((v, kind, unit))
    return out


def value_swap_cue(text: str, assistant: str) -> str | None:
    """A value of the same kind and unit as one the assistant gave, but different ("4 laps" after "2 laps")."""
    theirs = [x for s in declarative_sentences(assistant) for x in _values_with_units(s)]
    mine = _values_with_units(text)
    their_values = {v for v, _, _ in theirs}
    for v, kind, unit in mine:
        if v in their_values:
            continue
        for tv, tkind, tunit in theirs:
            if tkind == kind and (kind != "number" or _same_word(unit, tunit)) and tv != v:
                return f"{v} {unit if kind == 'number' else ''} replaces the assistant's {tv}".replace("  ", " ")
    return None


def output_cue(text: str, assistant: str) -> str | None:
    """The assistant gave code or a command, and the user reports what it does wrong."""
    if not _CODE.search(assistant):
        return None
    m = _FAILS.search(text)
    if m is None and _CONTRAST.search(text):
        m = _DOES.search(text)
    return f"reports the assistant's code misbehaving: {m.group(0)!r}" if m else None


def correction_cue(text: str, assistant: str) -> str | None:
    """The first structural cue that the user rejects something in the assistant's turn, or None."""
    if guarded(text):
        return None
    claims = claims_of(text)
    for cue in (contrast_cue, value_swap_cue, negated_claim_cue, output_cue):
        found = cue(claims, assistant)
        if found:
            return found
    return None
