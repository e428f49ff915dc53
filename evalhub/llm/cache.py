"""Pay for a completion once: replies cached by (model, prompt hash, input hash).

The CI gate scores a baseline prompt and a candidate on the same cases; the baseline's replies do not
change between runs, so they come from here. The store is any `MutableMapping[str, str]`; the default is
a SQLite file under `DSPY_CACHEDIR` (set by `evalhub.offline.force_offline`), safe across threads and
processes because each operation opens its own connection.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, MutableMapping
from contextlib import closing
from pathlib import Path
from typing import Any

from evalhub.llm.factory import lm_name

ResponseStore = MutableMapping[str, str]
DEFAULT_STORE_FILE = "evalhub-responses.sqlite3"

_default_store: SqliteStore | None = None
_default_store_lock = threading.Lock()


class SqliteStore(MutableMapping[str, str]):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        # A busy timeout rather than failing when another worker is writing.
        return sqlite3.connect(self.path, timeout=30)

    def __getitem__(self, key: str) -> str:
        with closing(self._connect()) as db:
            row = db.execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return str(row[0])

    def __setitem__(self, key: str, value: str) -> None:
        with closing(self._connect()) as db, db:
            db.execute("INSERT OR REPLACE INTO responses (key, value) VALUES (?, ?)", (key, value))

    def __delitem__(self, key: str) -> None:
        with closing(self._connect()) as db, db:
            if db.execute("DELETE FROM responses WHERE key = ?", (key,)).rowcount == 0:
                raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        with closing(self._connect()) as db:
            keys = [row[0] for row in db.execute("SELECT key FROM responses ORDER BY key")]
        return iter(keys)

    def __len__(self) -> int:
        with closing(self._connect()) as db:
            return int(db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])


def default_store_path() -> Path:
    base = os.environ.get("DSPY_CACHEDIR") or Path(__file__).resolve().parents[2] / "var" / "dspy-cache"
    return Path(base) / DEFAULT_STORE_FILE


def default_store() -> SqliteStore:
    global _default_store
    with _default_store_lock:
        if _default_store is None:
            _default_store = SqliteStore(default_store_path())
        return _default_store


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(*, model: str, prompt_key: str, messages: list[dict[str, Any]]) -> str:
    inputs = json.dumps(messages, sort_keys=True, ensure_ascii=False, default=str)
    return f"{model}:{_sha256(prompt_key)}:{_sha256(inputs)}"


def cached_complete(
    lm: Any, *, prompt_key: str, messages: list[dict[str, Any]], store: ResponseStore | None = None
) -> str:
    """The reply text of `lm` to `messages`, calling the model only on a miss.

    `prompt_key` names the prompt version (a hash of its text, say); `messages` are the full chat input.
    """
    store = default_store() if store is None else store
    key = cache_key(model=lm_name(lm), prompt_key=prompt_key, messages=messages)
    hit = store.get(key)
    if hit is not None:
        return hit
    outputs = lm(messages=messages)
    first = outputs[0] if outputs else ""
    text = (first.get("text") or "") if isinstance(first, dict) else str(first)
    store[key] = text
    return text
