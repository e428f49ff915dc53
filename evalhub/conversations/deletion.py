"""Deleting an end user's data on request (right to erasure).

Deleting the EndUser row cascades through its sessions, messages, memory items (and their events
and context links), and every other app's rows that point at them with CASCADE (feedback events,
signals, preferences, ...). Eval cases outlive the user by design (SET_NULL foreign keys: an
accepted case is part of versioned eval sets), so what could still identify the user there is
scrubbed: the external ids in their provenance entries. The case input itself was PII-redacted at
ingest and stays.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from evalhub.conversations.models import EndUser, MemoryItem, Message, Session
from evalhub.projects.models import Project

logger = logging.getLogger(__name__)

SCRUBBED = None
# Rows scanned per query when scrubbing JSON columns; eval sets and batch histories are small.
SCAN_CHUNK = 500
# Postgres caps bind parameters per query; ext id lists are split below that.
IN_CHUNK = 5000


@dataclass(frozen=True)
class UserDeletion:
    sessions: int
    messages: int
    memory_items: int
    eval_cases_scrubbed: int


def _chunks(items: list[str], size: int = IN_CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _scrub(value: Any, ext_ids: frozenset[str]) -> tuple[Any, bool]:
    """Replace every string equal to one of `ext_ids`, anywhere in a JSON value."""
    if isinstance(value, str):
        return (SCRUBBED, True) if value in ext_ids else (value, False)
    if isinstance(value, list):
        pairs = [_scrub(v, ext_ids) for v in value]
        return [v for v, _ in pairs], any(changed for _, changed in pairs)
    if isinstance(value, dict):
        scrubbed = {k: _scrub(v, ext_ids) for k, v in value.items()}
        return {k: v for k, (v, _) in scrubbed.items()}, any(changed for _, changed in scrubbed.values())
    return value, False


def _eval_cases_scrub(*, project: Project, ext_ids: frozenset[str]) -> int:
    try:
        from evalhub.evals.models import EvalCase
    except ImportError:  # evals is optional for this module; nothing to scrub without it
        return 0
    changed = []
    for case in EvalCase.objects.filter(project=project).only("id", "provenance").iterator(chunk_size=SCAN_CHUNK):
        provenance, dirty = _scrub(case.provenance, ext_ids)
        if dirty:
            case.provenance = provenance
            changed.append(case)
    EvalCase.objects.bulk_update(changed, ["provenance"], batch_size=SCAN_CHUNK)
    return len(changed)


def _ingest_errors_scrub(*, project: Project, ext_ids: frozenset[str]) -> None:
    from evalhub.ingest.models import IngestBatch

    changed = []
    for batch in IngestBatch.objects.filter(project=project).exclude(errors=[]).only("id", "errors").iterator(chunk_size=SCAN_CHUNK):
        errors, dirty = _scrub(batch.errors, ext_ids)
        if dirty:
            batch.errors = errors
            changed.append(batch)
    IngestBatch.objects.bulk_update(changed, ["errors"], batch_size=SCAN_CHUNK)


def _feedback_events_delete(*, project: Project, user_ext: str, session_exts: list[str], message_exts: list[str]) -> None:
    """Events still waiting for their session hold the raw webhook body but no FK to cascade through."""
    try:
        from evalhub.feedback.models import FeedbackEvent
    except ImportError:
        return
    events = FeedbackEvent.objects.filter(project=project)
    events.filter(user_ext=user_ext).delete()
    for chunk in _chunks(session_exts):
        events.filter(session_ext__in=chunk).delete()
    for chunk in _chunks(message_exts):
        events.filter(message_ext__in=chunk).delete()


def _memory_sources_scrub(*, project: Project, session_exts: list[str], message_exts: list[str]) -> None:
    # Other users' memory may name this user's sessions as sources (shared assistants, imports).
    for chunk in _chunks(session_exts):
        MemoryItem.objects.filter(project=project, source_session_ext__in=chunk).update(source_session_ext="")
    for chunk in _chunks(message_exts):
        MemoryItem.objects.filter(project=project, source_message_ext__in=chunk).update(source_message_ext="")


@transaction.atomic
def end_user_delete(*, project: Project, user: EndUser) -> UserDeletion:
    """Delete everything stored about one end user of `project`. Idempotent at the API level: a
    second request finds no user (404)."""
    session_exts = list(Session.objects.filter(project=project, user=user).values_list("external_id", flat=True))
    message_exts = list(Message.objects.filter(project=project, user=user).values_list("external_id", flat=True))
    memory_count = MemoryItem.objects.filter(project=project, user=user).count()
    ext_ids = frozenset([user.external_id, *session_exts, *message_exts])
    scrubbed = _eval_cases_scrub(project=project, ext_ids=ext_ids)
    _ingest_errors_scrub(project=project, ext_ids=ext_ids)
    _feedback_events_delete(project=project, user_ext=user.external_id, session_exts=session_exts, message_exts=message_exts)
    user.delete()
    _memory_sources_scrub(project=project, session_exts=session_exts, message_exts=message_exts)
    result = UserDeletion(sessions=len(session_exts), messages=len(message_exts), memory_items=memory_count, eval_cases_scrubbed=scrubbed)
    # Counts only: logging the external id would keep an identifier of the erased user.
    logger.info(
        "end user data deleted in project %s: %d sessions, %d messages, %d memory items; %d eval cases scrubbed",
        project.slug, result.sessions, result.messages, result.memory_items, result.eval_cases_scrubbed,
    )
    return result
