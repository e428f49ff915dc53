"""Check registry: `register("name")(cls)` adds a check class, `get("name")` returns it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from guardrails.errors import PolicyError

if TYPE_CHECKING:
    from guardrails.checks.base import BaseCheck

C = TypeVar("C", bound="type[BaseCheck]")

_REGISTRY: dict[str, type[BaseCheck]] = {}


def register(name: str) -> Callable[[C], C]:
    def decorator(cls: C) -> C:
        existing = _REGISTRY.get(name)
        if existing is not None and existing is not cls:
            raise PolicyError(f"check {name!r} is already registered by {existing.__module__}.{existing.__qualname__}")
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return decorator


def _load_builtin() -> None:
    import guardrails.checks  # noqa: F401 - registers the shipped checks


def get(name: str) -> type[BaseCheck]:
    _load_builtin()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PolicyError(f"unknown check {name!r}; available: {', '.join(available())}") from None


def available() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)
