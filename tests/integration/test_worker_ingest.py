from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from evalhub.conversations.models import Message, Session
from evalhub.ingest.models import IngestBatch
from evalhub.projects.services import project_create
from tests.integration.conftest import wait_for

pytestmark = pytest.mark.integration


def test_a_batch_ingested_through_a_real_worker_lands_exactly_once(worker: Any) -> None:
    created = project_create(slug="live")
    client = Client()
    body = {"sessions": [{"id": "s-live", "user": "u-live", "messages": [
        {"id": "lm-1", "role": "user", "content": "Email me at a.b@example.com"},
        {"id": "lm-2", "role": "assistant", "content": "Sure."},
    ]}]}
    auth = {"HTTP_AUTHORIZATION": f"Bearer {created.api_key}"}
    r = client.post("/api/v1/ingest", json.dumps(body), content_type="application/json", **auth)
    assert r.status_code == 202
    batch_id = r.json()["batch_id"]
    wait_for(lambda: IngestBatch.objects.get(pk=batch_id).status == "done", timeout_s=90)
    # The same payload again: still one session, two messages.
    r2 = client.post("/api/v1/ingest", json.dumps(body), content_type="application/json", **auth)
    wait_for(lambda: IngestBatch.objects.get(pk=r2.json()["batch_id"]).status == "done", timeout_s=60)
    assert Session.objects.filter(external_id="s-live").count() == 1
    assert Message.objects.filter(session__external_id="s-live").count() == 2
    assert "a.b@example.com" not in Message.objects.get(external_id="lm-1").content
    assert IngestBatch.objects.get(pk=batch_id).payload is None
