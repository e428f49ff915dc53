"""Writes for conversations and memory: idempotent, order-tolerant upserts of ingested sessions.

All writes for one batch happen in bulk (a handful of queries per table, not per row): ingest
throughput is measured against a raw COPY in bench/ingest.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection, models, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from evalhub.conversations import bulk
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


def _end_user_ids_get_or_create(*, project: Project, external_ids: set[str]) -> dict[str, int]:
    existing = bulk.ids_by_external_id(table="conversations_enduser", project_id=project.pk, external_ids=external_ids)
    missing = [EndUser(project=project, external_id=e) for e in sorted(external_ids) if e not in existing]
    if missing:
        EndUser.objects.bulk_create(missing, ignore_conflicts=True)
        existing = bulk.ids_by_external_id(table="conversations_enduser", project_id=project.pk, external_ids=external_ids)
    return existing


def _pks_assign(*, table: str, instances: Sequence[models.Model]) -> None:
    """Reserved ids for instances that COPY will write: from then on they count as saved (never INSERTed by the ORM)."""
    for instance, pk in zip(instances, bulk.ids_reserve(table=table, n=len(instances)), strict=True):
        instance.pk = pk
        instance._state.adding = False


def _sessions_upsert(
    *, project: Project, prepared: list[PreparedSession], users: dict[str, int], result: UpsertResult
) -> tuple[dict[str, Session], list[PreparedSession], list[Session]]:
    """Updates the stored sessions; new ones get reserved ids and are returned unwritten: the caller
    writes them with _sessions_copy once their message counts are known."""
    ext_ids = {p.record.id for p in prepared}
    sessions = {s.external_id: s for s in Session.objects.filter(project=project, external_id__in=ext_ids)}
    now = timezone.now()
    to_create: dict[str, Session] = {}
    to_update: list[Session] = []
    accepted: list[PreparedSession] = []
    for p in prepared:
        rec = p.record
        user_id = users[rec.user]
        session = sessions.get(rec.id) or to_create.get(rec.id)
        if session is not None and session.user_id != user_id:
            result.errors.append({"index": p.index, "id": rec.id, "reason": f"session belongs to another user than {rec.user!r}"})
            continue
        accepted.append(p)
        first_ts = rec.started_at or next((m.created_at for m in rec.messages if m.created_at), None)
        if session is None:
            to_create[rec.id] = Session(
                project=project, user_id=user_id, external_id=rec.id, started_at=first_ts or now,
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
    new = list(to_create.values())
    _pks_assign(table="conversations_session", instances=new)
    if new:
        result.bump("sessions_created", len(new))
    if to_update:
        Session.objects.bulk_update(to_update, ["metadata", "started_at", "ended_at", "updated_at"])
        result.bump("sessions_updated", len(to_update))
    # The instances hold what is or will be written (new ones have their reserved ids): no re-read.
    return {**sessions, **to_create}, accepted, new


_SESSION_COLUMNS = (
    "id", "project_id", "user_id", "external_id", "started_at", "ended_at", "metadata", "message_count",
    "has_negative_feedback", "failure_types", "updated_at",
)


def _sessions_copy(*, project: Project, sessions: list[Session], new_messages: list[_MessageRow]) -> None:
    """Write the new sessions after their messages (the foreign key is checked at commit), with
    message_count set: a session created by this batch holds exactly the messages it created."""
    counts: dict[int, int] = {}
    for row in new_messages:
        counts[row.session_id] = counts.get(row.session_id, 0) + 1
    for s in sessions:
        s.message_count = counts.get(s.pk, 0)
    # Every column is written: Django keeps defaults in Python, not in the table.
    bulk.rows_copy(table="conversations_session", columns=_SESSION_COLUMNS, rows=(
        (s.pk, project.pk, s.user_id, s.external_id, s.started_at, s.ended_at, bulk.json_text(s.metadata), s.message_count,
         s.has_negative_feedback, bulk.json_text(s.failure_types), s.updated_at)
        for s in sessions
    ))


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
    events: list[tuple[MemoryItem, str, str, str, datetime, str]] = []
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
        events.append((item, op.op, text, _content_hash(text), at, session_ext))
        result.bump(f"memory_{op.op}")
    new_items = [i for i in dirty.values() if i.pk is None]
    old_items = [i for i in dirty.values() if i.pk is not None]
    _memory_items_copy(project=project, items=new_items)
    if old_items:
        MemoryItem.objects.bulk_update(
            old_items,
            ["content", "pii_types", "is_known", "updated_at", "created_at", "deleted_at", "source_session_ext", "source_message_ext"],
        )
    _memory_events_write(project=project, events=events, new_item_pks={i.pk for i in new_items})


_MEMORY_ITEM_COLUMNS = (
    "id", "project_id", "user_id", "external_id", "content", "is_known", "source_session_ext", "source_message_ext",
    "source_session_id", "source_message_id", "created_at", "updated_at", "deleted_at", "pii_types",
)


def _memory_items_copy(*, project: Project, items: list[MemoryItem]) -> None:
    _pks_assign(table="conversations_memoryitem", instances=items)
    if items:
        bulk.rows_copy(table="conversations_memoryitem", columns=_MEMORY_ITEM_COLUMNS, rows=(
            (i.pk, project.pk, i.user_id, i.external_id, i.content, i.is_known, i.source_session_ext, i.source_message_ext,
             i.source_session_id, i.source_message_id, i.created_at, i.updated_at, i.deleted_at, bulk.json_text(i.pii_types))
            for i in items
        ))


def _memory_events_write(
    *, project: Project, events: list[tuple[MemoryItem, str, str, str, datetime, str]], new_item_pks: set[int | None]
) -> None:
    """An item created by this batch has no stored events: its events are COPYed, repeats within the
    batch dropped here as the unique key would drop them. A stored item's events may exist already."""
    fresh: list[tuple[Any, ...]] = []
    seen: set[tuple[Any, ...]] = set()
    again: list[MemoryEvent] = []
    for item, op, text, digest, at, session_ext in events:
        if item.pk not in new_item_pks:
            again.append(MemoryEvent(project=project, memory_item_id=item.pk, op=op, content=text, content_hash=digest, at=at,
                                     reported_in_session_ext=session_ext))
        elif (key := (item.pk, op, at, digest)) not in seen:
            seen.add(key)
            fresh.append((project.pk, item.pk, op, text, digest, at, session_ext))
    if fresh:
        bulk.rows_copy(table="conversations_memoryevent", rows=fresh, columns=(
            "project_id", "memory_item_id", "op", "content", "content_hash", "at", "reported_in_session_ext",
        ))
    MemoryEvent.objects.bulk_create(again, ignore_conflicts=True)


