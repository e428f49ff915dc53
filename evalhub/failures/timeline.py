"""Load one user's history from the database into the detectors' plain dataclasses (a handful of queries)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from evalhub.conversations.models import ContextItem, EndUser, MemoryEvent, MemoryItem, Message, Session
from evalhub.failures.detectors.base import Feedback, MemItem, MemOp, Msg, SessionView, UserTimeline
from evalhub.feedback.models import Signal

# Earlier sessions loaded for cross-session evidence: "last month" for an active user, bounded for speed.
HISTORY_SESSIONS = 60


def timeline_load(*, user: EndUser, until: datetime | None = None, limit: int = HISTORY_SESSIONS) -> UserTimeline:
    """The user's `limit` latest sessions that started at or before `until`, with memory, context and explicit feedback."""
    sessions_qs = Session.objects.filter(project_id=user.project_id, user=user)
    if until is not None:
        sessions_qs = sessions_qs.filter(started_at__lte=until)
    rows = list(sessions_qs.order_by("-started_at", "-id").values("pk", "external_id", "started_at")[:limit])
    rows.reverse()
    by_pk = {r["pk"]: SessionView(ext_id=r["external_id"], started_at=r["started_at"], messages=[], id=r["pk"]) for r in rows}
    context: dict[int, list[str]] = defaultdict(list)
    for message_id, mem_ext in (
        ContextItem.objects.filter(message__session_id__in=by_pk).order_by("message_id", "position").values_list("message_id", "memory_item__external_id")
    ):
        context[message_id].append(mem_ext)
    messages = Message.objects.filter(session_id__in=by_pk).order_by("session_id", "position").values(
        "pk", "external_id", "session_id", "role", "content", "created_at", "position"
    )
    for m in messages:
        session = by_pk[m["session_id"]]
        session.messages.append(Msg(
            ext_id=m["external_id"], session_ext=session.ext_id, role=m["role"], content=m["content"], at=m["created_at"],
            position=m["position"], id=m["pk"], context=tuple(context.get(m["pk"], ())),
        ))
    return UserTimeline(
        user_ext=user.external_id, sessions=list(by_pk.values()), memory=_memory(user), feedback=_feedback(user, by_pk), user_id=user.pk,
    )


def _memory(user: EndUser) -> dict[str, MemItem]:
    items = {
        r["pk"]: MemItem(ext_id=r["external_id"], ops=[], source_session_ext=r["source_session_ext"], source_message_ext=r["source_message_ext"], id=r["pk"])
        for r in MemoryItem.objects.filter(project_id=user.project_id, user=user).values("pk", "external_id", "source_session_ext", "source_message_ext")
    }
    events = MemoryEvent.objects.filter(memory_item_id__in=items).order_by("at", "id").values(
        "memory_item_id", "op", "content", "at", "reported_in_session_ext"
    )
    for e in events:
        items[e["memory_item_id"]].ops.append(MemOp(op=e["op"], content=e["content"], at=e["at"], session_ext=e["reported_in_session_ext"]))
    return {item.ext_id: item for item in items.values() if item.ops}


def _feedback(user: EndUser, sessions: dict[int, SessionView]) -> dict[str, list[Feedback]]:
    out: dict[str, list[Feedback]] = defaultdict(list)
    signals = Signal.objects.filter(project_id=user.project_id, user=user, source=Signal.Source.EXPLICIT, message__isnull=False).values(
        "type", "details", "message__external_id"
    )
    for s in signals:
        d = s["details"] or {}
        out[s["message__external_id"]].append(Feedback(
            type=s["type"], message_ext=s["message__external_id"], value=d.get("value"), comment=d.get("comment") or "",
            correction=d.get("correction_text") or "",
        ))
    return dict(out)
