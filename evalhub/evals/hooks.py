"""Consumers of "a case was accepted" (e.g. the optimizer's N-new-cases trigger). Explicit, no signals."""

from __future__ import annotations

from evalhub.pipeline import resolve_optional

CONSUMERS: list[tuple[str, str]] = [
    ("evalhub.prompts.services", "optimization_on_case_accepted"),
]


def eval_case_accepted(*, project_id: int, case_id: int) -> None:
    for module, name in CONSUMERS:
        fn = resolve_optional(module, name)
        if fn is not None:
            fn(project_id=project_id, case_id=case_id)
