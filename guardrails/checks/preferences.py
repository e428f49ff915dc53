"""Consistency with the user's active preferences: an answer with bacon for a vegetarian, peanuts
for someone allergic, 400 words for "keep it short", emojis for "no emojis", miles for "metric".

Preferences come from `context.user_preferences` and the optional provider in
`guardrails.preferences`. Negated mentions ("no meat", "meat-free", "instead of beef",
"almond milk" for dairy-free) are benign.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from guardrails.checks import preference_rules as R
from guardrails.checks.base import BaseCheck, Option
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.normalize import Normalized, normalize, phrase_pattern
from guardrails.preferences import active_preferences
from guardrails.registry import register

FAMILIES = ("diet", "alcohol", "allergy", "length", "emoji", "units", "language", "dislike", "custom")
TRIGGER_NEGATION = re.compile(r"\b(?:not|no longer|stopped being|quit being|isn't|is not|formerly|used to be|ex)\s(?:\w+\s)?$")
SENTENCE_END = re.compile(r"[.!?;:\n]")
MIN_LANGUAGE_TOKENS = 8
WEIGHTS = {"emoji": 0.6, "units": 0.5, "language": 0.8, "dislike": 0.6, "custom": 0.7}


@dataclass(frozen=True)
class Violation:
    span: Span
    weight: float
    preference: str


def _describe(pref: dict[str, str]) -> str:
    text = pref["text"] or f"{pref['key']}={pref['value']}"
    return text if len(text) <= 60 else text[:57] + "..."


def _triggered(pattern: re.Pattern[str], ptext: str) -> bool:
    return any(not TRIGGER_NEGATION.search(ptext[: m.start()]) for m in pattern.finditer(ptext))


def _negated(ntext: str, start: int, end: int, modifiers: frozenset[str]) -> bool:
    clause_start = max((m.end() for m in SENTENCE_END.finditer(ntext, 0, start)), default=0)
    window = re.findall(r"[a-z']+", ntext[clause_start:start])[-R.NEGATION_WINDOW_TOKENS :]
    if any(tok in R.NEGATORS for tok in window):
        return True
    if any(a == "free" and b in ("of", "from") for a, b in zip(window, window[1:], strict=False)):
        return True
    if window and (window[-1] in modifiers or (len(window) > 1 and window[-2] in modifiers)):
        return True
    after = re.findall(r"[a-z']+", ntext[end : end + 30])[:1]
    return bool(after) and after[0] in R.AFTER_MODIFIERS


@register("preferences")
class PreferenceCheck(BaseCheck):
    default_severity = "warn"
    default_kinds = ("output",)
    options = {
        "families": Option(list, list(FAMILIES), item_type=str),
        "short_max_words": Option(int, 150, minimum=1),
        "extra_rules": Option(list, [], item_type=dict),
    }

    def setup(self) -> None:
        for family in self.config["families"]:
            if family not in FAMILIES:
                raise self.error("families", f"has unknown family {family!r}; known: {', '.join(FAMILIES)}")
        self.families = frozenset(self.config["families"])
        self.extra: list[R.TermRule] = [self._build_extra(i, rule) for i, rule in enumerate(self.config["extra_rules"])]

    def _build_extra(self, i: int, rule: dict[str, Any]) -> R.TermRule:
        where = f"extra_rules[{i}]"
        if set(rule) - {"name", "when", "conflicts", "weight"} or not {"name", "when", "conflicts"} <= set(rule):
            raise self.error(where, "needs exactly 'name', 'when', 'conflicts' and optional 'weight'")
        lists = [rule["when"], rule["conflicts"]]
        if not all(isinstance(x, list) and x and all(isinstance(t, str) and t.strip() for t in x) for x in lists):
            raise self.error(where, "'when' and 'conflicts' must be non-empty lists of strings")
        weight = rule.get("weight", WEIGHTS["custom"])
        if not isinstance(weight, int | float) or not 0 <= weight <= 1:
            raise self.error(where, f"'weight' must be a number in [0, 1]; got {weight!r}")
        trigger = re.compile("|".join(phrase_pattern(t) for t in rule["when"]))
        conflicts = re.compile("|".join(phrase_pattern(t) for t in rule["conflicts"]))
        return R.TermRule(f"custom.{rule['name']}", trigger, conflicts, float(weight))

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        prefs = active_preferences(context)
        if not prefs:
            return self.result(passed=True, score=0.0, message="no active preferences")
        norm = normalize(text)
        violations: list[Violation] = []
        for pref in prefs:
            ptext = normalize(" ".join((pref["key"], pref["value"], pref["text"])).replace("_", " ")).text
            found = self._term_violations(norm, ptext) + self._style_violations(text, ptext, pref)
            violations.extend(Violation(span, weight, _describe(pref)) for span, weight in found)
        if not violations:
            return self.result(passed=True, score=0.0, message=f"consistent with {len(prefs)} preference(s)")
        rules = sorted({f"{v.span.label} ({v.preference!r})" for v in violations})
        return self.result(
            passed=False,
            score=max(v.weight for v in violations),
            spans=[v.span for v in violations],
            message="contradicts user preference: " + "; ".join(rules),
        )

    def _term_violations(self, norm: Normalized, ptext: str) -> list[tuple[Span, float]]:
        rules = [r for r in R.TERM_RULES if r.name.split(".")[0] in self.families]
        if "custom" in self.families:
            rules += self.extra
        out: list[tuple[Span, float]] = []
        for rule in rules:
            if _triggered(rule.trigger, ptext):
                out.extend((span, rule.weight) for span in self._conflicts(norm, rule.conflicts, rule.modifiers, rule.name))
        if "dislike" in self.families:
            for m in R.DISLIKE_TRIGGER.finditer(ptext):
                phrase = " ".join(m.group(1).split()[:3])
                if not phrase or phrase.split()[0] in R.DISLIKE_SKIP_FIRST:
                    continue
                pattern = re.compile(phrase_pattern(phrase))
                out.extend((s, WEIGHTS["dislike"]) for s in self._conflicts(norm, pattern, frozenset(), f"dislike.{phrase}"))
        return out

    @staticmethod
    def _conflicts(norm: Normalized, pattern: re.Pattern[str], modifiers: frozenset[str], label: str) -> list[Span]:
        spans = []
        for m in pattern.finditer(norm.text):
            if _negated(norm.text, m.start(), m.end(), modifiers):
                continue
            start, end = norm.span(*m.span())
            original = norm.original[start:end]
            if original == "Turkey" and start > 0 and not SENTENCE_END.search(norm.original[max(0, start - 3) : start]):
                continue  # the country, not the bird
            spans.append(Span(start, end, label))
        return spans

    def _style_violations(self, text: str, ptext: str, pref: dict[str, str]) -> list[tuple[Span, float]]:
        out: list[tuple[Span, float]] = []
        if "length" in self.families and _triggered(R.SHORT_TRIGGER, ptext):
            out.extend(self._too_long(text, ptext))
        if "emoji" in self.families and _triggered(R.NO_EMOJI_TRIGGER, ptext):
            out.extend((Span(m.start(), m.end(), "style.no_emoji"), WEIGHTS["emoji"]) for m in R.EMOJI.finditer(text))
        if "units" in self.families:
            if _triggered(R.METRIC_TRIGGER, ptext) or (pref["key"] == "units" and "metric" in ptext):
                out.extend(self._wrong_units(text, R.IMPERIAL_UNITS, R.METRIC_UNITS, "units.metric"))
            elif _triggered(R.IMPERIAL_TRIGGER, ptext) or (pref["key"] == "units" and "imperial" in ptext):
                out.extend(self._wrong_units(text, R.METRIC_UNITS, R.IMPERIAL_UNITS, "units.imperial"))
        if "language" in self.families:
            m = R.LANGUAGE_TRIGGER.search(ptext)
            target = m.group(1) if m else pref["value"].strip().lower() if pref["key"] == "language" else ""
            if target in R.STOPWORDS:
                out.extend(self._wrong_language(text, target))
        return out

    def _too_long(self, text: str, ptext: str) -> list[tuple[Span, float]]:
        m = R.WORD_LIMIT.search(ptext)
        limit = int(m.group(1)) if m else self.config["short_max_words"]
        words = list(re.finditer(r"\S+", text))
        if len(words) <= limit:
            return []
        weight = min(1.0, 0.3 + (len(words) - limit) / limit)
        return [(Span(words[limit].start(), len(text), f"length.short({len(words)}>{limit} words)"), weight)]

    @staticmethod
    def _wrong_units(text: str, wrong: re.Pattern[str], right: re.Pattern[str], label: str) -> list[tuple[Span, float]]:
        out = []
        for m in wrong.finditer(text):
            nearby = text[max(0, m.start() - 40) : m.end() + 40]
            if not right.search(nearby):
                out.append((Span(m.start(), m.end(), label), WEIGHTS["units"]))
        return out

    @staticmethod
    def _wrong_language(text: str, target: str) -> list[tuple[Span, float]]:
        tokens = re.findall(r"[^\W\d_]+", text.lower())
        if len(tokens) < MIN_LANGUAGE_TOKENS:
            return []
        counts = Counter({lang: sum(t in words for t in tokens) for lang, words in R.STOPWORDS.items()})
        best, best_count = counts.most_common(1)[0]
        if best == target or best_count < 3 or counts[target] >= 0.5 * best_count:
            return []
        weight = max(0.5, WEIGHTS["language"] * (1 - counts[target] / best_count))
        return [(Span(0, len(text), f"language.{target}(looks {best})"), weight)]
