"""Run a claimed optimization run to its end: succeeded, failed (with the reason) or cancelled."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from django.db import DatabaseError, connection

from evalhub.llm.errors import LMNotConfigured, LMUnavailable
from evalhub.prompts.models import OptimizationRun
from evalhub.prompts.optimize.guard import BudgetExhausted, RunCancelled, RunGuard
from evalhub.prompts.optimize.optimizers import BudgetTooSmall
from evalhub.prompts.optimize.runner import optimization_run_optimize
from evalhub.prompts.services.finish import optimization_run_complete
from evalhub.prompts.services.runs import optimization_run_fail, optimization_run_mark_cancelled

logger = logging.getLogger(__name__)
T = TypeVar("T")


def _db_retry(fn: Callable[[], T]) -> T:
    """Once more on a fresh connection: the LM work is done, a dropped DB connection must not lose it."""
    try:
        return fn()
    except DatabaseError:
        if connection.in_atomic_block:
            raise
        logger.warning("database error while finishing a run; reconnecting once", exc_info=True)
        connection.close()
        return fn()


def _counters(guard: RunGuard) -> dict[str, int]:
    return {"lm_calls": guard.lm_calls, "trials_done": guard.trials_done}


def optimization_run_execute(*, run: OptimizationRun, on_progress: Callable[[RunGuard], None] | None = None) -> OptimizationRun:
    """Blocking; call with a run returned by `optimization_run_claim`. Never raises for a failed run."""
    guard = RunGuard(run_id=run.pk, on_progress=on_progress)
    try:
        outcome = optimization_run_optimize(run=run, guard=guard)
        _db_retry(lambda: optimization_run_complete(run=run, outcome=outcome))
    except RunCancelled:
        _db_retry(lambda: optimization_run_mark_cancelled(run_id=run.pk, extra=_counters(guard)))
    except BudgetExhausted as exc:
        reason = f"{exc.reason} during {guard.phase} after {guard.lm_calls} LM calls"
        _db_retry(lambda: optimization_run_fail(run_id=run.pk, reason=reason, extra=_counters(guard)))
    except (BudgetTooSmall, LMNotConfigured, LMUnavailable) as exc:
        message = str(exc)
        _db_retry(lambda: optimization_run_fail(run_id=run.pk, reason=message, extra=_counters(guard)))
    except Exception as exc:
        logger.exception("optimization run %s failed", run.pk)
        message = f"{type(exc).__name__}: {str(exc)[:500]}"
        _db_retry(lambda: optimization_run_fail(run_id=run.pk, reason=message, extra=_counters(guard)))
    _db_retry(run.refresh_from_db)
    return run
