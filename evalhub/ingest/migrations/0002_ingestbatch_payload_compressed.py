"""IngestBatch.payload: jsonb -> zlib-compressed JSON in bytea (evalhub.common.fields.CompressedJSONField).

Payloads of batches still waiting are kept: PostgreSQL converts them in place to uncompressed
JSON bytes, which the field reads as well. Reversible: the payloads are decoded back to jsonb.
"""

import json

from django.db import migrations, models

import evalhub.common.fields

TABLE = "ingest_ingestbatch"


def _fields() -> tuple[models.Field, models.Field]:
    old = models.JSONField(blank=True, null=True)
    new = evalhub.common.fields.CompressedJSONField(blank=True, null=True)
    old.set_attributes_from_name("payload")
    new.set_attributes_from_name("payload")
    return old, new


def to_compressed(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "postgresql":
        # Django's generic ALTER would cast jsonb to bytea, which PostgreSQL has no cast for.
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN payload TYPE bytea USING convert_to(payload::text, 'UTF8')")
        return
    old, new = _fields()
    schema_editor.alter_field(apps.get_model("ingest", "IngestBatch"), old, new)


def to_json(apps, schema_editor):  # type: ignore[no-untyped-def]
    model = apps.get_model("ingest", "IngestBatch")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT id, payload FROM {TABLE} WHERE payload IS NOT NULL")
        waiting = [(pk, evalhub.common.fields.compressed_json_decode(raw)) for pk, raw in cursor.fetchall()]
    old, new = _fields()
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN payload TYPE jsonb USING NULL")
    else:
        schema_editor.execute(f"UPDATE {TABLE} SET payload = NULL")
        schema_editor.alter_field(model, new, old)
    cast = "::jsonb" if schema_editor.connection.vendor == "postgresql" else ""
    with schema_editor.connection.cursor() as cursor:
        for pk, value in waiting:
            cursor.execute(f"UPDATE {TABLE} SET payload = %s{cast} WHERE id = %s", [json.dumps(value), pk])


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(to_compressed, to_json)],
            state_operations=[
                migrations.AlterField(
                    model_name="ingestbatch",
                    name="payload",
                    field=evalhub.common.fields.CompressedJSONField(blank=True, null=True),
                ),
            ],
        ),
    ]
