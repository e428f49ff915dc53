"""Optimization tasks: routed to the `dspy` queue (CELERY_TASK_ROUTES) so they never delay feedback."""

from __future__ import annotations

import logging

from celery import shared_task

from evalhub.common.errors import Conflict
from evalhub.evals.services import project_setting
from evalhub.prompts.models import OptimizationRun, Prompt
from evalhub.prompts.services.runs import STALE_AFTER

logger = logging.getLogger(__name__)


# A run redelivered right after its worker died still has a fresh heartbeat: look again once it could
# be stale. A run that is really alive elsewhere keeps us polling cheaply until it ends.
BUSY_RETRY_S = int(STALE_AFTER.total_seconds()) + 60
MAX_BUSY_RETRIES = 48


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_BUSY_RETRIES)
def optimization_run_execute_task(self, run_id: int) -> None:  # type: ignore[no-untyped-def]
    """Idempotent: only a queued run (or one whose worker was lost) is claimed; anything else returns."""
    from evalhub.prompts.services import optimization_run_claim
    from evalhub.prompts.services.execute import optimization_run_execute

    run = optimization_run_claim(run_id=run_id)
    if run is None:
        if not self.request.is_eager and OptimizationRun.objects.filter(pk=run_id, status=OptimizationRun.Status.RUNNING).exists():
            raise self.retry(countdown=BUSY_RETRY_S)
        return
    optimization_run_execute(run=run)


@shared_task
def optimization_weekly_task(project_id: int) -> None:
    from evalhub.prompts.services import optimization_run_create

    for prompt in Prompt.objects.filter(project_id=project_id, production_version__isnull=False).select_related("project"):
        optimizer = str(project_setting(prompt.project, "optimize_optimizer", OptimizationRun.Optimizer.BOOTSTRAP))
        try:
            optimization_run_create(prompt=prompt, optimizer=optimizer, trigger=OptimizationRun.Trigger.SCHEDULE, requested_by="schedule:weekly")
        except Conflict as exc:
            logger.info("weekly optimization of %s skipped: %s", prompt, exc.message)
