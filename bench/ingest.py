"""Ingest throughput on PostgreSQL: 100k generated messages through the real ingest path.

Reports messages/s for (a) pattern-only redaction, (b) full presidio NER, and (c) a raw COPY of
the same rows into the same table (the physical limit), plus the ratios.

    .venv/bin/python bench/ingest.py [--messages 100000]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import random
import time
from datetime import UTC, datetime, timedelta
from typing import Any

# One BLAS thread per process, as for N Celery worker processes sharing N cores: spaCy's matrix
# products otherwise spawn a thread per core in every worker and they fight over the cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from _setup import setup_django

USER_LINES = [
    "Can you suggest a quick vegetarian dinner for two?", "What's the weather like in Lisbon next week?",
    "I need help writing a cover letter for a data analyst job.", "How do I reset my router password?",
    "Remind me what we said about my marathon training plan.", "Please keep your answers short.",
    "My email is {email}, can you send me the itinerary?", "Call me at {phone} if the booking changes.",
    "I'm allergic to peanuts, is this recipe safe?", "Translate 'good morning' into German.",
]
ASSISTANT_LINES = [
    "Here is a simple idea: a chickpea curry with spinach, ready in about 25 minutes. ",
    "Lisbon should be mild next week, around 18 to 22 degrees with a chance of rain on Thursday. ",
    "Start with a short paragraph on why the role fits you, then two concrete achievements with numbers. ",
    "Hold the reset button for ten seconds, then log in with the default credentials on the label. ",
]


def generate(n_messages: int, *, seed: int, prefix: str) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    sessions, count, s = [], 0, 0
    start = datetime(2026, 10, 1, tzinfo=UTC)
    while count < n_messages:
        n = min(10, n_messages - count)
        user = f"{prefix}-u{s % 2000}"
        t0 = start + timedelta(minutes=s)
        messages = []
        for i in range(n):
            if i % 2 == 0:
                text = rng.choice(USER_LINES).format(email=f"user{s}@example.com", phone=f"+1 415 555 {1000 + s % 9000:04d}")
                messages.append({"id": f"{prefix}-s{s}-m{i}", "role": "user", "content": text, "created_at": (t0 + timedelta(seconds=i * 20)).isoformat()})
            else:
                text = "".join(rng.choice(ASSISTANT_LINES) for _ in range(rng.randint(1, 4)))
                messages.append({"id": f"{prefix}-s{s}-m{i}", "role": "assistant", "content": text,
                                 "created_at": (t0 + timedelta(seconds=i * 20)).isoformat(), "context": [f"{prefix}-mem{s % 2000}"]})
        memory = [{"id": f"{prefix}-mem{s % 2000}", "content": "User prefers short answers", "created_at": t0.isoformat()}] if s < 2000 else []
        sessions.append({"id": f"{prefix}-s{s}", "user": user, "started_at": t0.isoformat(), "messages": messages, "memory": memory})
        count += n
        s += 1
    return sessions


def _backend_cpu_s() -> float:
    """CPU seconds used so far by this connection's PostgreSQL backend process (utime + stime from
    /proc: the server runs on this host in the bench setup; NaN where it can't be read)."""
    from django.db import connection

    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ingest_chunk(project_pk: int, chunk: list[dict[str, Any]]) -> tuple[float, float]:
    """Ingest one batch; returns (client CPU s, server backend CPU s) spent on it."""
    from evalhub.ingest.models import IngestBatch
    from evalhub.ingest.services import ingest_batch_process

    server0, client0 = _backend_cpu_s(), time.process_time()
    pk = IngestBatch.objects.create(project_id=project_pk, payload=chunk, record_count=len(chunk)).pk
    # Load it back the way the Celery task does (the worker decodes the stored payload once).
    done = ingest_batch_process(batch=IngestBatch.objects.select_related("project").get(pk=pk))
    assert done.status == "done" and not done.errors, done.errors[:3]
    return time.process_time() - client0, _backend_cpu_s() - server0


_WORK: tuple[int, list[list[dict[str, Any]]]] = (0, [])  # (project pk, chunks), inherited by forked workers


def _worker_run(index: int) -> tuple[float, float]:
    return _ingest_chunk(_WORK[0], _WORK[1][index])


