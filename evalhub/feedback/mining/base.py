"""The detector interface for implicit feedback: one user turn in context in, candidate signals out.

Detectors are pure (no DB): the service builds a `Turn` from stored messages, the benchmark builds
it from the labeled set, and both run the same code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Protocol

SIGNAL_TYPES = ("frustration", "correction", "restatement", "rephrase", "abandonment", "preference")


@dataclass(frozen=True)
class MsgView:
    role: str
    content: str
    id: int | None = None
    ext_id: str | None = None
    session_ext: str | None = None


@dataclass
class Turn:
    """A user message with what came before it, in this session and in the user's earlier sessions."""

    message: MsgView
    history: list[MsgView] = field(default_factory=list)
    earlier_sessions: list[list[MsgView]] = field(default_factory=list)
    memory: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.message.content

    @property
    def prev_assistant(self) -> MsgView | None:
        return next((m for m in reversed(self.history) if m.role == "assistant"), None)

    @property
    def prev_user(self) -> MsgView | None:
        return next((m for m in reversed(self.history) if m.role == "user"), None)

    def earlier_user_messages(self) -> list[MsgView]:
        earlier = [m for s in self.earlier_sessions for m in s if m.role == "user"]
        return earlier + [m for m in self.history if m.role == "user"]


@dataclass
class Candidate:
    type: str
    confidence: float
    evidence: str
    detector: str
    about: MsgView | None = None
    related: list[MsgView] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


class Detector(Protocol):
    name: str

    def detect(self, turn: Turn) -> list[Candidate]: ...


# Single quotes only count as quotes at word boundaries, so "That's ... it's" is not a quotation.
_QUOTED = re.compile(r"\"[^\"]{2,}\"|“[^”]{2,}”|(?:(?<=\s)|^)'[^']{6,}'(?=[\s.,!?;:]|$)|‘[^’]{6,}’")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text.lower()).strip()


# A message that is one quotation from end to end (text pasted to translate or reword): its inner apostrophes ("can't")
# defeat the word-boundary rule above, so the whole message is checked first.
_WHOLLY_QUOTED = re.compile(r"^\s*(?:'[^\n]{6,}'|\"[^\n]{6,}\"|“[^\n]{6,}”|‘[^\n]{6,}’)\s*$")


def unquoted(text: str) -> str:
    """The user's own words: quoted material ("my boss wrote 'this is useless'") is not about us."""
    if _WHOLLY_QUOTED.match(text):
        return " "
    return _QUOTED.sub(" ", text)
