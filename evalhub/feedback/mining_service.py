"""Run the implicit-feedback detectors over newly ingested user turns and store what they find."""

from __future__ import annotations

import logging
from collections import defaultdict

from django.db import IntegrityError, transaction
from django.utils import timezone

from evalhub.conversations.models import MemoryItem, Message, Session
from evalhub.feedback.cases import signal_to_case
from evalhub.feedback.mining import Candidate, Detector, MsgView, Turn, default_detectors, detect_abandonment, mine_turn
from evalhub.feedback.mining.judge import judge_for
from evalhub.feedback.models import FeedbackEvent, Signal
from evalhub.feedback.services import feedback_event_process, preference_record
from evalhub.projects.models import Project

logger = logging.getLogger(__name__)
# Earlier sessions looked at for restatements: enough for "last week", bounded for speed.
EARLIER_SESSIONS = 10
EARLIER_MESSAGES = 300


def _view(m: Message, session_ext: str) -> MsgView:
    return MsgView(role=m.role, content=m.content, id=m.pk, ext_id=m.external_id, session_ext=session_ext)


def _earlier(session: Session) -> list[list[MsgView]]:
    sessions = list(
        Session.objects.filter(project_id=session.project_id, user_id=session.user_id, started_at__lt=session.started_at)
        .order_by("-started_at").values_list("pk", "external_id")[:EARLIER_SESSIONS]
    )
    ext = dict(sessions)
    grouped: dict[int, list[MsgView]] = defaultdict(list)
    for m in Message.objects.filter(session_id__in=ext, role="user").order_by("-created_at")[:EARLIER_MESSAGES]:
        grouped[m.session_id].append(_view(m, ext[m.session_id]))
    return [list(reversed(grouped[pk])) for pk, _ in reversed(sessions) if grouped.get(pk)]


def _record(project: Project, session: Session, user_msg: MsgView | None, cand: Candidate) -> Signal | None:
    about_id = cand.about.id if cand.about else None
    key = f"implicit:{cand.type}:{cand.details.get('key', '')}:{user_msg.id if user_msg else about_id}"
    try:
        with transaction.atomic():
            signal, created = Signal.objects.get_or_create(
                project=project, key=key,
                defaults={"user_id": session.user_id, "session": session, "message_id": about_id,
                          "user_message_id": user_msg.id if user_msg else None, "type": cand.type, "source": Signal.Source.IMPLICIT,
                          "detector": cand.detector, "confidence": cand.confidence, "evidence": cand.evidence[:2000],
                          "related_messages": [r.ext_id for r in cand.related if r.ext_id], "details": cand.details},
            )
    except IntegrityError:
        return None
    return signal if created else None


def _mine_session(project: Project, session: Session, new_ids: set[int], judge: Detector | None) -> list[Signal]:
    messages = list(Message.objects.filter(session=session).order_by("position"))
    views = [_view(m, session.external_id) for m in messages]
    earlier = _earlier(session)
    memory = list(MemoryItem.objects.filter(user_id=session.user_id, deleted_at__isnull=True).values_list("content", flat=True)[:200])
    created: list[Signal] = []
    negative_turns: set[int] = set()
    for i, (m, view) in enumerate(zip(messages, views, strict=True)):
        if m.role != "user":
            continue
        turn = Turn(message=view, history=views[:i], earlier_sessions=earlier, memory=memory)
        detectors = default_detectors()
        if judge is not None and m.pk in new_ids:
            detectors.append(judge)  # only on new turns: it costs an LM call each
        candidates = mine_turn(turn, detectors)
        if any(c.type in ("frustration", "correction", "rephrase") for c in candidates):
            negative_turns.add(i)
        if m.pk not in new_ids:
            continue
        for cand in candidates:
            if cand.type == "restatement":
                cand.details.setdefault("fact", view.content)
            if cand.type == "preference" and "key" in cand.details:
                cand.details["text"] = view.content
                preference_record(project=project, user=session.user, key=cand.details["key"], value=cand.details["value"],
                                  text=view.content, message=m, stated_at=m.created_at)
            signal = _record(project, session, view, cand)
            if signal is not None:
                created.append(signal)
    later_exists = Session.objects.filter(project=project, user_id=session.user_id, started_at__gt=session.started_at).exists()
    abandoned = detect_abandonment(views, negative_user_turns=negative_turns, session_over=bool(session.ended_at) or later_exists)
    if abandoned is not None:
        signal = _record(project, session, None, abandoned)
        if signal is not None:
            created.append(signal)
    return created


def _link_waiting(project: Project, sessions: list[Session]) -> None:
    waiting = FeedbackEvent.objects.filter(
        project=project, status=FeedbackEvent.Status.WAITING, session_ext__in=[s.external_id for s in sessions]
    )
    for event in waiting:
        feedback_event_process(event=event)


def feedback_mine_sessions(*, project: Project, session_ids: list[int], new_message_ids: list[int]) -> list[Signal]:
    sessions = list(Session.objects.filter(project=project, pk__in=session_ids).select_related("user"))
    _link_waiting(project, sessions)
    # A later session of the same user can make an earlier one "over" (abandonment) - include them.
    new_ids = set(new_message_ids)
    previous = {
        prev.pk: prev
        for s in sessions
        if (prev := Session.objects.filter(project=project, user_id=s.user_id, started_at__lt=s.started_at)
            .exclude(pk__in=session_ids).select_related("user").order_by("-started_at").first()) is not None
    }
    created: list[Signal] = []
    judge = judge_for(project.settings or {})
    for session in [*previous.values(), *sessions]:
        with transaction.atomic():
            signals = _mine_session(project, session, new_ids, judge)
            for signal in signals:
                signal_to_case(signal)
            if any(s.type in ("frustration", "correction") for s in signals):
                Session.objects.filter(pk=session.pk).update(has_negative_feedback=True, updated_at=timezone.now())
        created.extend(signals)
    logger.info("mined %d sessions: %d signals", len(sessions), len(created))
    return created
