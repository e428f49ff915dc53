"""No stack traces in responses, body limits on every write endpoint, JSON logs with request ids."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from django.test import Client

from evalhub.api import api
from evalhub.common.logging import JsonFormatter, RequestIdFilter
from tests.conftest import ApiProject

BIG_BODY = json.dumps({"sessions": [], "padding": "x" * 4096})


def _write_operations() -> list[tuple[str, str]]:
    """Every operation that takes a request body (the others never read one)."""
    schema = api.get_openapi_schema()
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", lambda m: "owner" if m.group() == "{slug}" else "1", path))
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
        if method in ("post", "put", "patch") and "requestBody" in op
    ]


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield stream
    root.removeHandler(handler)


@pytest.fixture
def production(settings: Any) -> Any:
    settings.DEBUG = False
    return settings


def _crash(owner: ApiProject, **headers: str) -> Any:
    client = Client(raise_request_exception=False)
    extra: dict[str, Any] = {**owner.headers(), **headers}
    with mock.patch("evalhub.ingest.api.session_get_with_messages", side_effect=RuntimeError("boom: secret internals")):
        return client.get("/api/v1/sessions/s-1", **extra)


def test_it_answers_an_unhandled_error_with_the_json_shape_and_no_trace(owner: ApiProject, production: Any) -> None:
    r = _crash(owner)
    assert r.status_code == 500
    assert r.json() == {"error": "internal error", "details": []}
    assert b"Traceback" not in r.content and b"secret internals" not in r.content
    assert r["X-Request-Id"]


def test_it_logs_the_error_as_json_with_the_callers_request_id(owner: ApiProject, production: Any, json_log: io.StringIO) -> None:
    r = _crash(owner, HTTP_X_REQUEST_ID="req-1234")
    assert r["X-Request-Id"] == "req-1234"
    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert errors and errors[0]["request_id"] == "req-1234"
    assert "secret internals" in errors[0]["exc"]
    assert {"ts", "level", "logger", "msg", "request_id"} <= set(errors[0])


def test_it_makes_up_a_request_id_when_the_caller_sends_none_or_garbage(client: Client) -> None:
    first, second = client.get("/healthz")["X-Request-Id"], client.get("/healthz", HTTP_X_REQUEST_ID="naïve")["X-Request-Id"]
    assert re.fullmatch(r"[0-9a-f]{32}", first) and re.fullmatch(r"[0-9a-f]{32}", second) and first != second
    assert client.get("/healthz", HTTP_X_REQUEST_ID="r" * 500)["X-Request-Id"] == "r" * 64


def test_it_answers_api_404s_in_json_and_page_404s_in_html(client: Client, production: Any) -> None:
    r = client.get("/api/v1/no-such-thing")
    assert r.status_code == 404 and r.json() == {"error": "not found", "details": []}
    page = client.get("/no-such-page/")
    assert page.status_code == 404 and page["Content-Type"].startswith("text/html")


def test_it_covers_every_write_endpoint_in_the_body_limit_test() -> None:
    assert ("POST", "/api/v1/ingest") in _write_operations()
    assert len(_write_operations()) >= 2


@pytest.mark.parametrize(("method", "path"), _write_operations())
def test_it_refuses_a_body_over_the_limit_on_every_write_endpoint(owner: ApiProject, settings: Any, method: str, path: str) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    auth: dict[str, Any] = owner.headers()
    r = owner.client.generic(method, path, BIG_BODY, content_type="application/json", **auth)
    assert r.status_code == 413, r.content
    assert r.json()["error"].startswith("request body too large") or "too large" in r.json()["error"]
