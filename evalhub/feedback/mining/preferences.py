"""Lasting preferences ("keep it short", "I moved to Berlin") with a key/value for the preference store."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evalhub.feedback.mining.base import Candidate, Turn, unquoted

_ONE_OFF = re.compile(r"\b(this (one|time|answer|reply)|for (this|now|today)|just (this|here)|right now|for the moment)\b", re.IGNORECASE)
_LASTING = re.compile(r"\b(always|from now on|in (the )?future|going forward|every time|all my|in general|generally|please remember|remember that)\b", re.IGNORECASE)

DIETS = "vegan|vegetarian|pescatarian|pescetarian|gluten[- ]free|dairy[- ]free|lactose[- ]intolerant|keto|halal|kosher|paleo"


@dataclass(frozen=True)
class Rule:
    key: str
    pattern: re.Pattern[str]
    value_group: str | None = None
    fixed_value: str | None = None
    needs_lasting: bool = False


RULES = [
    Rule("diet", re.compile(rf"\bi(?:'m| am)(?: now| actually)?(?: a| going| fully| strictly)? ?(?P<v>{DIETS})\b", re.I), "v"),
    Rule("diet", re.compile(rf"\bi(?:'ve| have) (?:gone|become|turned|switched to) (?P<v>{DIETS})\b", re.I), "v"),
    Rule("diet", re.compile(r"\bi (?:don'?t|do not|no longer|stopped) eat(?:ing)? (?P<v>meat|fish|pork|beef|dairy|eggs|sugar)\b", re.I), "v"),
    Rule("allergy", re.compile(r"\bi(?:'m| am) allergic to (?P<v>[a-z ]{3,30}?)(?:[.,!]|$| and| so)", re.I), "v"),
    Rule("location", re.compile(r"(?i:\bi (?:just |recently )?(?:moved|relocated) to )(?P<v>[A-Z][\w .'-]{1,40}?)(?:[.,!]|$| last| in | for| and| so)"), "v"),
    Rule("location", re.compile(r"(?i:\bi (?:now )?live in )(?P<v>[A-Z][\w .'-]{1,40}?) now\b"), "v"),
    Rule("location", re.compile(r"(?i:\bi(?:'m| am) (?:now )?(?:based|living) in )(?P<v>[A-Z][\w .'-]{1,40}?)(?: now)?(?:[.,!]|$)"), "v"),
    Rule("length", re.compile(r"\b(keep (it|them|your answers|answers|replies) (short|brief|concise)|shorter (answers|replies)|be (brief|concise)|(too|very) long|less verbose|tl;?dr)\b", re.I), fixed_value="short"),
    Rule("length", re.compile(r"\b(more detail(ed)?|longer (answers|explanations)|in depth|go deeper)\b", re.I), fixed_value="detailed", needs_lasting=True),
    Rule("units", re.compile(r"\b(metric|celsius|kilometers|kilograms|kg\b|km\b)", re.I), fixed_value="metric", needs_lasting=True),
    Rule("units", re.compile(r"\b(imperial|fahrenheit|miles|pounds|lbs\b)", re.I), fixed_value="imperial", needs_lasting=True),
    Rule("language", re.compile(r"\b(?:answer|reply|respond|talk|write)(?: to me)? in (?P<v>english|german|french|spanish|italian|dutch|portuguese|polish|japanese)\b", re.I), "v"),
    Rule("emoji", re.compile(r"\b(no|stop (using|with)( the)?|without|don'?t (use|add)( any)?) emojis?\b", re.I), fixed_value="none"),
    Rule("name", re.compile(r"(?i:\b(?:please )?call me )(?P<v>[A-Z][a-z]{1,20})\b"), "v"),
    Rule("style", re.compile(r"\b(?:i prefer|i'?d prefer|i like) (?P<v>[a-z][\w ,'-]{3,60}?)(?:[.!]|$)", re.I), "v", needs_lasting=False),
]


def extract(text: str) -> list[tuple[str, str, str]]:
    """(key, value, matched text) for each lasting preference stated in `text`."""
    own = unquoted(text)
    if _ONE_OFF.search(own) and not _LASTING.search(own):
        return []
    found: dict[str, tuple[str, str, str]] = {}
    for rule in RULES:
        match = rule.pattern.search(own)
        if match is None or rule.key in found:
            continue
        if rule.needs_lasting and not _LASTING.search(own):
            continue
        if rule.key == "diet" and re.search(r"\bdon'?t|do not|no longer|stopped\b", match.group(0), re.I):
            value = f"no {match.group('v').lower()}"
        else:
            value = (match.group(rule.value_group) if rule.value_group else rule.fixed_value) or ""
        value = value.strip().rstrip(".").strip()
        if rule.key not in ("location", "name"):
            value = value.lower()
        found[rule.key] = (rule.key, value, match.group(0))
    return list(found.values())


class PreferenceDetector:
    name = "rules.preference"

    def detect(self, turn: Turn) -> list[Candidate]:
        out = []
        for key, value, matched in extract(turn.text):
            confidence = 0.85 if key != "style" else 0.65
            out.append(Candidate("preference", confidence, f"{key}={value}: {matched!r}", self.name,
                                 about=turn.prev_assistant, details={"key": key, "value": value}))
        return out
