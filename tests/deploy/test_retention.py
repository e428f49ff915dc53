from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from evalhub.celery import app
from evalhub.conversations.models import ContextItem, MemoryItem, Message, Session
from evalhub.conversations.retention import messages_purge_expired
from evalhub.conversations.tasks import retention_purge_task
from tests.conftest import ApiProject

NOW = timezone.now()


def _session(ext: str, days_ago: int) -> dict[str, Any]:
    at = (NOW - timedelta(days=days_ago)).isoformat()
    return {"id": ext, "user": "u-ret", "memory": [{"id": f"mem-{ext}", "content": "Likes tea", "created_at": at}],
            "messages": [{"id": f"{ext}-m1", "role": "user", "content": "Tea?", "created_at": at},
                         {"id": f"{ext}-m2", "role": "assistant", "content": "Green.", "created_at": at, "context": [f"mem-{ext}"]}]}


def _seed(p: ApiProject, retention_days: int | None) -> None:
    p.ingest([_session(f"{p.project.slug}-old", 40), _session(f"{p.project.slug}-new", 2)])
    p.project.retention_days = retention_days
    p.project.save(update_fields=["retention_days"])


def test_it_purges_messages_older_than_the_projects_retention(owner: ApiProject) -> None:
    _seed(owner, 30)
    assert messages_purge_expired(project=owner.project) == 2
    assert list(Message.objects.filter(project=owner.project).values_list("external_id", flat=True).order_by("external_id")) == ["owner-new-m1", "owner-new-m2"]
    assert Session.objects.get(external_id="owner-old").message_count == 0
    assert Session.objects.get(external_id="owner-new").message_count == 2
    # Raw turns expire; the memory items and the (empty) session stay.
    assert MemoryItem.objects.filter(project=owner.project).count() == 2
    assert not ContextItem.objects.filter(message__external_id__startswith="owner-old").exists()


def test_it_is_idempotent(owner: ApiProject) -> None:
    _seed(owner, 30)
    messages_purge_expired(project=owner.project)
    assert messages_purge_expired(project=owner.project) == 0


def test_it_keeps_everything_for_projects_without_a_retention_period(owner: ApiProject, outsider: ApiProject) -> None:
    _seed(owner, 30)
    _seed(outsider, None)
    assert retention_purge_task.delay().get() == {"owner": 2}
    assert Message.objects.filter(project=outsider.project).count() == 4


def test_it_is_scheduled_by_celery_beat() -> None:
    entry: dict[str, Any] = settings.CELERY_BEAT_SCHEDULE["conversations-retention-purge"]
    assert entry["task"] == retention_purge_task.name
    assert entry["task"] in app.tasks
    assert 0 < entry["schedule"] <= 24 * 60 * 60
    assert app.conf.beat_schedule["conversations-retention-purge"]["task"] == retention_purge_task.name


def test_it_schedules_only_tasks_the_workers_know() -> None:
    unknown = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values() if entry["task"] not in app.tasks]
    assert unknown == []
