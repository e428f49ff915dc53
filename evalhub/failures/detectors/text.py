"""Lexical primitives: content words, value tokens, negation, sentences.

"Value tokens" are what distinguishes one fact from another about the same thing: in "User works as
a nurse" the value is "nurse", "works" is the attribute frame. Frame words are the verbs and fillers
memory writers use for every attribute, so two items sharing only frame words say nothing in common.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[$€£]?\d(?:[\d.,:/]*\d)?|[a-zà-öø-ÿ](?:[a-zà-öø-ÿ0-9'.+#-]*[a-zà-öø-ÿ0-9+#])?", re.IGNORECASE)
_CAP = re.compile(r"\b[A-ZÀ-Ö][a-zà-öø-ÿ]+\b|\b[A-Z]{2,}\b")
_MID_SENTENCE = re.compile(r"[a-zà-öø-ÿ0-9,]\s+$")

def _wordlist(text: str) -> list[str]:
    return text.split()


STOP = frozenset(_wordlist("""
a an the and or but if so to of in on at for with about from by as into over under than then also too very really just only
is are was were be been being am do does did doing have has had having can could would will shall should may might must
i me my mine myself you your yours yourself we us our ours they them their theirs he him his she her hers it its this that
these those there here what which who whom whose when where why how all any some each every no not nor none both either
more most less least much many few lot lots other another such same own again ever still even yet already now today
please thanks thank ok okay yes yeah hi hey hello oh well sure get got go going gone make made let lets like want need
one two first new good great nice best way thing things something anything everything it's i'm i've i'll i'd you're
you've you'll that's there's what's don't doesn't didn't can't won't isn't aren't wasn't let's quick tip tips
"""))

# Attribute frames of memory items: shared by every attribute, so never evidence of "the same thing".
_FRAME_WORDS = """
user user's users prefers prefer preference likes loves enjoys wants said says mentioned told knows
noted asked usually always often currently mostly main favourite favorite called named around approximately once
"""

_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\x22’'])\s+|\s+[—–]\s+|;\s+|\n+|\s+\((?=[^)]*\))|\)\s*")


QUOTE_CHARS = 160


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").replace("`", " ")
    return re.sub(r"\s+", " ", text).strip()


# Spelled-out numbers are the same value as digits ("I manage twelve people" = "a team of 12").
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_wordlist(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty"))} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                                    "eighty": "80", "ninety": "90"}


# Everyday synonyms for the people in a user's life: "your mum" mentions "User's mother".
_KIN = {"mum": "mother", "mom": "mother", "mummy": "mother", "mommy": "mother", "mam": "mother", "dad": "father",
        "daddy": "father", "kid": "child", "kids": "child", "children": "child", "grandma": "grandmother",
        "granny": "grandmother", "gran": "grandmother", "nan": "grandmother", "nana": "grandmother",
        "grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather", "hubby": "husband"}


def stem(word: str) -> str:
    w = word.lower().strip(".'-")
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w.endswith("'s"):
        w = w[:-2]
    if w in _KIN:
        return _KIN[w]
    if w[:1].isdigit() or w[:1] in "$€£":
        return re.sub(r"[.,](?=\d{3}\b)", "", w.lstrip("$€£"))
    if w.endswith("ies") and len(w) >= 5:
        return w[:-3] + "y"
    if re.search(r"(s|x|ch|sh)es$", w) and len(w) >= 5:
        return w[:-2]
    for suffix, min_len in (("ing", 6), ("ed", 5), ("s", 4)):
        if w.endswith(suffix) and len(w) >= min_len and not w.endswith("ss"):
            w = w[: -len(suffix)]
            # "swimming" -> "swim", "planned" -> "plan" (not "add"/"miss"/"fall": d, s and l double in the root)
            if suffix != "s" and len(w) >= 4 and w[-1] == w[-2] and w[-1] in "bgmnprt":
                w = w[:-1]
            return w
    return w


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower().rstrip(".,:") for m in _WORD.finditer(normalize(text)))


@lru_cache(maxsize=65536)
def content(text: str) -> frozenset[str]:
    """Stemmed content words (no stop words, nothing shorter than 3 letters unless a number)."""
    return frozenset(stem(w) for w in words(text) if w not in STOP and (len(w) > 2 or w[:1].isdigit()))


FRAME = frozenset(stem(w) for w in _wordlist(_FRAME_WORDS))
# Everyday words two unrelated texts share by chance; never evidence that an answer used a memory item.
COMMON = frozenset(stem(w) for w in _wordlist("""
day days off time times week weeks year years back home work out long short little big high low right left next last
start end keep take give put find look use used try make makes done fine sure lot bit part place way kind sort
minute minutes hour hours after before
"""))


def values(text: str) -> frozenset[str]:
    """Content words that are not attribute frames."""
    return frozenset(w for w in content(text) if w not in FRAME)


def capitalized(text: str) -> frozenset[str]:
    """Proper-noun-like words ("Go", "Daniel", "Lisbon"): capitalised mid-sentence, or any capitalised non-stop word."""
    norm = normalize(text)
    out = set()
    for m in _CAP.finditer(norm):
        word = m.group(0).lower()
        if m.start() == 0 or (word in STOP and not _MID_SENTENCE.search(norm[max(0, m.start() - 30) : m.start()])):
            continue
        out.add(stem(word))
    return frozenset(out)


def mention_terms(text: str) -> frozenset[str]:
    return values(text) | capitalized(text)


def compound_forms(text: str) -> frozenset[str]:
    """The other spellings of the text's compounds: "hard water" -> "hard-water", "flat-rate" -> "flat", "rate"."""
    ws = [w for w in words(text) if not w[:1].isdigit()]
    joined = {stem(f"{a}-{b}") for a, b in zip(ws, ws[1:], strict=False) if "-" not in a + b}
    parts = {stem(p) for w in ws if "-" in w for p in w.split("-") if len(p) > 2 and p not in STOP}
    return frozenset(joined | parts)


