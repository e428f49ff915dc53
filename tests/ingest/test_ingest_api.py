from __future__ import annotations

import json
from typing import Any

from evalhub.conversations.models import ContextItem, MemoryEvent, MemoryItem, Message, Session
from evalhub.ingest.models import IngestBatch
from tests.conftest import ApiProject


def session(sid: str = "s-1", user: str = "u-1", **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": sid,
        "user": user,
        "started_at": "2026-03-02T10:00:00Z",
        "memory": [{"id": "mem-1", "content": "User is vegetarian", "created_at": "2026-03-01T09:12:00Z", "source": {"session": "s-0", "message": "m-0"}}],
        "messages": [
            {"id": f"{sid}-m1", "role": "user", "content": "Any dinner ideas?", "created_at": "2026-03-02T10:00:05Z"},
            {"id": f"{sid}-m2", "role": "assistant", "content": "Try a lentil curry.", "created_at": "2026-03-02T10:00:09Z", "context": ["mem-1"]},
        ],
    }
    base.update(extra)
    return base


def test_it_requires_an_api_key(owner: ApiProject) -> None:
    r = owner.client.post("/api/v1/ingest", json.dumps({"sessions": [session()]}), content_type="application/json")
    assert r.status_code == 401
    assert r.json()["error"] == "missing or invalid API key"
    r = owner.client.post("/api/v1/ingest", "{}", content_type="application/json", HTTP_AUTHORIZATION="Bearer ehk_wrongwrongwrong")
    assert r.status_code == 401
    assert not IngestBatch.objects.exists()


def test_it_rejects_a_revoked_key(owner: ApiProject) -> None:
    from evalhub.projects.models import ApiKey

    ApiKey.objects.filter(project=owner.project).update(revoked_at="2026-01-01T00:00:00Z")
    assert owner.post("/api/v1/ingest", {"sessions": [session()]}).status_code == 401


def test_it_ingests_sessions_messages_memory_and_context(owner: ApiProject) -> None:
    batch = owner.ingest([session()])
    assert batch["counts"]["messages_created"] == 2
    assert batch["errors"] == []
    s = owner.get("/api/v1/sessions/s-1").json()
    assert [m["id"] for m in s["messages"]] == ["s-1-m1", "s-1-m2"]
    assert s["messages"][1]["context"] == ["mem-1"]
    assert ContextItem.objects.count() == 1
    assert MemoryItem.objects.get(external_id="mem-1").source_session_ext == "s-0"


def test_it_is_idempotent_on_reingest(owner: ApiProject) -> None:
    owner.ingest([session()])
    batch = owner.ingest([session()])
    assert batch["counts"]["messages_created"] == 0
    assert Message.objects.count() == 2
    assert Session.objects.count() == 1
    assert MemoryItem.objects.count() == 1
    assert MemoryEvent.objects.count() == 1
    assert ContextItem.objects.count() == 1


def test_it_appends_messages_to_an_existing_session(owner: ApiProject) -> None:
    owner.ingest([session()])
    later = {"id": "s-1", "user": "u-1", "messages": [{"id": "s-1-m3", "role": "user", "content": "Something quicker?"}]}
    owner.ingest([later])
    s = owner.get("/api/v1/sessions/s-1").json()
    assert [(m["id"], m["position"]) for m in s["messages"]] == [("s-1-m1", 0), ("s-1-m2", 1), ("s-1-m3", 2)]
    assert Session.objects.get().message_count == 3


def test_it_applies_memory_update_and_delete(owner: ApiProject) -> None:
    owner.ingest([session()])
    update = {"id": "s-2", "user": "u-1", "memory": [{"id": "mem-1", "op": "update", "content": "User is vegan", "created_at": "2026-03-05T09:00:00Z"}], "messages": []}
    owner.ingest([update])
    item = MemoryItem.objects.get(external_id="mem-1")
    assert item.content == "User is vegan"
    assert item.deleted_at is None
    delete = {"id": "s-3", "user": "u-1", "memory": [{"id": "mem-1", "op": "delete", "created_at": "2026-03-06T09:00:00Z"}], "messages": []}
    owner.ingest([delete])
    item.refresh_from_db()
    assert item.deleted_at is not None
    assert list(MemoryEvent.objects.filter(memory_item=item).order_by("at").values_list("op", flat=True)) == ["add", "update", "delete"]


def test_it_links_a_memory_source_that_arrives_later(owner: ApiProject) -> None:
    owner.ingest([session()])  # mem-1 says it came from s-0 / m-0, not yet ingested
    assert MemoryItem.objects.get().source_session is None
    owner.ingest([{"id": "s-0", "user": "u-1", "messages": [{"id": "m-0", "role": "user", "content": "I'm vegetarian."}]}])
    item = MemoryItem.objects.get()
    assert item.source_session is not None and item.source_session.external_id == "s-0"
    assert item.source_message is not None and item.source_message.external_id == "m-0"


def test_it_keeps_context_to_a_memory_item_described_later(owner: ApiProject) -> None:
    rec = session(memory=[])
    owner.ingest([rec])
    placeholder = MemoryItem.objects.get(external_id="mem-1")
    assert placeholder.is_known is False
    owner.ingest([{"id": "s-9", "user": "u-1", "memory": [{"id": "mem-1", "content": "User is vegetarian"}], "messages": []}])
    placeholder.refresh_from_db()
    assert placeholder.is_known and placeholder.content == "User is vegetarian"
    assert ContextItem.objects.get().memory_item_id == placeholder.pk


