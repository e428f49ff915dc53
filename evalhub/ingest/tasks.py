from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from evalhub.ingest.models import IngestBatch
from evalhub.ingest.services import ingest_batch_fail, ingest_batch_process

MAX_RETRIES = 5


@shared_task(bind=True, autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=60, max_retries=MAX_RETRIES)
def ingest_batch_process_task(self, batch_id: int) -> None:  # type: ignore[no-untyped-def]
    batch = IngestBatch.objects.select_related("project").filter(pk=batch_id).first()
    if batch is None or batch.status in (IngestBatch.Status.DONE, IngestBatch.Status.FAILED):
        return
    try:
        ingest_batch_process(batch=batch)
    except (DatabaseError, InterfaceError):
        if self.request.retries >= MAX_RETRIES:
            ingest_batch_fail(batch_id=batch_id, reason="database unavailable after retries")
        raise
    except Exception as exc:
        ingest_batch_fail(batch_id=batch_id, reason=f"processing error: {type(exc).__name__}")
        raise


@shared_task
def ingest_requeue_stale_task() -> int:
    from evalhub.ingest.services import ingest_batches_requeue_stale

    return ingest_batches_requeue_stale()
