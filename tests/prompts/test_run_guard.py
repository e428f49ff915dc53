from __future__ import annotations

import copy
import time
from typing import Any

import pytest

from evalhub.prompts.models import OptimizationRun
from evalhub.prompts.optimize.gate import gate_compare
from evalhub.prompts.optimize.guard import BudgetExhausted, RunCancelled, RunGuard
from evalhub.prompts.scoring import PromptScore
from evalhub.prompts.services import optimization_run_create, prompt_get_or_create
from tests.prompts.support import seed_cases


@pytest.fixture
def run(owner: Any) -> OptimizationRun:
    seed_cases(owner.project)
    prompt = prompt_get_or_create(project=owner.project, name="assistant")
    return optimization_run_create(prompt=prompt, enqueue=False)


class TestRunGuard:
    def test_it_stops_a_run_past_its_lm_call_budget(self, run: OptimizationRun) -> None:
        guard = RunGuard(run_id=run.pk)
        guard.limit(lm_calls=2, deadline=None)
        for _ in range(2):
            guard.on_lm_start("c", None, {})
            guard.on_lm_end("c", None)
        with pytest.raises(BudgetExhausted, match="budget of 2"):
            guard.on_lm_start("c", None, {})
        guard.limit(lm_calls=None, deadline=None)
        guard.on_lm_start("c", None, {})  # scoring after the optimizer is not budgeted

    def test_it_stops_a_run_past_its_wall_time(self, run: OptimizationRun) -> None:
        guard = RunGuard(run_id=run.pk)
        guard.limit(lm_calls=None, deadline=time.monotonic() - 1)
        with pytest.raises(BudgetExhausted, match="wall-time"):
            guard.on_lm_start("c", None, {})

    def test_it_writes_progress_and_notices_a_cancel_request(self, run: OptimizationRun) -> None:
        guard = RunGuard(run_id=run.pk, write_interval_s=0.0)
        guard.start_phase("baseline", add_total=10)
        guard.trial(3)
        guard.best(0.4)
        guard.flush(force=True)
        run.refresh_from_db()
        assert (run.phase, run.trials_done, run.trials_total, run.best_score) == ("baseline", 3, 10, 0.4)
        assert run.heartbeat_at is not None
        OptimizationRun.objects.filter(pk=run.pk).update(cancel_requested=True)
        with pytest.raises(RunCancelled):
            guard.trial()

    def test_lm_copies_report_to_the_same_guard(self, run: OptimizationRun) -> None:
        guard = RunGuard(run_id=run.pk)
        assert copy.deepcopy(guard) is guard


class TestGateFallback:
    def _score(self, dev: float, blocking: list[dict[str, Any]] | None = None) -> PromptScore:
        return PromptScore(cases=[], mean=dev, by_split={"dev": dev}, by_group={}, blocking_violations=blocking or [], objective=dev)

    def test_it_passes_a_candidate_that_does_not_regress_on_dev(self) -> None:
        assert gate_compare(baseline=self._score(0.5), candidate=self._score(0.5))["passed"] is True

    def test_it_refuses_a_regression_or_a_blocking_violation(self) -> None:
        regressed = gate_compare(baseline=self._score(0.6), candidate=self._score(0.5))
        blocked = gate_compare(baseline=self._score(0.5), candidate=self._score(0.9, [{"split": "dev", "check": "pii", "case_id": 1}]))
        assert not regressed["passed"] and "regressed" in regressed["reasons"][0]
        assert not blocked["passed"] and "pii" in blocked["reasons"][0]
