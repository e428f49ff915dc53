"""The compose services as real processes: gunicorn, two workers and beat, on PostgreSQL and Redis.

ingest -> signal -> eval case -> failure tag. The feedback and failures stages are asserted when
those apps have their models and routes (they are being built alongside this test).
"""

from __future__ import annotations

import importlib.util
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.apps import apps
from django.db import models

from evalhub.celery import app
from evalhub.conversations.models import Message, Session
from evalhub.ingest.models import IngestBatch
from evalhub.projects.services import project_create
from tests.deploy.live import Stack, free_port, healthcheck_exit_code, processed_by, stack_env, wait_workers
from tests.integration.conftest import purge_queues, require_live_services, wait_for
from tests.integration.conftest import test_database_url as database_url_of_tests

pytestmark = pytest.mark.integration

WORKERS = ["w1", "w2"]
BATCHES = 6
INGEST_TASK = "evalhub.ingest.tasks.ingest_batch_process_task"


def _has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


@pytest.fixture
def stack(transactional_db: Any) -> Iterator[Stack]:
    require_live_services()
    purge_queues()
    port = free_port()
    from django.conf import settings

    live = Stack(env=stack_env(database_url=database_url_of_tests(), broker_url=settings.CELERY_BROKER_URL, port=port), port=port)
    try:
        live.start("web")
        for name in WORKERS:
            live.start_worker(name)
        live.start("beat")
        live.wait_ready()
        wait_workers(app, WORKERS)
        yield live
    finally:
        live.stop()


def _sessions(batch: int) -> list[dict[str, Any]]:
    """Three users; batch 0 is where each says they are vegetarian, every later batch suggests beef without that memory
    (a recall failure the tagger finds from the conversation alone, whatever the order the workers take batches in)."""
    def one(i: int) -> dict[str, Any]:
        sid, mid = f"s-e2e-{batch}-{i}", f"m-e2e-{batch}-{i}"
        if batch == 0:
            turns = [("user", "I'm vegetarian, by the way. Call me on 212-555-0199."), ("assistant", "Noted: you're vegetarian."),
                     ("user", "Thanks!"), ("assistant", "You're welcome.")]
            memory = [{"id": f"mem-e2e-{i}", "content": "User is vegetarian", "source": {"session": sid, "message": f"{mid}-1"}}]
        else:
            turns = [("user", "Can you suggest something for dinner tonight? Call me on 212-555-0199."), ("assistant", "Try a beef stew!"),
                     ("user", "That won't work — I'm vegetarian. Can you redo it?"),
                     ("assistant", "Sorry about that — you did tell me. How about a mushroom risotto?")]
            memory = []
        return {"id": sid, "user": f"u-e2e-{i}", "started_at": f"2026-03-{batch + 2:02d}T10:00:00Z", "memory": memory,
                "messages": [{"id": f"{mid}-{k}", "role": role, "content": text, "created_at": f"2026-03-{batch + 2:02d}T10:00:{10 + 5 * k:02d}Z"}
                             for k, (role, text) in enumerate(turns, start=1)]}

    return [one(i) for i in range(3)]


def _send_thumbs_down(stack: Stack, slug: str, secret: str, session: str, message: str) -> tuple[int, Any]:
    from evalhub.feedback.webhooks import sign

    body = f'{{"type": "thumbs_down", "session": "{session}", "message": "{message}"}}'.encode()
    msg_id, ts = f"wh-{uuid.uuid4().hex}", str(int(time.time()))
    headers = {"webhook-id": msg_id, "webhook-timestamp": ts, "webhook-signature": sign(secret=secret, msg_id=msg_id, timestamp=ts, body=body)}
    status, _, payload = stack.request("POST", f"/api/v1/projects/{slug}/webhooks/feedback", raw=body, headers=headers)
    return status, payload


def _rows_about(session_pks: list[int], app_label: str) -> int:
    """Rows of any model in `app_label` that point at one of the sessions (failure tags, whatever they are called)."""
    total = 0
    for model in apps.get_app_config(app_label).get_models():
        for f in model._meta.get_fields():
            if isinstance(f, models.ForeignKey) and f.related_model is Session:
                total += model._default_manager.filter(**{f"{f.attname}__in": session_pks}).count()
    return total


def test_the_compose_stack_runs_ingest_to_eval_case_across_two_workers(stack: Stack) -> None:
    created = project_create(slug=f"e2e-{uuid.uuid4().hex[:6]}")
    auth = {"Authorization": f"Bearer {created.api_key}"}
    assert healthcheck_exit_code(stack.env) == 0

    batch_ids = []
    for n in range(BATCHES):
        status, headers, body = stack.request("POST", "/api/v1/ingest", {"sessions": _sessions(n)}, auth)
        assert status == 202, body
        assert headers["X-Request-Id"]
        batch_ids.append(body["batch_id"])
    wait_for(lambda: IngestBatch.objects.filter(pk__in=batch_ids, status="done").count() == BATCHES, timeout_s=180)

    # Exactly once, redacted, and the work was shared by both workers.
    assert Session.objects.filter(project=created.project).count() == BATCHES * 3
    assert Message.objects.filter(project=created.project).count() == BATCHES * 12
    assert not Message.objects.filter(project=created.project, content__contains="212-555-0199").exists()
    assert all(processed_by(stack.log(w), INGEST_TASK) >= 1 for w in WORKERS), "one worker did all the work"
    status, _, session = stack.request("GET", "/api/v1/sessions/s-e2e-0-0", headers=auth)
    assert status == 200 and [m["id"] for m in session["messages"]] == ["m-e2e-0-0-1", "m-e2e-0-0-2", "m-e2e-0-0-3", "m-e2e-0-0-4"]

    if not _has_module("evalhub.feedback.api"):
        return
    from evalhub.evals.models import EvalCase
    from evalhub.feedback.models import Signal

    status, payload = _send_thumbs_down(stack, created.project.slug, created.webhook_secret, "s-e2e-0-0", "m-e2e-0-0-2")
    assert status == 202, payload
    target = Session.objects.get(project=created.project, external_id="s-e2e-0-0")
    wait_for(lambda: Signal.objects.filter(session=target, type="thumbs_down").exists(), timeout_s=120)
    signal = Signal.objects.get(session=target, type="thumbs_down")
    # Near-duplicate cases merge, so the case may be another session's: its provenance names this signal.
    wait_for(lambda: EvalCase.objects.filter(project=created.project, provenance__contains=[{"signal": signal.pk}]).exists(), timeout_s=120)

    if not (_has_module("evalhub.failures.services") and _has_module("evalhub.failures.tasks")):
        return
    session_pks = list(Session.objects.filter(project=created.project).values_list("pk", flat=True))
    wait_for(lambda: _rows_about(session_pks, "failures") > 0, timeout_s=180)
