"""Run the failure detectors over ingested sessions and store what they find (idempotently)."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from evalhub.conversations.models import EndUser, Session
from evalhub.failures import judge
from evalhub.failures.detectors import Analysis, Candidate, Semantic, Turn, assistant_turns, resolve, tag_turn
from evalhub.failures.detectors.usage import used_terms
from evalhub.failures.models import Failure, InjectionOutcome
from evalhub.failures.services.clustering import failure_cluster_assign
from evalhub.failures.services.embedding_cache import cached_semantic
from evalhub.failures.timeline import HISTORY_SESSIONS, timeline_load
from evalhub.projects.models import Project

logger = logging.getLogger(__name__)
# When an earlier session arrives late, the user's later sessions are re-tagged (their evidence changed);
# bounded so one backfilled session can't re-tag a user's whole history.
RETAG_LATER_SESSIONS = 20


@dataclass
class TagResult:
    sessions: int = 0
    turns: int = 0
    failures: int = 0
    created: int = 0
    removed: int = 0


def failures_on_sessions_ingested(*, project: Project, session_ids: list[int], new_message_ids: list[int]) -> None:
    """Pipeline consumer: tag the ingested sessions after the ingest transaction commits."""
    from evalhub.failures.tasks import failures_tag_sessions_task

    ids = list(session_ids)
    transaction.on_commit(lambda: failures_tag_sessions_task.delay(project.pk, ids), robust=True)


def failures_on_feedback_processed(*, project: Project, session_ids: list[int]) -> None:
    """For the feedback app: explicit feedback often arrives after the conversation was tagged; re-tag its sessions."""
    failures_on_sessions_ingested(project=project, session_ids=session_ids, new_message_ids=[])


def failures_retag_request(*, project: Project, user: EndUser | None = None) -> None:
    """Queue an on-demand re-run for one user or the whole project (after commit)."""
    from evalhub.failures.tasks import failures_tag_project_task, failures_tag_user_task

    if user is not None:
        user_id = user.pk
        transaction.on_commit(lambda: failures_tag_user_task.delay(project.pk, user_id))
    else:
        transaction.on_commit(lambda: failures_tag_project_task.delay(project.pk))


def failures_tag_sessions(*, project: Project, session_ids: list[int], sem: Semantic | None = None) -> TagResult:
    """Tag the assistant turns of these sessions (and later sessions of the same users). Re-running is a no-op
    apart from updating open failures: each failure has a key (type + message) unique per project."""
    sem = sem or cached_semantic()
    result = TagResult()
    by_user: dict[int, list[Session]] = defaultdict(list)
    for session in Session.objects.filter(project=project, pk__in=session_ids).select_related("user"):
        by_user[session.user_id].append(session)
    for sessions in by_user.values():
        _tag_user_sessions(project, sessions[0].user, sessions, sem, result)
    logger.info("tagged %d sessions (%d turns): %d failures, %d new", result.sessions, result.turns, result.failures, result.created)
    return result


def failures_tag_user(*, project: Project, user: EndUser, sem: Semantic | None = None) -> TagResult:
    ids = list(Session.objects.filter(project=project, user=user).values_list("pk", flat=True))
    return failures_tag_sessions(project=project, session_ids=ids, sem=sem)


def failures_tag_project(*, project: Project, sem: Semantic | None = None) -> TagResult:
    """Re-tag every session of the project, user by user (on demand, e.g. after a detector change)."""
    sem = sem or cached_semantic()
    total = TagResult()
    for user in EndUser.objects.filter(project=project).order_by("pk").iterator():
        r = failures_tag_user(project=project, user=user, sem=sem)
        for name in ("sessions", "turns", "failures", "created", "removed"):
            setattr(total, name, getattr(total, name) + getattr(r, name))
    return total


def _tag_user_sessions(project: Project, user: EndUser, sessions: list[Session], sem: Semantic, result: TagResult) -> None:
    first = min(s.started_at for s in sessions)
    later = list(
        Session.objects.filter(project=project, user=user, started_at__gt=first).exclude(pk__in=[s.pk for s in sessions])
        .order_by("started_at")[:RETAG_LATER_SESSIONS]
    )
    targets = {s.external_id: s for s in [*sessions, *later]}
    until = max(s.started_at for s in targets.values())
    timeline = timeline_load(user=user, until=until, limit=HISTORY_SESSIONS + len(targets))
    analysis = Analysis(timeline, sem)
    turns = assistant_turns(timeline, analysis, set(targets))
    found: list[tuple[Turn, Candidate]] = []
    for turn in turns:
        best = resolve(tag_turn(turn))
        if best is not None:
            found.append((turn, best))
    found += judge.judge_turns([t for t in turns if all(t is not f[0] for f in found)])
    with transaction.atomic():
        failures = [_upsert(project, user, turn, cand, result) for turn, cand in found]
        result.removed += _remove_stale(project, turns, {f.key for f in failures})
        _record_outcomes(project, user, turns)
        session_failure_types_refresh(project=project, session_ids=[s.pk for s in targets.values()])
        for failure in failures:
            failure_cluster_assign(failure=failure, sem=sem)
    result.sessions += len(targets)
    result.turns += len(turns)
    result.failures += len(failures)


def failure_key(failure_type: str, message_ext: str) -> str:
    return f"{failure_type}:{message_ext}"[:300]


def _upsert(project: Project, user: EndUser, turn: Turn, cand: Candidate, result: TagResult) -> Failure:
    m = turn.message
    assert m.id is not None and turn.session.id is not None, "turns loaded from the database carry row ids"
    fields = {
        "confidence": cand.confidence, "evidence": cand.evidence.to_dict(), "explanation": cand.explanation[:2000],
        "diagnosis": cand.diagnosis or "", "evidence_session": cand.evidence_session or "", "details": cand.details,
        "detector": cand.detector, "model_name": str(cand.details.get("model_name", "")), "updated_at": timezone.now(),
    }
    failure, created = Failure.objects.get_or_create(
        project=project, key=failure_key(cand.type, m.ext_id),
        defaults={**fields, "user": user, "session_id": turn.session.id, "message_id": m.id, "type": cand.type, "occurred_at": m.at},
    )
    if created:
        result.created += 1
    elif failure.status == Failure.Status.OPEN:
        # A re-run refreshes what an unreviewed failure says; a reviewed one is left as the reviewer saw it.
        for name, value in fields.items():
            setattr(failure, name, value)
        failure.save(update_fields=list(fields))
    return failure


def _remove_stale(project: Project, turns: list[Turn], keep: set[str]) -> int:
    """Open baseline failures on these turns that the detectors no longer find (a detector fix, new data)."""
    stale = Failure.objects.filter(
        project=project, message_id__in=[t.message.id for t in turns], status=Failure.Status.OPEN, model_name="",
    ).exclude(key__in=keep)
    count, _ = stale.delete()
    return count


def _record_outcomes(project: Project, user: EndUser, turns: list[Turn]) -> None:
    rows = []
    for turn in turns:
        context = turn.context
        if not context:
            continue
        rels = turn.analysis.sem.sims(turn.request, [st.content for st in context]) if turn.request else [0.0] * len(context)
        for st, rel in zip(context, rels, strict=True):
            if st.id is None or turn.message.id is None:
                continue
            rows.append(InjectionOutcome(
                project=project, user=user, memory_item_id=st.id, message_id=turn.message.id, at=turn.message.at, chars=len(st.content),
                used=bool(used_terms(turn.message.content, st.content, turn.request)), relevance=round(rel, 4),
                stale=turn.analysis.stale_at(st.ext_id, st.content, turn.message.at) is not None,
            ))
    InjectionOutcome.objects.bulk_create(
        rows, batch_size=1000, update_conflicts=True, unique_fields=["message", "memory_item"],
        update_fields=["used", "stale", "relevance", "chars", "at"],
    )


def session_failure_types_refresh(*, project: Project, session_ids: list[int]) -> None:
    """Session.failure_types (the dashboard's filter column) = the types of its failures that aren't dismissed."""
    types: dict[int, set[str]] = defaultdict(set)
    rows = Failure.objects.filter(project=project, session_id__in=session_ids).exclude(status=Failure.Status.DISMISSED).values_list("session_id", "type")
    for session_id, failure_type in rows:
        types[session_id].add(failure_type)
    now = timezone.now()
    for session in Session.objects.filter(pk__in=session_ids).only("pk", "failure_types"):
        wanted = sorted(types.get(session.pk, set()))
        if wanted != sorted(session.failure_types or []):
            Session.objects.filter(pk=session.pk).update(failure_types=wanted, updated_at=now)