def test_it_accepts_the_openai_chat_format_with_stable_ids(owner: ApiProject) -> None:
    chat = {"id": "oa-1", "user": "u-2", "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Hi", "name": "bob"},
        {"role": "assistant", "content": "Hello!"},
    ]}
    owner.ingest([chat])
    owner.ingest([chat])
    chat["messages"].append({"role": "user", "content": "Bye"})
    owner.ingest([chat])
    s = owner.get("/api/v1/sessions/oa-1").json()
    assert [m["id"] for m in s["messages"]] == ["oa-1#0", "oa-1#1", "oa-1#2", "oa-1#3"]
    assert s["messages"][1]["metadata"] == {"name": "bob"}


def test_it_reports_per_record_errors_and_keeps_the_good_records(owner: ApiProject) -> None:
    bad_role = {"id": "s-bad", "user": "u-1", "messages": [{"role": "wizard", "content": "x"}]}
    no_user = {"id": "s-nouser", "messages": []}
    batch = owner.ingest([session(), bad_role, no_user, session("s-2")])
    assert batch["counts"]["rejected"] == 2
    assert [(e["index"], e["id"]) for e in batch["errors"]] == [(1, "s-bad"), (2, "s-nouser")]
    assert "role" in batch["errors"][0]["reason"]
    assert "user" in batch["errors"][1]["reason"]
    assert set(Session.objects.values_list("external_id", flat=True)) == {"s-1", "s-2"}


def test_it_accepts_json_lines_and_reports_bad_lines(owner: ApiProject) -> None:
    body = json.dumps(session()) + "\n{not json\n" + json.dumps(session("s-2")) + "\n"
    r = owner.post("/api/v1/ingest", body, content_type="application/x-ndjson")
    assert r.status_code == 202
    batch = owner.get(f"/api/v1/batches/{r.json()['batch_id']}").json()
    assert batch["status"] == "done"
    assert batch["errors"][0]["index"] == 1 and "invalid JSON" in batch["errors"][0]["reason"]
    assert Session.objects.count() == 2


def test_it_rejects_malformed_bodies_with_json_errors(owner: ApiProject) -> None:
    r = owner.post("/api/v1/ingest", "{nope")
    assert r.status_code == 422 and r.json()["error"] == "body is not valid JSON"
    r = owner.post("/api/v1/ingest", {"sessions": "x"})
    assert r.status_code == 422 and r.json()["details"]
    r = owner.post("/api/v1/ingest", {"sessions": []})
    assert r.status_code == 422


def test_it_enforces_limits(owner: ApiProject, settings: Any) -> None:
    settings.EVALHUB_INGEST_MAX_SESSIONS = 2
    r = owner.post("/api/v1/ingest", {"sessions": [session("a"), session("b"), session("c")]})
    assert r.status_code == 413 and "too many sessions" in r.json()["error"]
    settings.EVALHUB_INGEST_MAX_MESSAGES = 3
    r = owner.post("/api/v1/ingest", {"sessions": [session("a"), session("b")]})
    assert r.status_code == 413 and "too many messages" in r.json()["error"]
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    r = owner.post("/api/v1/ingest", {"sessions": [session("a")]})
    assert r.status_code == 413
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000_000
    settings.EVALHUB_MAX_CONTENT_CHARS = 10
    batch = owner.ingest([session("a")])
    assert "longer than 10 characters" in batch["errors"][0]["reason"]


def test_it_redacts_pii_before_storing_and_clears_the_payload(owner: ApiProject) -> None:
    rec = session(messages=[
        {"id": "p1", "role": "user", "content": "Mail me at jane.roe@example.com or call +1 415 555 0132, card 4111 1111 1111 1111."},
        {"id": "p2", "role": "user", "content": "My name is Sarah Connor and I live in Berlin."},
    ])
    batch = owner.ingest([rec])
    stored = {m.external_id: m for m in Message.objects.all()}
    assert "jane.roe@example.com" not in stored["p1"].content
    assert "<EMAIL_ADDRESS>" in stored["p1"].content and "<CREDIT_CARD>" in stored["p1"].content
    assert set(stored["p1"].pii_types) >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"}
    assert "Sarah Connor" not in stored["p2"].content and "<PERSON>" in stored["p2"].content
    assert IngestBatch.objects.get(pk=batch["batch_id"]).payload is None


def test_it_can_turn_redaction_off_per_project(owner: ApiProject) -> None:
    owner.project.pii_policy = {"mode": "off"}
    owner.project.save()
    owner.ingest([session(messages=[{"id": "p1", "role": "user", "content": "jane@example.com"}])])
    assert Message.objects.get().content == "jane@example.com"


def test_it_reads_a_users_sessions_in_time_order(owner: ApiProject) -> None:
    owner.ingest([session("s-b", started_at="2026-03-05T10:00:00Z"), session("s-a", started_at="2026-03-01T10:00:00Z")])
    r = owner.get("/api/v1/users/u-1/sessions").json()
    assert [s["id"] for s in r["sessions"]] == ["s-a", "s-b"]
    assert owner.get("/api/v1/users/nobody/sessions").status_code == 404


def test_it_isolates_projects(owner: ApiProject, outsider: ApiProject) -> None:
    batch = owner.ingest([session()])
    assert outsider.get("/api/v1/sessions/s-1").status_code == 404
    assert outsider.get(f"/api/v1/batches/{batch['batch_id']}").status_code == 404
    assert outsider.get("/api/v1/users/u-1/sessions").status_code == 404
    outsider.ingest([session()])  # same external ids, separate data
    assert Session.objects.filter(external_id="s-1").count() == 2
    assert owner.get("/api/v1/sessions/s-1").json()["messages"][0]["id"] == "s-1-m1"


def test_it_rejects_a_session_reused_by_another_user(owner: ApiProject) -> None:
    owner.ingest([session()])
    batch = owner.ingest([session(user="u-other")])
    assert "another user" in batch["errors"][0]["reason"]
