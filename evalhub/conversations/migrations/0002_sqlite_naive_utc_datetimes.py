"""SQLite only: rewrite datetimes that bulk inserts stored with an offset ("YYYY-MM-DD HH:MM:SS[.ffffff]+00:00") into the naive-UTC
text the ORM writes and compares against ("YYYY-MM-DD HH:MM:SS[.ffffff]").

SQLite compares datetimes as strings, so `started_at__lte=<the same time>` missed those rows (the latest session of a
user dropped out of tagging). The writer is fixed in evalhub.conversations.bulk.rows_copy; this fixes rows already
written. PostgreSQL stores timestamptz and needs nothing. Reversing is a no-op: the new text is what Django writes.
"""

import datetime as dt

from django.db import migrations

COLUMNS = {
    "conversations_session": ("started_at", "ended_at", "updated_at"),
    "conversations_message": ("created_at",),
    "conversations_memoryitem": ("created_at", "updated_at", "deleted_at"),
    "conversations_memoryevent": ("at",),
}


def to_naive_utc(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        for table, columns in COLUMNS.items():
            for column in columns:
                # A client's own offset ("+02:00") was stored as sent: convert to UTC, not just cut the suffix.
                cursor.execute(f"SELECT id, {column} FROM {table} WHERE substr({column}, -6, 1) IN ('+', '-') AND substr({column}, -3, 1) = ':'")
                fixed = [(_naive_utc(value), pk) for pk, value in cursor.fetchall()]
                cursor.executemany(f"UPDATE {table} SET {column} = %s WHERE id = %s", fixed)


def _naive_utc(value: "str | dt.datetime") -> str:
    # Django's SQLite cursor may already hand back a parsed (aware) datetime.
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when.isoformat(sep=" ")


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0001_initial"),
    ]

    operations = [migrations.RunPython(to_naive_utc, migrations.RunPython.noop)]
