"""What happens after new conversation data is committed.

Explicit calls instead of signals: reading this file tells you every consumer of new data.
Each consumer enqueues its own Celery task on commit; a consumer that isn't built yet is skipped.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from evalhub.projects.models import Project

# (module, function) pairs; each takes project=, session_ids=, new_message_ids= and enqueues work.
CONSUMERS: list[tuple[str, str]] = [
    ("evalhub.feedback.services", "feedback_on_sessions_ingested"),
    ("evalhub.policies.services", "guardrails_on_sessions_ingested"),
    ("evalhub.failures.services", "failures_on_sessions_ingested"),
]


def resolve_optional(module: str, name: str) -> Any | None:
    """`module.name`, or None when that module isn't there (an app not built into this deployment)."""
    try:
        mod = import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None
    return getattr(mod, name, None)


def sessions_ingested(*, project: Project, session_ids: list[int], new_message_ids: list[int]) -> None:
    if not session_ids:
        return
    for module, name in CONSUMERS:
        fn = resolve_optional(module, name)
        if fn is not None:
            fn(project=project, session_ids=session_ids, new_message_ids=new_message_ids)
