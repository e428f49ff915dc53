from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class EvalSetOut(BaseModel):
    id: int
    name: str
    current_version: int
    accepted: int
    candidates: int
    created_at: datetime


class EvalSetListOut(BaseModel):
    eval_sets: list[EvalSetOut]


class EvalCaseOut(BaseModel):
    id: int
    status: str
    split: str
    source: str
    kind: str
    input: dict[str, Any]
    rejected_response: str
    assertions: list[dict[str, Any]]
    confidence: float
    provenance_count: int
    provenance: list[dict[str, Any]]
    session: str | None
    message: str | None
    created_at: datetime
    revision: int | None = None


class EvalCaseListOut(BaseModel):
    eval_set: int
    version: int | None
    cases: list[EvalCaseOut]


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Literal["accept", "reject", "edit"]
    note: str = Field(default="", max_length=2000)
    assertions: list[dict[str, Any]] | None = Field(default=None, max_length=50)
