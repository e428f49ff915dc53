"""The detector interface for failure tagging: one assistant turn in its user's history in, candidates out.

Detectors are pure (no DB): `evalhub.failures.timeline` builds a `UserTimeline` from stored rows, tests
build one by hand, and every detector reads the same `Turn` view of it. Memory is seen as it was when
the turn was answered (replaying the item's add/update/delete events), never as it is today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from evalhub.failures.detectors.text import quote

if TYPE_CHECKING:
    from evalhub.failures.detectors.analysis import Analysis

FAILURE_TYPES = ("recall", "clash", "poisoning", "distraction", "confusion")
DIAGNOSES = ("write_miss", "retrieval_miss", "ignored")
NEGATIVE_FEEDBACK = ("thumbs_down", "flag", "correction")


@dataclass(frozen=True)
class Msg:
    ext_id: str
    session_ext: str
    role: str
    content: str
    at: datetime
    position: int
    id: int | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemOp:
    op: str
    content: str
    at: datetime
    session_ext: str = ""


@dataclass(frozen=True)
class MemState:
    """A memory item as it stood at one moment."""

    ext_id: str
    content: str
    written_at: datetime
    created_at: datetime
    previous: tuple[str, ...]
    source_session_ext: str
    source_message_ext: str
    id: int | None = None
    written_session_ext: str = ""


@dataclass
class MemItem:
    ext_id: str
    ops: list[MemOp]
    source_session_ext: str = ""
    source_message_ext: str = ""
    id: int | None = None

    def state_at(self, t: datetime) -> MemState | None:
        """Content at `t` (None if not yet written or deleted by then); `previous` = superseded contents."""
        content, written, created, history, session = None, None, None, [], ""
        for op in self.ops:
            if op.at > t:
                break
            if op.op == "delete":
                content = None
                continue
            if content is not None and op.content != content:
                history.append(content)
            content, written, session = op.content, op.at, op.session_ext
            created = created or op.at
        if content is None or written is None or created is None:
            return None
        return MemState(self.ext_id, content, written, created, tuple(history), self.source_session_ext, self.source_message_ext,
                        self.id, session or self.source_session_ext)

    def deleted_between(self, start: datetime, end: datetime) -> bool:
        return any(op.op == "delete" and start <= op.at <= end for op in self.ops)

    @property
    def first_at(self) -> datetime | None:
        return self.ops[0].at if self.ops else None


@dataclass(frozen=True)
class Feedback:
    type: str
    message_ext: str
    value: int | None = None
    comment: str = ""
    correction: str = ""

    @property
    def is_negative(self) -> bool:
        if self.type == "rating":
            return (self.value or 5) <= 2
        if self.type == "comment":
            return True  # a comment on a turn is a complaint far more often than praise; detectors read the text
        return self.type in NEGATIVE_FEEDBACK


@dataclass
class SessionView:
    ext_id: str
    started_at: datetime
    messages: list[Msg]
    id: int | None = None


@dataclass
class UserTimeline:
    user_ext: str
    sessions: list[SessionView]
    memory: dict[str, MemItem]
    feedback: dict[str, list[Feedback]] = field(default_factory=dict)
    user_id: int | None = None

    def __post_init__(self) -> None:
        self.sessions.sort(key=lambda s: (s.started_at, s.ext_id))
        self.by_ext: dict[str, Msg] = {m.ext_id: m for s in self.sessions for m in s.messages}
        self.session_index = {s.ext_id: i for i, s in enumerate(self.sessions)}

    def messages(self) -> list[Msg]:
        return [m for s in self.sessions for m in s.messages]

    def memory_at(self, t: datetime) -> list[MemState]:
        return [st for item in self.memory.values() if (st := item.state_at(t)) is not None]

    def items_from(self, message_ext: str) -> list[MemItem]:
        """The memory items written from one message (indexed on first use: detectors ask per fact and turn)."""
        index = self.__dict__.get("_items_by_source")
        if index is None:
            index = {}
            for item in self.memory.values():
                if item.source_message_ext:
                    index.setdefault(item.source_message_ext, []).append(item)
            self.__dict__["_items_by_source"] = index
        return index.get(message_ext, [])


@dataclass
class Turn:
    """One assistant message with what surrounds it."""

    timeline: UserTimeline
    session: SessionView
    index: int
    analysis: Analysis

    @property
    def message(self) -> Msg:
        return self.session.messages[self.index]

    @property
    def request_messages(self) -> list[Msg]:
        out: list[Msg] = []
        for m in reversed(self.session.messages[: self.index]):
            if m.role == "assistant":
                break
            if m.role == "user":
                out.append(m)
        return list(reversed(out))

    @property
    def request(self) -> str:
        return " ".join(m.content for m in self.request_messages)

    @property
    def reply(self) -> Msg | None:
        """The user's next message in the session (their reaction to this answer)."""
        nxt = self.session.messages[self.index + 1 : self.index + 2]
        return nxt[0] if nxt and nxt[0].role == "user" else None

    @property
    def follow_up(self) -> Msg | None:
        """The assistant's answer to the reaction (an apology here means this turn went wrong)."""
        nxt = self.session.messages[self.index + 2 : self.index + 3]
        return nxt[0] if self.reply is not None and nxt and nxt[0].role == "assistant" else None

    @property
    def context(self) -> list[MemState]:
        out = []
        for ext in self.message.context:
            item = self.timeline.memory.get(ext)
            state = item.state_at(self.message.at) if item else None
            if state is not None:
                out.append(state)
        return out

    @property
    def feedback(self) -> list[Feedback]:
        return self.timeline.feedback.get(self.message.ext_id, [])

    @property
    def negative_feedback(self) -> list[Feedback]:
        return [f for f in self.feedback if f.is_negative]

    def earlier_sessions(self) -> list[SessionView]:
        return self.timeline.sessions[: self.timeline.session_index[self.session.ext_id]]


@dataclass
class Evidence:
    messages: list[dict[str, Any]] = field(default_factory=list)
    memory: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[str] = field(default_factory=list)

    def add_message(self, m: Msg, why: str) -> None:
        if all(x["id"] != m.ext_id for x in self.messages):
            self.messages.append({"id": m.ext_id, "session": m.session_ext, "role": m.role, "quote": quote(m.content), "why": why})

    def add_memory(self, st: MemState, why: str, *, injected: bool | None = None) -> None:
        if all(x["id"] != st.ext_id for x in self.memory):
            row: dict[str, Any] = {"id": st.ext_id, "quote": quote(st.content), "why": why}
            if injected is not None:
                row["injected"] = injected
            self.memory.append(row)

    def add_session(self, ext: str | None) -> None:
        if ext and ext not in self.sessions:
            self.sessions.append(ext)

    def to_dict(self) -> dict[str, Any]:
        return {"messages": self.messages, "memory": self.memory, "sessions": self.sessions}


@dataclass
class Candidate:
    type: str
    confidence: float
    explanation: str
    detector: str
    evidence: Evidence = field(default_factory=Evidence)
    diagnosis: str | None = None
    evidence_session: str | None = None
    # What the eval case must check and what clustering groups by: {"fact", "attribute", "memory", "new", "old", "wrong"}
    details: dict[str, Any] = field(default_factory=dict)


class Detector(Protocol):
    name: str

    def detect(self, turn: Turn) -> list[Candidate]: ...