@dataclass(slots=True)
class _MessageRow:
    """One message of the batch as plain values: no model instance on the hot path."""

    external_id: str
    session_id: int
    user_id: int
    role: str
    content: str
    created_at: datetime
    metadata: dict[str, Any]
    pii_types: list[str]
    context: list[str]
    pk: int = 0
    position: int = 0


_MESSAGE_COLUMNS = (
    "id", "project_id", "session_id", "user_id", "external_id", "position", "role", "content", "created_at", "metadata", "pii_types",
)


def _message_rows(*, prepared: list[PreparedSession], sessions: dict[str, Session]) -> list[_MessageRow]:
    rows: list[_MessageRow] = []
    for p in prepared:
        session = sessions[p.record.id]
        for i, (m, text, pii) in enumerate(zip(p.record.messages, p.message_texts, p.message_pii, strict=True)):
            rows.append(_MessageRow(
                external_id=m.id or derived_message_id(p.record.id, i), session_id=session.pk, user_id=session.user_id,
                role=m.role, content=text, created_at=m.created_at or session.started_at,
                metadata={**m.metadata, **(m.model_extra or {})}, pii_types=pii, context=m.context,
            ))
    return rows


def _messages_existing(*, project: Project, external_ids: list[str]) -> dict[str, tuple[int, int, str, Any, Any]]:
    where, params = bulk.any_of("external_id", external_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT external_id, id, session_id, content, metadata, pii_types FROM conversations_message"
            f" WHERE project_id = %s AND {where}",
            [project.pk, *params],
        )
        return {r[0]: (r[1], r[2], r[3], bulk.json_value(r[4]), bulk.json_value(r[5])) for r in cursor.fetchall()}


def _messages_max_position(*, session_pks: list[int]) -> dict[int, int]:
    where, params = bulk.any_of("session_id", session_pks)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT session_id, max(position) FROM conversations_message WHERE {where} GROUP BY session_id", params)
        return dict(cursor.fetchall())


