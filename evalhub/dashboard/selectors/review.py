"""The review queue: candidate eval cases and open failures, oldest first."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from evalhub.dashboard.optional import failures_selectors
from evalhub.evals.models import EvalCase
from evalhub.projects.models import Project

QUEUE_PAGE = 25


def candidate_case_queue(*, project: Project, after_id: int | None = None) -> QuerySet[EvalCase]:
    """Candidates oldest first (index project, status, created_at); `after_id` skips past one item."""
    qs = EvalCase.objects.filter(project=project, status=EvalCase.Status.CANDIDATE).select_related("eval_set", "session", "message")
    if after_id is not None:
        qs = qs.filter(id__gt=after_id)
    return qs.order_by("id")


def candidate_case_get(*, project: Project, case_id: int) -> EvalCase | None:
    return EvalCase.objects.filter(project=project, pk=case_id).select_related("eval_set", "session", "message").first()


def open_failure_queue(*, project: Project, after_id: int | None = None) -> QuerySet[Any] | None:
    """Open failures oldest first, or None when failure tagging is not installed."""
    selectors = failures_selectors()
    if selectors is None:
        return None
    qs = selectors.failure_list(project=project, status="open")
    if after_id is not None:
        qs = qs.filter(id__gt=after_id)
    return qs.order_by("id")


def open_failure_get(*, project: Project, failure_id: int) -> Any | None:
    selectors = failures_selectors()
    return selectors.failure_list(project=project).filter(pk=failure_id).first() if selectors is not None else None
