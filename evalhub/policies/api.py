from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router
from pydantic import BaseModel, ConfigDict, Field

from evalhub.common.auth import project_of
from evalhub.policies.services import DEFAULT_POLICY, guardrail_check

router = Router(tags=["guardrails"])


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=100_000)
    kind: Literal["output", "input", "memory"] = "output"
    user: str | None = Field(default=None, max_length=200)
    policy: str = Field(default=DEFAULT_POLICY, max_length=100)
    memory: list[str] = Field(default_factory=list, max_length=200, description="memory items about to be injected (memory budget)")
    log: bool = False


class CheckOut(BaseModel):
    verdict: str
    results: list[dict[str, Any]]
    policy: str
    policy_version: int


@router.post("/guardrails/check", response=CheckOut, summary="Run the project's guardrail policy on a text")
def check(request: HttpRequest, payload: CheckIn) -> CheckOut:
    outcome = guardrail_check(project=project_of(request), text=payload.text, kind=payload.kind, user_ext=payload.user,
                              policy_name=payload.policy, memory_items=payload.memory, log=payload.log)
    return CheckOut(verdict=outcome.verdict, results=outcome.results, policy=outcome.policy, policy_version=outcome.policy_version)
