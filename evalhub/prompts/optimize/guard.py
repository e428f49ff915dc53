"""Watches a running optimization: progress, LM-call and wall-time budgets, cancellation.

A DSPy callback sees every LM call (the task model, the proposer, their copies). It raises `RunStopped`,
a BaseException, because DSPy's optimizers catch `Exception` per example and would carry on; a
BaseException leaves `compile()` at once. Progress goes to the run row at most every
`WRITE_INTERVAL_S` (that write is also the heartbeat and the moment a cancel request is noticed), from
the task's own thread: optimizers run with `num_threads=1`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from django.db import DatabaseError, connection
from django.utils import timezone

from evalhub.offline import force_offline

force_offline()

from dspy.utils.callback import BaseCallback  # noqa: E402

from evalhub.prompts.models import OptimizationRun  # noqa: E402

logger = logging.getLogger(__name__)

# Often enough for a live progress bar and a prompt cancel; rare enough to cost nothing next to an LM call.
WRITE_INTERVAL_S = 1.0


class RunStopped(BaseException):
    """A control-flow signal, like KeyboardInterrupt: not an error DSPy may swallow."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RunCancelled(RunStopped):
    pass


class BudgetExhausted(RunStopped):
    pass


class RunGuard(BaseCallback):
    def __init__(self, *, run_id: int, on_progress: Callable[[RunGuard], None] | None = None, write_interval_s: float | None = None) -> None:
        self.run_id = run_id
        self.on_progress = on_progress
        self.write_interval_s = WRITE_INTERVAL_S if write_interval_s is None else write_interval_s
        self.phase = ""
        self.trials_done = 0
        self.trials_total = 0
        self.best_score: float | None = None
        self.lm_calls = 0
        self.budget_calls: int | None = None
        self.budget_used = 0
        self.deadline: float | None = None
        self._last_write = 0.0

    def __deepcopy__(self, memo: dict[int, Any]) -> RunGuard:
        return self  # LM.copy() deep-copies callbacks; every copy must report to this one guard

    # --- budgets -----------------------------------------------------------------------------------

    def limit(self, *, lm_calls: int | None, deadline: float | None) -> None:
        """Enforce budgets from now on (the optimize phase); None lifts them."""
        self.budget_calls, self.budget_used, self.deadline = lm_calls, 0, deadline

    def on_lm_start(self, call_id: str, instance: Any, inputs: dict[str, Any]) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise BudgetExhausted("wall-time budget exhausted")
        if self.budget_calls is not None and self.budget_used >= self.budget_calls:
            raise BudgetExhausted(f"LM-call budget of {self.budget_calls} exhausted")
        self.flush()

    def on_lm_end(self, call_id: str, outputs: Any | None, exception: BaseException | None = None) -> None:
        self.lm_calls += 1
        if self.budget_calls is not None:
            self.budget_used += 1

    def on_evaluate_end(self, call_id: str, outputs: Any | None, exception: BaseException | None = None) -> None:
        score = getattr(outputs, "score", None)
        if isinstance(score, int | float):
            self.best(float(score) / 100.0)  # dspy.Evaluate reports percentages

    # --- progress ----------------------------------------------------------------------------------

    def start_phase(self, phase: str, *, add_total: int = 0) -> None:
        self.phase = phase
        self.trials_total += add_total
        self.flush(force=True)

    def trial(self, n: int = 1) -> None:
        self.trials_done += n
        self.trials_total = max(self.trials_total, self.trials_done)
        self.flush()

    def best(self, score: float) -> None:
        if self.best_score is None or score > self.best_score:
            self.best_score = score

    def best_of(self, score: float | None) -> None:
        if score is not None:
            self.best(score)

    def flush(self, *, force: bool = False) -> None:
        """Write progress (the heartbeat) and raise RunCancelled if a cancel was requested."""
        now = time.monotonic()
        if not force and now - self._last_write < self.write_interval_s:
            return
        self._last_write = now
        try:
            OptimizationRun.objects.filter(pk=self.run_id).update(
                phase=self.phase, trials_done=self.trials_done, trials_total=self.trials_total, best_score=self.best_score,
                lm_calls=self.lm_calls, heartbeat_at=timezone.now(),
            )
            cancelled = OptimizationRun.objects.filter(pk=self.run_id, cancel_requested=True).exists()
        except DatabaseError as exc:
            # A dropped connection must not cost minutes of LM work: skip this write, reconnect on the next.
            logger.warning("progress write for run %s failed: %s", self.run_id, exc)
            if not connection.in_atomic_block:
                connection.close()
            return
        if self.on_progress is not None:
            self.on_progress(self)
        if cancelled:
            raise RunCancelled("cancelled on request")
