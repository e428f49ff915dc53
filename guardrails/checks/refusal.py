"""Refusal detection in assistant output ("I'm sorry, but I can't help with that").

A refusal near the start weighs more than one buried in a long answer; "I can't help with X,
but here is Y" is reported as a partial refusal with a lower score.
"""

from __future__ import annotations

import re

from guardrails.checks.base import BaseCheck, Option, noisy_or
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.normalize import normalize
from guardrails.registry import register

CANT = r"(?:can't|cant|cannot|can not|won't|wont|will not|am unable to|'m unable to|am not able to|'m not able to|must decline to|have to decline to|am not allowed to|'m not allowed to|am not permitted to)"
HELP_VERBS = (
    r"(?:help|assist|provide|comply|do (?:that|this)|fulfil+|support|share|answer|create|generate|write|engage|"
    r"give|offer|produce|continue|discuss|participate|complete|process)"
)
REFUSALS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("sorry_cant", re.compile(rf"\b(?:i'm|i am|im) (?:sorry|afraid)[,.]? (?:but )?(?:i )?{CANT}\b"), 0.9),
    ("cant_help", re.compile(rf"\bi ?{CANT} (?:\w+ )?{HELP_VERBS}\b"), 0.75),
    ("cant_help_with_that", re.compile(rf"\bi ?{CANT} (?:help|assist) (?:you )?with (?:that|this|your request|requests? like)\b"), 0.9),
    ("as_an_ai", re.compile(r"\bas an ai(?: language model| assistant| model)?,? i (?:can't|cannot|don't|do not|am unable|am not able|won't)\b"), 0.85),
    ("against_guidelines", re.compile(r"\b(?:against|violates?|goes against|outside) (?:my|our|the) (?:guidelines|policies|policy|programming|principles|usage policies|content policy)\b"), 0.75),
    ("request_violates", re.compile(r"\b(?:this|that|your) request (?:goes against|violates|is against|is not something)\b"), 0.8),
    ("must_decline", re.compile(r"\bi (?:must|have to|need to|will have to) (?:respectfully )?(?:decline|refuse)\b"), 0.85),
    ("not_comfortable", re.compile(r"\bi(?:'m| am) not comfortable (?:with|doing|providing|helping|writing)\b"), 0.6),
    ("rather_not", re.compile(r"\bi(?:'d| would) (?:rather not|prefer not to)\b"), 0.4),
    ("unable_to_help", re.compile(rf"\b(?:unable|not able) to {HELP_VERBS} (?:with )?(?:that|this|your request)\b"), 0.6),
    ("not_able_to_provide", re.compile(r"\bi (?:can't|cannot|can not|am unable to) (?:provide|give|offer) (?:medical|legal|financial|professional) advice\b"), 0.5),
)
PARTIAL = re.compile(r"\b(?:but|however|that said|instead)\b[^.?!]{0,40}\b(?:here|i can|i could|you can|you could|try|consider|suggest|happy to)\b")
# Refusals sit at the start; past this many characters a match is probably quoting or a caveat.
LEAD_CHARS = 300
LATE_FACTOR = 0.5
PARTIAL_FACTOR = 0.6
LONG_ANSWER_CHARS = 600


@register("refusal")
class RefusalCheck(BaseCheck):
    default_severity = "info"
    default_kinds = ("output",)
    options = {"threshold": Option(float, 0.5, minimum=0.0, maximum=1.0)}

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        norm = normalize(text)
        weights: list[float] = []
        spans: list[Span] = []
        first_end = 0
        for name, pattern, weight in REFUSALS:
            m = pattern.search(norm.text)
            if m is None:
                continue
            start, end = norm.span(*m.span())
            weights.append(weight if start < LEAD_CHARS else weight * LATE_FACTOR)
            spans.append(Span(start, end, name))
            first_end = max(first_end, m.end())
        if not weights:
            return self.result(passed=True, score=0.0, message="no refusal")
        score = noisy_or(weights)
        partial = bool(PARTIAL.search(norm.text, first_end)) or len(text) > LONG_ANSWER_CHARS
        if partial:
            score *= PARTIAL_FACTOR
        passed = score < self.config["threshold"]
        kind = "partial refusal" if partial else "refusal"
        return self.result(passed=passed, score=score, spans=spans, message=kind if not passed else f"weak {kind} cues")
