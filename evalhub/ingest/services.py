"""Ingest batches: accept fast (durable write + enqueue), process in a worker, report per record."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from pydantic import ValidationError

from evalhub.common.errors import PayloadTooLarge, ValidationFailed
from evalhub.conversations.services import PreparedSession, conversations_upsert
from evalhub.ingest.models import IngestBatch
from evalhub.ingest.redaction import RedactionPolicy, redact_texts
from evalhub.ingest.schemas import SessionIn
from evalhub.projects.models import Project

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines")


def ingest_body_parse(*, body: bytes, content_type: str) -> list[Any]:
    """Split a request body into raw session records. Record-level problems are left to the worker."""
    if len(body) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        raise PayloadTooLarge("request body too large", details=[{"max_bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE}])
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationFailed("body is not valid UTF-8") from exc
    if "\x00" in text or "\\u0000" in text:
        # PostgreSQL can't store NUL in text/jsonb; say so instead of failing on write.
        raise ValidationFailed("body must not contain NUL characters (\\u0000)")
    records: list[Any]
    if content_type.split(";")[0].strip().lower() in NDJSON_TYPES:
        records = []
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                # Kept as a record so the batch reports it by index instead of losing it.
                records.append({"__invalid_json__": f"line {line_no}: {exc.msg}"})
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationFailed("body is not valid JSON", details=[{"msg": exc.msg, "pos": exc.pos}]) from exc
        if not isinstance(data, dict) or not isinstance(data.get("sessions"), list):
            raise ValidationFailed(
                'body must be {"sessions": [...]} or JSON Lines (Content-Type: application/x-ndjson)',
                details=[{"loc": ["sessions"], "msg": "field required (a list)"}],
            )
        records = data["sessions"]
    if not records:
        raise ValidationFailed("no sessions in body", details=[{"loc": ["sessions"], "msg": "empty"}])
    _limits_check(records)
    return records


def _limits_check(records: list[Any]) -> None:
    max_sessions = settings.EVALHUB_INGEST_MAX_SESSIONS
    if len(records) > max_sessions:
        raise PayloadTooLarge(f"too many sessions in one batch ({len(records)} > {max_sessions})", details=[{"max_sessions": max_sessions}])
    n_messages = sum(len(r.get("messages") or []) for r in records if isinstance(r, dict) and isinstance(r.get("messages"), list))
    max_messages = settings.EVALHUB_INGEST_MAX_MESSAGES
    if n_messages > max_messages:
        raise PayloadTooLarge(f"too many messages in one batch ({n_messages} > {max_messages})", details=[{"max_messages": max_messages}])


def ingest_batch_create(*, project: Project, records: list[Any]) -> IngestBatch:
    from evalhub.ingest.tasks import ingest_batch_process_task

    with transaction.atomic():
        batch = IngestBatch.objects.create(project=project, payload=records, record_count=len(records))
        # robust: if the broker is down the batch is still stored; the stale-batch sweeper enqueues it later.
        transaction.on_commit(lambda: ingest_batch_process_task.delay(batch.pk), robust=True)
    return batch


def _validate(records: list[Any]) -> tuple[list[tuple[int, SessionIn]], list[dict[str, Any]]]:
    valid: list[tuple[int, SessionIn]] = []
    errors: list[dict[str, Any]] = []
    max_chars = settings.EVALHUB_MAX_CONTENT_CHARS
    for index, raw in enumerate(records):
        rec_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(raw, dict) and "__invalid_json__" in raw:
            errors.append({"index": index, "id": None, "reason": f"invalid JSON: {raw['__invalid_json__']}"})
            continue
        try:
            record = SessionIn.model_validate(raw)
        except ValidationError as exc:
            reasons = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
            errors.append({"index": index, "id": rec_id, "reason": reasons})
            continue
        too_long = [i for i, m in enumerate(record.messages) if len(m.content or "") > max_chars]
        too_long += [i for i, m in enumerate(record.memory) if len(m.content or "") > max_chars]
        if too_long:
            errors.append({"index": index, "id": rec_id, "reason": f"content longer than {max_chars} characters (items {too_long[:5]})"})
            continue
        valid.append((index, record))
    return valid, errors


def _prepare(*, project: Project, valid: list[tuple[int, SessionIn]]) -> tuple[list[PreparedSession], list[str]]:
    texts: list[str] = []
    for _, rec in valid:
        texts.extend(m.content or "" for m in rec.messages)
        texts.extend(m.content or "" for m in rec.memory)
    outcome = redact_texts(texts, policy=RedactionPolicy.for_project(project))
    prepared, cursor = [], 0
    for index, rec in valid:
        n_msg, n_mem = len(rec.messages), len(rec.memory)
        prepared.append(PreparedSession(
            index=index, record=rec,
            message_texts=outcome.texts[cursor : cursor + n_msg], message_pii=outcome.types[cursor : cursor + n_msg],
            memory_texts=outcome.texts[cursor + n_msg : cursor + n_msg + n_mem], memory_pii=outcome.types[cursor + n_msg : cursor + n_msg + n_mem],
        ))
        cursor += n_msg + n_mem
    return prepared, outcome.notes


def ingest_batch_process(*, batch: IngestBatch) -> IngestBatch:
    """Idempotent: a redelivered batch re-upserts the same ids; a finished one is left alone."""
    claimed = IngestBatch.objects.filter(pk=batch.pk, status__in=[IngestBatch.Status.QUEUED, IngestBatch.Status.RUNNING]).update(
        status=IngestBatch.Status.RUNNING, started_at=timezone.now(), attempts=batch.attempts + 1
    )
    # Only the bookkeeping columns: the payload (often megabytes of JSON) was loaded with the batch
    # and never changes while the batch is claimable, so decoding it again is wasted work.
    batch.refresh_from_db(fields=["status", "started_at", "attempts"])
    if not claimed or batch.payload is None:
        return batch
    records: list[Any] = batch.payload
    with _gc_paused():
        valid, errors = _validate(records)
        prepared, notes = _prepare(project=batch.project, valid=valid)
        with transaction.atomic():
            result = conversations_upsert(project=batch.project, prepared=prepared)
            counts = {"records": len(records), "accepted": len(prepared) - len({e["index"] for e in result.errors if "index" in e}), "rejected": len(errors), **result.counts}
            IngestBatch.objects.filter(pk=batch.pk).update(
                status=IngestBatch.Status.DONE, payload=None, counts=counts, errors=errors + result.errors,
                notes=notes, finished_at=timezone.now(),
            )
            from evalhub import pipeline

            pipeline.sessions_ingested(project=batch.project, session_ids=result.session_ids, new_message_ids=result.new_message_ids)
    batch.refresh_from_db()
    return batch


@contextmanager
def _gc_paused() -> Iterator[None]:
    """A batch allocates ~10 objects per message and frees them together at the end; the cyclic
    collector kept rescanning them mid-batch (~30 % of the worker's CPU in bench/ingest.py).
    Memory stays bounded by the batch limits, and collection resumes right after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def ingest_batch_fail(*, batch_id: int, reason: str) -> None:
    """Give up on a batch: record why and drop the unredacted payload all the same."""
    IngestBatch.objects.filter(pk=batch_id).exclude(status=IngestBatch.Status.DONE).update(
        status=IngestBatch.Status.FAILED, payload=None, finished_at=timezone.now(),
        errors=[{"index": None, "id": None, "reason": reason}],
    )


def ingest_batches_requeue_stale(*, older_than_s: int = 300) -> int:
    """Batches queued/running for too long (a lost queue message or a killed worker) go back on the queue."""
    from datetime import timedelta

    from evalhub.ingest.tasks import ingest_batch_process_task

    now = timezone.now()
    # A running batch gets longer before it counts as abandoned: it may just be big.
    stale = IngestBatch.objects.filter(
        Q(status=IngestBatch.Status.QUEUED, created_at__lt=now - timedelta(seconds=older_than_s))
        | Q(status=IngestBatch.Status.RUNNING, started_at__lt=now - timedelta(seconds=older_than_s * 3))
    )
    ids = list(stale.values_list("pk", flat=True)[:1000])
    for pk in ids:
        ingest_batch_process_task.delay(pk)
    return len(ids)
