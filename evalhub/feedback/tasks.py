from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from evalhub.feedback.models import FeedbackEvent
from evalhub.feedback.services import feedback_event_dead_letter, feedback_event_process
from evalhub.projects.models import Project

MAX_RETRIES = 5


@shared_task(bind=True, autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=30, max_retries=MAX_RETRIES)
def feedback_event_process_task(self, event_id: int) -> None:  # type: ignore[no-untyped-def]
    event = FeedbackEvent.objects.filter(pk=event_id).first()
    if event is None or event.status in (FeedbackEvent.Status.PROCESSED, FeedbackEvent.Status.DEAD):
        return
    try:
        feedback_event_process(event=event)
    except (DatabaseError, InterfaceError):
        raise
    except Exception as exc:
        # Authentic but unprocessable: dead-letter with the reason, never drop.
        feedback_event_dead_letter(event=event, reason=f"processing error: {type(exc).__name__}: {exc}")
        raise


@shared_task(autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=30, max_retries=MAX_RETRIES)
def feedback_mine_sessions_task(project_id: int, session_ids: list[int], new_message_ids: list[int]) -> None:
    from evalhub.feedback.mining_service import feedback_mine_sessions

    project = Project.objects.filter(pk=project_id).first()
    if project is None:
        return
    feedback_mine_sessions(project=project, session_ids=session_ids, new_message_ids=new_message_ids)


@shared_task
def feedback_requeue_stale_task() -> int:
    from evalhub.feedback.services import feedback_events_requeue_stale

    return feedback_events_requeue_stale()