_TOKEN = r"(?:[$€£]?\d[\d.:/,]*\d|[^\s.,;:!?()—–]+)"
_NEGATION = re.compile(
    rf"\b(?:not|never|isn'?t|aren'?t|wasn'?t|instead of|rather than|no)\s+(?:a |an |the |my |it'?s |on |in |at |for )?({_TOKEN}(?:\s+{_TOKEN})?)",
    re.IGNORECASE,
)
# "not right" denies the claim, not a value.
_EVALUATIVE = frozenset(["right", "correct", "true", "quite", "sure", "accurate", "really", "what", "that", "this", "again", "cent", "more"])


def negated(text: str) -> frozenset[str]:
    """Values the text denies: in "It's 104 kg, not 140" the 140 (minus anything it also affirms)."""
    norm = normalize(text)
    denied: set[str] = set()
    for m in _NEGATION.finditer(norm):
        denied |= {w for w in content(m.group(1)) if w not in _EVALUATIVE}
    return frozenset(denied - content(_NEGATION.sub(" ", norm)))


# The old value of a change stated with both values: "upgraded from a French press to an espresso machine", "replaced
# the storage heaters with a heat pump", "Safari for Chrome" after "swapped".
_CHANGE_FROM = re.compile(
    r"\b(?:upgraded|downgraded|switched|changed|moved|went|migrated|converted|graduated)\s+(?:over\s+)?from\s+(.{2,50}?)\s+(?:to|for|onto)\b"
    r"|\b(?:replaced|swapped|traded|ditched)\s+(.{2,50}?)\s+(?:with|for)\b",
    re.IGNORECASE,
)


def superseded(text: str) -> frozenset[str]:
    """Words of the old value in a change that names both values (minus anything the text also says elsewhere)."""
    old: set[str] = set()
    for m in _CHANGE_FROM.finditer(normalize(text)):
        old |= content(m.group(1) or m.group(2))
    rest = _CHANGE_FROM.sub(" ", normalize(text))
    return frozenset(old - content(rest))


def affirmed(text: str) -> frozenset[str]:
    return values(text) - negated(text)


