"""Webhook chaos drill: duplicates, shuffled order, a worker SIGKILLed mid-run and restarted.

N deliveries (10 % of them duplicates of others, all shuffled) go to gunicorn over loopback while
two Celery workers process them; one worker is SIGKILLed part-way and restarted. Afterwards the
stale-event sweeper (the beat task) runs, and we count lost and duplicated events and signals.

    .venv/bin/python bench/webhook_chaos.py [--events 10000]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import threading
import time

from _live import post, purge_broker, start_gunicorn, start_worker, stop
from _setup import setup_django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--senders", type=int, default=4)
    args = parser.parse_args()
    setup_django("chaos", eager=True)
    from evalhub import pipeline
    from evalhub.conversations.services import PreparedSession, conversations_upsert
    from evalhub.feedback import webhooks
    from evalhub.feedback.models import FeedbackEvent, Signal
    from evalhub.feedback.services import feedback_events_requeue_stale
    from evalhub.ingest.schemas import SessionIn
    from evalhub.projects.services import project_create

    pipeline.CONSUMERS = []
    created = project_create(slug="chaos")
    n_sessions = 500
    prepared = []
    for i in range(n_sessions):
        rec = SessionIn.model_validate({"id": f"s-{i}", "user": f"u-{i % 50}", "messages": [
            {"id": f"m-{i}-1", "role": "user", "content": f"Question {i} about topic-{i}?"},
            {"id": f"m-{i}-2", "role": "assistant", "content": f"Answer {i}."}]})
        prepared.append(PreparedSession(index=i, record=rec, message_texts=[m.content or "" for m in rec.messages],
                                        message_pii=[[], []], memory_texts=[], memory_pii=[]))
    conversations_upsert(project=created.project, prepared=prepared)

    unique = int(args.events / 1.1)
    deliveries = [(f"evt-{i}", {"type": random.Random(i).choice(["thumbs_down", "thumbs_up", "flag"]), "session": f"s-{i % n_sessions}",
                                "message": f"m-{i % n_sessions}-2"}) for i in range(unique)]
    rng = random.Random(7)
    deliveries += [deliveries[rng.randrange(unique)] for _ in range(args.events - unique)]
    rng.shuffle(deliveries)

    purge_broker()
    port = 8766
    server = start_gunicorn(port, workers=2, threads=4)
    workers = [start_worker("chaos1", "feedback", concurrency=1), start_worker("chaos2", "feedback", concurrency=1)]
    time.sleep(3)
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def sender(chunk: list[tuple[str, dict]]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for msg_id, event in chunk:
            body = json.dumps(event).encode()
            ts = int(time.time())
            sig = webhooks.sign(secret=created.webhook_secret, msg_id=msg_id, timestamp=ts, body=body)
            for _attempt in range(5):  # a sender retries non-2xx, as Standard Webhooks senders do
                try:
                    status, _ = post(conn, "/api/v1/projects/chaos/webhooks/feedback", body, {
                        "Content-Type": "application/json", "webhook-id": msg_id, "webhook-timestamp": str(ts), "webhook-signature": sig})
                except OSError:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    status = 0
                if status == 202:
                    break
                time.sleep(0.5)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1

    chunks = [deliveries[i :: args.senders] for i in range(args.senders)]
    threads = [threading.Thread(target=sender, args=(c,)) for c in chunks]
    t0 = time.time()
    for t in threads:
        t.start()
    killed_at = None
    try:
        while any(t.is_alive() for t in threads):
            time.sleep(0.5)
            if killed_at is None and sum(statuses.values()) > args.events * 0.4:
                os.kill(workers[0].pid, signal.SIGKILL)
                killed_at = sum(statuses.values())
                print(f"SIGKILLed worker chaos1 after {killed_at} deliveries", flush=True)
                time.sleep(2)
                workers[0] = start_worker("chaos1b", "feedback", concurrency=1)
        send_s = time.time() - t0
        deadline = time.time() + 300
        while time.time() < deadline:
            pending = FeedbackEvent.objects.filter(project=created.project, status="pending").count()
            if pending == 0:
                break
            # The beat sweeper's job, run here directly: re-enqueue events whose message was lost with the worker.
            feedback_events_requeue_stale(older_than_s=20)
            time.sleep(5)
    finally:
        for w in workers:
            stop(w)
        stop(server)
    events = FeedbackEvent.objects.filter(project=created.project)
    recorded = events.count()
    distinct_ids = {d[0] for d in deliveries}
    processed = events.filter(status="processed").count()
    signals = Signal.objects.filter(project=created.project, source="explicit").count()
    print(f"deliveries sent: {args.events} ({len(distinct_ids)} distinct, {args.events - len(distinct_ids)} duplicates) in {send_s:.0f}s; HTTP statuses: {statuses}")
    print(f"events recorded: {recorded}; lost: {len(distinct_ids) - recorded}; duplicated: {recorded - len(set(events.values_list('external_id', flat=True)))}")
    print(f"processed: {processed}; still pending: {events.filter(status='pending').count()}; signals: {signals} (one per event: {signals == recorded})")


if __name__ == "__main__":
    main()
