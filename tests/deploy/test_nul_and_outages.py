"""Inputs PostgreSQL can't store, and a broker outage, must not become 500s."""

from __future__ import annotations

import json
from unittest import mock

from evalhub.feedback.models import FeedbackEvent, RejectedDelivery
from evalhub.ingest.models import IngestBatch
from tests.conftest import ApiProject
from tests.feedback.helpers import conversation, send_webhook


def test_nul_in_urls_is_refused(owner: ApiProject) -> None:
    r = owner.get("/api/v1/signals?type=a%00b")
    assert r.status_code == 400 and r.json()["error"].startswith("NUL")


def test_nul_in_an_ingest_body_is_a_422(owner: ApiProject) -> None:
    body = json.dumps({"id": "s", "user": "u", "messages": [{"role": "user", "content": "a\u0000b"}]})
    r = owner.post("/api/v1/ingest", body, content_type="application/x-ndjson")
    assert r.status_code == 422
    assert not IngestBatch.objects.exists()


def test_nul_in_a_webhook_body_is_a_422_and_recorded(owner: ApiProject) -> None:
    r = send_webhook(owner, {}, body=b'{"type": "thumbs_down", "session": "s\\u0000"}')
    assert r.status_code == 422
    assert RejectedDelivery.objects.get().reason == "NUL character in body"


def test_odd_time_zone_offsets_in_since_are_handled(owner: ApiProject) -> None:
    r = owner.get("/api/v1/signals?since=0597-10-31T04:47:05%2B18:53")
    assert r.status_code in (200, 422)


def test_a_broker_outage_still_stores_the_event_and_answers_202(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    with mock.patch("evalhub.feedback.tasks.feedback_event_process_task.delay", side_effect=ConnectionError("redis down")):
        r = send_webhook(owner, {"type": "thumbs_down", "session": "s-1", "message": "s-1-m2"})
    assert r.status_code == 202
    assert FeedbackEvent.objects.get().status == "pending"  # the sweeper re-enqueues it




def test_nul_in_any_api_json_body_is_a_422(owner: ApiProject) -> None:
    r = owner.post("/api/v1/guardrails/check", {"text": "a\u0000b"})
    assert r.status_code == 422 and "NUL" in r.json()["error"]
