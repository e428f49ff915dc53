"""Gate-run reads beyond `evalhub.gate.selectors`: which project owns a run, and the per-case rows to show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evalhub.gate.models import GateRun

# Changed cases first: they are why someone opens the page.
CHANGE_ORDER = {"newly_failing": 0, "newly_passing": 1, "failing": 2, "still_failing": 3, "passing": 4, "still_passing": 5}
QUIET = ("still_passing", "passing")


def gate_run_owner_id(*, gate_run_id: int, project_ids: list[int]) -> int | None:
    return GateRun.objects.filter(pk=gate_run_id, project_id__in=project_ids).values_list("project_id", flat=True).first()


@dataclass(frozen=True)
class CaseRow:
    case: dict[str, Any]
    change: str
    sides: list[dict[str, Any] | None]
    diff: list[tuple[str, str]] | None


def gate_case_rows(*, run: GateRun, show_all: bool) -> tuple[list[CaseRow], int]:
    """(rows to show, number of quiet cases hidden): changed and failing cases first."""
    from evalhub.gate.diff import response_diff

    cases = [c for c in run.cases or [] if isinstance(c, dict)]
    rows, hidden = [], 0
    for case in sorted(cases, key=lambda c: (CHANGE_ORDER.get(str(c.get("change")), 9), c.get("case_id", 0))):
        change = str(case.get("change", ""))
        if not show_all and change in QUIET:
            hidden += 1
            continue
        baseline, candidate = case.get("baseline"), case.get("candidate") or {}
        diff = response_diff(baseline.get("response", ""), candidate.get("response", "")) if baseline else None
        rows.append(CaseRow(case=case, change=change.replace("_", " "), sides=[baseline, candidate], diff=diff))
    return rows, hidden
