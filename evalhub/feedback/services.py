"""Feedback: accept deliveries fast and durably, process them in workers, never drop one."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from pydantic import ValidationError

from evalhub.common.errors import PayloadTooLarge, Unauthorized, ValidationFailed
from evalhub.conversations.models import EndUser, Message, Session
from evalhub.feedback import webhooks
from evalhub.feedback.cases import signal_to_case
from evalhub.feedback.models import FeedbackEvent, Preference, RejectedDelivery, Signal
from evalhub.feedback.schemas import FeedbackEventIn
from evalhub.projects.models import Project
from evalhub.projects.selectors import project_get, webhook_secret_list_active

REJECTED_BODY_EXCERPT = 2000
_SAFE_HEADERS = ("webhook-id", "webhook-timestamp", "content-type", "content-length", "user-agent")
NEGATIVE_COMMENT_WORDS = ("wrong", "bad", "useless", "incorrect", "not helpful", "unhelpful", "terrible", "hate", "annoying", "forgot")


def _reject(*, project: Project | None, slug: str, reason: str, status: int, headers: dict[str, str], body: bytes) -> None:
    RejectedDelivery.objects.create(
        project=project, project_slug=slug[:64], reason=reason[:200], status_code=status,
        headers={k: headers.get(k, "")[:200] for k in _SAFE_HEADERS if k in headers},
        body_excerpt=body[:REJECTED_BODY_EXCERPT].decode("utf-8", errors="replace").replace("\x00", "\ufffd"),
    )


def webhook_delivery_receive(*, slug: str, headers: dict[str, str], body: bytes) -> tuple[FeedbackEvent, bool]:
    """Verify, validate, store durably; returns (event, created). Raises with the right status."""
    headers = {k.lower(): v for k, v in headers.items()}
    if len(body) > settings.EVALHUB_WEBHOOK_MAX_BYTES:
        _reject(project=None, slug=slug, reason="body too large", status=413, headers=headers, body=body)
        raise PayloadTooLarge("webhook body too large", details=[{"max_bytes": settings.EVALHUB_WEBHOOK_MAX_BYTES}])
    project = project_get(slug=slug)
    secrets = [s.secret for s in webhook_secret_list_active(project=project)] if project else []
    try:
        webhooks.verify(
            secrets=secrets, msg_id=headers.get("webhook-id", ""), timestamp=headers.get("webhook-timestamp", ""),
            signature_header=headers.get("webhook-signature", ""), body=body, tolerance_s=settings.EVALHUB_WEBHOOK_TOLERANCE_S,
        )
    except webhooks.SignatureError as exc:
        # An unknown project looks exactly like a bad signature: the sender learns nothing.
        _reject(project=project, slug=slug, reason=str(exc), status=401, headers=headers, body=body)
        raise Unauthorized("invalid webhook signature", details=[str(exc)]) from exc
    assert project is not None
    if b"\x00" in body or b"\\u0000" in body:
        # PostgreSQL can't store NUL in text/jsonb; refuse it instead of failing on write.
        _reject(project=project, slug=slug, reason="NUL character in body", status=422, headers=headers, body=body)
        raise ValidationFailed("body must not contain NUL characters")
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        _reject(project=project, slug=slug, reason="invalid JSON", status=422, headers=headers, body=body)
        raise ValidationFailed("body is not valid JSON") from exc
    return feedback_event_accept(project=project, external_id=headers["webhook-id"][:200], payload=payload, channel="webhook")


def _validated(payload: Any) -> tuple[FeedbackEventIn | None, str]:
    try:
        return FeedbackEventIn.model_validate(payload), ""
    except ValidationError as exc:
        return None, "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()[:5])


def feedback_event_accept(*, project: Project, external_id: str, payload: Any, channel: str) -> tuple[FeedbackEvent, bool]:
    """Durable, idempotent on (project, external_id) even under concurrent duplicate deliveries.

    An authentic event that fails validation is stored as dead-lettered (and the caller answers 422).
    """
    event_in, problem = _validated(payload)
    fields: dict[str, Any] = {"payload": payload if isinstance(payload, dict) else {"raw": payload}, "channel": channel}
    if event_in is None:
        fields.update(status=FeedbackEvent.Status.DEAD, error=f"invalid event: {problem}")
    else:
        fields.update(type=event_in.type, session_ext=event_in.session, message_ext=event_in.message or "", user_ext=event_in.user or "")
    try:
        with transaction.atomic():
            event = FeedbackEvent.objects.create(project=project, external_id=external_id, **fields)
            if event_in is not None:
                from evalhub.feedback.tasks import feedback_event_process_task

                # robust: a broker outage must not turn a stored event into a 500; the sweeper re-enqueues it.
                transaction.on_commit(lambda: feedback_event_process_task.delay(event.pk), robust=True)
    except IntegrityError:
        return FeedbackEvent.objects.get(project=project, external_id=external_id), False
    if event_in is None:
        raise ValidationFailed("invalid feedback event", details=[problem])
    return event, True


def feedback_bulk_accept(*, project: Project, events: list[Any]) -> list[dict[str, Any]]:
    results = []
    for index, raw in enumerate(events):
        ext = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(ext, str) or not ext:
            results.append({"index": index, "id": None, "status": "rejected", "reason": "id: required in bulk events"})
            continue
        try:
            _, created = feedback_event_accept(project=project, external_id=ext[:200], payload={k: v for k, v in raw.items() if k != "id"}, channel="bulk")
        except ValidationFailed as exc:
            results.append({"index": index, "id": ext, "status": "dead_lettered", "reason": "; ".join(map(str, exc.details))})
            continue
        results.append({"index": index, "id": ext, "status": "accepted" if created else "duplicate", "reason": None})
    return results


def _resolve(event: FeedbackEvent) -> tuple[Session | None, Message | None]:
    session = Session.objects.filter(project=event.project, external_id=event.session_ext).select_related("user").first()
    message = None
    if session is not None and event.message_ext:
        message = Message.objects.filter(project=event.project, external_id=event.message_ext).first()
    return session, message


def _explicit_signal(event: FeedbackEvent, session: Session, message: Message | None) -> Signal:
    p = event.payload
    details: dict[str, Any] = {"value": p.get("value"), "comment": p.get("comment"), "correction_text": p.get("correction")}
    if event.type == "comment":
        details["negative"] = any(w in (p.get("comment") or "").lower() for w in NEGATIVE_COMMENT_WORDS)
    evidence = p.get("correction") or p.get("comment") or (f"rating {p.get('value')}" if event.type == "rating" else event.type)
    signal, _ = Signal.objects.get_or_create(
        project=event.project, key=f"explicit:{event.pk}",
        defaults={"user": session.user, "session": session, "message": message, "type": event.type, "source": Signal.Source.EXPLICIT,
                  "detector": f"webhook.{event.channel}", "confidence": 1.0, "evidence": str(evidence)[:2000],
                  "details": details, "feedback_event": event, "received_at": event.received_at},
    )
    return signal


@transaction.atomic
def feedback_event_process(*, event: FeedbackEvent) -> FeedbackEvent:
    """Idempotent: the signal key is derived from the event; re-running finds it."""
    event = FeedbackEvent.objects.select_for_update().select_related("project").get(pk=event.pk)
    if event.status in (FeedbackEvent.Status.PROCESSED, FeedbackEvent.Status.DEAD):
        return event
    session, message = _resolve(event)
    if session is None or (event.message_ext and message is None):
        # Feedback can outrun the conversation log: park it until the message is ingested.
        event.status, event.attempts = FeedbackEvent.Status.WAITING, event.attempts + 1
        event.save(update_fields=["status", "attempts"])
        return event
    if event.user_ext and session.user.external_id != event.user_ext:
        return feedback_event_dead_letter(event=event, reason=f"user {event.user_ext!r} does not own session {event.session_ext!r}")
    if message is not None and message.session_id != session.pk:
        return feedback_event_dead_letter(event=event, reason=f"message {event.message_ext!r} is not in session {event.session_ext!r}")
    event.session, event.message = session, message
    signal = _explicit_signal(event, session, message)
    signal_to_case(signal)
    if signal_is_negative_explicit(signal):
        Session.objects.filter(pk=session.pk).update(has_negative_feedback=True)
        # Feedback often lands after the session was tagged; negative feedback is evidence for
        # poisoning/confusion, so the session is re-tagged (an explicit call, not a signal).
        from evalhub.failures.services import failures_on_feedback_processed

        failures_on_feedback_processed(project=event.project, session_ids=[session.pk])
    event.status, event.processed_at, event.attempts = FeedbackEvent.Status.PROCESSED, timezone.now(), event.attempts + 1
    event.save(update_fields=["session", "message", "status", "processed_at", "attempts"])
    return event


def signal_is_negative_explicit(signal: Signal) -> bool:
    from evalhub.feedback.cases import signal_is_negative

    return signal.source == Signal.Source.EXPLICIT and signal_is_negative(signal)


def feedback_event_dead_letter(*, event: FeedbackEvent, reason: str) -> FeedbackEvent:
    FeedbackEvent.objects.filter(pk=event.pk).update(status=FeedbackEvent.Status.DEAD, error=reason[:2000], processed_at=timezone.now())
    event.refresh_from_db()
    return event


def feedback_on_sessions_ingested(*, project: Project, session_ids: list[int], new_message_ids: list[int]) -> None:
    """Pipeline consumer: link parked feedback and mine the new user turns, after commit."""
    from evalhub.feedback.tasks import feedback_mine_sessions_task

    transaction.on_commit(lambda: feedback_mine_sessions_task.delay(project.pk, session_ids, new_message_ids), robust=True)


def preference_record(*, project: Project, user: EndUser, key: str, value: str, text: str, message: Message | None, stated_at: Any) -> Preference:
    """Store a preference; a newer different value for the same key supersedes the active one."""
    pref, created = Preference.objects.get_or_create(
        project=project, user=user, key=key, value=value, source_message=message,
        defaults={"text": text[:2000], "stated_at": stated_at},
    )
    if not created:
        return pref
    active = Preference.objects.filter(project=project, user=user, key=key, is_active=True).exclude(pk=pref.pk)
    newer = active.filter(stated_at__gt=stated_at).order_by("-stated_at").first()
    if newer is not None:
        # Arrived out of order: it was already superseded when it was stated.
        Preference.objects.filter(pk=pref.pk).update(is_active=False, superseded_by=newer)
    else:
        active.update(is_active=False, superseded_by=pref)
    pref.refresh_from_db()
    return pref


def feedback_events_requeue_stale(*, older_than_s: int = 60) -> int:
    """Re-enqueue events still pending after `older_than_s`: the row is durable, the queue message
    may not be (a worker SIGKILLed mid-task leaves its message unacked until the broker's
    visibility timeout). Processing is idempotent, so a duplicate enqueue is harmless."""
    from datetime import timedelta

    from evalhub.feedback.tasks import feedback_event_process_task

    cutoff = timezone.now() - timedelta(seconds=older_than_s)
    ids = list(FeedbackEvent.objects.filter(status=FeedbackEvent.Status.PENDING, received_at__lt=cutoff).values_list("pk", flat=True)[:5000])
    for pk in ids:
        feedback_event_process_task.delay(pk)
    return len(ids)
