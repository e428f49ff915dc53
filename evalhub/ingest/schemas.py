from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ExtId = Field(min_length=1, max_length=200)


class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    session: str | None = Field(default=None, max_length=200)
    message: str | None = Field(default=None, max_length=200)


class MemoryOpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = ExtId
    content: str | None = None
    created_at: datetime | None = None
    source: SourceIn | None = None
    op: Literal["add", "update", "delete"] = "add"

    @model_validator(mode="after")
    def _content_for_writes(self) -> MemoryOpIn:
        if self.op != "delete" and not (self.content or "").strip():
            raise ValueError(f"memory op {self.op!r} needs non-empty content")
        return self


class MessageIn(BaseModel):
    # OpenAI chat messages carry extra keys (name, tool_calls, ...): kept in metadata, not rejected.
    model_config = ConfigDict(extra="allow")
    id: str | None = Field(default=None, min_length=1, max_length=200)
    role: Literal["user", "assistant", "system", "tool"]
    content: str | None = ""
    created_at: datetime | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    context: list[str] = Field(default_factory=list, max_length=500)


class SessionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = ExtId
    user: str = ExtId
    started_at: datetime | None = None
    ended_at: datetime | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    memory: list[MemoryOpIn] = Field(default_factory=list)
    messages: list[MessageIn] = Field(default_factory=list)


class IngestBodyDoc(BaseModel):
    """For the OpenAPI docs only: the body is parsed record by record so one bad record can't sink a batch."""

    sessions: list[SessionIn]


class BatchAccepted(BaseModel):
    batch_id: int
    status: str
    records: int


class BatchOut(BaseModel):
    batch_id: int
    status: str
    records: int
    counts: dict[str, Any]
    errors: list[dict[str, Any]]
    notes: list[str]
    created_at: datetime
    finished_at: datetime | None


class MessageOut(BaseModel):
    id: str
    position: int
    role: str
    content: str
    created_at: datetime
    metadata: dict[str, Any]
    pii_types: list[str]
    context: list[str]


class SessionOut(BaseModel):
    id: str
    user: str
    started_at: datetime
    ended_at: datetime | None
    metadata: dict[str, Any]
    messages: list[MessageOut]


class SessionSummaryOut(BaseModel):
    id: str
    started_at: datetime
    ended_at: datetime | None
    message_count: int
    metadata: dict[str, Any]


class UserSessionsOut(BaseModel):
    user: str
    sessions: list[SessionSummaryOut]