def covered(keys: frozenset[str] | set[str], by: frozenset[str] | set[str]) -> bool:
    """Every key is one of `by`, or spelled out from one ("monday" for "mon")."""
    return all(any(k == o or (len(o) >= 3 and k.startswith(o)) for o in by) for k in keys)


def numbers(terms: frozenset[str] | set[str]) -> set[str]:
    return {t for t in terms if t[:1].isdigit()}


def sentences(text: str) -> list[str]:
    parts = [p.strip(" .,!?()") for p in _SENTENCE.split(normalize(text))]
    return [p for p in parts if len(p) > 2]


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """|a ∩ b| / |a|: how much of `a` is found in `b`."""
    return len(a & b) / len(a) if a else 0.0


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


_FIRST_PERSON = [
    (r"\bi'?m\b|\bi am\b", "User is"), (r"\bi'?ve\b|\bi have\b", "User has"), (r"\bi'?d\b", "User would"), (r"\bmy\b", "User's"),
    (r"\bi\b", "User"), (r"\b(me|myself)\b", "User"), (r"\b(now|anymore|any more|these days|actually|just|so you know|by the way)\b", ""),
]


def as_memory(text: str) -> str:
    """"I'm learning Japanese now" -> "User is learning Japanese": the form memory writers use, so embeddings compare like with like."""
    out = normalize(text)
    for pattern, repl in _FIRST_PERSON:
        out = re.sub(pattern, repl, out, flags=re.IGNORECASE)
    out = re.sub(r"\bUser ((?:mostly|usually|also|only|still|really) )?(live|work|train|run|code|support|follow|prefer|like|love|hate|use|drive|"
                 r"own|speak|study|eat|need|want|take)\b", r"User \1\2s", out)
    return re.sub(r"\s+([,.!?])", r"\1", re.sub(r"\s+", " ", out)).strip(" ,.!—–-")


def is_question(text: str) -> bool:
    t = normalize(text).lower()
    return t.endswith("?") or bool(re.match(r"^(what|which|where|when|who|how|do|does|did|are|is|can|could|would)\b.*\?", t))


APOLOGY = re.compile(
    # An acknowledgement may lead in ("Of course, sorry.", "Right, my mistake.").
    r"^\W*((of course|right|ah|oh|yes|true|indeed|ok(ay)?|hmm|whoops|good catch)[,.!]?\s+)?(sorry|apolog|my (apologies|bad|mistake)|you'?re (right|correct)|fair (point|enough)|good catch|oops|"
    r"i should have|that was (wrong|unfocused|not relevant|irrelevant)|let me (fix|correct|try again)|"
    # Acknowledging the user's objection before a redo ("Ah, right. Keep it step-free for your mum: ...").
    r"(ah|oh),? (right|of course|i see)\b|good point)",
    re.IGNORECASE,
)


# The user asking why the answer brought something up ("Not sure why you mentioned my asthma", "Odd thing to tack on"):
# an objection to a mention, not a re-telling of a fact.
WHY_MENTION = re.compile(
    r"\b(why (did you |would you |do you )?(mention|bring|bringing)|what (does|do) (that|this|it|my \w+|my \w+ \w+) have to do|"
    r"(weird|odd|strange) (thing|bit|detail) to|not sure why|came into it|irrelevant|not relevant|unrelated|random(ly)?|"
    r"nothing to do with|why (add|say|tell me) that|tack(ed|ing)? (that |it |this )?on)\b",
    re.IGNORECASE,
)


def is_apology(text: str) -> bool:
    return bool(APOLOGY.search(normalize(text)))


# The user welcoming an answer ("Perfect — like I said, I'm vegan, so that works", "Great, you remembered!").
APPROVAL = re.compile(
    r"^\W*(perfect|great|exactly|yes|yep|nice|awesome|lovely|brilliant|spot on|that works|that fits|thanks|thank you|cheers)\b",
    re.IGNORECASE,
)


def is_approval(text: str) -> bool:
    return bool(APPROVAL.search(normalize(text)))
