from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, transaction

from evalhub.common.errors import Conflict, ValidationFailed
from evalhub.prompts.models import PromotionEvent, Prompt, PromptVersion
from evalhub.prompts.services import (
    prompt_diff,
    prompt_get_or_create,
    prompt_get_production,
    prompt_promote,
    prompt_rollback,
    prompt_version_create,
)

DEMO = {"memory": ["User prefers tea"], "history": [], "user_message": "Drink?", "response": "Tea."}


def _draft(prompt: Prompt, text: str, demos: list[dict[str, Any]] | None = None) -> PromptVersion:
    return prompt_version_create(prompt=prompt, instructions=text, demos=demos or [], model_settings={}, parent=prompt.production_version, author="user:ann")


@pytest.fixture
def prompt(owner: Any) -> Prompt:
    return prompt_get_or_create(project=owner.project, name="assistant", initial_instructions="Answer the user.")


class TestPromptVersions:
    def test_a_new_prompt_starts_with_version_one_in_production(self, prompt: Prompt) -> None:
        production = prompt_get_production(project=prompt.project, name="assistant")
        assert (production.number, production.status, production.instructions) == (1, "production", "Answer the user.")
        assert PromotionEvent.objects.get(prompt=prompt).reason == "initial version"

    def test_version_content_is_immutable(self, prompt: Prompt) -> None:
        version = _draft(prompt, "Be concise.")
        version.instructions = "Be verbose."
        with pytest.raises(ValueError, match="immutable"):
            version.save()
        version.refresh_from_db()
        assert version.instructions == "Be concise."
        version.scores = {"1@1": {"dev": 0.5}}
        version.save()  # scores and status may move

    def test_it_refuses_to_create_a_production_version_directly(self, prompt: Prompt) -> None:
        with pytest.raises(ValidationFailed):
            prompt_version_create(prompt=prompt, instructions="x", demos=[], model_settings={}, parent=None, author="a", status="production")

    def test_the_database_allows_one_production_version_per_prompt(self, prompt: Prompt) -> None:
        version = _draft(prompt, "Be concise.")
        with pytest.raises(IntegrityError), transaction.atomic():
            PromptVersion.objects.filter(pk=version.pk).update(status="production")

    def test_promote_retires_the_old_production_version_and_audits(self, prompt: Prompt) -> None:
        v2 = _draft(prompt, "Be concise.")
        event = prompt_promote(version=v2, actor="user:ann", reason="shorter answers")
        prompt.refresh_from_db()
        assert prompt.production_version == v2
        assert list(prompt.versions.values_list("number", "status")) == [(1, "retired"), (2, "production")]
        assert (event.action, event.from_version.number, event.to_version.number, event.actor, event.reason) == (
            "promote", 1, 2, "user:ann", "shorter answers")
        assert PromptVersion.objects.filter(prompt=prompt, status="production").count() == 1

    def test_promoting_the_production_version_again_is_a_conflict(self, prompt: Prompt) -> None:
        with pytest.raises(Conflict):
            prompt_promote(version=prompt.production_version, actor="a", reason="again")

    def test_rollback_walks_back_one_promotion_at_a_time_and_is_reversible(self, prompt: Prompt) -> None:
        v2, v3 = _draft(prompt, "Two."), _draft(prompt, "Three.")
        prompt_promote(version=v2, actor="a", reason="r2")
        prompt_promote(version=v3, actor="a", reason="r3")
        assert prompt_rollback(prompt=prompt, actor="b", reason="v3 broke").to_version == v2
        assert prompt_rollback(prompt=prompt, actor="b", reason="v2 too").to_version.number == 1
        with pytest.raises(Conflict):
            prompt_rollback(prompt=prompt, actor="b", reason="nothing left")
        prompt_promote(version=v3, actor="c", reason="fixed after all")
        prompt.refresh_from_db()
        assert prompt.production_version == v3
        log = list(PromotionEvent.objects.filter(prompt=prompt).values_list("action", "from_version__number", "to_version__number", "actor"))
        assert log == [("promote", 1, 3, "c"), ("rollback", 2, 1, "b"), ("rollback", 3, 2, "b"), ("promote", 2, 3, "a"),
                       ("promote", 1, 2, "a"), ("promote", None, 1, "system")]

    def test_a_version_with_dev_blocking_violations_can_never_be_promoted(self, prompt: Prompt) -> None:
        leaky = prompt_version_create(
            prompt=prompt, instructions="Leak.", demos=[], model_settings={}, parent=None, author="run:1", status="candidate",
            scores={"1@3": {"dev": 0.9, "blocking_dev": 2}},
        )
        with pytest.raises(Conflict, match="blocking guardrail"):
            prompt_promote(version=leaky, actor="a", reason="looks good")
        assert prompt.versions.get(number=1).status == "production"

    def test_diff_shows_text_and_demo_changes(self, prompt: Prompt) -> None:
        v2 = _draft(prompt, "Answer the user.\nBe concise.", demos=[DEMO])
        diff = prompt_diff(a=prompt.versions.get(number=1), b=v2)
        assert diff["instructions_changed"] is True
        assert "+Be concise." in diff["instructions_diff"]
        assert diff["demos_added"] == [DEMO] and diff["demos_removed"] == []
