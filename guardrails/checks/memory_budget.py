"""Memory budget: how much memory text goes into a prompt, and how long one stored memory may be.

kind "memory": `text` is one memory about to be written; it must fit `max_item_chars`.
kind "input": `context.memory_items` are the memories about to be injected; they must fit
`max_items`, `max_total_chars` and, each, `max_item_chars`. Spans for items are labelled
`memory_items[i]:...` with offsets into that item.
Long memories are penalised (`length_penalty`), so `memory_budget_select` prefers short,
relevant ones when trimming to the budget.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrails.checks.base import BaseCheck, Option
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.registry import register


def length_penalty(n_chars: int, *, soft_chars: int, max_chars: int) -> float:
    """1.0 up to `soft_chars`, then decaying as soft/n, and 0.0 past `max_chars`."""
    if n_chars > max_chars:
        return 0.0
    if n_chars <= soft_chars:
        return 1.0
    return soft_chars / n_chars


def memory_budget_select(
    items: Sequence[str],
    *,
    relevance: Sequence[float] | None = None,
    max_items: int = 20,
    max_total_chars: int = 4000,
    soft_item_chars: int = 300,
    max_item_chars: int = 600,
) -> list[int]:
    """Indices of the items to inject, best first: relevance x length penalty, greedily within budget."""
    weights = list(relevance) if relevance is not None else [1.0] * len(items)
    if len(weights) != len(items):
        raise ValueError("relevance must have one score per item")
    ranked = sorted(
        range(len(items)),
        key=lambda i: -weights[i] * length_penalty(len(items[i]), soft_chars=soft_item_chars, max_chars=max_item_chars),
    )
    chosen: list[int] = []
    total = 0
    for i in ranked:
        size = len(items[i])
        if size > max_item_chars or len(chosen) >= max_items or total + size > max_total_chars:
            continue
        chosen.append(i)
        total += size
    return chosen


@register("memory_budget")
class MemoryBudgetCheck(BaseCheck):
    default_severity = "warn"
    default_kinds = ("input", "memory")
    options = {
        "max_item_chars": Option(int, 600, minimum=1),
        "soft_item_chars": Option(int, 300, minimum=1),
        "max_items": Option(int, 20, minimum=0),
        "max_total_chars": Option(int, 4000, minimum=1),
    }

    def setup(self) -> None:
        if self.config["soft_item_chars"] > self.config["max_item_chars"]:
            raise self.error("soft_item_chars", "must not exceed max_item_chars")

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        if context.kind == "memory":
            return self._check_item(text)
        return self._check_injected(context.memory_items)

    def _penalty(self, n_chars: int) -> float:
        cfg = self.config
        return 1.0 - length_penalty(n_chars, soft_chars=cfg["soft_item_chars"], max_chars=cfg["max_item_chars"])

    def _check_item(self, text: str) -> CheckResult:
        limit = self.config["max_item_chars"]
        score = self._penalty(len(text))
        if len(text) <= limit:
            return self.result(passed=True, score=score, message=f"memory is {len(text)}/{limit} chars")
        return self.result(
            passed=False,
            score=1.0,
            spans=[Span(limit, len(text), "over_item_limit")],
            message=f"memory is {len(text)} chars; the limit is {limit}",
        )

    def _check_injected(self, items: Sequence[str]) -> CheckResult:
        cfg = self.config
        problems: list[str] = []
        spans = [
            Span(cfg["max_item_chars"], len(item), f"memory_items[{i}]:over_item_limit")
            for i, item in enumerate(items)
            if len(item) > cfg["max_item_chars"]
        ]
        if spans:
            problems.append(f"{len(spans)} memory item(s) over {cfg['max_item_chars']} chars")
        if len(items) > cfg["max_items"]:
            problems.append(f"{len(items)} memory items; the limit is {cfg['max_items']}")
        total = sum(len(item) for item in items)
        if total > cfg["max_total_chars"]:
            problems.append(f"{total} memory chars; the limit is {cfg['max_total_chars']}")
        usage = max(
            total / cfg["max_total_chars"],
            len(items) / cfg["max_items"] if cfg["max_items"] else float(bool(items)),
            max((self._penalty(len(item)) for item in items), default=0.0),
        )
        if not problems:
            return self.result(passed=True, score=min(1.0, usage), message=f"{len(items)} memory items, {total} chars")
        return self.result(passed=False, score=1.0, spans=spans, message="; ".join(problems))
