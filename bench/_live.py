"""Live processes for benches: gunicorn and Celery workers on loopback against the bench database."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BROKER = os.environ.get("BENCH_BROKER", "redis://127.0.0.1:6379/13")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.update({"CELERY_BROKER_URL": BROKER, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING", "DB_CONN_MAX_AGE": "60",
              "EVALHUB_RATE_LIMIT_ENABLED": "0"})
    return e


def start_gunicorn(port: int, *, workers: int = 2, threads: int = 4) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "evalhub.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", str(workers),
         "--threads", str(threads), "--log-level", "warning"],
        cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=open(ROOT / "var" / "bench-gunicorn.log", "wb"),  # noqa: SIM115  # lives as long as the process
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("gunicorn did not come up")


def start_worker(name: str, queues: str, *, concurrency: int = 1) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "evalhub", "worker", "-Q", queues, "-c", str(concurrency), "-n", f"{name}@%h",
         "--without-gossip", "--without-mingle", "-l", "WARNING"],
        cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=open(ROOT / "var" / f"bench-{name}.log", "wb"),
    )


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def post(conn: http.client.HTTPConnection, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    conn.request("POST", path, body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    return resp.status, json.loads(data) if data else None


def purge_broker() -> None:
    import redis

    redis.Redis.from_url(BROKER).flushdb()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]
