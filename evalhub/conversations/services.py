"""Writes for conversations and memory: idempotent, order-tolerant upserts of ingested sessions.

All writes for one batch happen in bulk (a handful of queries per table, not per row): ingest
throughput is measured against a raw COPY in bench/ingest.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from evalhub.conversations.models import ContextItem, EndUser, MemoryEvent, MemoryItem, Message, Session
from evalhub.ingest.schemas import SessionIn
from evalhub.projects.models import Project


@dataclass
class PreparedSession:
    """A validated session record whose texts are already redacted."""

    index: int
    record: SessionIn
    message_texts: list[str]
    message_pii: list[list[str]]
    memory_texts: list[str]
    memory_pii: list[list[str]]


@dataclass
class UpsertResult:
    session_ids: list[int] = field(default_factory=list)
    new_message_ids: list[int] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def bump(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


def derived_message_id(session_ext: str, position: int) -> str:
    """Stable ids for OpenAI-format messages that come without ids."""
    return f"{session_ext}#{position}"


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _end_users_get_or_create(*, project: Project, external_ids: set[str]) -> dict[str, EndUser]:
    existing = {u.external_id: u for u in EndUser.objects.filter(project=project, external_id__in=external_ids)}
    missing = [EndUser(project=project, external_id=e) for e in external_ids if e not in existing]
    if missing:
        EndUser.objects.bulk_create(missing, ignore_conflicts=True)
        existing = {u.external_id: u for u in EndUser.objects.filter(project=project, external_id__in=external_ids)}
    return existing


def _sessions_upsert(
    *, project: Project, prepared: list[PreparedSession], users: dict[str, EndUser], result: UpsertResult
) -> tuple[dict[str, Session], list[PreparedSession]]:
    ext_ids = {p.record.id for p in prepared}
    sessions = {s.external_id: s for s in Session.objects.filter(project=project, external_id__in=ext_ids)}
    now = timezone.now()
    to_create: dict[str, Session] = {}
    to_update: list[Session] = []
    accepted: list[PreparedSession] = []
    for p in prepared:
        rec = p.record
        user = users[rec.user]
        session = sessions.get(rec.id) or to_create.get(rec.id)
        if session is not None and session.user_id != user.id:
            result.errors.append({"index": p.index, "id": rec.id, "reason": f"session belongs to another user than {rec.user!r}"})
            continue
        accepted.append(p)
        first_ts = rec.started_at or next((m.created_at for m in rec.messages if m.created_at), None)
        if session is None:
            to_create[rec.id] = Session(
                project=project, user=user, external_id=rec.id, started_at=first_ts or now,
                ended_at=rec.ended_at, metadata=rec.metadata, updated_at=now,
            )
            continue
        session.metadata = {**session.metadata, **rec.metadata}
        if rec.started_at:
            session.started_at = rec.started_at
        if rec.ended_at:
            session.ended_at = rec.ended_at
        session.updated_at = now
        to_update.append(session)
    if to_create:
        Session.objects.bulk_create(list(to_create.values()))
        result.bump("sessions_created", len(to_create))
    if to_update:
        Session.objects.bulk_update(to_update, ["metadata", "started_at", "ended_at", "updated_at"])
        result.bump("sessions_updated", len(to_update))
    sessions = {s.external_id: s for s in Session.objects.filter(project=project, external_id__in=ext_ids)}
    return sessions, accepted


def _memory_apply(
    *, project: Project, prepared: list[PreparedSession], sessions: dict[str, Session], result: UpsertResult
) -> None:
    ops = []
    for p in prepared:
        user_id = sessions[p.record.id].user_id
        for op, text, pii in zip(p.record.memory, p.memory_texts, p.memory_pii, strict=True):
            ops.append((op.created_at or sessions[p.record.id].started_at, p.record.id, user_id, op, text, pii))
    if not ops:
        return
    # Apply in time order so an update in the same batch lands after its add.
    ops.sort(key=lambda o: o[0])
    ext_ids = {o[3].id for o in ops}
    items = {m.external_id: m for m in MemoryItem.objects.filter(project=project, external_id__in=ext_ids)}
    dirty: dict[str, MemoryItem] = {}
    events: list[MemoryEvent] = []
    for at, session_ext, user_id, op, text, pii in ops:
        item = items.get(op.id)
        if item is None:
            item = MemoryItem(project=project, user_id=user_id, external_id=op.id, created_at=at, updated_at=at, is_known=False)
            items[op.id] = item
        if op.op == "delete":
            item.deleted_at = at
        else:
            if op.op == "add" and item.is_known and item.content and item.content != text:
                result.bump("memory_add_overwrote")
            item.content, item.pii_types, item.is_known = text, pii, True
            item.updated_at = max(item.updated_at, at) if item.pk else at
            if op.op == "add" and (item.created_at is None or at < item.created_at or not item.pk):
                item.created_at = at
            if op.op == "add" and item.deleted_at and item.deleted_at <= at:
                item.deleted_at = None
        if op.source:
            item.source_session_ext = op.source.session or item.source_session_ext
            item.source_message_ext = op.source.message or item.source_message_ext
        dirty[op.id] = item
        events.append(MemoryEvent(project=project, memory_item=item, op=op.op, content=text, content_hash=_content_hash(text), at=at, reported_in_session_ext=session_ext))
        result.bump(f"memory_{op.op}")
    new_items = [i for i in dirty.values() if i.pk is None]
    old_items = [i for i in dirty.values() if i.pk is not None]
    MemoryItem.objects.bulk_create(new_items)
    if old_items:
        MemoryItem.objects.bulk_update(
            old_items,
            ["content", "pii_types", "is_known", "updated_at", "created_at", "deleted_at", "source_session_ext", "source_message_ext"],
        )
    for e in events:
        e.memory_item_id = e.memory_item.pk
    MemoryEvent.objects.bulk_create(events, ignore_conflicts=True)


def _messages_upsert(
    *, project: Project, prepared: list[PreparedSession], sessions: dict[str, Session], result: UpsertResult
) -> list[tuple[Message, list[str]]]:
    session_pks = [sessions[p.record.id].pk for p in prepared]
    max_pos = dict(
        Message.objects.filter(session_id__in=session_pks).values("session_id").annotate(m=Max("position")).values_list("session_id", "m")
    )
    rows: list[tuple[Message, list[str]]] = []
    for p in prepared:
        session = sessions[p.record.id]
        for i, (m, text, pii) in enumerate(zip(p.record.messages, p.message_texts, p.message_pii, strict=True)):
            ext = m.id or derived_message_id(p.record.id, i)
            extra = {k: v for k, v in (m.model_extra or {}).items()}
            rows.append((
                Message(
                    project=project, session=session, user_id=session.user_id, external_id=ext, position=i,
                    role=m.role, content=text, created_at=m.created_at or session.started_at,
                    metadata={**m.metadata, **extra}, pii_types=pii,
                ),
                m.context,
            ))
    existing = {
        m.external_id: m
        for m in Message.objects.filter(project=project, external_id__in=[r[0].external_id for r in rows]).only(
            "id", "external_id", "session_id", "position", "content", "metadata", "pii_types"
        )
    }
    to_create: list[Message] = []
    to_update: list[Message] = []
    seen: set[str] = set()
    next_pos = {pk: (v if v is not None else -1) + 1 for pk, v in max_pos.items()}
    out: list[tuple[Message, list[str]]] = []
    for msg, ctx in rows:
        if msg.external_id in seen:
            result.errors.append({"id": msg.external_id, "reason": "duplicate message id in batch; first kept"})
            continue
        seen.add(msg.external_id)
        old = existing.get(msg.external_id)
        if old is not None:
            if old.session_id != msg.session_id:
                result.errors.append({"id": msg.external_id, "reason": "message id already used in another session"})
                continue
            if (old.content, old.metadata, old.pii_types) != (msg.content, msg.metadata, msg.pii_types):
                old.content, old.metadata, old.pii_types = msg.content, msg.metadata, msg.pii_types
                to_update.append(old)
            out.append((old, ctx))
            continue
        # New messages go after what is stored (append to an existing session), in batch order.
        msg.position = next_pos.get(msg.session_id, 0)
        next_pos[msg.session_id] = msg.position + 1
        to_create.append(msg)
        out.append((msg, ctx))
    Message.objects.bulk_create(to_create, batch_size=2000)
    if to_update:
        Message.objects.bulk_update(to_update, ["content", "metadata", "pii_types"], batch_size=2000)
    result.bump("messages_created", len(to_create))
    result.bump("messages_updated", len(to_update))
    result.new_message_ids.extend(m.pk for m in to_create)
    return out


def _context_link(*, project: Project, rows: list[tuple[Message, list[str]]], result: UpsertResult) -> None:
    wanted = {mem_id for msg, ctx in rows for mem_id in ctx}
    if not wanted:
        return
    items = {m.external_id: m for m in MemoryItem.objects.filter(project=project, external_id__in=wanted)}
    placeholders = []
    for msg, ctx in rows:
        for mem_id in ctx:
            if mem_id not in items:
                # Referenced before described: a placeholder keeps the link; a later memory op fills it.
                items[mem_id] = MemoryItem(project=project, user_id=msg.user_id, external_id=mem_id, is_known=False, created_at=msg.created_at, updated_at=msg.created_at)
                placeholders.append(items[mem_id])
    if placeholders:
        MemoryItem.objects.bulk_create(placeholders, ignore_conflicts=True)
        items = {m.external_id: m for m in MemoryItem.objects.filter(project=project, external_id__in=wanted)}
        result.bump("memory_placeholders", len(placeholders))
    links = [
        ContextItem(message=msg, memory_item=items[mem_id], position=pos)
        for msg, ctx in rows
        for pos, mem_id in enumerate(dict.fromkeys(ctx))
    ]
    ContextItem.objects.bulk_create(links, ignore_conflicts=True, batch_size=2000)
    result.bump("context_links", len(links))


def memory_sources_link(*, project: Project) -> int:
    """Resolve memory sources that named a session/message which has since arrived."""
    pending = MemoryItem.objects.filter(project=project)
    n = pending.filter(source_session__isnull=True).exclude(source_session_ext="").update(
        source_session=Subquery(
            Session.objects.filter(project=project, external_id=OuterRef("source_session_ext")).values("pk")[:1]
        )
    )
    n += pending.filter(source_message__isnull=True).exclude(source_message_ext="").update(
        source_message=Subquery(
            Message.objects.filter(project=project, external_id=OuterRef("source_message_ext")).values("pk")[:1]
        )
    )
    return n


def _session_stats_refresh(*, session_pks: list[int]) -> None:
    counts = Message.objects.filter(session_id=OuterRef("pk")).order_by().values("session_id").annotate(n=Count("id")).values("n")
    Session.objects.filter(pk__in=session_pks).update(message_count=Coalesce(Subquery(counts), 0))


@transaction.atomic
def conversations_upsert(*, project: Project, prepared: list[PreparedSession]) -> UpsertResult:
    result = UpsertResult()
    if not prepared:
        return result
    users = _end_users_get_or_create(project=project, external_ids={p.record.user for p in prepared})
    sessions, accepted = _sessions_upsert(project=project, prepared=prepared, users=users, result=result)
    _memory_apply(project=project, prepared=accepted, sessions=sessions, result=result)
    rows = _messages_upsert(project=project, prepared=accepted, sessions=sessions, result=result)
    _context_link(project=project, rows=rows, result=result)
    memory_sources_link(project=project)
    session_pks = sorted({sessions[p.record.id].pk for p in accepted})
    _session_stats_refresh(session_pks=session_pks)
    result.session_ids = session_pks
    return result
