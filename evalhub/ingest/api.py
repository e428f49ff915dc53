from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound
from evalhub.conversations.selectors import end_user_get, session_get_with_messages, user_session_list
from evalhub.ingest.models import IngestBatch
from evalhub.ingest.schemas import (
    BatchAccepted,
    BatchOut,
    IngestBodyDoc,
    MessageOut,
    SessionOut,
    SessionSummaryOut,
    UserSessionsOut,
)
from evalhub.ingest.services import ingest_batch_create, ingest_body_parse

router = Router(tags=["ingest"])

_INGEST_DOC = {
    "requestBody": {
        "content": {
            "application/json": {"schema": IngestBodyDoc.model_json_schema(ref_template="#/components/schemas/{model}")},
            "application/x-ndjson": {"schema": {"type": "string", "description": "one session object per line"}},
        },
        "required": True,
    }
}


@router.post("/ingest", response={202: BatchAccepted}, openapi_extra=_INGEST_DOC, summary="Ingest conversation logs")
def ingest(request: HttpRequest) -> tuple[int, BatchAccepted]:
    records = ingest_body_parse(body=request.body, content_type=request.content_type or "")
    batch = ingest_batch_create(project=project_of(request), records=records)
    return 202, BatchAccepted(batch_id=batch.pk, status=batch.status, records=batch.record_count)


@router.get("/batches/{batch_id}", response=BatchOut, summary="Status and per-record errors of an ingest batch")
def batch_get(request: HttpRequest, batch_id: int) -> BatchOut:
    batch = IngestBatch.objects.filter(project=project_of(request), pk=batch_id).defer("payload").first()
    if batch is None:
        raise NotFound("batch not found")
    return BatchOut(
        batch_id=batch.pk, status=batch.status, records=batch.record_count, counts=batch.counts,
        errors=batch.errors, notes=batch.notes, created_at=batch.created_at, finished_at=batch.finished_at,
    )


@router.get("/sessions/{external_id}", response=SessionOut, summary="A session with its (redacted) messages")
def session_get(request: HttpRequest, external_id: str) -> SessionOut:
    session = session_get_with_messages(project=project_of(request), external_id=external_id)
    if session is None:
        raise NotFound("session not found")
    messages = [
        MessageOut(
            id=m.external_id, position=m.position, role=m.role, content=m.content, created_at=m.created_at,
            metadata=m.metadata, pii_types=m.pii_types, context=[c.memory_item.external_id for c in m.context_items.all()],
        )
        for m in session.messages.all()
    ]
    return SessionOut(id=session.external_id, user=session.user.external_id, started_at=session.started_at,
                      ended_at=session.ended_at, metadata=session.metadata, messages=messages)


@router.get("/users/{external_id}/sessions", response=UserSessionsOut, summary="A user's sessions in time order")
def user_sessions(request: HttpRequest, external_id: str) -> UserSessionsOut:
    project = project_of(request)
    user = end_user_get(project=project, external_id=external_id)
    if user is None:
        raise NotFound("user not found")
    sessions = [
        SessionSummaryOut(id=s.external_id, started_at=s.started_at, ended_at=s.ended_at, message_count=s.message_count, metadata=s.metadata)
        for s in user_session_list(project=project, user=user)
    ]
    return UserSessionsOut(user=user.external_id, sessions=sessions)
