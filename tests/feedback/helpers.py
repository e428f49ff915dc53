from __future__ import annotations

import json
import time
import uuid
from typing import Any

from django.test import TestCase

from evalhub.feedback import webhooks
from tests.conftest import ApiProject


def send_webhook(
    p: ApiProject, event: dict[str, Any], *, secret: str | None = None, msg_id: str | None = None, ts: int | None = None,
    body: bytes | None = None, slug: str | None = None, signature: str | None = None,
) -> Any:
    body = body if body is not None else json.dumps(event).encode()
    msg_id = msg_id or f"msg_{uuid.uuid4().hex}"
    ts = ts if ts is not None else int(time.time())
    sig = signature if signature is not None else webhooks.sign(secret=secret or p.webhook_secret, msg_id=msg_id, timestamp=ts, body=body)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return p.client.post(
            f"/api/v1/projects/{slug or p.project.slug}/webhooks/feedback", body, content_type="application/json",
            HTTP_WEBHOOK_ID=msg_id, HTTP_WEBHOOK_TIMESTAMP=str(ts), HTTP_WEBHOOK_SIGNATURE=sig,
        )


def conversation(sid: str = "s-1", user: str = "u-1", started_at: str = "2026-03-02T10:00:00Z", turns: list[tuple[str, str]] | None = None,
                 memory: list[dict[str, Any]] | None = None, context: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    turns = turns or [("user", "What time does the museum open on Sunday?"), ("assistant", "The museum opens at 9am on Sunday.")]
    messages = []
    for i, (role, content) in enumerate(turns):
        m: dict[str, Any] = {"id": f"{sid}-m{i + 1}", "role": role, "content": content}
        if role == "assistant" and context:
            m["context"] = context
        messages.append(m)
    return {"id": sid, "user": user, "started_at": started_at, "messages": messages, "memory": memory or [], **extra}
