"""The worker side of ingest: the COPY write path stores exactly the rows the API promises,
stays idempotent, and concurrent workers on overlapping users neither deadlock nor duplicate."""

from __future__ import annotations

import threading
import time
import zlib
from datetime import UTC, datetime
from typing import Any

import pytest
from django.db import connection

from evalhub import pipeline
from evalhub.conversations import bulk
from evalhub.conversations.models import ContextItem, MemoryItem, Message, Session
from evalhub.ingest.models import IngestBatch
from evalhub.ingest.services import ingest_batch_process
from evalhub.projects.models import Project
from evalhub.projects.services import project_create


def _project(slug: str = "worker") -> Project:
    project = project_create(slug=slug).project
    project.pii_policy = {"mode": "replace", "ner": False}
    project.save()
    return project


def _process(project: Project, records: list[dict[str, Any]]) -> IngestBatch:
    batch = IngestBatch.objects.create(project=project, payload=records, record_count=len(records))
    return ingest_batch_process(batch=IngestBatch.objects.select_related("project").get(pk=batch.pk))


def _record(sid: str = "s-1", user: str = "u-1", n: int = 3, **extra: Any) -> dict[str, Any]:
    messages = [
        {"id": f"{sid}-m{i}", "role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i} of {sid}",
         "created_at": f"2026-03-02T10:00:{i:02d}Z"}
        for i in range(n)
    ]
    return {"id": sid, "user": user, "started_at": "2026-03-02T10:00:00Z", "messages": messages, **extra}


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    monkeypatch.setattr(pipeline, "sessions_ingested", lambda **kw: seen.append(kw))
    return seen


def test_it_stores_every_column_of_a_new_message(db: Any, calls: list[dict[str, Any]]) -> None:
    project = _project()
    record = {
        "id": "s-1", "user": "u-1", "started_at": "2026-03-02T10:00:00Z",
        "memory": [{"id": "mem-1", "content": "User is vegetarian", "created_at": "2026-03-01T09:00:00Z"}],
        "messages": [
            {"id": "m-1", "role": "user", "content": "Mail me at jo@example.com", "created_at": "2026-03-02T10:00:05Z",
             "metadata": {"lang": "en"}, "name": "jo"},
            {"role": "assistant", "content": "Done.", "context": ["mem-1", "mem-2", "mem-1"]},
            # COPY's own escapes must not leak into the stored text.
            {"id": "m-3", "role": "tool", "content": "tab\there\nnew line \\N \\. é", "metadata": {"k": "a\tb\\c"}},
        ],
    }
    batch = _process(project, [record])
    assert batch.status == "done" and batch.errors == []
    session = Session.objects.get()
    stored = list(Message.objects.values_list(
        "project_id", "session_id", "user_id", "external_id", "position", "role", "content", "created_at", "metadata", "pii_types"
    ))
    assert stored == [
        (project.pk, session.pk, session.user_id, "m-1", 0, "user", "Mail me at <EMAIL_ADDRESS>",
         datetime(2026, 3, 2, 10, 0, 5, tzinfo=UTC), {"lang": "en", "name": "jo"}, ["EMAIL_ADDRESS"]),
        # No id: a stable derived one; no timestamp: the session's start.
        (project.pk, session.pk, session.user_id, "s-1#1", 1, "assistant", "Done.",
         datetime(2026, 3, 2, 10, 0, tzinfo=UTC), {}, []),
        (project.pk, session.pk, session.user_id, "m-3", 2, "tool", "tab\there\nnew line \\N \\. é",
         datetime(2026, 3, 2, 10, 0, tzinfo=UTC), {"k": "a\tb\\c"}, []),
    ]
    links = list(ContextItem.objects.values_list("message__external_id", "memory_item__external_id", "position"))
    assert links == [("s-1#1", "mem-1", 0), ("s-1#1", "mem-2", 1)]
    assert MemoryItem.objects.get(external_id="mem-2").is_known is False
    assert (session.external_id, session.user.external_id, session.started_at, session.ended_at, session.metadata) == (
        "s-1", "u-1", datetime(2026, 3, 2, 10, 0, tzinfo=UTC), None, {}
    )
    assert (session.message_count, session.has_negative_feedback, session.failure_types) == (3, False, [])
    ids = list(Message.objects.order_by("position").values_list("pk", flat=True))
    assert calls[-1]["new_message_ids"] == ids
    assert calls[-1]["session_ids"] == [session.pk]
    assert batch.counts["messages_created"] == 3 and batch.counts["context_links"] == 2


