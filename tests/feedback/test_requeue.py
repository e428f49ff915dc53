from __future__ import annotations

from datetime import timedelta
from unittest import mock

from django.utils import timezone

from evalhub.feedback.models import FeedbackEvent
from evalhub.feedback.services import feedback_events_requeue_stale
from evalhub.ingest.models import IngestBatch
from evalhub.ingest.services import ingest_batches_requeue_stale
from tests.conftest import ApiProject


def test_stale_pending_events_go_back_on_the_queue(owner: ApiProject) -> None:
    old = FeedbackEvent.objects.create(project=owner.project, external_id="old", payload={}, received_at=timezone.now() - timedelta(minutes=5))
    FeedbackEvent.objects.create(project=owner.project, external_id="fresh", payload={})
    FeedbackEvent.objects.create(project=owner.project, external_id="done", payload={}, status="processed", received_at=timezone.now() - timedelta(hours=1))
    with mock.patch("evalhub.feedback.tasks.feedback_event_process_task.delay") as delay:
        assert feedback_events_requeue_stale(older_than_s=60) == 1
    delay.assert_called_once_with(old.pk)


def test_stale_batches_go_back_on_the_queue(owner: ApiProject) -> None:
    stale = IngestBatch.objects.create(project=owner.project, payload=[], status="running", created_at=timezone.now() - timedelta(hours=1),
                                       started_at=timezone.now() - timedelta(hours=1))
    IngestBatch.objects.create(project=owner.project, payload=[], status="running", created_at=timezone.now() - timedelta(hours=1),
                               started_at=timezone.now())  # big batch still being worked on
    IngestBatch.objects.create(project=owner.project, payload=None, status="done", created_at=timezone.now() - timedelta(hours=1))
    with mock.patch("evalhub.ingest.tasks.ingest_batch_process_task.delay") as delay:
        assert ingest_batches_requeue_stale(older_than_s=300) == 1
    delay.assert_called_once_with(stale.pk)
