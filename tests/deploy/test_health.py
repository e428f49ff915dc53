from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client

from evalhub.celery import app
from evalhub.common import health


def test_it_answers_liveness_without_touching_the_database(client: Client) -> None:
    with mock.patch.object(health.connection, "cursor", side_effect=OperationalError("down")):
        r = client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


def test_it_is_ready_when_database_and_broker_answer(client: Client, db: Any) -> None:
    r = client.get("/readyz")
    assert r.status_code == 200
    expected_broker = "ok" if settings.CELERY_BROKER_URL else "eager (no broker configured)"
    assert r.json() == {"status": "ready", "checks": {"database": "ok", "broker": expected_broker}}


def test_it_is_not_ready_without_the_database(client: Client, db: Any) -> None:
    with mock.patch.object(health.connection, "cursor", side_effect=OperationalError("down")):
        r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["status"] == "not ready" and r.json()["checks"]["database"] == "error: OperationalError"


def test_it_is_not_ready_without_the_broker(client: Client, db: Any) -> None:
    if not settings.CELERY_BROKER_URL:
        pytest.skip("no broker configured: readiness does not check one")
    unreachable = app.connection_for_write(url="redis://127.0.0.1:1/0")
    with mock.patch.object(app, "connection_for_write", return_value=unreachable):
        r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"]["database"] == "ok" and r.json()["checks"]["broker"].startswith("error: ")


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_it_is_never_redirected_to_https(path: str, client: Client, db: Any, settings: Any) -> None:
    settings.SECURE_SSL_REDIRECT = True
    assert client.get(path).status_code in (200, 503)
    assert Client().get("/api/v1/batches/1").status_code == 301
