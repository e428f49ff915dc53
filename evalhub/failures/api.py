from __future__ import annotations

from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router, Schema

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound
from evalhub.conversations.selectors import end_user_get
from evalhub.failures.models import Failure, FailureCluster
from evalhub.failures.schemas import (
    ClusterListOut,
    ClusterOut,
    EvidenceOut,
    ExampleOut,
    FailureListOut,
    FailureOut,
    MemoryHealthOut,
    RetagAccepted,
    RetagIn,
    ReviewIn,
)
from evalhub.failures.selectors import (
    failure_cluster_list,
    failure_cluster_summary,
    failure_get,
    failure_list,
    memory_health,
)
from evalhub.failures.services import failure_review, failures_retag_request

router = Router(tags=["failures"])
# Rows one list call returns at most.
LIST_LIMIT = 1000


class FailureFilters(Schema):
    session: str | None = None
    user: str | None = None
    type: Literal["recall", "clash", "poisoning", "distraction", "confusion"] | None = None
    status: Literal["open", "confirmed", "dismissed"] | None = None
    limit: int = 200


def failure_out(f: Failure) -> FailureOut:
    ev = f.evidence or {}
    return FailureOut(
        id=f.pk, type=f.type, message=f.message.external_id, session=f.session.external_id, user=f.user.external_id, confidence=f.confidence,
        evidence=EvidenceOut(messages=ev.get("messages", []), memory=ev.get("memory", []), sessions=ev.get("sessions", [])),
        explanation=f.explanation, status=f.status, diagnosis=f.diagnosis or None, evidence_session=f.evidence_session or None,
        detector=f.detector, model_name=f.model_name or None, reviewer=f.reviewer, review_note=f.review_note, reviewed_at=f.reviewed_at,
        cluster=f.cluster_id, eval_case=f.eval_case_id, occurred_at=f.occurred_at,
    )


def cluster_out(c: FailureCluster) -> ClusterOut:
    summary = failure_cluster_summary(cluster=c)
    examples = [ExampleOut(id=f.pk, user=f.user.external_id, session=f.session.external_id, message=f.message.external_id,
                           explanation=f.explanation, confidence=f.confidence) for f in summary["examples"]]
    return ClusterOut(id=c.pk, type=c.type, label=c.label, failure_count=c.failure_count, user_count=c.user_count, first_seen=c.first_seen,
                      last_seen=c.last_seen, trend=summary["trend"], counts_by_day=summary["counts_by_day"], examples=examples)


@router.get("/failures", response=FailureListOut, summary="Tagged failures, filtered by session, user, type, status")
def failures(request: HttpRequest, filters: Query[FailureFilters]) -> FailureListOut:
    qs = failure_list(project=project_of(request), session=filters.session, user=filters.user, type=filters.type, status=filters.status)
    return FailureListOut(failures=[failure_out(f) for f in qs[: max(1, min(filters.limit, LIST_LIMIT))]])


@router.post("/failures/{failure_id}/review", response=FailureOut, summary="Confirm (makes an eval case) or dismiss a failure")
def failure_review_endpoint(request: HttpRequest, failure_id: int, payload: ReviewIn) -> FailureOut:
    failure = failure_get(project=project_of(request), failure_id=failure_id)
    if failure is None:
        raise NotFound("failure not found")
    key_name = getattr(getattr(request, "api_key", None), "name", "") or "api"
    failure = failure_review(failure=failure, decision=payload.decision, reviewer=f"api:{key_name}", note=payload.note)
    return failure_out(failure_list(project=project_of(request)).get(pk=failure.pk))


@router.post("/failures/tag", response={202: RetagAccepted}, summary="Re-run the taggers for one user or the whole project")
def failures_retag(request: HttpRequest, payload: RetagIn) -> tuple[int, RetagAccepted]:
    project = project_of(request)
    user = end_user_get(project=project, external_id=payload.user) if payload.user else None
    if payload.user and user is None:
        raise NotFound("user not found")
    failures_retag_request(project=project, user=user)
    return 202, RetagAccepted(status="queued", scope=f"user:{payload.user}" if user else "project")


@router.get("/failure-clusters", response=ClusterListOut, summary="Failures grouped by cause, with counts over time and examples")
def failure_clusters(request: HttpRequest, type: str | None = None, limit: int = 50) -> ClusterListOut:
    qs = failure_cluster_list(project=project_of(request), type=type)[: max(1, min(limit, 200))]
    return ClusterListOut(clusters=[cluster_out(c) for c in qs])


@router.get("/memory-health", response=MemoryHealthOut, summary="Memory size and usefulness for a user (or the whole project)")
def memory_health_endpoint(request: HttpRequest, user: str | None = None) -> MemoryHealthOut:
    project = project_of(request)
    end_user = end_user_get(project=project, external_id=user) if user else None
    if user and end_user is None:
        raise NotFound("user not found")
    h = memory_health(project=project, user=end_user)
    return MemoryHealthOut(user=user, items=h.items, chars=h.chars, mean_chars=h.mean_chars, injections=h.injections,
                           useful_injections=h.useful_injections, useful_rate=h.useful_rate, never_injected=h.never_injected,
                           injected_never_useful=h.injected_never_useful, stale_still_injected=h.stale_still_injected, worst=h.worst)
