"""Prompt-injection detection for user input and memory items: deterministic, no model.

Memory writes are an injection path (a stored "ignore previous instructions" is replayed into
every later prompt), so the check runs on kind "memory" before a write and, for kind "input",
also over `context.memory_items` about to be injected; those spans are labelled
`memory_items[i]:<signal>` and their offsets point into that item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrails.checks.base import BaseCheck, Option, noisy_or
from guardrails.checks.injection_patterns import FICTION_CUES, META_CUES, QUOTED, SIGNALS, Signal
from guardrails.core import CheckContext, CheckResult, Kind, Span
from guardrails.errors import PolicyError
from guardrails.normalize import normalize
from guardrails.registry import register

# Talking about an attack ("what does 'ignore previous instructions' mean?") halves the evidence.
META_DISCOUNT = 0.5
# Zero-width characters and homoglyphs only add evidence next to a real signal.
OBFUSCATION_WEIGHT_PER_CHAR = 0.05
OBFUSCATION_WEIGHT_MAX = 0.3
CUSTOM_PATTERN_WEIGHT = 0.9


@dataclass(frozen=True)
class InjectionScore:
    score: float
    spans: list[Span]
    signals: list[str]


@register("injection")
class InjectionCheck(BaseCheck):
    default_severity = "block"
    default_kinds = ("input", "memory")
    options = {
        "threshold": Option(float, 0.5, minimum=0.0, maximum=1.0),
        "scan_memory_items": Option(bool, True),
        "allow_meta_discussion": Option(bool, True),
        "extra_patterns": Option(list, [], item_type=str),
    }

    def setup(self) -> None:
        extra: list[Signal] = []
        for i, pattern in enumerate(self.config["extra_patterns"]):
            try:
                extra.append(Signal(f"custom_{i}", re.compile(pattern), CUSTOM_PATTERN_WEIGHT))
            except re.error as exc:
                raise PolicyError(f"check 'injection': config key 'extra_patterns'[{i}] is not a valid regex: {exc}") from None
        self.signals: tuple[Signal, ...] = SIGNALS + tuple(extra)

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        threshold: float = self.config["threshold"]
        found = self.score(text, kind=context.kind)
        score, spans, signals = found.score, list(found.spans), list(found.signals)
        flagged_items: list[int] = []
        if context.kind == "input" and self.config["scan_memory_items"]:
            for i, item in enumerate(context.memory_items):
                item_found = self.score(item, kind="memory")
                if item_found.score >= threshold:
                    flagged_items.append(i)
                    spans.extend(Span(s.start, s.end, f"memory_items[{i}]:{s.label}") for s in item_found.spans)
                    score = max(score, item_found.score)
        passed = score < threshold
        if passed:
            return self.result(passed=True, score=score, message="no prompt injection found")
        parts = []
        if found.score >= threshold:
            parts.append(f"prompt injection in {context.kind} ({', '.join(signals)})")
        if flagged_items:
            parts.append(f"prompt injection in memory items {flagged_items}")
        return self.result(passed=False, score=score, spans=spans, message="; ".join(parts))

    def score(self, text: str, *, kind: Kind) -> InjectionScore:
        norm = normalize(text)
        weights: list[float] = []
        spans: list[Span] = []
        names: list[str] = []
        quoted = [m.span() for m in QUOTED.finditer(norm.text)]
        all_quoted = True
        for signal in self.signals:
            if signal.raw:
                m = signal.pattern.search(text.lower()) if len(text.lower()) == len(text) else None
                if m is None:
                    continue
                start, end = m.span()
                all_quoted = False
            else:
                m = signal.pattern.search(norm.text)
                if m is None:
                    continue
                start, end = norm.span(*m.span())
                all_quoted = all_quoted and any(a <= m.start() and m.end() <= b for a, b in quoted)
            weight = signal.memory_weight if kind == "memory" and signal.memory_weight is not None else signal.weight
            weights.append(weight)
            names.append(signal.name)
            spans.append(Span(start, end, signal.name))
        if not weights:
            return InjectionScore(0.0, [], [])
        if norm.obfuscation:
            weights.append(min(OBFUSCATION_WEIGHT_MAX, OBFUSCATION_WEIGHT_PER_CHAR * norm.obfuscation))
            names.append("obfuscation")
        if kind == "input" and self.config["allow_meta_discussion"] and self._is_meta(norm.text, all_quoted):
            weights = [w * META_DISCOUNT for w in weights]
        return InjectionScore(noisy_or(weights), spans, names)

    @staticmethod
    def _is_meta(text: str, all_quoted: bool) -> bool:
        return bool(FICTION_CUES.search(text)) or (all_quoted and bool(META_CUES.search(text)))
