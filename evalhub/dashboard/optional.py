"""Apps the dashboard reads from but that may not exist yet in a given checkout.

Each capability lives in its own app; when one isn't there, its pages show an honest empty state
instead of failing. Only a missing module counts as "not there": an import error inside an existing
module is a bug and is raised.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType


@cache
def optional_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            return None
        raise


def failures_models() -> ModuleType | None:
    module = optional_module("evalhub.failures.models")
    return module if module is not None and hasattr(module, "Failure") else None


def failures_selectors() -> ModuleType | None:
    module = optional_module("evalhub.failures.selectors")
    return module if module is not None and hasattr(module, "failure_list") else None


def failures_services() -> ModuleType | None:
    module = optional_module("evalhub.failures.services")
    return module if module is not None and hasattr(module, "failure_review") else None
