"""The data shapes shared by every check and by the Django side (`CheckResult.to_dict()` is stored as JSON)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Severity = Literal["block", "warn", "info"]
Kind = Literal["output", "input", "memory"]
Verdict = Literal["pass", "warn", "block"]

SEVERITIES: tuple[Severity, ...] = ("block", "warn", "info")
KINDS: tuple[Kind, ...] = ("output", "input", "memory")


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) into the text the check ran on."""

    start: int
    end: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass
class CheckResult:
    """`score` is how strongly the check fired (0 = clean, 1 = certain violation), also when it passed."""

    check: str
    passed: bool
    severity: Severity
    score: float
    spans: list[Span] = field(default_factory=list)
    message: str = ""
    error: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "passed": self.passed,
            "severity": self.severity,
            "score": round(self.score, 4),
            "spans": [s.to_dict() for s in self.spans],
            "message": self.message,
            "error": self.error,
        }


@dataclass
class CheckContext:
    """What a check may know besides the text.

    `user_preferences` items look like {"key": "diet", "value": "vegetarian", "text": "I'm vegetarian"};
    `memory_items` are the memories about to be injected into the prompt.
    """

    kind: Kind = "output"
    user_preferences: list[dict[str, Any]] = field(default_factory=list)
    memory_items: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Check(Protocol):
    name: str
    severity: Severity
    config: dict[str, Any]

    def run(self, text: str, *, context: CheckContext) -> CheckResult: ...