def run_ingest(
    project: Any, sessions: list[dict[str, Any]], *, batch_sessions: int, workers: int = 1
) -> tuple[float, float, float]:
    """(wall s, client CPU s, server CPU s) to ingest all sessions in batches; with workers > 1,
    forked processes take batches off a shared queue the way several Celery workers would, each
    with its own DB connection. CPU is summed over the batches (all workers, all backends)."""
    global _WORK
    chunks = [sessions[i : i + batch_sessions] for i in range(0, len(sessions), batch_sessions)]
    # A Celery worker's heap doesn't hold every generated message; this process's does. Frozen, GC
    # passes during the run skip it: unfrozen, the first full pass in each process scanned it (~0.35 s
    # in one process) and, in a forked worker, copied every page it touched.
    gc.collect()
    gc.freeze()
    try:
        if workers <= 1:
            t0 = time.perf_counter()
            cpu = [_ingest_chunk(project.pk, chunk) for chunk in chunks]
            wall = time.perf_counter() - t0
        else:
            from django.db import connections

            _WORK = (project.pk, chunks)
            connections.close_all()  # each forked worker opens its own connection
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                t0 = time.perf_counter()
                cpu = list(pool.imap_unordered(_worker_run, range(len(chunks))))
                wall = time.perf_counter() - t0
    finally:
        gc.unfreeze()
    return wall, sum(c for c, _ in cpu), sum(s for _, s in cpu)


def raw_copy(sessions: list[dict[str, Any]], project: Any) -> float:
    """COPY the same message rows into conversations_message: the floor for any ingest path."""
    from django.db import connection

    from evalhub.conversations.models import EndUser, Session

    user = EndUser.objects.create(project=project, external_id="copy-user")
    session = Session.objects.create(project=project, user=user, external_id="copy-session")
    rows = [(project.pk, session.pk, user.pk, m["id"], pos, m["role"], m["content"], m["created_at"])
            for pos, m in enumerate(m for s in sessions for m in s["messages"])]
    server0, client0, t0 = _backend_cpu_s(), time.process_time(), time.perf_counter()
    with connection.cursor() as cursor:
        raw = cursor.connection
        with raw.cursor().copy(
            "COPY conversations_message (project_id, session_id, user_id, external_id, position, role, content, created_at, metadata, pii_types) "
            "FROM STDIN"
        ) as copy:
            for r in rows:
                copy.write_row((*r, "{}", "[]"))
    connection.commit() if not connection.get_autocommit() else None
    seconds = time.perf_counter() - t0
    print(f"c_raw_copy CPU: client {time.process_time() - client0:.2f}s + server {_backend_cpu_s() - server0:.2f}s", flush=True)
    return seconds


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--batch-sessions", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="also run (a) and (b) with this many worker processes")
    parser.add_argument("--only", default="abc", help="which of a, b, c to run (default all)")
    parser.add_argument("--db-name", default="ingest", help="bench database evalhub_bench_<name>, recreated (one per engineer)")
    args = parser.parse_args()
    url = setup_django(args.db_name)
    from evalhub import pipeline
    from evalhub.projects.services import project_create
    from guardrails.presidio_engine import analyze_batch

    # Mining/tagging run in other workers after ingest commits; time the ingest path alone.
    pipeline.CONSUMERS = []
    print(f"{os.cpu_count()} CPUs, {_load()} at start", flush=True)
    results: dict[str, float] = {}
    for label, ner in (("a_pattern_only", False), ("b_presidio_ner", True)):
        if label[0] not in args.only:
            continue
        # Load presidio (and the spaCy model) outside the timed region, as a running worker has.
        analyze_batch(["warm up Jane Doe in Paris, jane@example.com, +1 415 555 1234"], ner=ner)
        for workers in sorted({1, args.workers}):
            key = f"{label}_x{workers}"
            project = project_create(slug=f"bench-{label[0]}{workers}").project
            project.pii_policy = {"mode": "replace", "ner": ner}
            project.save()
            sessions = generate(args.messages, seed=1, prefix=f"{label[0]}{workers}")
            seconds, client_cpu, server_cpu = run_ingest(project, sessions, batch_sessions=args.batch_sessions, workers=workers)
            results[key] = args.messages / seconds
            print(f"{key}: {args.messages} messages in {seconds:.1f}s = {results[key]:,.0f} msg/s "
                  f"(CPU: client {client_cpu:.2f}s + server {server_cpu:.2f}s; {_load()} after)", flush=True)
    if "c" in args.only:
        project = project_create(slug="bench-c").project
        seconds = raw_copy(generate(args.messages, seed=1, prefix="c"), project)
        results["c_raw_copy"] = args.messages / seconds
        print(f"c_raw_copy: {args.messages} rows in {seconds:.2f}s = {results['c_raw_copy']:,.0f} rows/s ({_load()} after)")
        for key in (k for k in results if k.startswith("a_")):
            print(f"ratio {key} / c = {results[key] / results['c_raw_copy']:.1%} (target >= 50 %)")
    for key in (k for k in results if k.startswith("b_")):
        print(f"{key} = {results[key]:,.0f} msg/s (target >= 300)")
    print(f"database: {url}")


if __name__ == "__main__":
    main()
