from __future__ import annotations

import json
import threading
import time

import pytest
from django.db import connection

from evalhub.evals.models import EvalCase
from evalhub.feedback.models import FeedbackEvent, RejectedDelivery, Signal
from evalhub.projects.services import webhook_secret_rotate
from tests.conftest import ApiProject
from tests.feedback.helpers import conversation, send_webhook

THUMBS_DOWN = {"type": "thumbs_down", "session": "s-1", "message": "s-1-m2", "user": "u-1"}


def test_it_accepts_a_validly_signed_event_and_makes_an_eval_case(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    r = send_webhook(owner, THUMBS_DOWN)
    assert r.status_code == 202, r.content
    event = FeedbackEvent.objects.get()
    assert event.status == "processed" and event.message is not None
    signal = Signal.objects.get(source="explicit")
    assert signal.type == "thumbs_down" and signal.message.external_id == "s-1-m2"
    case = EvalCase.objects.get()
    assert case.input["user_message"] == "What time does the museum open on Sunday?"
    assert case.rejected_response == "The museum opens at 9am on Sunday."
    assert case.assertions[0]["type"] == "llm_rubric"
    assert case.status == "accepted"


def test_it_rejects_a_bad_signature_and_keeps_a_record(owner: ApiProject) -> None:
    r = send_webhook(owner, THUMBS_DOWN, secret="whsec_" + "A" * 32)
    assert r.status_code == 401 and r.json()["error"] == "invalid webhook signature"
    r = send_webhook(owner, THUMBS_DOWN, signature="")
    assert r.status_code == 401
    assert not FeedbackEvent.objects.exists()
    rejected = RejectedDelivery.objects.order_by("id")
    assert [d.status_code for d in rejected] == [401, 401]
    assert "does not match" in rejected[0].reason and rejected[0].body_excerpt.startswith("{")


def test_it_rejects_timestamps_more_than_five_minutes_off(owner: ApiProject) -> None:
    r = send_webhook(owner, THUMBS_DOWN, ts=int(time.time()) - 301)
    assert r.status_code == 401 and "tolerance" in r.json()["details"][0]
    r = send_webhook(owner, THUMBS_DOWN, ts=int(time.time()) + 400)
    assert r.status_code == 401


def test_an_unknown_project_looks_like_a_bad_signature(owner: ApiProject) -> None:
    r = send_webhook(owner, THUMBS_DOWN, slug="nope")
    assert r.status_code == 401


def test_it_rejects_oversized_and_invalid_bodies(owner: ApiProject) -> None:
    big = json.dumps({**THUMBS_DOWN, "comment": "x" * 70_000}).encode()
    assert send_webhook(owner, {}, body=big).status_code == 413
    assert send_webhook(owner, {}, body=b"{nope").status_code == 422
    r = send_webhook(owner, {"type": "thumbs_sideways", "session": "s-1"})
    assert r.status_code == 422
    # Authentic but invalid: dead-lettered, never dropped.
    dead = FeedbackEvent.objects.get()
    assert dead.status == "dead" and "type" in dead.error
    assert RejectedDelivery.objects.filter(status_code=413).exists()


def test_a_replayed_delivery_is_recorded_once(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    ts = int(time.time())
    first = send_webhook(owner, THUMBS_DOWN, msg_id="msg_1", ts=ts)
    second = send_webhook(owner, THUMBS_DOWN, msg_id="msg_1", ts=ts)
    assert first.status_code == second.status_code == 202
    assert second.json()["duplicate"] is True
    assert FeedbackEvent.objects.count() == 1 and Signal.objects.count() == 1 and EvalCase.objects.count() == 1


def test_both_secrets_are_valid_during_rotation(owner: ApiProject) -> None:
    new = webhook_secret_rotate(project=owner.project, overlap_hours=1)
    assert send_webhook(owner, THUMBS_DOWN, secret=owner.webhook_secret).status_code == 202
    assert send_webhook(owner, THUMBS_DOWN, secret=new.secret).status_code == 202
    # A sender signing with both (space-separated list) is fine too.
    from evalhub.feedback import webhooks

    body = json.dumps(THUMBS_DOWN).encode()
    ts = int(time.time())
    both = " ".join(webhooks.sign(secret=s, msg_id="m-both", timestamp=ts, body=body) for s in ("whsec_AAAA", new.secret))
    assert send_webhook(owner, THUMBS_DOWN, msg_id="m-both", ts=ts, body=body, signature=both).status_code == 202
    webhook_secret_rotate(project=owner.project, overlap_hours=0)
    assert send_webhook(owner, THUMBS_DOWN, secret=owner.webhook_secret).status_code == 401


def test_feedback_before_its_message_is_linked_when_the_message_arrives(owner: ApiProject) -> None:
    r = send_webhook(owner, THUMBS_DOWN)
    assert r.status_code == 202
    assert FeedbackEvent.objects.get().status == "waiting"
    owner.ingest([conversation()])
    event = FeedbackEvent.objects.get()
    assert event.status == "processed" and event.message is not None and event.message.external_id == "s-1-m2"
    assert EvalCase.objects.count() == 1


def test_mismatched_user_is_dead_lettered(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    send_webhook(owner, {**THUMBS_DOWN, "user": "someone-else"})
    event = FeedbackEvent.objects.get()
    assert event.status == "dead" and "does not own" in event.error


def test_bulk_backfill_reports_each_event(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    events = [{"id": "e1", **THUMBS_DOWN}, {"id": "e1", **THUMBS_DOWN}, {"type": "rating", "session": "s-1"}, {"id": "e3", "type": "rating", "session": "s-1"}]
    r = owner.post("/api/v1/feedback", {"events": events})
    assert r.status_code == 202
    body = r.json()
    assert [x["status"] for x in body["results"]] == ["accepted", "duplicate", "rejected", "dead_lettered"]
    assert body["accepted"] == 1 and body["duplicates"] == 1 and body["rejected"] == 2
    assert FeedbackEvent.objects.filter(status="dead").count() == 1


def test_bulk_needs_an_api_key_and_is_isolated(owner: ApiProject, outsider: ApiProject) -> None:
    owner.ingest([conversation()])
    assert owner.client.post("/api/v1/feedback", "{}", content_type="application/json").status_code == 401
    r = outsider.post("/api/v1/feedback", {"events": [{"id": "x", **THUMBS_DOWN}]})
    assert r.status_code == 202
    assert FeedbackEvent.objects.get().status == "waiting"  # outsider has no such session
    assert owner.get("/api/v1/signals?session=s-1").json()["signals"] == []


@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicate_deliveries_make_one_record(owner: ApiProject) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL for real concurrent transactions")
    from django.test import Client

    from evalhub.feedback import webhooks

    body = json.dumps(THUMBS_DOWN).encode()
    ts = int(time.time())
    sig = webhooks.sign(secret=owner.webhook_secret, msg_id="msg_race", timestamp=ts, body=body)
    statuses: list[int] = []
    barrier = threading.Barrier(6)

    def deliver() -> None:
        barrier.wait()
        r = Client().post(f"/api/v1/projects/{owner.project.slug}/webhooks/feedback", body, content_type="application/json",
                          HTTP_WEBHOOK_ID="msg_race", HTTP_WEBHOOK_TIMESTAMP=str(ts), HTTP_WEBHOOK_SIGNATURE=sig)
        statuses.append(r.status_code)
        connection.close()

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [202] * 6
    assert FeedbackEvent.objects.filter(external_id="msg_race").count() == 1


