"""`BaseCheck`: declarative config validation and a result helper shared by the shipped checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from guardrails.core import KINDS, SEVERITIES, CheckContext, CheckResult, Kind, Severity, Span
from guardrails.errors import PolicyError


@dataclass(frozen=True)
class Option:
    """One config key: accepted types, default, and for lists/dicts the type of their items."""

    types: type | tuple[type, ...]
    default: Any
    item_type: type | tuple[type, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None


def _type_names(types: type | tuple[type, ...]) -> str:
    items = types if isinstance(types, tuple) else (types,)
    return " or ".join("null" if t is type(None) else t.__name__ for t in items)


def _is_instance(value: Any, types: type | tuple[type, ...]) -> bool:
    items = types if isinstance(types, tuple) else (types,)
    if isinstance(value, bool) and bool not in items:
        return False  # bool is an int subclass; `max_items: true` is a mistake, not 1
    if isinstance(value, int) and float in items:
        return True
    return isinstance(value, items)


class BaseCheck:
    name: ClassVar[str] = ""
    default_severity: ClassVar[Severity] = "warn"
    default_kinds: ClassVar[tuple[Kind, ...]] = ("output",)
    options: ClassVar[Mapping[str, Option]] = {}

    def __init__(self, config: Mapping[str, Any] | None = None, *, severity: Severity | None = None) -> None:
        if severity is not None and severity not in SEVERITIES:
            raise PolicyError(f"check {self.name!r}: severity must be one of {', '.join(SEVERITIES)}; got {severity!r}")
        self.severity: Severity = severity or self.default_severity
        self.config: dict[str, Any] = self._validate(config or {})
        self.setup()

    def setup(self) -> None:
        """Compile patterns and similar; raise PolicyError on values the type check cannot catch."""

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        raise NotImplementedError

    def error(self, key: str, problem: str) -> PolicyError:
        return PolicyError(f"check {self.name!r}: config key {key!r} {problem}")

    def _validate(self, config: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(config, Mapping):
            raise PolicyError(f"check {self.name!r}: config must be a mapping; got {type(config).__name__}")
        unknown = sorted(set(config) - set(self.options))
        if unknown:
            expected = ", ".join(sorted(self.options)) or "(none)"
            raise PolicyError(f"check {self.name!r}: unknown config key {unknown[0]!r}; expected one of: {expected}")
        out: dict[str, Any] = {}
        for key, option in self.options.items():
            value = config.get(key, option.default)
            self._check_value(key, value, option)
            out[key] = value
        return out

    def _check_value(self, key: str, value: Any, option: Option) -> None:
        if not _is_instance(value, option.types):
            raise self.error(key, f"must be {_type_names(option.types)}; got {type(value).__name__}")
        if option.item_type is not None and isinstance(value, list | dict):
            items = value.values() if isinstance(value, dict) else value
            for item in items:
                if not _is_instance(item, option.item_type):
                    raise self.error(key, f"items must be {_type_names(option.item_type)}; got {type(item).__name__}")
        if option.choices is not None and value not in option.choices:
            raise self.error(key, f"must be one of {', '.join(map(str, option.choices))}; got {value!r}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if option.minimum is not None and value < option.minimum:
                raise self.error(key, f"must be >= {option.minimum}; got {value!r}")
            if option.maximum is not None and value > option.maximum:
                raise self.error(key, f"must be <= {option.maximum}; got {value!r}")

    def result(
        self, *, passed: bool, score: float, spans: Iterable[Span] = (), message: str = "", error: bool = False
    ) -> CheckResult:
        return CheckResult(
            check=self.name,
            passed=passed,
            severity=self.severity,
            score=min(1.0, max(0.0, float(score))),
            spans=sorted(spans, key=lambda s: (s.start, s.end, s.label)),
            message=message,
            error=error,
        )


def noisy_or(weights: Sequence[float]) -> float:
    """Combine independent pieces of evidence: 1 - prod(1 - w)."""
    remaining = 1.0
    for w in weights:
        remaining *= 1.0 - min(1.0, max(0.0, w))
    return 1.0 - remaining


def validate_kinds(kinds: Any, *, where: str) -> tuple[Kind, ...]:
    if not isinstance(kinds, list | tuple) or not kinds:
        raise PolicyError(f"{where}.kinds must be a non-empty list of {', '.join(KINDS)}; got {kinds!r}")
    for kind in kinds:
        if kind not in KINDS:
            raise PolicyError(f"{where}.kinds: unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    return tuple(kinds)
