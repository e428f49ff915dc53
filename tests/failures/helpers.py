"""Build one user's history in the ingest format (timestamps in order), as records or as a detector timeline."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from evalhub.failures.detectors import (
    Analysis,
    Candidate,
    Feedback,
    MemItem,
    MemOp,
    Msg,
    SessionView,
    Turn,
    UserTimeline,
    resolve,
    tag_turn,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Story:
    def __init__(self, user: str = "u-1", start: datetime = T0) -> None:
        self.user = user
        self.sessions: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.t = start
        self.n = defaultdict(int)

    def _id(self, kind: str) -> str:
        self.n[kind] += 1
        return f"{self.user}-{kind}{self.n[kind]}"

    @property
    def current(self) -> dict[str, Any]:
        return self.sessions[-1]

    def session(self, days_later: int = 1) -> str:
        if self.sessions:
            self.t = self.t.replace(hour=9, minute=0, second=0) + timedelta(days=days_later)
        sid = self._id("s")
        self.sessions.append({"id": sid, "user": self.user, "started_at": iso(self.t), "memory": [], "messages": []})
        return sid

    def _msg(self, role: str, text: str, context: list[str] | tuple[str, ...] = ()) -> str:
        self.t += timedelta(seconds=30)
        mid = self._id("m")
        m: dict[str, Any] = {"id": mid, "role": role, "content": text, "created_at": iso(self.t)}
        if role == "assistant":
            m["context"] = list(context)
        self.current["messages"].append(m)
        return mid

    def user_says(self, text: str) -> str:
        return self._msg("user", text)

    def assistant(self, text: str, context: list[str] | tuple[str, ...] = ()) -> str:
        return self._msg("assistant", text, context)

    def _op(self, op: str, item: str, content: str | None, source: str | None) -> None:
        self.t += timedelta(seconds=2)
        row: dict[str, Any] = {"id": item, "op": op, "created_at": iso(self.t), "source": {"session": self.current["id"]}}
        if content is not None:
            row["content"] = content
        if source:
            row["source"]["message"] = source
        self.current["memory"].append(row)

    def remember(self, content: str, source: str | None = None) -> str:
        item = self._id("mem")
        self._op("add", item, content, source)
        return item

    def update(self, item: str, content: str, source: str | None = None) -> None:
        self._op("update", item, content, source)

    def forget(self, item: str, source: str | None = None) -> None:
        self._op("delete", item, None, source)

    def feedback(self, message: str, type: str, **fields: Any) -> None:
        session = next(s["id"] for s in self.sessions if any(m["id"] == message for m in s["messages"]))
        self.events.append({"id": self._id("evt"), "type": type, "session": session, "message": message, "user": self.user, **fields})

    def records(self) -> list[dict[str, Any]]:
        return self.sessions

    def timeline(self) -> UserTimeline:
        """What `evalhub.failures.timeline.timeline_load` would build after ingesting `records()`."""
        items: dict[str, MemItem] = {}
        for s in self.sessions:
            for op in s["memory"]:
                item = items.setdefault(op["id"], MemItem(ext_id=op["id"], ops=[]))
                at = datetime.strptime(op["created_at"], "%Y-%m-%dT%H:%M:%S%z")
                item.ops.append(MemOp(op=op["op"], content=op.get("content") or "", at=at, session_ext=s["id"]))
                item.source_session_ext = op["source"].get("session") or item.source_session_ext
                item.source_message_ext = op["source"].get("message") or item.source_message_ext
        for item in items.values():
            item.ops.sort(key=lambda o: o.at)
        sessions = [
            SessionView(ext_id=s["id"], started_at=datetime.strptime(s["started_at"], "%Y-%m-%dT%H:%M:%S%z"), messages=[
                Msg(ext_id=m["id"], session_ext=s["id"], role=m["role"], content=m["content"], position=i,
                    at=datetime.strptime(m["created_at"], "%Y-%m-%dT%H:%M:%S%z"), context=tuple(m.get("context", [])))
                for i, m in enumerate(s["messages"])
            ]) for s in self.sessions
        ]
        feedback: dict[str, list[Feedback]] = defaultdict(list)
        for e in self.events:
            feedback[e["message"]].append(Feedback(type=e["type"], message_ext=e["message"], value=e.get("value"),
                                                   comment=e.get("comment") or "", correction=e.get("correction") or ""))
        return UserTimeline(user_ext=self.user, sessions=sessions, memory=items, feedback=dict(feedback))


def turn_of(story: Story, message: str) -> Turn:
    tl = story.timeline()
    analysis = Analysis(tl)
    for s in tl.sessions:
        for i, m in enumerate(s.messages):
            if m.ext_id == message:
                return Turn(tl, s, i, analysis)
    raise KeyError(message)


def tag(story: Story, message: str) -> Candidate | None:
    """The resolved failure of one assistant turn (None: clean)."""
    return resolve(tag_turn(turn_of(story, message)))
