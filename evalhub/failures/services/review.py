"""Reviewing a failure: confirm (it becomes an eval case) or dismiss (it stops counting)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from evalhub.common.errors import ValidationFailed
from evalhub.failures.cases import failure_to_case
from evalhub.failures.models import Failure, FailureCluster
from evalhub.failures.services.clustering import failure_cluster_refresh
from evalhub.failures.services.tagging import session_failure_types_refresh

DECISIONS = {"confirm": Failure.Status.CONFIRMED, "dismiss": Failure.Status.DISMISSED}


@transaction.atomic
def failure_review(*, failure: Failure, decision: str, reviewer: str, note: str = "") -> Failure:
    """Idempotent for the same decision; switching a decision is allowed (a dismissed failure can be confirmed later).

    Confirming proposes an eval case with assertions that capture the failure (provenance: the failure).
    """
    if decision not in DECISIONS:
        raise ValidationFailed("decision must be confirm or dismiss", details=[{"loc": ["decision"], "msg": "confirm|dismiss"}])
    failure = Failure.objects.select_for_update().select_related("project", "user").get(pk=failure.pk)
    status = DECISIONS[decision]
    if failure.status == status and failure.review_note == note:
        return failure
    failure.status, failure.reviewer, failure.review_note, failure.reviewed_at = status, reviewer[:150], note, timezone.now()
    failure.updated_at = failure.reviewed_at
    failure.save(update_fields=["status", "reviewer", "review_note", "reviewed_at", "updated_at"])
    if status == Failure.Status.CONFIRMED and failure.eval_case_id is None:
        case = failure_to_case(failure)  # None when the turn answered no request: nothing to replay
        if case is not None:
            failure.eval_case_id = case.pk
            failure.save(update_fields=["eval_case_id"])
    if failure.cluster_id is not None:
        failure_cluster_refresh(cluster=FailureCluster.objects.get(pk=failure.cluster_id))
    session_failure_types_refresh(project=failure.project, session_ids=[failure.session_id])
    return failure
