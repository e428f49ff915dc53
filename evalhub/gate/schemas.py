from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from evalhub.gate.targets import CANDIDATE_MAX_CHARS, DEFAULT_MAX_REGRESSION, MAX_REPEATS


class GateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prompt: str = Field(min_length=1, max_length=100, description="name of the prompt the candidate would replace")
    candidate: str = Field(min_length=1, max_length=CANDIDATE_MAX_CHARS, description="the candidate instructions")
    candidate_demos: list[dict[str, Any]] = Field(default_factory=list, max_length=50)
    baseline: str = Field(default="production", min_length=1, max_length=32, description="production, a version number, or none")
    eval_set: str | None = Field(default=None, max_length=120, description="<id or name>[@<version>]; default: the default set, latest")
    split: Literal["dev", "holdout", "all"] = "dev"
    min_score: float | None = Field(default=None, ge=0.0, le=1.0)
    max_regression: float = Field(default=DEFAULT_MAX_REGRESSION, ge=0.0, le=1.0)
    repeats: int = Field(default=1, ge=1, le=MAX_REPEATS)


class GateAccepted(BaseModel):
    gate_id: int
    status: str
    url: str


class ProgressOut(BaseModel):
    done: int
    total: int


class EvalSetRefOut(BaseModel):
    id: int | None
    name: str | None
    version: int | None


class GateOut(BaseModel):
    gate_id: int
    status: str
    progress: ProgressOut
    verdict: str | None
    exit_code: int | None
    prompt: str
    baseline: str
    baseline_version: int | None
    eval_set: EvalSetRefOut
    split: str
    options: dict[str, Any]
    lm: str
    scores: dict[str, Any]
    error: str
    url: str
    # {"markdown": str, "json": {...}, "junit": str} once finished
    reports: dict[str, Any] | None
    created_at: datetime
    finished_at: datetime | None
