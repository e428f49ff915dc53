from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import TestCase, mock

from evalhub.llm.cache import SqliteStore, cache_key, cached_complete, default_store_path
from evalhub.llm.scripted import ScriptedLM

MESSAGES = [
    {"role": "system", "content": "Be concise."},
    {"role": "user", "content": "Memory:\n- User has a cat\n\nUser: what pet do I have?"},
]
REPLY = 'From memory: User has a cat. Here is my answer to "what pet do I have?".'


class CachedCompleteTests(TestCase):
    def setUp(self) -> None:
        self.lm = ScriptedLM("scripted/cache")
        self.store: dict[str, str] = {}

    def test_it_pays_for_a_reply_once(self) -> None:
        for _ in range(2):
            self.assertEqual(cached_complete(self.lm, prompt_key="v1", messages=MESSAGES, store=self.store), REPLY)
        self.assertEqual(self.lm.calls, 1)
        self.assertEqual(list(self.store.values()), [REPLY])

    def test_the_model_the_prompt_and_the_input_each_make_a_new_key(self) -> None:
        cached_complete(self.lm, prompt_key="v1", messages=MESSAGES, store=self.store)
        cached_complete(self.lm, prompt_key="v2", messages=MESSAGES, store=self.store)
        cached_complete(self.lm, prompt_key="v1", messages=MESSAGES[1:], store=self.store)
        cached_complete(ScriptedLM("scripted/other"), prompt_key="v1", messages=MESSAGES, store=self.store)
        self.assertEqual(len(self.store), 4)
        self.assertEqual(self.lm.calls, 3)

    def test_the_key_names_the_model_and_ignores_dict_order(self) -> None:
        reordered = [{"content": m["content"], "role": m["role"]} for m in MESSAGES]
        key = cache_key(model="scripted/cache", prompt_key="v1", messages=MESSAGES)
        self.assertTrue(key.startswith("scripted/cache:"))
        self.assertEqual(key, cache_key(model="scripted/cache", prompt_key="v1", messages=reordered))

    def test_the_sqlite_store_keeps_replies_on_disk(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            store = SqliteStore(Path(tmp) / "sub" / "replies.sqlite3")
            cached_complete(self.lm, prompt_key="v1", messages=MESSAGES, store=store)
            reopened = SqliteStore(store.path)
            self.assertEqual(cached_complete(self.lm, prompt_key="v1", messages=MESSAGES, store=reopened), REPLY)
            self.assertEqual((self.lm.calls, len(reopened), list(reopened)), (1, 1, list(store)))
            del reopened[next(iter(reopened))]
            self.assertEqual(len(store), 0)
            with self.assertRaises(KeyError):
                store["missing"]

    def test_the_default_store_lives_under_the_dspy_cache_dir(self) -> None:
        with mock.patch.dict("os.environ", {"DSPY_CACHEDIR": "/tmp/evalhub-dspy"}):
            self.assertEqual(default_store_path(), Path("/tmp/evalhub-dspy/evalhub-responses.sqlite3"))
