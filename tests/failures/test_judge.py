"""The optional DSPy judge: off without EVALHUB_LM; with an LM its verdicts are stored with the model name."""

from __future__ import annotations

from typing import Any

import pytest
from dspy.utils.dummies import DummyLM

from evalhub.failures import judge
from evalhub.failures.models import Failure
from evalhub.failures.services import failures_tag_project
from tests.conftest import ApiProject
from tests.failures.helpers import Story, turn_of


def thumbed_down() -> tuple[Story, str]:
    s = Story("u-j")
    s.session()
    s.user_says("What's a good gift for my sister?")
    failing = s.assistant("Socks are always nice.")
    s.feedback(failing, "thumbs_down")
    return s, failing


def test_the_judge_is_off_without_a_model(settings: Any) -> None:
    settings.EVALHUB_LM = ""
    story, failing = thumbed_down()
    assert judge.judge_turns([turn_of(story, failing)]) == []


def test_a_verdict_becomes_a_candidate_with_the_model_name() -> None:
    story, failing = thumbed_down()
    lm = DummyLM([{"failure_type": "recall", "confidence": "0.8", "explanation": "Ignored that her sister loves hiking."}])
    [(turn, cand)] = judge.judge_turns([turn_of(story, failing)], lm=lm)
    assert (cand.type, cand.confidence, cand.detector) == ("recall", 0.8, "dspy.judge")
    assert cand.details["model_name"] and cand.explanation.startswith("Ignored")


def test_a_none_verdict_or_a_clean_turn_stores_nothing() -> None:
    story, failing = thumbed_down()
    lm = DummyLM([{"failure_type": "none", "confidence": "0.9", "explanation": "fine"}])
    assert judge.judge_turns([turn_of(story, failing)], lm=lm) == []
    clean = Story("u-c")
    clean.session()
    clean.user_says("Hi")
    ok = clean.assistant("Hello!")
    assert judge.judge_turns([turn_of(clean, ok)], lm=lm) == []  # not suspicious: no LM call


@pytest.mark.django_db
def test_with_evalhub_lm_set_judge_verdicts_are_stored_with_the_model_name(owner: ApiProject, settings: Any, monkeypatch: Any) -> None:
    settings.EVALHUB_LM = "openai/gpt-4o-mini"
    lm = DummyLM([{"failure_type": "recall", "confidence": "0.7", "explanation": "Forgot the sister's hobby."}] * 3)
    lm.model = "openai/gpt-4o-mini"
    monkeypatch.setattr("evalhub.llm.factory.build_lm", lambda *a, **k: lm)  # the LM is the edge: no network in tests
    story, failing = thumbed_down()
    owner.ingest(story.records())
    assert owner.post("/api/v1/feedback", {"events": story.events}).status_code == 202
    failures_tag_project(project=owner.project)
    failures_tag_project(project=owner.project)  # idempotent for judge verdicts too
    [stored] = Failure.objects.filter(detector="dspy.judge")
    assert (stored.type, stored.model_name, stored.message.external_id, stored.confidence) == ("recall", "openai/gpt-4o-mini", failing, 0.7)