def test_it_turns_jit_off_for_the_ingest_transaction_only(
    transactional_db: Any, calls: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from evalhub.conversations import services

    def jit_setting() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW jit")
            return str(cursor.fetchone()[0])

    seen: list[str] = []
    real = services._sessions_copy
    monkeypatch.setattr(services, "_sessions_copy", lambda **kw: seen.append(jit_setting()) or real(**kw))
    with connection.cursor() as cursor:
        cursor.execute("SET jit = on")  # the server default here; made explicit so the test means something
    _process(_project(), [_record()])
    assert seen == ["off"]
    assert Session.objects.get(external_id="s-1").message_count == 3
    assert jit_setting() == "on"  # SET LOCAL: gone with the ingest transaction's commit


def test_it_is_idempotent_and_updates_only_what_changed(db: Any, calls: list[dict[str, Any]]) -> None:
    project = _project()
    record = _record(n=2)
    record["messages"][1]["context"] = ["mem-1"]
    _process(project, [record])
    before = list(Message.objects.values_list("pk", "position", "content"))
    again = _process(project, [record])
    assert again.counts["messages_created"] == 0 and again.counts["messages_updated"] == 0
    assert list(Message.objects.values_list("pk", "position", "content")) == before
    assert ContextItem.objects.count() == 1
    assert calls[-1]["new_message_ids"] == []
    record["messages"][0]["content"] = "call me on +1 415 555 1234"
    changed = _process(project, [record])
    assert changed.counts["messages_updated"] == 1
    m = Message.objects.get(external_id="s-1-m0")
    assert (m.content, m.pii_types, m.position) == ("call me on <PHONE_NUMBER>", ["PHONE_NUMBER"], 0)


def test_it_appends_after_stored_messages_and_reports_conflicts_per_record(db: Any, calls: list[dict[str, Any]]) -> None:
    project = _project()
    _process(project, [_record(n=2)])
    later = {"id": "s-1", "user": "u-1", "messages": [
        {"id": "s-1-m9", "role": "user", "content": "more"}, {"id": "s-1-m9", "role": "user", "content": "dup"},
    ]}
    other = {"id": "s-2", "user": "u-1", "messages": [{"id": "s-1-m0", "role": "user", "content": "stolen id"}]}
    batch = _process(project, [later, other])
    assert [(m.external_id, m.position) for m in Message.objects.filter(session__external_id="s-1")] == [
        ("s-1-m0", 0), ("s-1-m1", 1), ("s-1-m9", 2)
    ]
    reasons = sorted(e["reason"] for e in batch.errors)
    assert reasons == ["duplicate message id in batch; first kept", "message id already used in another session"]
    assert Message.objects.get(external_id="s-1-m9").content == "more"
    # The stored session is recounted; the new one is written with its count (its only message was refused).
    counts = dict(Session.objects.values_list("external_id", "message_count"))
    assert counts == {"s-1": 3, "s-2": 0}
    _process(project, [_record("s-3", n=4), {"id": "s-2", "user": "u-1", "messages": [{"id": "s-2-m0", "role": "user", "content": "x"}]}])
    assert dict(Session.objects.values_list("external_id", "message_count")) == {"s-1": 3, "s-2": 1, "s-3": 4}


@pytest.mark.django_db(transaction=True)
def test_concurrent_batches_on_the_same_users_neither_collide_nor_duplicate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CONSUMERS", [])
    # Widen the window inside the write transaction so the two workers overlap on every round.
    reserve = bulk.ids_reserve
    monkeypatch.setattr(bulk, "ids_reserve", lambda **kw: (time.sleep(0.2), reserve(**kw))[1])
    project = _project("concurrent")
    _process(project, [_record("warm-a", "u-a", n=1), _record("warm-b", "u-b", n=1)])  # the users exist
    rounds, errors = 3, []
    barrier = threading.Barrier(2)

    def worker(name: str, users: list[str]) -> None:
        try:
            for r in range(rounds):
                # Both workers create the same new session (a client that split it across two
                # batches), append to the warm-up sessions and touch the same memory items, listing
                # users in opposite orders.
                records = [_record(f"warm-{u[-1]}", u, n=0, memory=[{"id": f"mem-{u}", "content": f"likes {u}"}]) for u in users]
                for rec in records:
                    rec["messages"] = [{"id": f"{rec['id']}-{name}-{r}", "role": "user", "content": "again"}]
                shared = _record(f"shared-{r}", "u-a", n=0)
                shared["messages"] = [{"id": f"shared-{r}-{name}-{i}", "role": "user", "content": "hi", "context": ["mem-u-b"]} for i in range(3)]
                barrier.wait(timeout=60)
                batch = _process(project, [*records, shared])
                assert batch.status == "done" and batch.errors == [], batch.errors
        except Exception as exc:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(exc)
            barrier.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=("x", ["u-a", "u-b"])), threading.Thread(target=worker, args=("y", ["u-b", "u-a"]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    assert errors == []
    for r in range(rounds):
        assert sorted(Message.objects.filter(session__external_id=f"shared-{r}").values_list("position", flat=True)) == list(range(6))
    for sid in ("warm-a", "warm-b"):
        assert sorted(Message.objects.filter(session__external_id=sid).values_list("position", flat=True)) == list(range(1 + 2 * rounds))
    assert Message.objects.count() == 2 + rounds * 2 * (2 + 3)
    assert Message.objects.values("external_id").distinct().count() == Message.objects.count()
    assert MemoryItem.objects.filter(project=project).count() == 2


def test_it_stores_the_payload_compressed_and_wipes_it_once_processed(db: Any, calls: list[dict[str, Any]]) -> None:
    from evalhub.ingest.services import ingest_batch_fail

    def raw_payload(pk: int) -> bytes | None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT payload FROM ingest_ingestbatch WHERE id = %s", [pk])
            value = cursor.fetchone()[0]
        return None if value is None else bytes(value)

    project = _project()
    record = _record(n=2)
    record["messages"][0]["content"] = "Mail me at jo@example.com"
    batch = IngestBatch.objects.create(project=project, payload=[record], record_count=1)
    stored = raw_payload(batch.pk)
    assert stored is not None and b"jo@example.com" not in stored and zlib.decompress(stored)
    assert IngestBatch.objects.get(pk=batch.pk).payload == [record]
    done = ingest_batch_process(batch=IngestBatch.objects.select_related("project").get(pk=batch.pk))
    assert done.status == "done" and done.payload is None and raw_payload(batch.pk) is None
    failed = IngestBatch.objects.create(project=project, payload=[record], record_count=1)
    ingest_batch_fail(batch_id=failed.pk, reason="gave up")
    assert raw_payload(failed.pk) is None


def test_it_writes_new_memory_items_and_their_events_once(db: Any, calls: list[dict[str, Any]]) -> None:
    from evalhub.conversations.models import MemoryEvent

    project = _project()
    add = {"id": "mem-x", "content": "Mail jo@example.com", "created_at": "2026-03-01T09:00:00Z", "source": {"session": "s-1"}}
    record = _record(n=1, memory=[
        add, dict(add),  # the same op twice: one event, as the unique key would have it
        {"id": "mem-x", "op": "update", "content": "Vegan", "created_at": "2026-03-02T09:00:00Z"},
        {"id": "mem-y", "op": "delete", "created_at": "2026-03-03T09:00:00Z"},
    ])
    batch = _process(project, [record])
    assert batch.status == "done" and batch.errors == []
    x, y = MemoryItem.objects.get(external_id="mem-x"), MemoryItem.objects.get(external_id="mem-y")
    session = Session.objects.get()
    assert (x.content, x.pii_types, x.is_known, x.user_id, x.source_session_id, x.deleted_at) == (
        "Vegan", [], True, session.user_id, session.pk, None
    )
    assert (x.created_at, x.updated_at) == (datetime(2026, 3, 1, 9, tzinfo=UTC), datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert (y.is_known, y.deleted_at) == (False, datetime(2026, 3, 3, 9, tzinfo=UTC))
    events = list(MemoryEvent.objects.order_by("at").values_list("memory_item__external_id", "op", "content", "reported_in_session_ext"))
    assert events == [("mem-x", "add", "Mail <EMAIL_ADDRESS>", "s-1"), ("mem-x", "update", "Vegan", "s-1"), ("mem-y", "delete", "", "s-1")]
    # Re-ingest: the items are stored now, their events exist already.
    _process(project, [record])
    assert MemoryEvent.objects.count() == 3 and MemoryItem.objects.count() == 2
