from __future__ import annotations

import random
import time
import uuid
from typing import Any
from unittest import mock

import pytest
from django.test import Client

from evalhub.common import ratelimit
from evalhub.ingest.models import IngestBatch
from evalhub.projects.services import project_create
from tests.conftest import ApiProject

SESSION = {"id": "s-rl", "user": "u-rl", "messages": [{"id": "m-rl", "role": "user", "content": "hi"}]}


def _ingest(p: ApiProject) -> Any:
    return p.post("/api/v1/ingest", {"sessions": [SESSION]})


def _webhook(client: Client, slug: str) -> Any:
    return client.post(f"/api/v1/projects/{slug}/webhooks/feedback", "{}", content_type="application/json")


@pytest.fixture
def limits(settings: Any) -> Any:
    settings.EVALHUB_RATE_LIMIT_INGEST = 2
    settings.EVALHUB_RATE_LIMIT_WEBHOOK = 2
    settings.EVALHUB_RATE_LIMIT_CHECK = 2
    # Freeze the clock one second into a window of its own: a slow first request (model loading)
    # must not carry the next ones into a new window, and no other test shares these counters.
    frozen = (int(time.time() // ratelimit.WINDOW_S) + random.randint(10_000, 10_000_000)) * ratelimit.WINDOW_S + 1
    with mock.patch.object(ratelimit.time, "time", return_value=frozen):
        yield settings


def test_it_answers_429_with_retry_after_once_a_key_exceeds_its_ingest_limit(owner: ApiProject, limits: Any) -> None:
    assert [_ingest(owner).status_code for _ in range(2)] == [202, 202]
    r = _ingest(owner)
    assert r.status_code == 429
    assert 1 <= int(r["Retry-After"]) <= ratelimit.WINDOW_S
    assert r.json() == {
        "error": "rate limit exceeded",
        "details": [{"scope": "ingest", "limit_per_minute": 2, "retry_after_s": int(r["Retry-After"])}],
    }
    assert r["X-Request-Id"]
    assert IngestBatch.objects.filter(project=owner.project).count() == 2


def test_it_counts_each_api_key_separately(owner: ApiProject, outsider: ApiProject, limits: Any) -> None:
    for _ in range(3):
        _ingest(owner)
    assert _ingest(outsider).status_code == 202


def test_it_keys_webhooks_by_project_slug_before_any_signature_check(db: Any, limits: Any) -> None:
    slug = f"rl-{uuid.uuid4().hex[:8]}"
    project_create(slug=slug)
    client = Client()
    first = [_webhook(client, slug).status_code for _ in range(2)]
    assert 429 not in first
    r = _webhook(client, slug)
    assert r.status_code == 429 and r.json()["details"][0]["scope"] == "webhook"
    other = f"rl-{uuid.uuid4().hex[:8]}"
    assert _webhook(client, other).status_code != 429


def test_it_throttles_requests_without_a_key_per_client_address(db: Any, limits: Any) -> None:
    client = Client(REMOTE_ADDR=f"127.0.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}")
    codes = [client.post("/api/v1/ingest", "{}", content_type="application/json").status_code for _ in range(3)]
    assert codes == [401, 401, 429]


def test_it_leaves_reads_alone(owner: ApiProject, limits: Any) -> None:
    codes = {owner.get("/api/v1/batches/999999").status_code for _ in range(5)}
    assert codes == {404}


def test_it_is_off_for_a_scope_set_to_zero(owner: ApiProject, settings: Any) -> None:
    settings.EVALHUB_RATE_LIMIT_INGEST = 0
    assert {_ingest(owner).status_code for _ in range(4)} == {202}


def test_it_lets_requests_through_when_the_cache_is_down(owner: ApiProject, limits: Any) -> None:
    with mock.patch.object(ratelimit.cache, "incr", side_effect=ConnectionError("redis down")):
        assert {_ingest(owner).status_code for _ in range(4)} == {202}


@pytest.mark.parametrize(
    ("path", "scope"),
    [
        ("/api/v1/ingest", "ingest"),
        ("/api/v1/projects/acme/webhooks/feedback", "webhook"),
        ("/api/v1/check", "check"),
        ("/api/v1/guardrails/check", "check"),
        ("/api/v1/sessions/s-1", None),
        ("/api/v1/users/u-1", None),
    ],
)
def test_it_maps_paths_to_scopes(path: str, scope: str | None) -> None:
    matched = next((s.name for s in ratelimit.SCOPES if s.pattern.match(path)), None)
    assert matched == scope


def test_it_resets_the_count_in_the_next_window(db: Any) -> None:
    identity = f"key:{uuid.uuid4().hex}"
    window_start = 1_000_020.0 - (1_000_020.0 % ratelimit.WINDOW_S)
    hits = [ratelimit.rate_limit_hit(scope="t", identity=identity, limit_per_min=1, now_s=window_start + 50) for _ in range(2)]
    assert hits == [None, 10]
    assert ratelimit.rate_limit_hit(scope="t", identity=identity, limit_per_min=1, now_s=window_start + 61) is None


def test_it_keeps_cache_keys_printable_whatever_the_client_sends() -> None:
    from django.test import RequestFactory

    webhook = ratelimit.SCOPES[1]
    request = RequestFactory().post("/api/v1/projects/a%00\u00e9 b/webhooks/feedback", HTTP_AUTHORIZATION="Bearer ehk_\x01\x02")
    match = webhook.pattern.match(request.path_info)
    assert match is not None
    assert ratelimit._identity(request, webhook, match).isprintable()
    ingest = ratelimit.SCOPES[0]
    ingest_match = ingest.pattern.match("/api/v1/ingest")
    assert ingest_match is not None
    assert ratelimit._identity(request, ingest, ingest_match) == "key:ehk_%01%02"


def test_it_guards_a_real_route_with_every_scope() -> None:
    import re

    from evalhub.api import api

    paths = [re.sub(r"\{[^}]+\}", "x", p) for p in api.get_openapi_schema()["paths"]]
    unmatched = [s.name for s in ratelimit.SCOPES if not any(s.pattern.match(p) for p in paths)]
    assert unmatched == []
