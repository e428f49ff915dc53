"""Raw SQL helpers for the ingest write path: COPY, id reservation, per-user locks.

The ORM's bulk_create builds a model instance per row and one huge parameterised INSERT; for the
tens of thousands of message rows in one ingest batch that cost several times the write itself
(bench/ingest.py). These helpers write plain tuples with COPY instead. Callers run inside the
ingest transaction.

PostgreSQL is the production database; the embedded default (no DATABASE_URL) is SQLite, where the
same helpers use a plain multi-row INSERT, AUTOINCREMENT's counter and SQLite's single writer lock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
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
    if not keys or not _postgres():
        return
    with connection.cursor() as cursor:
        # unnest yields the sorted array in order, and the locks are taken row by row in that order.
        cursor.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", [keys])
        cursor.fetchall()


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def jit_off() -> None:
    """No JIT compilation for the rest of this transaction. The batch's bulk statements cost enough
    for PostgreSQL's planner to JIT-compile them (jit_above_cost), and compiling took longer than
    running: the session message-count refresh of a 1,000-session batch ran 70 ms with JIT and
    24 ms without (EXPLAIN ANALYZE, PostgreSQL 15)."""
    if not _postgres():
        return
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")


def _lock_key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def ids_reserve(*, table: str, n: int) -> list[int]:
    """n fresh primary keys from the table's identity sequence, so COPY can write the ids itself."""
    if n <= 0:
        return []
    with connection.cursor() as cursor:
        if _postgres():
            # The sequence is looked up once (pg_get_serial_sequence in the select list ran per row and
            # cost ~5 us of server CPU per id, 10x nextval itself), and the ids come back as runs of
            # consecutive values, usually one row, instead of a row per id. Another session's nextval
            # can interleave, hence runs rather than one range.
            cursor.execute(
                "SELECT min(v), max(v) FROM (SELECT v, v - row_number() OVER (ORDER BY v) AS run FROM ("
                "SELECT nextval((SELECT pg_get_serial_sequence(%s, 'id')::regclass)) AS v FROM generate_series(1, %s)) ids) r"
                " GROUP BY run ORDER BY 1",
                [table, n],
            )
            return [pk for first, last in cursor.fetchall() for pk in range(first, last + 1)]
        # SQLite: Django's AUTOINCREMENT keys never reuse values below sqlite_sequence's counter, so
        # raising it by n reserves n ids; the UPDATE is a write, which takes SQLite's writer lock
        # until commit, so concurrent batches get disjoint ranges.
        cursor.execute("UPDATE sqlite_sequence SET seq = seq + %s WHERE name = %s", [n, table])
        if cursor.rowcount == 0:
            cursor.execute(
                f"INSERT INTO sqlite_sequence (name, seq) SELECT %s, COALESCE(MAX(id), 0) + %s FROM {table}", [table, n]
            )
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        top = int(cursor.fetchone()[0])
        return list(range(top - n + 1, top + 1))


def ids_by_external_id(*, table: str, project_id: int, external_ids: Iterable[str]) -> dict[str, int]:
    """external_id -> id for one project. One array parameter instead of the ORM's `IN (%s, ...)`:
    binding a thousand parameters one by one cost more client CPU than the query itself."""
    where, params = any_of("external_id", list(external_ids))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT external_id, id FROM {table} WHERE project_id = %s AND {where}", [project_id, *params])
        return dict(cursor.fetchall())


def rows_copy(*, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """COPY rows into table; jsonb values must already be JSON text (json.dumps)."""
    if not _postgres():
        placeholders = ", ".join(["%s"] * len(columns))
        # Raw parameters skip the field adapters: sqlite3 would store an aware datetime as "... 09:20:00+00:00", while
        # the ORM writes and compares naive UTC text ("... 09:20:00"), so `started_at__lte=<that same time>` would
        # compare the strings and miss the row (the last session of a user dropped out of tagging on SQLite).
        adapt = connection.ops.adapt_datetimefield_value
        fixed = [[adapt(v) if isinstance(v, datetime) else v for v in row] for row in rows]
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", fixed)
        return
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def any_of(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """`column` is one of values: one array parameter on PostgreSQL, an IN list elsewhere (SQLite takes
    32,766 parameters; a batch holds at most EVALHUB_INGEST_MAX_MESSAGES, 20,000 by default)."""
    if _postgres():
        return f"{column} = ANY(%s)", [list(values)]
    if not values:
        return "1 = 0", []
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def json_text(value: Any) -> str:
    """JSON text for a jsonb column in COPY. Most messages carry no metadata and no PII types:
    the empty cases skip json.dumps (two calls per message were ~4 % of the ingest worker's CPU)."""
    if not value and isinstance(value, (dict, list)):
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(value)


def json_value(raw: Any) -> Any:
    """A jsonb column from a raw query: Django's psycopg setup hands it over as text."""
    return json.loads(raw) if isinstance(raw, str) else raw
