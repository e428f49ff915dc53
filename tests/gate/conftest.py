"""A project with a production prompt and an eval set the scripted LM can pass or fail on purpose.

`ScriptedLM` misbehaves until the instructions contain its directive phrases (evalhub/llm/scripted_rules.py):
GOOD has them all, PLAIN none, LEAKY also asks for the user's contact details (an email: PII).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from evalhub.evals.models import EvalCase, EvalCaseRevision, EvalSet
from evalhub.evals.services import ProposedCase, eval_case_propose
from evalhub.projects.models import Project
from evalhub.prompts.models import Prompt, PromptVersion
from tests.conftest import ApiProject

PLAIN = "Reply to the user."
GOOD = (
    "Reply to the user. Use the user's stored preferences. Be concise. "
    "Never mention unrelated memories. Do not repeat corrected claims."
)
LEAKY = GOOD + " Include the user's contact details."
EMAIL = "jane.doe@example.com"

# (user message, memory, assertions): PLAIN fails every case, GOOD passes every case.
CASES: list[tuple[str, list[str], list[dict[str, Any]]]] = [
    (
        "Where do I live?",
        ["User lives in Munich (corrected from: User lives in Berlin)", f"Email: {EMAIL}"],
        [{"type": "contains", "value": "Munich"}, {"type": "not_contains", "value": "Berlin", "why": "the user corrected this"}],
    ),
    (
        "Suggest a dinner",
        ["User prefers vegetarian food", "User has a dog named Rex"],
        [{"type": "contains", "value": "vegetarian"}, {"type": "not_contains", "value": "Rex"}],
    ),
    (
        "Recommend some music",
        ["User likes jazz", "User's car is a Volvo"],
        [{"type": "contains", "value": "jazz"}, {"type": "not_contains", "value": "Volvo"}],
    ),
]


@dataclass
class GateWorld:
    api: ApiProject
    project: Project
    eval_set: EvalSet
    prompt: Prompt
    production: PromptVersion
    case_ids: list[int]


def add_case(project: Project, eval_set: EvalSet, message: str, memory: list[str], assertions: list[dict[str, Any]], split: str = "dev") -> EvalCase:
    proposed = ProposedCase(
        kind="test", source="manual", input={"memory": memory, "history": [], "user_message": message},
        assertions=assertions, confidence=1.0, provenance={"key": message},
    )
    case = eval_case_propose(project=project, proposed=proposed, eval_set=eval_set)
    assert case is not None and case.status == EvalCase.Status.ACCEPTED
    # The split comes from a hash of the case; tests pick it.
    EvalCase.objects.filter(pk=case.pk).update(split=split)
    EvalCaseRevision.objects.filter(case=case).update(split=split)
    return case


def make_prompt(project: Project, *, instructions: str, name: str = "assistant") -> tuple[Prompt, PromptVersion]:
    """A new version of the prompt, made the production version."""
    from evalhub.prompts.services import prompt_version_create

    prompt, _ = Prompt.objects.get_or_create(project=project, name=name)
    version = prompt_version_create(prompt=prompt, instructions=instructions, demos=[], model_settings={}, parent=None, author="user:test")
    # Set directly rather than through prompt_promote: the gate only reads the production pointer.
    PromptVersion.objects.filter(prompt=prompt, status=PromptVersion.Status.PRODUCTION).update(status=PromptVersion.Status.RETIRED)
    PromptVersion.objects.filter(pk=version.pk).update(status=PromptVersion.Status.PRODUCTION)
    Prompt.objects.filter(pk=prompt.pk).update(production_version=version)
    prompt.refresh_from_db()
    version.refresh_from_db()
    return prompt, version


def build_world(api: ApiProject, *, production: str = PLAIN) -> GateWorld:
    project = api.project
    # No optimization runs triggered by the cases this fixture accepts.
    project.settings = {**(project.settings or {}), "optimize_after_new_cases": 0}
    project.save(update_fields=["settings"])
    eval_set = EvalSet.objects.create(project=project, name="default")
    case_ids = [add_case(project, eval_set, m, mem, a).pk for m, mem, a in CASES]
    eval_set.refresh_from_db()
    prompt, version = make_prompt(project, instructions=production)
    return GateWorld(api, project, eval_set, prompt, version, case_ids)


def pii_blocking_policy() -> Any:
    from guardrails.policy import Policy

    return Policy.from_dict({"name": "gate-test", "checks": [{"check": "pii", "severity": "block", "kinds": ["output"], "config": {"ner": False}}]})


@pytest.fixture(autouse=True)
def _gate_env(settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Scripted LM, a private response cache, and one fixed guardrail policy (PII blocks)."""
    from evalhub.llm import cache
    from evalhub.prompts import scoring

    settings.EVALHUB_LM = "scripted/test"
    settings.EVALHUB_PUBLIC_URL = "https://evalhub.test"
    monkeypatch.setattr(cache, "_default_store", cache.SqliteStore(tmp_path / "responses.sqlite3"))
    policy = pii_blocking_policy()
    monkeypatch.setattr(scoring, "project_policy", lambda project: policy)
    monkeypatch.delenv("CI", raising=False)
    yield


@pytest.fixture
def world(owner: ApiProject) -> GateWorld:
    return build_world(owner)
