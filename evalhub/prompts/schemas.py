from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

NAME_PATTERN = r"^[-a-zA-Z0-9_]+$"


class PromptIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100, pattern=NAME_PATTERN)
    instructions: str | None = Field(default=None, min_length=1, max_length=20000)


class TurnIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=8000)


class DemoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    memory: list[str] = Field(default_factory=list, max_length=50)
    history: list[TurnIn] = Field(default_factory=list, max_length=50)
    user_message: str = Field(max_length=8000)
    response: str = Field(max_length=8000)


class VersionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    instructions: str = Field(min_length=1, max_length=20000)
    demos: list[DemoIn] = Field(default_factory=list, max_length=16)
    model_settings: dict[str, Any] = Field(default_factory=dict)
    parent: int | None = Field(default=None, ge=1, description="number of the version this one derives from")
    status: Literal["draft", "candidate"] = "draft"


class ReasonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2000)
    actor: str = Field(default="", max_length=150, description="who asked (a reviewer's name); the API key is always recorded")


class OptimizeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    optimizer: Literal["bootstrap", "mipro", "gepa"] = "bootstrap"
    budget_lm_calls: int | None = Field(default=None, ge=1, le=100_000)
    budget_wall_s: int | None = Field(default=None, ge=10, le=86_400)


class VersionOut(BaseModel):
    prompt: str
    number: int
    status: str
    instructions: str
    demos: list[dict[str, Any]]
    model_settings: dict[str, Any]
    parent: int | None
    author: str
    scores: dict[str, Any]
    content_hash: str
    created_at: datetime


class PromptOut(BaseModel):
    name: str
    production: int | None
    versions: int
    created_at: datetime


class PromptListOut(BaseModel):
    prompts: list[PromptOut]


class VersionListOut(BaseModel):
    versions: list[VersionOut]


class PromotionOut(BaseModel):
    action: str
    from_version: int | None
    to_version: int
    actor: str
    reason: str
    at: datetime


class PromotionListOut(BaseModel):
    promotions: list[PromotionOut]


class DiffOut(BaseModel):
    a: int
    b: int
    instructions_changed: bool
    instructions_diff: str
    demos_added: list[dict[str, Any]]
    demos_removed: list[dict[str, Any]]
    demos_unchanged: int
    model_settings_changed: dict[str, list[Any]]


class ProgressOut(BaseModel):
    phase: str
    trials_done: int
    trials_total: int
    best_score: float | None


class RunOut(BaseModel):
    id: int
    prompt: str
    status: str
    optimizer: str
    trigger: str
    requested_by: str
    progress: ProgressOut
    base_version: int | None
    candidate: int | None
    eval_set_version: int | None
    budget_lm_calls: int
    budget_wall_s: int
    lm_calls: int
    cost_usd: float
    usage: dict[str, Any]
    scores: dict[str, Any]
    gate: dict[str, Any]
    error: str
    attempt: int
    cancel_requested: bool
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class RunListOut(BaseModel):
    runs: list[RunOut]
