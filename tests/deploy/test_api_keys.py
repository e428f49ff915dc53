from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any
from unittest import mock

from django.utils import timezone

from evalhub.projects import services
from evalhub.projects.models import ApiKey
from evalhub.projects.services import api_key_authenticate, api_key_create, api_key_revoke
from tests.conftest import ApiProject


def test_it_stores_only_a_hash_and_a_short_prefix(owner: ApiProject) -> None:
    key = ApiKey.objects.get(project=owner.project)
    assert owner.api_key not in (key.key_hash, key.prefix)
    assert key.key_hash == hashlib.sha256(owner.api_key.encode()).hexdigest()
    assert key.prefix == owner.api_key[:12] and key.prefix.startswith("ehk_")
    assert len(owner.api_key) > 40


def test_it_shows_the_prefix_to_tell_keys_apart(owner: ApiProject) -> None:
    key = ApiKey.objects.get(project=owner.project)
    assert str(key) == f"owner:{owner.api_key[:12]}…"


def test_it_compares_hashes_in_constant_time(owner: ApiProject) -> None:
    with mock.patch.object(services.hmac, "compare_digest", wraps=services.hmac.compare_digest) as compare:
        assert api_key_authenticate(raw_key=owner.api_key + "x") is None
    compare.assert_called_once()


def test_it_rejects_a_key_with_the_right_prefix_and_wrong_secret(owner: ApiProject) -> None:
    forged = owner.api_key[:12] + "A" * (len(owner.api_key) - 12)
    r = owner.client.get("/api/v1/batches/1", HTTP_AUTHORIZATION=f"Bearer {forged}")
    assert r.status_code == 401
    assert r.json() == {"error": "missing or invalid API key", "details": []}


def test_it_records_when_a_key_was_last_used_at_most_once_a_minute(owner: ApiProject) -> None:
    assert ApiKey.objects.get(project=owner.project).last_used_at is None
    owner.get("/api/v1/batches/1")
    first = ApiKey.objects.get(project=owner.project).last_used_at
    assert first is not None and timezone.now() - first < timedelta(seconds=30)
    owner.get("/api/v1/batches/1")
    assert ApiKey.objects.get(project=owner.project).last_used_at == first
    ApiKey.objects.filter(project=owner.project).update(last_used_at=first - timedelta(minutes=5))
    owner.get("/api/v1/batches/1")
    later = ApiKey.objects.get(project=owner.project).last_used_at
    assert later is not None and later > first


def test_it_refuses_a_revoked_key_on_the_very_next_request(owner: ApiProject) -> None:
    assert owner.get("/api/v1/batches/1").status_code == 404
    api_key_revoke(api_key=ApiKey.objects.get(project=owner.project))
    assert owner.get("/api/v1/batches/1").status_code == 401


def test_it_keeps_other_keys_of_the_project_working_after_a_revocation(owner: ApiProject, db: Any) -> None:
    second = api_key_create(project=owner.project, name="ci")
    api_key_revoke(api_key=ApiKey.objects.get(project=owner.project, name="default"))
    r = owner.client.get("/api/v1/batches/1", HTTP_AUTHORIZATION=f"Bearer {second}")
    assert r.status_code == 404


def test_it_answers_the_same_401_for_missing_malformed_and_unknown_keys(owner: ApiProject) -> None:
    bodies = set()
    headers: list[dict[str, Any]] = [{}, {"HTTP_AUTHORIZATION": "Basic abc"}, {"HTTP_AUTHORIZATION": "Bearer ehk_nope"}, {"HTTP_AUTHORIZATION": "Bearer " + "x" * 300}]
    for header in headers:
        r = owner.client.get("/api/v1/batches/1", **header)
        assert r.status_code == 401
        bodies.add(r.content)
    assert len(bodies) == 1
