from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

EventType = Literal["thumbs_up", "thumbs_down", "rating", "comment", "correction", "flag"]


class FeedbackEventIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, min_length=1, max_length=200, description="required in bulk; webhooks use webhook-id")
    type: EventType
    session: str = Field(min_length=1, max_length=200)
    message: str | None = Field(default=None, min_length=1, max_length=200)
    user: str | None = Field(default=None, min_length=1, max_length=200)
    value: int | None = Field(default=None, ge=1, le=5)
    comment: str | None = Field(default=None, max_length=8000)
    correction: str | None = Field(default=None, max_length=8000)
    created_at: datetime | None = None

    @model_validator(mode="after")
    def _type_fields(self) -> FeedbackEventIn:
        if self.type == "rating" and self.value is None:
            raise ValueError("rating needs value 1-5")
        if self.type == "correction" and not (self.correction or "").strip():
            raise ValueError("correction needs a non-empty correction")
        if self.type == "comment" and not (self.comment or "").strip():
            raise ValueError("comment needs a non-empty comment")
        return self


class BulkFeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    events: list[dict[str, Any]] = Field(min_length=1, max_length=1000)


class WebhookAccepted(BaseModel):
    status: str
    duplicate: bool = False


class BulkResultItem(BaseModel):
    index: int
    id: str | None
    status: str
    reason: str | None = None


class BulkAccepted(BaseModel):
    accepted: int
    duplicates: int
    rejected: int
    results: list[BulkResultItem]


class SignalOut(BaseModel):
    id: int
    type: str
    source: str
    message: str | None
    user_message: str | None
    session: str
    user: str
    confidence: float
    evidence: str
    related_messages: list[str]
    detector: str
    created_at: datetime


class SignalListOut(BaseModel):
    signals: list[SignalOut]


class PreferenceOut(BaseModel):
    id: int
    key: str
    value: str
    text: str
    active: bool
    stated_at: datetime
    source_message: str | None
    superseded_by: int | None


class PreferenceListOut(BaseModel):
    user: str
    active: list[PreferenceOut]
    superseded: list[PreferenceOut]
