"""Bounded loopback load test of the ingest and webhook endpoints behind gunicorn.

    python bench/load_test.py                      # 1..32 concurrent clients, 8 s per step
    python bench/load_test.py --duration 5 --concurrency 4,16

Runs the compose `web` command (gunicorn, production settings) on 127.0.0.1 against a bench
database on the local PostgreSQL and Redis db 12. Only loopback traffic; every step is bounded in
time (--duration) and count (--max-requests). Workers are not running during the run, so the
figures are the web tier's (accept, store durably, enqueue); the queued tasks are purged after.
The load generator shares the 2 cores with gunicorn: the numbers are a floor, not a ceiling.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.deploy.live import Stack, database_fresh, free_port, manage, project_for_bench, stack_env  # noqa: E402

BROKER_URL = "redis://127.0.0.1:6379/12"
SESSIONS_PER_BATCH = 10
MESSAGES_PER_SESSION = 6

Request = tuple[str, str, bytes, dict[str, str]]


@dataclass
class StepResult:
    endpoint: str
    concurrency: int
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    elapsed_s: float = 0.0

    def summary(self) -> dict[str, Any]:
        lat = sorted(self.latencies_ms)

        def pct(q: float) -> float:
            return lat[min(len(lat) - 1, int(q * len(lat)))] if lat else 0.0

        ok = sum(n for s, n in self.statuses.items() if 200 <= s < 300)
        return {
            "endpoint": self.endpoint, "concurrency": self.concurrency, "requests": len(lat), "ok": ok,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "throughput_rps": round(len(lat) / self.elapsed_s, 1) if self.elapsed_s else 0.0,
            "p50_ms": round(statistics.median(lat), 1) if lat else 0.0, "p95_ms": round(pct(0.95), 1), "p99_ms": round(pct(0.99), 1),
        }


def ingest_request(api_key: str) -> Callable[[], Request]:
    def make() -> Request:
        tag = uuid.uuid4().hex[:12]
        sessions = [
            {"id": f"lt-{tag}-{i}", "user": f"lt-user-{i % 50}", "messages": [
                {"id": f"lt-{tag}-{i}-{j}", "role": "user" if j % 2 == 0 else "assistant",
                 "content": f"Turn {j}: what should I cook tonight? I'm vegetarian and short on time."}
                for j in range(MESSAGES_PER_SESSION)
            ]}
            for i in range(SESSIONS_PER_BATCH)
        ]
        body = json.dumps({"sessions": sessions}).encode()
        return "POST", "/api/v1/ingest", body, {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}

    return make


def webhook_request(slug: str, secret: str) -> Callable[[], Request]:
    from evalhub.feedback.webhooks import sign

    def make() -> Request:
        msg_id, ts = f"lt-{uuid.uuid4().hex}", str(int(time.time()))
        body = json.dumps({"type": "thumbs_down", "session": "lt-session", "message": "lt-message"}).encode()
        headers = {"webhook-id": msg_id, "webhook-timestamp": ts, "Content-Type": "application/json",
                   "webhook-signature": sign(secret=secret, msg_id=msg_id, timestamp=ts, body=body)}
        return "POST", f"/api/v1/projects/{slug}/webhooks/feedback", body, headers

    return make


def guardrails_request(api_key: str) -> Callable[[], Request]:
    """A ~1 KB assistant answer through the default (non-NER) policy, as an assistant calls it before replying."""
    answer = ("Here is a vegetarian plan for the week: lentil soup on Monday, a chickpea curry with spinach on "
              "Tuesday, and a mushroom risotto on Wednesday. ") * 6

    def make() -> Request:
        body = json.dumps({"text": f"{answer[:1000]} [{uuid.uuid4().hex[:8]}]", "kind": "output"}).encode()
        return "POST", "/api/v1/guardrails/check", body, {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}

    return make


def run_step(port: int, endpoint: str, make: Callable[[], Request], concurrency: int, duration_s: float, max_requests: int) -> StepResult:
    result = StepResult(endpoint=endpoint, concurrency=concurrency)
    lock = threading.Lock()
    deadline = time.monotonic() + duration_s
    sent = [0]

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                if sent[0] >= max_requests:
                    return
                sent[0] += 1
            method, path, body, headers = make()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            start = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
            except OSError:
                status = 0
            finally:
                conn.close()
            took_ms = (time.perf_counter() - start) * 1000
            with lock:
                result.latencies_ms.append(took_ms)
                result.statuses[status] = result.statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration_s + 120)
    result.elapsed_s = time.monotonic() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per step (bounded)")
    parser.add_argument("--concurrency", default="1,4,8,16,32")
    parser.add_argument("--max-requests", type=int, default=20000, help="cap per step")
    parser.add_argument("--endpoints", default="ingest,webhook,guardrails")
    parser.add_argument("--workers", default="", help="gunicorn workers (default: the config's 2 x cores + 1)")
    parser.add_argument("--out", default=str(ROOT / "var" / "bench-load.json"))
    args = parser.parse_args()
    levels = [int(x) for x in args.concurrency.split(",")]

    database_url = database_fresh("evalhub_bench")
    port = free_port()
    extra = {"EVALHUB_RATE_LIMIT_INGEST": "1000000000", "EVALHUB_RATE_LIMIT_WEBHOOK": "1000000000", "GUNICORN_ACCESS_LOG": "0",
             "EVALHUB_RATE_LIMIT_CHECK": "1000000000", "EVALHUB_PII_NER": "0", "DB_CONN_MAX_AGE": "60"}
    env = stack_env(database_url=database_url, broker_url=BROKER_URL, port=port, **extra)
    env.pop("GUNICORN_WORKERS")
    if args.workers:
        env["GUNICORN_WORKERS"] = args.workers
    manage(env, "migrate", "--noinput")
    project = project_for_bench(env, "load")
    stack = Stack(env=env, port=port)
    rows: list[dict[str, Any]] = []
    try:
        stack.start("web")
        stack.wait_ready()
        # Warm every gunicorn worker (lazy imports, first DB/Redis connections) before measuring.
        run_step(port, "warmup", ingest_request(project["api_key"]), 8, 3.0, 200)
        makers = {"ingest": ingest_request(project["api_key"]), "webhook": webhook_request(project["project"], project["webhook_secret"]),
                  "guardrails": guardrails_request(project["api_key"])}
        for endpoint in args.endpoints.split(","):
            make = makers[endpoint]
            run_step(port, "warmup", make, 8, 3.0, 200)  # every worker serves this endpoint once before timing
            for level in levels:
                summary = run_step(port, endpoint, make, level, args.duration, args.max_requests).summary()
                rows.append(summary)
                print(json.dumps(summary), flush=True)
    finally:
        stack.stop()
        from redis import Redis

        Redis.from_url(BROKER_URL).flushdb()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"sessions_per_batch": SESSIONS_PER_BATCH, "messages_per_session": MESSAGES_PER_SESSION, "steps": rows}, indent=2))
    print("\n| endpoint | clients | requests | 2xx | req/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['endpoint']} | {r['concurrency']} | {r['requests']} | {r['ok']} | {r['throughput_rps']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
