"""Real processes: a Celery worker (and later gunicorn/beat) against the test database and Redis."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def test_database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def require_live_services() -> None:
    if connection.vendor != "postgresql" or not settings.CELERY_BROKER_URL.startswith("redis"):
        pytest.skip("needs DATABASE_URL (PostgreSQL) and CELERY_BROKER_URL (Redis); `make test` sets both")


def process_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"DATABASE_URL": test_database_url(), "CELERY_BROKER_URL": settings.CELERY_BROKER_URL, "PYTHONPATH": str(ROOT), "DB_CONN_MAX_AGE": "0"})
    env.update(extra)
    return env


def start_worker(name: str, queues: str = "default,ingest,feedback,tagging,dspy", **env: str) -> subprocess.Popen[bytes]:
    log = open(ROOT / "var" / f"worker-{name}.log", "wb")  # noqa: SIM115 - lives as long as the process
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "evalhub", "worker", "-Q", queues, "-c", "1", "--pool", "prefork",
         "-n", f"{name}@%h", "--without-gossip", "--without-mingle", "-l", "INFO"],
        cwd=ROOT, env=process_env(**env), stdout=log, stderr=subprocess.STDOUT,
    )


def purge_queues() -> None:
    from evalhub.celery import app

    with app.connection_for_write() as conn:
        for q in ("default", "ingest", "feedback", "tagging", "dspy"):
            # A queue that doesn't exist yet has nothing to purge.
            with contextlib.suppress(Exception):
                conn.default_channel.queue_purge(q)


def wait_for(predicate: Any, timeout_s: float = 60.0, interval_s: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval_s)
    raise AssertionError(f"condition not met within {timeout_s}s")


@pytest.fixture
def worker(transactional_db: Any) -> Iterator[subprocess.Popen[bytes]]:
    require_live_services()
    purge_queues()
    proc = start_worker("w1")
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
