"""Model fields shared by apps."""

from __future__ import annotations

import json
import zlib
from typing import Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper

# zlib level 1: a 2.7 MB ingest batch compresses to ~0.17 MB in ~7 ms; higher levels buy little
# more on JSON and cost several times the CPU.
ZLIB_LEVEL = 1


class CompressedJSONField(models.BinaryField):  # type: ignore[type-arg]
    """A JSON value stored zlib-compressed in a binary column (bytea on PostgreSQL).

    For large values that are written once and read once by the app and never queried in SQL (ingest
    payloads): PostgreSQL neither parses nor re-serialises jsonb nor pglz-compresses the text, which
    cost more server CPU than the client's compression. Reads also accept uncompressed JSON (bytes
    or text), which is what the migration from a JSONField leaves in place.
    """

    _pyi_private_set_type: Any
    _pyi_private_get_type: Any

    def get_db_prep_value(self, value: Any, connection: BaseDatabaseWrapper, prepared: bool = False) -> Any:
        if value is None:
            return None
        data = zlib.compress(json.dumps(value, separators=(",", ":")).encode(), ZLIB_LEVEL)
        return super().get_db_prep_value(data, connection, prepared)

    def from_db_value(self, value: Any, expression: Any, connection: BaseDatabaseWrapper) -> Any:
        return compressed_json_decode(value)

    def to_python(self, value: Any) -> Any:
        return compressed_json_decode(value) if isinstance(value, (bytes, memoryview)) else value

    def value_to_string(self, obj: models.Model) -> str:
        return json.dumps(self.value_from_object(obj))


def compressed_json_decode(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        return json.loads(value)
    raw = bytes(value)
    # A zlib stream starts with 0x78 ('x'), which no JSON text does.
    return json.loads(zlib.decompress(raw) if raw[:1] == b"x" else raw)
