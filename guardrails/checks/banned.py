"""Banned phrases and topics, matched on normalised text so "b4nned", "b.a.n.n.e.d" and
homoglyph spellings do not slip through."""

from __future__ import annotations

import re

from guardrails.checks.base import BaseCheck, Option
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.errors import PolicyError
from guardrails.normalize import normalize, normalize_phrase, phrase_pattern
from guardrails.registry import register


@register("banned")
class BannedCheck(BaseCheck):
    default_severity = "block"
    default_kinds = ("output",)
    options = {
        "phrases": Option(list, [], item_type=str),
        "patterns": Option(list, [], item_type=str),
        "topics": Option(dict, {}, item_type=list),
        "plurals": Option(bool, True),
    }

    def setup(self) -> None:
        self.rules: list[tuple[str, re.Pattern[str]]] = []
        plurals = self.config["plurals"]
        for phrase in self.config["phrases"]:
            regex = phrase_pattern(phrase, plurals=plurals)
            if not regex:
                raise self.error("phrases", f"has an empty phrase {phrase!r}")
            self.rules.append((f"phrase:{normalize_phrase(phrase)}", re.compile(regex)))
        for topic, terms in self.config["topics"].items():
            alternatives = [phrase_pattern(t, plurals=plurals) for t in terms if isinstance(t, str)]
            if len(alternatives) != len(terms) or not all(alternatives):
                raise self.error("topics", f"{topic!r} must be a list of non-empty strings")
            self.rules.append((f"topic:{topic}", re.compile("|".join(alternatives))))
        for i, pattern in enumerate(self.config["patterns"]):
            try:
                self.rules.append((f"pattern:{i}", re.compile(pattern, re.IGNORECASE)))
            except re.error as exc:
                raise PolicyError(f"check 'banned': config key 'patterns'[{i}] is not a valid regex: {exc}") from None

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        norm = normalize(text)
        spans: list[Span] = []
        for label, pattern in self.rules:
            for m in pattern.finditer(norm.text):
                start, end = norm.span(*m.span())
                spans.append(Span(start, end, label))
        if not spans:
            return self.result(passed=True, score=0.0, message="no banned content")
        labels = sorted({s.label for s in spans})
        return self.result(passed=False, score=1.0, spans=spans, message=f"banned content: {', '.join(labels)}")
