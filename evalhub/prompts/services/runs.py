"""Optimization runs: start (never two at once per prompt), claim, cancel, finish, and the N-new-cases trigger."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from evalhub.common.errors import Conflict, ValidationFailed
from evalhub.evals.models import EvalCase, EvalCaseRevision
from evalhub.evals.selectors import eval_revisions_at_version
from evalhub.evals.services import eval_set_get_or_create, project_setting
from evalhub.projects.models import Project
from evalhub.prompts.models import OptimizationRun, Prompt

logger = logging.getLogger(__name__)

DEFAULT_BUDGET_LM_CALLS = 300
MAX_BUDGET_LM_CALLS = 100_000
# The bar for the offline demo: a run finishes within 15 minutes on 2 cores.
DEFAULT_BUDGET_WALL_S = 15 * 60
MAX_BUDGET_WALL_S = 24 * 3600
MIN_TRAIN_CASES = 2
DEFAULT_NEW_CASES_TRIGGER = 20
# No heartbeat for this long means the worker died (a heartbeat is written at least every LM call).
STALE_AFTER = timedelta(minutes=10)
# A run redelivered after worker loss restarts (LM replies are cached); after this many it fails.
MAX_ATTEMPTS = 3


def _reap_stale(prompt: Prompt) -> None:
    cutoff = timezone.now() - STALE_AFTER
    OptimizationRun.objects.filter(prompt=prompt, status=OptimizationRun.Status.RUNNING, heartbeat_at__lt=cutoff).update(
        status=OptimizationRun.Status.FAILED, error="worker lost: no heartbeat", finished_at=timezone.now()
    )


def _check_budget(budget_lm_calls: int, budget_wall_s: int) -> None:
    problems = []
    if not 1 <= budget_lm_calls <= MAX_BUDGET_LM_CALLS:
        problems.append({"loc": ["budget_lm_calls"], "msg": f"must be 1..{MAX_BUDGET_LM_CALLS}"})
    if not 10 <= budget_wall_s <= MAX_BUDGET_WALL_S:
        problems.append({"loc": ["budget_wall_s"], "msg": f"must be 10..{MAX_BUDGET_WALL_S}"})
    if problems:
        raise ValidationFailed("invalid budget", details=problems)


@transaction.atomic
def optimization_run_create(
    *,
    prompt: Prompt,
    optimizer: str = OptimizationRun.Optimizer.BOOTSTRAP,
    trigger: str = OptimizationRun.Trigger.MANUAL,
    requested_by: str = "",
    budget_lm_calls: int | None = None,
    budget_wall_s: int | None = None,
    enqueue: bool = True,
) -> OptimizationRun:
    """Queue a run on the prompt's production version and the eval set's current version.

    Raises Conflict when a run for this prompt is already queued or running. The task is sent on commit;
    `enqueue=False` leaves the run queued for a synchronous caller (`manage.py optimize`).
    """
    if optimizer not in OptimizationRun.Optimizer.values:
        raise ValidationFailed(f"optimizer must be one of {', '.join(OptimizationRun.Optimizer.values)}", details=[{"loc": ["optimizer"]}])
    budget_lm_calls = budget_lm_calls or DEFAULT_BUDGET_LM_CALLS
    budget_wall_s = budget_wall_s or DEFAULT_BUDGET_WALL_S
    _check_budget(budget_lm_calls, budget_wall_s)
    prompt = Prompt.objects.select_for_update(of=("self",)).select_related("project", "production_version").get(pk=prompt.pk)
    _reap_stale(prompt)
    active = OptimizationRun.objects.filter(prompt=prompt, status__in=OptimizationRun.ACTIVE).first()
    if active is not None:
        raise Conflict("an optimization run is already queued or running for this prompt", details=[{"run_id": active.pk}])
    if prompt.production_version is None:
        raise Conflict("the prompt has no production version to optimize")
    eval_set = eval_set_get_or_create(project=prompt.project)
    train = eval_revisions_at_version(eval_set=eval_set, version=eval_set.current_version, split="train").count()
    if train < MIN_TRAIN_CASES:
        raise Conflict(f"need at least {MIN_TRAIN_CASES} accepted train-split eval cases, have {train}", details=[{"train_cases": train}])
    try:
        with transaction.atomic():
            run = OptimizationRun.objects.create(
                project=prompt.project, prompt=prompt, base_version=prompt.production_version, optimizer=optimizer,
                trigger=trigger, requested_by=requested_by, eval_set=eval_set, eval_set_version=eval_set.current_version,
                budget_lm_calls=budget_lm_calls, budget_wall_s=budget_wall_s,
            )
    except IntegrityError as exc:  # the partial unique index: a concurrent request won
        raise Conflict("an optimization run is already queued or running for this prompt") from exc
    if enqueue:
        from evalhub.prompts.tasks import optimization_run_execute_task

        transaction.on_commit(lambda: optimization_run_execute_task.delay(run.pk))
    return run


def optimization_run_claim(*, run_id: int) -> OptimizationRun | None:
    """Mark a queued run running and return it; None if it is not this worker's to run.

    A run left `running` by a lost worker (stale heartbeat) is restarted, up to MAX_ATTEMPTS.
    """
    now = timezone.now()
    fresh = OptimizationRun.objects.filter(pk=run_id, status=OptimizationRun.Status.QUEUED, cancel_requested=False)
    if fresh.update(status=OptimizationRun.Status.RUNNING, started_at=now, heartbeat_at=now, attempt=F("attempt") + 1):
        return OptimizationRun.objects.select_related("project", "prompt", "base_version", "eval_set").get(pk=run_id)
    run = OptimizationRun.objects.filter(pk=run_id).first()
    if run is None or run.status != OptimizationRun.Status.RUNNING or (run.heartbeat_at and run.heartbeat_at > now - STALE_AFTER):
        return None
    if run.attempt >= MAX_ATTEMPTS:
        optimization_run_fail(run_id=run_id, reason=f"worker lost {run.attempt} times; giving up")
        return None
    restarted = OptimizationRun.objects.filter(pk=run_id, status=OptimizationRun.Status.RUNNING, heartbeat_at=run.heartbeat_at).update(
        heartbeat_at=now, attempt=F("attempt") + 1, trials_done=0, trials_total=0, phase=""
    )
    if not restarted:
        return None
    logger.warning("restarting optimization run %s after worker loss (attempt %s)", run_id, run.attempt + 1)
    return OptimizationRun.objects.select_related("project", "prompt", "base_version", "eval_set").get(pk=run_id)


def optimization_run_fail(*, run_id: int, reason: str, extra: dict[str, Any] | None = None) -> None:
    OptimizationRun.objects.filter(pk=run_id, status__in=OptimizationRun.ACTIVE).update(
        status=OptimizationRun.Status.FAILED, error=reason[:2000], finished_at=timezone.now(), **(extra or {})
    )


def optimization_run_mark_cancelled(*, run_id: int, extra: dict[str, Any] | None = None) -> None:
    OptimizationRun.objects.filter(pk=run_id, status__in=OptimizationRun.ACTIVE).update(
        status=OptimizationRun.Status.CANCELLED, finished_at=timezone.now(), **(extra or {})
    )


@transaction.atomic
def optimization_run_cancel(*, run: OptimizationRun, actor: str) -> OptimizationRun:
    """A queued run is cancelled at once; a running one stops at its next LM call or progress write."""
    run = OptimizationRun.objects.select_for_update().get(pk=run.pk)
    if run.status in OptimizationRun.FINISHED:
        raise Conflict(f"run already {run.status}")
    run.cancel_requested = True
    run.error = f"cancel requested by {actor}"
    if run.status == OptimizationRun.Status.QUEUED:
        run.status, run.finished_at = OptimizationRun.Status.CANCELLED, timezone.now()
    run.save(update_fields=["cancel_requested", "error", "status", "finished_at"])
    return run


def new_accepted_cases_since(*, project: Project, since: Any) -> int:
    """Cases accepted (or re-accepted after an edit) after `since`: each acceptance writes a revision."""
    return (
        EvalCaseRevision.objects.filter(case__project=project, case__status=EvalCase.Status.ACCEPTED, created_at__gt=since)
        .values("case_id").distinct().count()
    )


def optimization_on_case_accepted(*, project_id: int, case_id: int) -> None:
    """Start a run per prompt once N new cases were accepted since its last run (N: optimize_after_new_cases).

    Called after every accepted case, so it is two small queries when nothing is due.
    """
    project = Project.objects.filter(pk=project_id).first()
    if project is None:
        return
    threshold = int(project_setting(project, "optimize_after_new_cases", DEFAULT_NEW_CASES_TRIGGER) or 0)
    if threshold <= 0:
        return
    for prompt in Prompt.objects.filter(project=project, production_version__isnull=False):
        last = OptimizationRun.objects.filter(prompt=prompt).order_by("-created_at").first()
        if last is not None and last.is_active:
            continue
        since = last.created_at if last is not None else prompt.created_at
        if new_accepted_cases_since(project=project, since=since) < threshold:
            continue
        try:
            optimization_run_create(
                prompt=prompt, optimizer=str(project_setting(project, "optimize_optimizer", OptimizationRun.Optimizer.BOOTSTRAP)),
                trigger=OptimizationRun.Trigger.NEW_CASES, requested_by=f"trigger:{threshold} new cases",
            )
        except Conflict as exc:
            logger.info("new-cases trigger skipped for %s: %s", prompt, exc.message)
