"""The embedded default (no DATABASE_URL: SQLite, eager tasks) runs the same ingest write path.

The suite itself runs on PostgreSQL, where ingest writes with COPY; this runs a child process on a
fresh SQLite file so the fallback path (multi-row INSERT, AUTOINCREMENT id reservation) is covered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json
from evalhub.ingest.models import IngestBatch
from evalhub.ingest.services import ingest_batch_process
from evalhub.projects.services import project_create
from evalhub.conversations.models import ContextItem, Message, MemoryItem, Session

project = project_create(slug="lite").project
def session(sid, n, start=0):
    return {"id": sid, "user": "u-1", "memory": [{"id": "mem-1", "content": "User is vegetarian"}],
            "messages": [{"id": f"{sid}-m{i}", "role": "user" if i % 2 == 0 else "assistant",
                          "content": f"turn {i}: mail me at jane{i}@example.com", "context": ["mem-1"] if i % 2 else []}
                         for i in range(start, start + n)]}
out = []
for payload in ([session("s-1", 4), session("s-2", 2)], [session("s-1", 4)], [session("s-1", 2, start=4)]):
    batch = ingest_batch_process(batch=IngestBatch.objects.create(project=project, payload=payload, record_count=len(payload)))
    out.append({"status": batch.status, "errors": batch.errors, "created": batch.counts.get("messages_created", 0)})
s1 = Session.objects.get(project=project, external_id="s-1")
print(json.dumps({
    "batches": out,
    "positions": list(Message.objects.filter(session=s1).order_by("position").values_list("external_id", "position")),
    "contents": sorted(set(Message.objects.values_list("content", flat=True)))[:2],
    "sessions": Session.objects.count(), "memory": MemoryItem.objects.count(), "links": ContextItem.objects.count(),
}))
"""


@pytest.mark.slow
def test_ingest_writes_through_the_sqlite_fallback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}}
    env.update(EVALHUB_VAR_DIR=str(tmp_path), EVALHUB_PII_NER="0", DJANGO_SETTINGS_MODULE="evalhub.settings")
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    proc = subprocess.run([*manage, "shell", "-c", _SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert [b["status"] for b in result["batches"]] == ["done", "done", "done"], result["batches"]
    assert [b["errors"] for b in result["batches"]] == [[], [], []]
    # First batch creates 6 messages, the re-ingest none (idempotent), the append 2 more after position 3.
    assert [b["created"] for b in result["batches"]] == [6, 0, 2]
    assert result["positions"] == [[f"s-1-m{i}", i] for i in range(6)]
    assert all("<EMAIL_ADDRESS>" in c and "@example.com" not in c for c in result["contents"])
    assert (result["sessions"], result["memory"], result["links"]) == (2, 1, 4)
