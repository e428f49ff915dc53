"""Entity/attribute extraction: which attribute of the user a statement or memory item is about.

A small lexicon of common personal attributes (diet, location, job, languages, schedule, ...). Two texts
naming the same attribute are about the same thing even when embeddings disagree ("I mostly code in
TypeScript now" / "User's main programming language is Python"); two texts naming different ones are
not, even when embeddings are close ("User eats halal food only" / "User loves food markets"). Texts
outside the lexicon fall back to embedding similarity. The lexicon was written from the dev split's
attribute kinds and general knowledge; holdout-only kinds are deliberately not in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LANGS = "spanish|italian|german|french|japanese|portuguese|mandarin|chinese|korean|dutch|arabic|russian|greek|polish|swedish|turkish|hindi"
_CODE = r"\b(python|typescript|javascript|java|kotlin|golang|rust|ruby|php|swift|scala|elixir|haskell)\b|c\+\+|c#|(?-i:\bGo\b)"
_DAYS = r"mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|weekends?|weekdays?"

ATTRIBUTES: list[tuple[str, str, re.Pattern[str]]] = [
    # (key, label for people, pattern)
    ("diet", "dietary preferences", re.compile(
        r"\b(vegan|vegetarian|pescatarian|pescetarian|halal|kosher|keto|paleo|gluten[- ]free|dairy[- ]free|lactose|"
        r"(don'?t|do not|no longer|doesn'?t) eat|eats? (fish|meat)|diet)\b", re.I)),
    ("allergy", "allergies", re.compile(r"\ballerg\w*", re.I)),
    ("location", "where the user lives", re.compile(r"\b(live[sd]?|living|based|moved|relocated|located)\s+(in|to)\b|\bhome ?town\b", re.I)),
    ("spoken_language", "languages the user is learning", re.compile(rf"\b({_LANGS})\b", re.I)),
    ("programming_language", "programming languages", re.compile(rf"({_CODE})|\b(cod(e|es|ing) in|programming language|tech stack)\b", re.I)),
    ("job", "the user's job", re.compile(r"\b(works? as|working as|job|career|profession|occupation|changed jobs)\b", re.I)),
    ("availability", "when the user is available", re.compile(r"\b(available|availability|free (after|before|on)|only free|free weekday)\b", re.I)),
    ("training", "the user's training schedule", re.compile(rf"\b(train(s|ing)?|work(s|ing)? out|workouts?|gym|runs?)\b.*\b({_DAYS}|mornings?|evenings?)\b", re.I)),
    ("units", "units", re.compile(r"\b(metric|imperial|celsius|fahrenheit)\b", re.I)),
    ("team", "the user's team", re.compile(r"\b(fan of|supports?|support the|follows? the|my team)\b", re.I)),
    ("pet", "pets", re.compile(r"\b(dog|cat|puppy|kitten|labrador|collie|beagle|retriever|terrier|spaniel|pet)s?\b", re.I)),
    ("partner", "the user's partner", re.compile(r"\b(partner|wife|husband|girlfriend|boyfriend|fianc[ée]e?)\b", re.I)),
    ("children", "the user's children", re.compile(r"\b(daughter|son|kids|children|child)\b", re.I)),
    ("injury", "injuries", re.compile(r"\b(injur\w*|knee|shoulder|back pain|disc|acl|impingement|sprain\w*)\b", re.I)),
    ("airport", "the user's home airport", re.compile(r"\bhome airport\b|\bfly out of\b", re.I)),
]
LABELS = {key: label for key, label, _ in ATTRIBUTES}
# Category-level frames that name an attribute without a lexicon entry for its kind: "my <thing> is ...",
# "User's <thing> is ..." (a goal, a size, a dose, a limit...). They can only tie two texts together, never
# tell them apart: the noun is a guess, so two different nouns prove nothing.
_POSSESSIVE = re.compile(r"\b(?:my|user'?s|your)\s+((?:[a-z]+\s+){0,2}?)([a-z]{3,})\s+(?:is|are|was|=)\b", re.I)
_POSSESSIVE_SKIP = frozenset(["name", "favourite", "favorite", "main", "usual", "current", "new", "old", "only"])
_BUDGET = re.compile(r"\b(\w+) budget\b|\bbudget for (?:a |an |the )?(?:new )?(\w+)", re.I)


@lru_cache(maxsize=16384)
def attributes(text: str) -> frozenset[str]:
    found = {key for key, _, pattern in ATTRIBUTES if pattern.search(text)}
    for m in _BUDGET.finditer(text):
        noun = (m.group(1) or m.group(2) or "").lower()
        found.add(f"budget:{noun}" if noun not in ("my", "the", "a", "your", "our", "new") else "budget")
    if "training" in found:
        found.discard("availability")
    return frozenset(found)


@lru_cache(maxsize=16384)
def frames(text: str) -> frozenset[str]:
    """Attribute nouns named by a possessive frame ("my savings target is..." -> {"target", "savings target"})."""
    out = set()
    for m in _POSSESSIVE.finditer(text):
        noun = m.group(2).lower()
        if noun in _POSSESSIVE_SKIP:
            continue
        out.add(noun)
        mods = m.group(1).split()
        if mods:
            out.add(f"{mods[-1].lower()} {noun}")
    return frozenset(out)


# A number's unit names the system it's in: "21.1 km" answers in metric, whatever the item calls it.
_UNIT_SYSTEMS = (
    ("metric", re.compile(r"\d\s*(km|kg|cm|mm|ml|l|°c|kph|km/h)\b|\b(kilomet|kilogram|centimet|litre|liter|celsius)", re.I)),
    ("imperial", re.compile(r"\d\s*(mi|lbs?|oz|ft|in|°f|mph)\b|\b(miles?|pounds?|ounces?|feet|inch(es)?|fahrenheit|gallons?)\b", re.I)),
)


def implied_values(text: str) -> frozenset[str]:
    """Values a text states without naming them: its measurement system."""
    return frozenset(name for name, pattern in _UNIT_SYSTEMS if pattern.search(text))


def label(key: str) -> str:
    if key.startswith("budget:"):
        return f"the user's {key.split(':', 1)[1]} budget"
    return LABELS.get(key, key.replace("_", " "))


def relation(a: str, b: str) -> bool | None:
    """True: same attribute; False: different attributes; None: the lexicon can't tell."""
    x, y = attributes(a), attributes(b)
    if x & y or frames(a) & frames(b):
        return True
    if not x or not y:
        return None
    return False
