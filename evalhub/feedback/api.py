from __future__ import annotations

from datetime import UTC, datetime

from django.http import HttpRequest
from ninja import Router

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound, ValidationFailed
from evalhub.conversations.selectors import end_user_get
from evalhub.feedback.models import Preference, Signal
from evalhub.feedback.schemas import (
    BulkAccepted,
    BulkFeedbackIn,
    BulkResultItem,
    FeedbackEventIn,
    PreferenceListOut,
    PreferenceOut,
    SignalListOut,
    SignalOut,
    WebhookAccepted,
)
from evalhub.feedback.selectors import preference_list, signal_list
from evalhub.feedback.services import feedback_bulk_accept, webhook_delivery_receive

router = Router(tags=["feedback"])

_WEBHOOK_DOC = {
    "requestBody": {"content": {"application/json": {"schema": FeedbackEventIn.model_json_schema(ref_template="#/components/schemas/{model}")}}, "required": True},
    "parameters": [
        {"in": "header", "name": h, "required": True, "schema": {"type": "string"}}
        for h in ("webhook-id", "webhook-timestamp", "webhook-signature")
    ],
}


@router.post("/projects/{slug}/webhooks/feedback", auth=None, response={202: WebhookAccepted}, openapi_extra=_WEBHOOK_DOC,
             summary="Explicit feedback, signed per the Standard Webhooks spec")
def feedback_webhook(request: HttpRequest, slug: str) -> tuple[int, WebhookAccepted]:
    event, created = webhook_delivery_receive(slug=slug, headers=dict(request.headers), body=request.body)
    return 202, WebhookAccepted(status=event.status, duplicate=not created)


@router.post("/feedback", response={202: BulkAccepted}, summary="Bulk feedback backfill (each event with its own id)")
def feedback_bulk(request: HttpRequest, payload: BulkFeedbackIn) -> tuple[int, BulkAccepted]:
    results = feedback_bulk_accept(project=project_of(request), events=payload.events)
    count = {s: sum(1 for r in results if r["status"] == s) for s in ("accepted", "duplicate")}
    return 202, BulkAccepted(accepted=count["accepted"], duplicates=count["duplicate"], rejected=len(results) - sum(count.values()),
                             results=[BulkResultItem(**r) for r in results])


def _signal_out(s: Signal) -> SignalOut:
    return SignalOut(
        id=s.pk, type=s.type, source=s.source, message=s.message.external_id if s.message else None,
        user_message=s.user_message.external_id if s.user_message else None, session=s.session.external_id,
        user=s.user.external_id, confidence=s.confidence, evidence=s.evidence, related_messages=s.related_messages,
        detector=s.detector, created_at=s.created_at,
    )


@router.get("/signals", response=SignalListOut)
def signals(request: HttpRequest, session: str | None = None, user: str | None = None, type: str | None = None, since: datetime | None = None) -> SignalListOut:
    if not (session or user or type or since):
        raise ValidationFailed("filter by at least one of session, user, type, since", details=[{"loc": ["query"]}])
    if since is not None:
        try:
            since = since.astimezone(UTC)
        except (OverflowError, ValueError) as exc:
            raise ValidationFailed("since is out of range", details=[{"loc": ["query", "since"]}]) from exc
    qs = signal_list(project=project_of(request), session_ext=session, user_ext=user, type=type, since=since)[:1000]
    return SignalListOut(signals=[_signal_out(s) for s in qs])


def _pref_out(p: Preference) -> PreferenceOut:
    return PreferenceOut(id=p.pk, key=p.key, value=p.value, text=p.text, active=p.is_active, stated_at=p.stated_at,
                         source_message=p.source_message.external_id if p.source_message else None, superseded_by=p.superseded_by_id)


@router.get("/users/{external_id}/preferences", response=PreferenceListOut)
def preferences(request: HttpRequest, external_id: str) -> PreferenceListOut:
    project = project_of(request)
    if end_user_get(project=project, external_id=external_id) is None:
        raise NotFound("user not found")
    prefs = list(preference_list(project=project, user_ext=external_id))
    return PreferenceListOut(user=external_id, active=[_pref_out(p) for p in prefs if p.is_active],
                             superseded=[_pref_out(p) for p in prefs if not p.is_active])
