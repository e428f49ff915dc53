"""Where the preference check gets the user's active preferences.

The check always reads `context.user_preferences`; the Django side may also install a provider
(e.g. one that loads the preference store for `context.extra["user_id"]`). A provider that raises
makes the check report an error result (see `Policy.run`), never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from guardrails.core import CheckContext

PreferenceProvider = Callable[[CheckContext], Iterable[Mapping[str, Any]]]

_provider: PreferenceProvider | None = None


def set_preference_provider(fn: PreferenceProvider | None) -> None:
    """Install (or with None, remove) the process-wide provider."""
    global _provider
    _provider = fn


def get_preference_provider() -> PreferenceProvider | None:
    return _provider


def active_preferences(context: CheckContext) -> list[dict[str, str]]:
    """Context preferences plus the provider's, without inactive items or duplicates."""
    items: list[Mapping[str, Any]] = list(context.user_preferences)
    if _provider is not None:
        items.extend(_provider(context))
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for item in items:
        if not isinstance(item, Mapping) or item.get("active", True) is False:
            continue
        pref = {k: str(item.get(k) or "") for k in ("key", "value", "text")}
        ident = (pref["key"], pref["value"], pref["text"])
        if ident not in seen and any(ident):
            seen.add(ident)
            out.append(pref)
    return out
