"""Shapes prompt versions and optimization runs for display (no queries beyond the prompts selectors')."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evalhub.prompts.models import OptimizationRun, Prompt, PromptVersion

SPLITS = ("train", "dev", "holdout")


@dataclass(frozen=True)
class VersionRow:
    version: PromptVersion
    scored_on: str
    split_scores: list[float | None]


def _score_key_order(key: str) -> tuple[int, int]:
    """Keys are "<eval_set_id>@<version>": the newest eval-set version is the most telling score."""
    set_id, _, version = key.partition("@")
    return (int(version) if version.isdigit() else -1, int(set_id) if set_id.isdigit() else -1)


def version_rows(versions: list[PromptVersion]) -> list[VersionRow]:
    rows = []
    for v in sorted(versions, key=lambda v: -v.number):
        scored = {k: s for k, s in (v.scores or {}).items() if isinstance(s, dict)}
        key = max(scored, key=_score_key_order) if scored else ""
        latest = scored.get(key, {})
        rows.append(VersionRow(version=v, scored_on=key, split_scores=[_num(latest.get(s)) for s in SPLITS]))
    return rows


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


@dataclass
class RunViewModel:
    percent: int
    splits: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    groups: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    usage: list[tuple[str, int, int]] = field(default_factory=list)
    budget_percent: int = 0


def _side_by_side(baseline: dict[str, Any], candidate: dict[str, Any]) -> list[tuple[str, float | None, float | None]]:
    keys = list(dict.fromkeys([*baseline, *candidate]))
    return [(k, _num(baseline.get(k)), _num(candidate.get(k))) for k in keys]


def run_view_model(run: OptimizationRun) -> RunViewModel:
    scores = run.scores or {}
    baseline, candidate = scores.get("baseline") or {}, scores.get("candidate") or {}
    percent = 100 if run.status in OptimizationRun.FINISHED else int(100 * run.trials_done / run.trials_total) if run.trials_total else 0
    usage = [
        (model, int((u or {}).get("prompt_tokens", 0)), int((u or {}).get("completion_tokens", 0)))
        for model, u in sorted((run.usage or {}).items())
        if isinstance(u, dict)
    ]
    return RunViewModel(
        percent=min(100, percent),
        splits=_side_by_side(baseline.get("by_split") or {}, candidate.get("by_split") or {}),
        groups=_side_by_side(baseline.get("by_group") or {}, candidate.get("by_group") or {}),
        usage=usage,
        budget_percent=min(100, int(100 * run.lm_calls / run.budget_lm_calls)) if run.budget_lm_calls else 0,
    )


def prompt_rollback_target_id(*, prompt: Prompt) -> int | None:
    """The version a rollback would restore, replaying the audit log the way `prompt_rollback` does."""
    from evalhub.prompts.services.versions import _production_stack

    stack = _production_stack(prompt)
    return stack[-2] if len(stack) >= 2 else None
