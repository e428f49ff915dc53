"""Per-project retention of raw messages (`Project.retention_days`).

Messages older than the period are deleted, in chunks so a first purge of a large backlog never
holds one long transaction (or one huge lock set) against live ingest. Sessions, memory and eval
cases stay: only the raw turns expire. Rows of other apps that point at a message with CASCADE
go with it; SET_NULL pointers (eval cases, memory sources) are cleared by the database.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from evalhub.conversations.models import Message, Session
from evalhub.projects.models import Project

logger = logging.getLogger(__name__)

# Messages deleted per transaction: ~1 s of work on PostgreSQL with context links and signals.
PURGE_CHUNK = 2000


def retention_cutoff(*, project: Project, now: datetime | None = None) -> datetime | None:
    if not project.retention_days:
        return None
    return (now or timezone.now()) - timedelta(days=project.retention_days)


def _session_counts_refresh(*, session_pks: set[int]) -> None:
    counts = dict(
        Message.objects.filter(session_id__in=session_pks).values("session_id").annotate(n=Count("id")).values_list("session_id", "n")
    )
    for session in Session.objects.filter(pk__in=session_pks).only("id", "message_count"):
        new_count = counts.get(session.pk, 0)
        if session.message_count != new_count:
            Session.objects.filter(pk=session.pk).update(message_count=new_count)


def messages_purge_expired(*, project: Project, now: datetime | None = None) -> int:
    """Delete `project`'s messages older than its retention period; return how many. Idempotent."""
    cutoff = retention_cutoff(project=project, now=now)
    if cutoff is None:
        return 0
    purged = 0
    while True:
        with transaction.atomic():
            rows = list(
                Message.objects.filter(project=project, created_at__lt=cutoff).order_by("pk").values_list("pk", "session_id")[:PURGE_CHUNK]
            )
            if not rows:
                break
            Message.objects.filter(pk__in=[pk for pk, _ in rows]).delete()
            _session_counts_refresh(session_pks={session_id for _, session_id in rows})
        purged += len(rows)
    if purged:
        logger.info("retention purge in project %s: %d messages older than %s", project.slug, purged, cutoff.isoformat())
    return purged


def retention_purge_all(*, now: datetime | None = None) -> dict[str, int]:
    return {
        project.slug: messages_purge_expired(project=project, now=now)
        for project in Project.objects.filter(retention_days__isnull=False, retention_days__gt=0).order_by("pk")
    }