def _messages_upsert(
    *, project: Project, prepared: list[PreparedSession], sessions: dict[str, Session], result: UpsertResult
) -> tuple[list[_MessageRow], list[_MessageRow]]:
    """(every accepted row, the rows created)."""
    rows = _message_rows(prepared=prepared, sessions=sessions)
    existing = _messages_existing(project=project, external_ids=[r.external_id for r in rows])
    next_pos = {pk: v + 1 for pk, v in _messages_max_position(session_pks=[s.pk for s in sessions.values()]).items()}
    to_create: list[_MessageRow] = []
    to_update: list[Message] = []
    seen: set[str] = set()
    out: list[_MessageRow] = []
    for row in rows:
        if row.external_id in seen:
            result.errors.append({"id": row.external_id, "reason": "duplicate message id in batch; first kept"})
            continue
        seen.add(row.external_id)
        old = existing.get(row.external_id)
        if old is not None:
            pk, session_id, content, metadata, pii_types = old
            if session_id != row.session_id:
                result.errors.append({"id": row.external_id, "reason": "message id already used in another session"})
                continue
            if (content, metadata, pii_types) != (row.content, row.metadata, row.pii_types):
                to_update.append(Message(pk=pk, content=row.content, metadata=row.metadata, pii_types=row.pii_types))
            row.pk = pk
            out.append(row)
            continue
        # New messages go after what is stored (append to an existing session), in batch order.
        row.position = next_pos.get(row.session_id, 0)
        next_pos[row.session_id] = row.position + 1
        to_create.append(row)
        out.append(row)
    for row, pk in zip(to_create, bulk.ids_reserve(table="conversations_message", n=len(to_create)), strict=True):
        row.pk = pk
    bulk.rows_copy(table="conversations_message", columns=_MESSAGE_COLUMNS, rows=(
        (r.pk, project.pk, r.session_id, r.user_id, r.external_id, r.position, r.role, r.content, r.created_at,
         bulk.json_text(r.metadata), bulk.json_text(r.pii_types))
        for r in to_create
    ))
    if to_update:
        Message.objects.bulk_update(to_update, ["content", "metadata", "pii_types"], batch_size=2000)
    result.bump("messages_created", len(to_create))
    result.bump("messages_updated", len(to_update))
    result.new_message_ids.extend(r.pk for r in to_create)
    return out, to_create


def _context_link(*, project: Project, rows: list[_MessageRow], created: set[int], result: UpsertResult) -> None:
    wanted = {mem_id for row in rows for mem_id in row.context}
    if not wanted:
        return
    items = dict(MemoryItem.objects.filter(project=project, external_id__in=wanted).values_list("external_id", "pk"))
    placeholders: dict[str, MemoryItem] = {}
    for row in rows:
        for mem_id in row.context:
            if mem_id not in items and mem_id not in placeholders:
                # Referenced before described: a placeholder keeps the link; a later memory op fills it.
                placeholders[mem_id] = MemoryItem(
                    project=project, user_id=row.user_id, external_id=mem_id, is_known=False,
                    created_at=row.created_at, updated_at=row.created_at,
                )
    if placeholders:
        # Sorted so concurrent batches insert shared keys in one order (no deadlock).
        MemoryItem.objects.bulk_create([placeholders[k] for k in sorted(placeholders)], ignore_conflicts=True)
        items = dict(MemoryItem.objects.filter(project=project, external_id__in=wanted).values_list("external_id", "pk"))
        result.bump("memory_placeholders", len(placeholders))
    links = [(row.pk, items[mem_id], pos) for row in rows for pos, mem_id in enumerate(dict.fromkeys(row.context))]
    # A message created by this batch has no links yet: COPY them. Links of re-ingested messages may exist.
    bulk.rows_copy(table="conversations_contextitem", columns=("message_id", "memory_item_id", "position"),
                   rows=(link for link in links if link[0] in created))
    again = [ContextItem(message_id=m, memory_item_id=i, position=pos) for m, i, pos in links if m not in created]
    ContextItem.objects.bulk_create(again, ignore_conflicts=True, batch_size=2000)
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
    """Recount stored sessions that this batch touched (new ones were written with their count)."""
    if not session_pks:
        return
    counts = Message.objects.filter(session_id=OuterRef("pk")).order_by().values("session_id").annotate(n=Count("id")).values("n")
    Session.objects.filter(pk__in=session_pks).update(message_count=Coalesce(Subquery(counts), 0))


@transaction.atomic
def conversations_upsert(*, project: Project, prepared: list[PreparedSession]) -> UpsertResult:
    result = UpsertResult()
    if not prepared:
        return result
    user_ext_ids = {p.record.user for p in prepared}
    bulk.jit_off()
    bulk.users_lock(project_id=project.pk, user_external_ids=user_ext_ids)
    users = _end_user_ids_get_or_create(project=project, external_ids=user_ext_ids)
    sessions, accepted, new_sessions = _sessions_upsert(project=project, prepared=prepared, users=users, result=result)
    _memory_apply(project=project, prepared=accepted, sessions=sessions, result=result)
    rows, created = _messages_upsert(project=project, prepared=accepted, sessions=sessions, result=result)
    if new_sessions:
        _sessions_copy(project=project, sessions=new_sessions, new_messages=created)
    _context_link(project=project, rows=rows, created=set(result.new_message_ids), result=result)
    memory_sources_link(project=project)
    session_pks = sorted({sessions[p.record.id].pk for p in accepted})
    new_pks = {s.pk for s in new_sessions}
    _session_stats_refresh(session_pks=[pk for pk in session_pks if pk not in new_pks])
    result.session_ids = session_pks
    return result
