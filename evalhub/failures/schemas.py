from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class EvidenceOut(BaseModel):
    messages: list[dict[str, Any]]
    memory: list[dict[str, Any]]
    sessions: list[str]


class FailureOut(BaseModel):
    id: int
    type: str
    message: str
    session: str
    user: str
    confidence: float
    evidence: EvidenceOut
    explanation: str
    status: str
    diagnosis: str | None
    evidence_session: str | None
    detector: str
    model_name: str | None
    reviewer: str
    review_note: str
    reviewed_at: datetime | None
    cluster: int | None
    eval_case: int | None
    occurred_at: datetime


class FailureListOut(BaseModel):
    failures: list[FailureOut]


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Literal["confirm", "dismiss"]
    note: str = Field(default="", max_length=2000)


class ExampleOut(BaseModel):
    id: int
    user: str
    session: str
    message: str
    explanation: str
    confidence: float


class ClusterOut(BaseModel):
    id: int
    type: str
    label: str
    failure_count: int
    user_count: int
    first_seen: datetime | None
    last_seen: datetime | None
    trend: dict[str, Any]
    counts_by_day: list[dict[str, Any]]
    examples: list[ExampleOut]


class ClusterListOut(BaseModel):
    clusters: list[ClusterOut]


class MemoryHealthOut(BaseModel):
    user: str | None
    items: int
    chars: int
    mean_chars: float
    injections: int
    useful_injections: int
    useful_rate: float
    never_injected: list[str]
    injected_never_useful: list[str]
    stale_still_injected: list[str]
    worst: list[dict[str, Any]]


class RetagIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    user: str | None = Field(default=None, min_length=1, max_length=200, description="external id; omit to re-tag the whole project")


class RetagAccepted(BaseModel):
    status: str
    scope: str
