from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from evalhub.conversations.retention import retention_purge_all


@shared_task(autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=300, max_retries=5)
def retention_purge_task() -> dict[str, int]:
    """Run by celery beat (CELERY_BEAT_SCHEDULE); safe to run twice or concurrently: it only deletes."""
    return retention_purge_all()
