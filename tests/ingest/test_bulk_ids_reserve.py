"""Id reservation for the COPY write path: n distinct ids from the table's own sequence, even while
another session draws from that sequence at the same time (the ids then come in several runs)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from evalhub.conversations import bulk


@pytest.mark.django_db(transaction=True)
def test_it_reserves_distinct_ids_while_another_session_draws_from_the_sequence() -> None:
    stop, drawn = threading.Event(), []

    def draw() -> None:
        try:
            while not stop.is_set():
                with connection.cursor() as cursor:
                    cursor.execute("SELECT nextval(pg_get_serial_sequence('conversations_message', 'id')) FROM generate_series(1, 200)")
                    drawn.extend(row[0] for row in cursor.fetchall())
        finally:
            connection.close()

    thread = threading.Thread(target=draw)
    thread.start()
    try:
        reserved = [bulk.ids_reserve(table="conversations_message", n=n) for n in (1, 5000, 20000, 3)]
    finally:
        stop.set()
        thread.join(timeout=60)
    assert [len(ids) for ids in reserved] == [1, 5000, 20000, 3]
    mine = [pk for ids in reserved for pk in ids]
    assert all(ids == sorted(ids) for ids in reserved)
    assert len(set(mine)) == len(mine)
    assert not set(mine) & set(drawn)
    assert bulk.ids_reserve(table="conversations_message", n=0) == []
