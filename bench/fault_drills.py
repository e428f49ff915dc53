"""Fault drills against the compose stack run as plain processes (gunicorn + two Celery workers).

    python bench/fault_drills.py                 # all three drills
    python bench/fault_drills.py --only worker   # pg | redis | worker | tagging

Processes: the compose web, worker (x2) and beat commands.

1. pg: PostgreSQL restarted while a worker processes an ingest batch.
2. redis: Redis restarted (without persistence: queued tasks are wiped) while webhook deliveries
   arrive and are processed; the sender retries on 5xx like a Standard Webhooks sender.
3. worker: the pool process running an ingest task is SIGKILLed; with acks_late and
   reject_on_worker_lost the task is redelivered and redone once.
4. tagging: the same, during the failure tagger (queue tagging); then it runs once more to show
   the rows it writes are idempotent.

Each drill checks afterwards: everything completed, nothing lost, nothing duplicated.
These restart the machine's shared PostgreSQL and Redis, so they are not part of the test suite.
Whatever happens, both services are running again when this script exits (try/finally).
Loopback only; every wait is bounded.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.deploy.live import Stack, database_fresh, free_port, manage, project_for_bench, stack_env  # noqa: E402

BROKER_URL = "redis://127.0.0.1:6379/10"
PG_VERSION = sorted(os.listdir("/etc/postgresql"))[-1] if os.path.isdir("/etc/postgresql") else "15"
PG_RESTART = ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", "restart"]
PG_START = ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", "start"]
REDIS_STOP = ["redis-cli", "shutdown", "nosave"]
REDIS_START = ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379", "--save", "",
               "--appendonly", "no", "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log"]
BIG_BATCH_SESSIONS = 300
MESSAGES_PER_SESSION = 10
WEBHOOK_EVENTS = 120


# --- shared services ---------------------------------------------------------------------------

def pg_up() -> bool:
    return subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], timeout=10).returncode == 0


def redis_up() -> bool:
    return subprocess.run(["redis-cli", "ping"], capture_output=True, text=True, timeout=10).stdout.strip() == "PONG"


def ensure_services_running() -> None:
    """Bring PostgreSQL and Redis back whatever state a drill left them in."""
    if not pg_up():
        subprocess.run(PG_START, timeout=60)
    if not redis_up():
        subprocess.run(REDIS_START, timeout=30)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (pg_up() and redis_up()):
        time.sleep(0.5)
    print(json.dumps({"postgres_up": pg_up(), "redis_up": redis_up()}), flush=True)


# --- database access from this process, tolerant of the restarts ---------------------------------

def db(fn: Callable[[], Any], timeout_s: float = 120) -> Any:
    from django.db import InterfaceError, OperationalError, connection

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return fn()
        except (OperationalError, InterfaceError):
            connection.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def wait(predicate: Callable[[], Any], timeout_s: float, what: str) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if db(predicate):
            return time.monotonic() - start
        time.sleep(0.3)
    raise AssertionError(f"{what}: not within {timeout_s}s")


def wait_idle(timeout_s: float = 900) -> float:
    """Until the queues are empty and no worker runs a task: each drill starts from a quiet stack
    (feedback mining of the previous drill's 300 sessions keeps both workers busy for minutes)."""
    from kombu.exceptions import OperationalError as KombuOperationalError
    from redis import Redis
    from redis.exceptions import RedisError

    from evalhub.celery import app

    broker = Redis.from_url(BROKER_URL)
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        try:
            queued = sum(int(broker.llen(q)) for q in ("default", "ingest", "feedback", "tagging"))
            active = app.control.inspect(timeout=2.0).active() or {}
        except (OSError, RedisError, KombuOperationalError):
            # Pooled connections from before a Redis restart (the previous drill): drop them, retry.
            app.pool.force_close_all()
            time.sleep(1.0)
            continue
        if queued == 0 and not any(active.values()):
            return time.monotonic() - start
        time.sleep(2.0)
    raise AssertionError(f"stack still busy after {timeout_s}s")


def big_batch(tag: str) -> dict[str, Any]:
    return {"sessions": [
        {"id": f"{tag}-s{i}", "user": f"{tag}-u{i % 20}", "messages": [
            {"id": f"{tag}-s{i}-m{j}", "role": "user" if j % 2 == 0 else "assistant",
             "content": f"Turn {j} of session {i}: I'm vegetarian, what can I cook? Mail me at person{i}@example.com"}
            for j in range(MESSAGES_PER_SESSION)
        ]}
        for i in range(BIG_BATCH_SESSIONS)
    ]}


def post_with_retries(stack: Stack, path: str, *, body: Any = None, raw: bytes | None = None, headers: dict[str, str],
                      tries: int = 12) -> tuple[int, Any, int]:
    """A client that retries 5xx and connection errors with exponential backoff; returns (status, body, 5xx seen)."""
    server_errors = 0
    for attempt in range(tries):
        try:
            status, _, payload = stack.request("POST", path, body=body, raw=raw, headers=headers)
        except (urllib.error.URLError, OSError):
            status, payload = 0, None
        if 200 <= status < 500:
            return status, payload, server_errors
        server_errors += 1
        time.sleep(min(8.0, 0.25 * 2**attempt))
    return status, payload, server_errors


def batch_counts(project_slug: str, tag: str) -> dict[str, int]:
    from evalhub.conversations.models import Message, Session

    sessions = Session.objects.filter(project__slug=project_slug, external_id__startswith=f"{tag}-")
    messages = Message.objects.filter(project__slug=project_slug, external_id__startswith=f"{tag}-")
    return {"sessions": sessions.count(), "messages": messages.count()}


# --- drills -------------------------------------------------------------------------------------

def drill_pg(stack: Stack, project: dict[str, str]) -> dict[str, Any]:
    from evalhub.ingest.models import IngestBatch

    tag = f"pg{uuid.uuid4().hex[:6]}"
    auth = {"Authorization": f"Bearer {project['api_key']}"}
    status, body, _ = post_with_retries(stack, "/api/v1/ingest", body=big_batch(tag), headers=auth)
    assert status == 202, body
    batch_id = body["batch_id"]
    wait(lambda: IngestBatch.objects.get(pk=batch_id).status == "running", 120, "batch picked up")
    restart_started = time.monotonic()
    subprocess.run(PG_RESTART, check=True, timeout=120)
    restart_s = time.monotonic() - restart_started
    # A client arriving right after the restart: the web tier must answer it, not 500 on a dead connection.
    after = [stack.request("GET", "/api/v1/batches/" + str(batch_id), headers=auth)[0] for _ in range(6)]
    recovered_s = wait(lambda: IngestBatch.objects.get(pk=batch_id).status in ("done", "failed"), 300, "batch finished")
    batch = db(lambda: IngestBatch.objects.get(pk=batch_id))
    counts = db(lambda: batch_counts(project["project"], tag))
    expected = {"sessions": BIG_BATCH_SESSIONS, "messages": BIG_BATCH_SESSIONS * MESSAGES_PER_SESSION}
    return {
        "drill": "postgres restart during an ingest batch", "pg_restart_s": round(restart_s, 1),
        "batch_status": batch.status, "attempts": batch.attempts, "finished_after_restart_s": round(recovered_s, 1),
        "rows": counts, "expected": expected, "web_statuses_right_after_restart": after,
        "ok": batch.status == "done" and counts == expected and not batch.errors,
    }


def drill_redis(stack: Stack, project: dict[str, str]) -> dict[str, Any]:
    from evalhub.feedback.models import FeedbackEvent, Signal
    from evalhub.feedback.webhooks import sign
    from evalhub.ingest.models import IngestBatch

    tag = f"rd{uuid.uuid4().hex[:6]}"
    auth = {"Authorization": f"Bearer {project['api_key']}"}
    session = {"id": f"{tag}-s", "user": f"{tag}-u", "messages": [
        {"id": f"{tag}-m{j}", "role": "user" if j % 2 == 0 else "assistant", "content": f"turn {j}"} for j in range(2 * WEBHOOK_EVENTS)
    ]}
    status, body, _ = post_with_retries(stack, "/api/v1/ingest", body={"sessions": [session]}, headers=auth)
    wait(lambda: IngestBatch.objects.get(pk=body["batch_id"]).status == "done", 120, "conversation ingested")

    results: list[tuple[int, int]] = []
    ids = [f"{tag}-wh-{n}" for n in range(WEBHOOK_EVENTS)]

    def send(n: int) -> None:
        payload = json.dumps({"type": "thumbs_down", "session": f"{tag}-s", "message": f"{tag}-m{2 * n + 1}"}).encode()
        for _ in range(12):
            ts = str(int(time.time()))
            headers = {"webhook-id": ids[n], "webhook-timestamp": ts, "Content-Type": "application/json",
                       "webhook-signature": sign(secret=project["webhook_secret"], msg_id=ids[n], timestamp=ts, body=payload)}
            code, _, server_errors = post_with_retries(stack, f"/api/v1/projects/{project['project']}/webhooks/feedback", raw=payload, headers=headers, tries=1)
            if code:
                results.append((code, server_errors))
                if code < 500:
                    return
            time.sleep(1.0)

    def sender() -> None:
        for n in range(WEBHOOK_EVENTS):
            send(n)
            time.sleep(0.05)

    thread = threading.Thread(target=sender)
    thread.start()
    wait(lambda: FeedbackEvent.objects.filter(external_id__in=ids).count() >= WEBHOOK_EVENTS // 3, 120, "a third delivered")
    subprocess.run(REDIS_STOP, timeout=30)
    time.sleep(2.0)
    subprocess.run(REDIS_START, check=True, timeout=30)
    thread.join(timeout=600)
    try:
        recovered_s: float | None = wait(lambda: FeedbackEvent.objects.filter(external_id__in=ids, status="processed").count() == WEBHOOK_EVENTS,
                                         240, "all events processed")
    except AssertionError:
        recovered_s = None
    events = db(lambda: list(FeedbackEvent.objects.filter(external_id__in=ids).values_list("status", flat=True)))
    by_status = {s: events.count(s) for s in sorted(set(events))}
    signals = db(lambda: Signal.objects.filter(feedback_event__external_id__in=ids).count())
    codes = {str(c): sum(1 for code, _ in results if code == c) for c in sorted({c for c, _ in results})}
    return {
        "drill": "redis restart during webhook processing", "events_sent": WEBHOOK_EVENTS, "http_responses": codes,
        "events_stored": len(events), "events_by_status": by_status, "signals": signals,
        "all_processed_after_s": round(recovered_s, 1) if recovered_s is not None else None,
        "ok": len(events) == WEBHOOK_EVENTS and by_status == {"processed": WEBHOOK_EVENTS} and signals == WEBHOOK_EVENTS,
    }


def _pool_children(pid: int) -> list[int]:
    with contextlib.suppress(OSError):
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return []


def drill_worker(stack: Stack, project: dict[str, str]) -> dict[str, Any]:
    from evalhub.ingest.models import IngestBatch

    tag = f"wk{uuid.uuid4().hex[:6]}"
    auth = {"Authorization": f"Bearer {project['api_key']}"}
    status, body, _ = post_with_retries(stack, "/api/v1/ingest", body=big_batch(tag), headers=auth)
    batch_id = body["batch_id"]
    wait(lambda: IngestBatch.objects.get(pk=batch_id).status == "running", 120, "batch picked up")
    marker = "evalhub.ingest.tasks.ingest_batch_process_task"
    busy = next(name for name in ("w1", "w2") if any(marker in ln and "received" in ln for ln in stack.log(name).splitlines()[-400:]))
    children = _pool_children(stack.procs[busy].pid)
    assert len(children) == 1, children
    os.kill(children[0], signal.SIGKILL)
    recovered_s = wait(lambda: IngestBatch.objects.get(pk=batch_id).status in ("done", "failed"), 300, "batch finished")
    batch = db(lambda: IngestBatch.objects.get(pk=batch_id))
    counts = db(lambda: batch_counts(project["project"], tag))
    expected = {"sessions": BIG_BATCH_SESSIONS, "messages": BIG_BATCH_SESSIONS * MESSAGES_PER_SESSION}
    logs = stack.log("w1") + stack.log("w2")
    worker_lost = sum(1 for ln in logs.splitlines() if "WorkerLostError" in ln or "signal 9" in ln)
    return {
        "drill": "worker process SIGKILLed during a task", "task": marker, "killed_in": busy, "killed_pid": children[0],
        "batch_status": batch.status, "attempts": batch.attempts, "finished_after_kill_s": round(recovered_s, 1),
        "rows": counts, "expected": expected, "worker_lost_log_lines": worker_lost,
        "ok": batch.status == "done" and batch.attempts == 2 and counts == expected,
    }


def _task_lines(stack: Stack, task_id: str, what: str) -> int:
    return sum(1 for name in ("w1", "w2") for ln in stack.log(name).splitlines() if f"[{task_id}] {what}" in ln)


def drill_tagging(stack: Stack, project: dict[str, str]) -> dict[str, Any]:
    """SIGKILL the pool process while it runs the failure tagger over 300 freshly ingested sessions."""
    from evalhub.conversations.models import Session
    from evalhub.failures.models import Failure
    from evalhub.failures.tasks import failures_tag_sessions_task
    from evalhub.ingest.models import IngestBatch

    tag = f"tg{uuid.uuid4().hex[:6]}"
    auth = {"Authorization": f"Bearer {project['api_key']}"}
    sessions = [
        # Users with many sessions in time order: the tagger looks for failures across a user's sessions.
        {"id": f"{tag}-s{i}", "user": f"{tag}-u{i % 20}", "started_at": f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}Z",
         "memory": [{"id": f"{tag}-mem{i}", "content": "User is vegetarian"}],
         "messages": [{"id": f"{tag}-s{i}-m1", "role": "user", "content": "Any dinner idea for tonight?"},
                      {"id": f"{tag}-s{i}-m2", "role": "assistant", "content": "Try a beef stew!", "context": [f"{tag}-mem{i}"]},
                      {"id": f"{tag}-s{i}-m3", "role": "user", "content": "No, that's wrong. I told you I'm vegetarian."}]}
        for i in range(BIG_BATCH_SESSIONS)
    ]
    status, body, _ = post_with_retries(stack, "/api/v1/ingest", body={"sessions": sessions}, headers=auth)
    wait(lambda: IngestBatch.objects.get(pk=body["batch_id"]).status == "done", 300, "batch ingested")
    # Let feedback mining finish first: the tagger finds failures from the signals it leaves.
    wait_idle()
    session_ids = db(lambda: list(Session.objects.filter(project__slug=project["project"], external_id__startswith=f"{tag}-").values_list("pk", flat=True)))
    project_id = db(lambda: IngestBatch.objects.get(pk=body["batch_id"]).project_id)
    marks = {name: len(stack.log(name)) for name in ("w1", "w2")}
    task_id = failures_tag_sessions_task.delay(project_id, session_ids).id
    deadline = time.monotonic() + 120
    busy = None
    while busy is None and time.monotonic() < deadline:
        busy = next((n for n in ("w1", "w2") if f"[{task_id}] received" in stack.log(n)[marks[n]:]), None)
        time.sleep(0.02)
    assert busy is not None, "tagging task never received"
    children = _pool_children(stack.procs[busy].pid)
    os.kill(children[0], signal.SIGKILL)
    killed_at = time.monotonic()
    finished_before_kill = _task_lines(stack, task_id, "succeeded") > 0
    while _task_lines(stack, task_id, "succeeded") == 0 and time.monotonic() - killed_at < 300:
        time.sleep(0.5)
    redone_s = time.monotonic() - killed_at
    count = db(lambda: Failure.objects.filter(session_id__in=session_ids).count())
    failures_tag_sessions_task.apply(args=(project_id, session_ids))  # a third run, in this process
    count_after_rerun = db(lambda: Failure.objects.filter(session_id__in=session_ids).count())
    return {
        "drill": "worker process SIGKILLed during a tagging task", "task": f"failures_tag_sessions_task[{task_id}]",
        "killed_in": busy, "finished_before_kill": finished_before_kill,
        "received": _task_lines(stack, task_id, "received"), "succeeded": _task_lines(stack, task_id, "succeeded"),
        "succeeded_after_kill_s": round(redone_s, 1), "failures_tagged": count, "failures_after_another_run": count_after_rerun,
        "ok": not finished_before_kill and _task_lines(stack, task_id, "received") == 2 and _task_lines(stack, task_id, "succeeded") == 1
        and count > 0 and count == count_after_rerun,
    }


DRILLS = {"pg": drill_pg, "redis": drill_redis, "worker": drill_worker, "tagging": drill_tagging}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=sorted(DRILLS), action="append")
    parser.add_argument("--out", default=str(ROOT / "var" / "bench-drills.json"))
    args = parser.parse_args()
    results: list[dict[str, Any]] = []
    stack: Stack | None = None
    try:
        ensure_services_running()
        database_url = database_fresh("evalhub_drills")
        port = free_port()
        env = stack_env(database_url=database_url, broker_url=BROKER_URL, port=port, EVALHUB_PII_NER="0", DB_CONN_MAX_AGE="60",
                        EVALHUB_RATE_LIMIT_INGEST="0", EVALHUB_RATE_LIMIT_WEBHOOK="0")
        manage(env, "migrate", "--noinput")
        project = project_for_bench(env, "drill")
        os.environ.update({"DATABASE_URL": database_url, "CELERY_BROKER_URL": BROKER_URL, "DJANGO_SETTINGS_MODULE": "evalhub.settings"})
        import django

        django.setup()
        stack = Stack(env=env, port=port)
        stack.start("web")
        stack.start_worker("w1")
        stack.start_worker("w2")
        # beat runs whatever periodic sweepers the schedule holds (stale-event re-enqueue, retention).
        stack.start("beat")
        stack.wait_ready()
        for name in args.only or list(DRILLS):
            try:
                idle_wait_s = wait_idle()
                result = {**DRILLS[name](stack, project), "waited_for_idle_stack_s": round(idle_wait_s, 1)}
            except Exception as exc:  # noqa: BLE001 - record the failed drill and go on to the next
                result = {"drill": name, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
            results.append(result)
            print(json.dumps(result), flush=True)
    finally:
        ensure_services_running()
        if stack is not None:
            stack.stop()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    return 0 if results and all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
