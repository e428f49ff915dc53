from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from evalhub.feedback.models import Preference, Signal
from evalhub.projects.models import Project


def signal_list(
    *, project: Project, session_ext: str | None = None, user_ext: str | None = None, type: str | None = None, since: datetime | None = None
) -> QuerySet[Signal]:
    qs = Signal.objects.filter(project=project)
    if session_ext:
        qs = qs.filter(session__external_id=session_ext)
    if user_ext:
        qs = qs.filter(user__external_id=user_ext)
    if type:
        qs = qs.filter(type=type)
    if since:
        qs = qs.filter(created_at__gte=since)
    return qs.select_related("session", "user", "message", "user_message").order_by("created_at", "id")


def preference_list(*, project: Project, user_ext: str) -> QuerySet[Preference]:
    return Preference.objects.filter(project=project, user__external_id=user_ext).select_related("source_message").order_by("key", "-stated_at")


def active_preferences(*, project: Project, user_id: int) -> list[dict[str, str]]:
    """For guardrails' preference-consistency check: [{"key", "value", "text"}]."""
    return [
        {"key": p.key, "value": p.value, "text": p.text}
        for p in Preference.objects.filter(project=project, user_id=user_id, is_active=True).order_by("key")
    ]
