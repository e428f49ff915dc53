"""The session list: filtered on denormalised columns, keyset-paginated (no OFFSET, no COUNT over 50k rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Q, QuerySet

from evalhub.conversations.models import EndUser, Session
from evalhub.conversations.selectors import end_user_get, session_list
from evalhub.dashboard.optional import failures_models
from evalhub.projects.models import Project

PAGE_SIZE = 50
# The README's failure taxonomy; the failures app's own choices take over once it is installed.
FAILURE_TYPES = ("poisoning", "clash", "distraction", "confusion", "recall")


@dataclass(frozen=True)
class SessionFilters:
    user_ext: str = ""
    started_from: datetime | None = None
    started_to: datetime | None = None
    failure_type: str = ""
    negative_only: bool = False


@dataclass(frozen=True)
class Cursor:
    """Position after the last row shown: sessions strictly older than (started_at, id)."""

    started_at: datetime
    id: int

    def encode(self) -> str:
        return f"{self.started_at.isoformat()}|{self.id}"

    @classmethod
    def decode(cls, raw: str) -> Cursor | None:
        stamp, _, pk = raw.partition("|")
        try:
            return cls(started_at=datetime.fromisoformat(stamp), id=int(pk))
        except ValueError:
            return None


@dataclass
class SessionPage:
    sessions: list[Session]
    next_cursor: Cursor | None
    user_missing: bool = False
    filters: SessionFilters = field(default_factory=SessionFilters)


def failure_type_choices() -> list[str]:
    models = failures_models()
    choices = getattr(models, "FailureType", None) if models else None
    return list(choices.values) if choices is not None else list(FAILURE_TYPES)


def _has_failure_type(failure_type: str) -> Q:
    if connection.vendor == "postgresql":
        return Q(failure_types__contains=[failure_type])
    # SQLite has no JSON containment; the list is stored as JSON text, so match the quoted item.
    return Q(failure_types__icontains=json.dumps(failure_type))


def session_page(*, project: Project, filters: SessionFilters, cursor: Cursor | None = None, page_size: int = PAGE_SIZE) -> SessionPage:
    qs: QuerySet[Session] = session_list(project=project)
    if filters.user_ext:
        end_user: EndUser | None = end_user_get(project=project, external_id=filters.user_ext)
        if end_user is None:
            return SessionPage(sessions=[], next_cursor=None, user_missing=True, filters=filters)
        qs = qs.filter(user=end_user)
    if filters.started_from:
        qs = qs.filter(started_at__gte=filters.started_from)
    if filters.started_to:
        qs = qs.filter(started_at__lt=filters.started_to)
    if filters.failure_type:
        qs = qs.filter(_has_failure_type(filters.failure_type))
    if filters.negative_only:
        qs = qs.filter(has_negative_feedback=True)
    if cursor is not None:
        qs = qs.filter(Q(started_at__lt=cursor.started_at) | Q(started_at=cursor.started_at, id__lt=cursor.id))
    rows = list(
        qs.select_related("user")
        .only("id", "external_id", "started_at", "ended_at", "message_count", "has_negative_feedback", "failure_types", "user__external_id")
        .order_by("-started_at", "-id")[: page_size + 1]
    )
    more = len(rows) > page_size
    rows = rows[:page_size]
    next_cursor = Cursor(started_at=rows[-1].started_at, id=rows[-1].pk) if more else None
    return SessionPage(sessions=rows, next_cursor=next_cursor, filters=filters)
