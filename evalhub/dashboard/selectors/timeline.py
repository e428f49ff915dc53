"""One user's sessions in time order, with everything that happened in them, in a constant number of queries.

A page holds `SESSIONS_PER_PAGE` sessions; `at=<session external id>` opens the page holding that
session, which is how evidence links jump to an earlier session. Anchors use message primary keys
(`#m-<pk>`): external ids may hold characters a URL fragment would need escaping for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, Q

from evalhub.conversations.models import ContextItem, EndUser, MemoryEvent, Message, Session
from evalhub.conversations.selectors import user_session_list
from evalhub.dashboard.optional import failures_selectors
from evalhub.feedback.selectors import signal_list
from evalhub.projects.models import Project

SESSIONS_PER_PAGE = 10


@dataclass(frozen=True)
class Evidence:
    """A link to a message, possibly in an earlier session."""

    label: str
    session_ext: str
    message_id: int | None


@dataclass(frozen=True)
class Annotated:
    """A signal or failure with its evidence resolved to links."""

    item: Any
    links: list[Evidence]


@dataclass
class TurnRow:
    message: Message
    injected: list[ContextItem] = field(default_factory=list)
    signals: list[Annotated] = field(default_factory=list)
    failures: list[Annotated] = field(default_factory=list)


@dataclass
class SessionBlock:
    session: Session
    turns: list[TurnRow] = field(default_factory=list)
    memory_events: list[MemoryEvent] = field(default_factory=list)
    signals: list[Annotated] = field(default_factory=list)
    failures: list[Annotated] = field(default_factory=list)


@dataclass
class Timeline:
    user: EndUser
    blocks: list[SessionBlock]
    page: int
    pages: int
    total_sessions: int


def _page_of(sessions: Any, at: str, total: int) -> int:
    target = sessions.filter(external_id=at).values("started_at", "id").first()
    if target is None:
        return 0
    before = sessions.filter(Q(started_at__lt=target["started_at"]) | Q(started_at=target["started_at"], id__lt=target["id"])).count()
    return before // SESSIONS_PER_PAGE


def _failures(project: Project, user: EndUser, session_ids: list[int]) -> list[Any]:
    selectors = failures_selectors()
    if selectors is None:
        return []
    return list(selectors.failure_list(project=project, user=user).filter(session_id__in=session_ids).order_by("occurred_at", "id"))


def _evidence_refs(signals: list[Any], failures: list[Any]) -> set[str]:
    refs: set[str] = set()
    for s in signals:
        refs.update(str(r) for r in s.related_messages or [])
    for f in failures:
        refs.update(str(r) for r in failure_evidence_ext_ids(f))
    return refs


def failure_evidence_ext_ids(failure: Any) -> list[str]:
    """External ids of the messages a failure points at: {"messages": [{"id", "session", ...}], ...}."""
    evidence = getattr(failure, "evidence", None)
    items = evidence.get("messages", []) if isinstance(evidence, dict) else []
    return [str(m["id"]) for m in items if isinstance(m, dict) and m.get("id")]


def _resolve(project: Project, refs: set[str]) -> dict[str, Evidence]:
    if not refs:
        return {}
    rows = Message.objects.filter(project=project, external_id__in=refs).values("id", "external_id", "session__external_id", "position")
    return {
        r["external_id"]: Evidence(label=f"{r['session__external_id']} · turn {r['position'] + 1}", session_ext=r["session__external_id"], message_id=r["id"])
        for r in rows
    }


def user_timeline(*, project: Project, user: EndUser, page: int = 0, at: str = "") -> Timeline:
    sessions = user_session_list(project=project, user=user)
    total = sessions.count()
    pages = max(1, -(-total // SESSIONS_PER_PAGE))
    if at:
        page = _page_of(sessions, at, total)
    page = min(max(page, 0), pages - 1)
    start = page * SESSIONS_PER_PAGE
    context_qs = ContextItem.objects.select_related("memory_item").order_by("position")
    messages_qs = Message.objects.order_by("position").prefetch_related(Prefetch("context_items", queryset=context_qs))
    window = list(sessions.prefetch_related(Prefetch("messages", queryset=messages_qs))[start : start + SESSIONS_PER_PAGE])
    ids = [s.pk for s in window]
    signals = list(signal_list(project=project).filter(user=user, session_id__in=ids)) if ids else []
    failures = _failures(project, user, ids) if ids else []
    events = list(
        MemoryEvent.objects.filter(project=project, memory_item__user=user, reported_in_session_ext__in=[s.external_id for s in window])
        .select_related("memory_item")
        .order_by("at", "id")
    ) if ids else []
    evidence = _resolve(project, _evidence_refs(signals, failures))
    blocks = _assemble(window, signals, failures, events, evidence)
    return Timeline(user=user, blocks=blocks, page=page, pages=pages, total_sessions=total)


def _links(refs: list[str], evidence: dict[str, Evidence]) -> list[Evidence]:
    return [evidence[r] for r in dict.fromkeys(refs) if r in evidence]


def _assemble(
    window: list[Session], signals: list[Any], failures: list[Any], events: list[MemoryEvent], evidence: dict[str, Evidence]
) -> list[SessionBlock]:
    by_message_signals: dict[int, list[Annotated]] = defaultdict(list)
    by_session_signals: dict[int, list[Annotated]] = defaultdict(list)
    for s in signals:
        anchor = s.message_id or s.user_message_id
        note = Annotated(item=s, links=_links([str(r) for r in s.related_messages or []], evidence))
        (by_message_signals[anchor] if anchor else by_session_signals[s.session_id]).append(note)
    by_message_failures: dict[int, list[Annotated]] = defaultdict(list)
    by_session_failures: dict[int, list[Annotated]] = defaultdict(list)
    for f in failures:
        anchor = getattr(f, "message_id", None)
        note = Annotated(item=f, links=_links(failure_evidence_ext_ids(f), evidence))
        (by_message_failures[anchor] if anchor else by_session_failures[f.session_id]).append(note)
    by_session_events: dict[str, list[MemoryEvent]] = defaultdict(list)
    for e in events:
        by_session_events[e.reported_in_session_ext].append(e)
    blocks = []
    for session in window:
        turns = [
            TurnRow(message=m, injected=list(m.context_items.all()), signals=by_message_signals.get(m.pk, []), failures=by_message_failures.get(m.pk, []))
            for m in session.messages.all()
        ]
        blocks.append(SessionBlock(
            session=session, turns=turns, memory_events=by_session_events.get(session.external_id, []),
            signals=by_session_signals.get(session.pk, []), failures=by_session_failures.get(session.pk, []),
        ))
    return blocks


@dataclass(frozen=True)
class EvidenceQuote:
    quote: str
    why: str
    role: str
    link: Evidence | None


def failure_evidence(*, project: Project, failure: Any) -> list[EvidenceQuote]:
    """A failure's quoted evidence messages, each linked to where it was said (one query)."""
    evidence = failure.evidence if isinstance(failure.evidence, dict) else {}
    items = [m for m in evidence.get("messages", []) if isinstance(m, dict)]
    links = _resolve(project, {str(m["id"]) for m in items if m.get("id")})
    return [
        EvidenceQuote(quote=str(m.get("quote", "")), why=str(m.get("why", "")), role=str(m.get("role", "")), link=links.get(str(m.get("id", ""))))
        for m in items
    ]
