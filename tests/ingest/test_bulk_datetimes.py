"""Rows written by the bulk writer compare like rows the ORM wrote, on every backend (SQLite compares datetime text)."""

from __future__ import annotations

import datetime as dt

import pytest

from evalhub.conversations.models import Session
from tests.conftest import ApiProject


@pytest.mark.parametrize("started", ["2026-07-30T09:20:00Z", "2026-07-30T11:20:00+02:00", "2026-07-30T09:20:00.250000Z"])
def test_a_bulk_written_session_is_found_by_its_own_start_time(owner: ApiProject, started: str) -> None:
    owner.ingest([{"id": "s-1", "user": "u-1", "started_at": started, "messages": [
        {"id": "m-1", "role": "user", "content": "Hello", "created_at": started}]}])
    at = dt.datetime.fromisoformat(started.replace("Z", "+00:00"))
    assert list(Session.objects.filter(started_at__lte=at).values_list("external_id", flat=True)) == ["s-1"]
    assert list(Session.objects.filter(started_at__gte=at).values_list("external_id", flat=True)) == ["s-1"]
    assert Session.objects.get(external_id="s-1").started_at == at
