"""Raw PostgreSQL helpers for the ingest write path: COPY, id reservation, per-user locks.

The ORM's bulk_create builds a model instance per row and one huge parameterised INSERT; for the
tens of thousands of message rows in one ingest batch that cost several times the write itself
(bench/ingest.py). These helpers write plain tuples with COPY instead. Callers run inside the
ingest transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection


def users_lock(*, project_id: int, user_external_ids: Iterable[str]) -> None:
    """Serialise concurrent ingest batches that touch the same end users, until commit.

    Everything a batch writes (sessions, positions of appended messages, memory items) hangs off
    its users. Without this, two workers creating the same new session (a client that split it
    across batches) collide on its unique key and one batch fails. Locks are taken in one sorted
    order, so batches cannot deadlock on them; a hash collision only makes two batches wait.
    """
    keys = sorted({_lock_key(f"{project_id}:{ext}") for ext in user_external_ids})
    if not keys:
        return
    with connection.cursor() as cursor:
        # unnest yields the sorted array in order, and the locks are taken row by row in that order.
        cursor.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", [keys])
        cursor.fetchall()


def jit_off() -> None:
    """No JIT compilation for the rest of this transaction. The batch's bulk statements cost enough
    for PostgreSQL's planner to JIT-compile them (jit_above_cost), and compiling took longer than
    running: the session message-count refresh of a 1,000-session batch ran 70 ms with JIT and
    24 ms without (EXPLAIN ANALYZE, PostgreSQL 15)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")


def _lock_key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def ids_reserve(*, table: str, n: int) -> list[int]:
    """n fresh primary keys from the table's identity sequence, so COPY can write the ids itself."""
    if n <= 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n]
        )
        return sorted(row[0] for row in cursor.fetchall())


def ids_by_external_id(*, table: str, project_id: int, external_ids: Iterable[str]) -> dict[str, int]:
    """external_id -> id for one project. One array parameter instead of the ORM's `IN (%s, ...)`:
    binding a thousand parameters one by one cost more client CPU than the query itself."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT external_id, id FROM {table} WHERE project_id = %s AND external_id = ANY(%s)", [project_id, list(external_ids)]
        )
        return dict(cursor.fetchall())


def rows_copy(*, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """COPY rows into table; jsonb values must already be JSON text (json.dumps)."""
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def json_text(value: Any) -> str:
    """JSON text for a jsonb column in COPY. Most messages carry no metadata and no PII types:
    the empty cases skip json.dumps (two calls per message were ~4 % of the ingest worker's CPU)."""
    if not value and isinstance(value, (dict, list)):
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(value)


def json_value(raw: Any) -> Any:
    """A jsonb column from a raw query: Django's psycopg setup hands it over as text."""
    return json.loads(raw) if isinstance(raw, str) else raw
