"""Feedback-to-eval-case latency with PostgreSQL, Redis, gunicorn and a real Celery worker.

Sends N signed thumbs-down webhooks at a steady rate over loopback and reports
(1) the webhook response time and (2) receipt (FeedbackEvent.received_at) -> eval case created
(EvalCase.created_at, written in the transaction that commits it), p50/p95/p99.

    .venv/bin/python bench/feedback_latency.py [--events 1000] [--rate 20]
"""

from __future__ import annotations

import argparse
import http.client
import json
import time

from _live import percentile, post, purge_broker, start_gunicorn, start_worker, stop
from _setup import setup_django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=20.0, help="webhooks per second")
    parser.add_argument("--concurrency", type=int, default=2, help="feedback worker processes")
    args = parser.parse_args()
    setup_django("latency", eager=True)
    from evalhub import pipeline
    from evalhub.conversations.services import PreparedSession, conversations_upsert
    from evalhub.evals.models import EvalCase
    from evalhub.feedback import webhooks
    from evalhub.feedback.models import FeedbackEvent
    from evalhub.ingest.schemas import SessionIn
    from evalhub.projects.services import project_create

    pipeline.CONSUMERS = []  # setup data only; the measured path is the webhook
    created = project_create(slug="latency")
    prepared = []
    for i in range(args.events):
        rec = SessionIn.model_validate({"id": f"s-{i}", "user": f"u-{i % 200}", "messages": [
            {"id": f"m-{i}-1", "role": "user", "content": f"Question {i}: what is the opening time of venue-{i}?"},
            {"id": f"m-{i}-2", "role": "assistant", "content": f"Venue-{i} opens at 9am."}]})
        prepared.append(PreparedSession(index=i, record=rec, message_texts=[m.content or "" for m in rec.messages],
                                        message_pii=[[], []], memory_texts=[], memory_pii=[]))
    conversations_upsert(project=created.project, prepared=prepared)

    purge_broker()
    port = 8765
    server = start_gunicorn(port, workers=1, threads=4)
    worker = start_worker("latency", "feedback,default", concurrency=args.concurrency)
    time.sleep(3)
    response_ms: list[float] = []
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        interval = 1.0 / args.rate
        start = time.perf_counter()
        for i in range(args.events):
            body = json.dumps({"type": "thumbs_down", "session": f"s-{i}", "message": f"m-{i}-2"}).encode()
            ts = int(time.time())
            sig = webhooks.sign(secret=created.webhook_secret, msg_id=f"evt-{i}", timestamp=ts, body=body)
            t0 = time.perf_counter()
            status, _ = post(conn, "/api/v1/projects/latency/webhooks/feedback", body,
                             {"Content-Type": "application/json", "webhook-id": f"evt-{i}", "webhook-timestamp": str(ts), "webhook-signature": sig})
            response_ms.append((time.perf_counter() - t0) * 1000)
            assert status == 202, status
            next_at = start + (i + 1) * interval
            time.sleep(max(0.0, next_at - time.perf_counter()))
        deadline = time.time() + 120
        while FeedbackEvent.objects.filter(project=created.project).exclude(status="processed").exists() and time.time() < deadline:
            time.sleep(0.5)
    finally:
        stop(worker)
        stop(server)
    events = {e.external_id: e for e in FeedbackEvent.objects.filter(project=created.project)}
    cases = {c.session.external_id: c for c in EvalCase.objects.filter(project=created.project).select_related("session")}
    latency_ms = []
    for i in range(args.events):
        event, case = events.get(f"evt-{i}"), cases.get(f"s-{i}")
        if event is not None and case is not None:
            latency_ms.append((case.created_at - event.received_at).total_seconds() * 1000)
    print(f"workers: {args.concurrency}; events sent: {args.events} at {args.rate}/s; processed: {sum(e.status == 'processed' for e in events.values())}; cases: {len(cases)}")
    print(f"webhook response ms: p50 {percentile(response_ms, 50):.1f}  p95 {percentile(response_ms, 95):.1f}  p99 {percentile(response_ms, 99):.1f}  (target p95 < 50)")
    print(f"receipt -> eval case ms: p50 {percentile(latency_ms, 50):.0f}  p95 {percentile(latency_ms, 95):.0f}  p99 {percentile(latency_ms, 99):.0f}  (target p95 < 1000)")


if __name__ == "__main__":
    main()
