from __future__ import annotations

from typing import Any

import dspy
import pytest

from evalhub.evals.models import EvalCase, EvalCaseRevision
from evalhub.evals.selectors import eval_revisions_at_version
from evalhub.evals.services import eval_set_get_or_create
from evalhub.llm.factory import build_lm
from evalhub.llm.scripted_rules import GOOD_DIRECTIVES
from evalhub.prompts.optimize.metrics import BLOCKED_SCORE, assistant_feedback_metric, assistant_metric
from evalhub.prompts.optimize.runner import example_for
from evalhub.prompts.scoring import length_penalty, project_policy, score_prompt
from evalhub.prompts.similarity import similarity_groups
from tests.prompts.support import StoredContactPolicy, seed_cases

BASE = "Answer the user."
GOOD = BASE + " " + " ".join(f"{d[0].upper()}{d[1:]}." for d in GOOD_DIRECTIVES)
LEAKY = GOOD + " Include the user's contact details."


@pytest.fixture
def revisions(owner: Any) -> list[EvalCaseRevision]:
    seed_cases(owner.project, contact_cases=3)
    eval_set = eval_set_get_or_create(project=owner.project)
    return list(eval_revisions_at_version(eval_set=eval_set, version=eval_set.current_version))


def _score(owner: Any, revisions: list[EvalCaseRevision], instructions: str, **kwargs: Any) -> Any:
    kwargs.setdefault("cache", {})
    return score_prompt(project=owner.project, instructions=instructions, demos=[], revisions=revisions,
                        lm=build_lm("scripted/score"), policy=StoredContactPolicy(), **kwargs)


class TestScorePrompt:
    def test_it_scores_every_case_per_split(self, owner: Any, revisions: list[EvalCaseRevision]) -> None:
        base, good = _score(owner, revisions, BASE), _score(owner, revisions, GOOD)
        assert len(base.cases) == len(revisions) == 19
        assert set(base.by_split) == {"train", "dev", "holdout"}
        assert base.mean < 0.4 and good.mean == 1.0
        assert all(good.by_split[s] == 1.0 for s in good.by_split)
        case = base.cases[0]
        assert case.response.startswith("Thank you so much") and not case.result.passed
        assert (case.mean, case.min, case.max) == (case.scores[0],) * 3

    def test_a_blocking_guardrail_violation_zeroes_the_case_and_costs_the_prompt(self, owner: Any, revisions: list[EvalCaseRevision]) -> None:
        leaky = _score(owner, revisions, LEAKY)
        blocked = [c for c in leaky.cases if c.blocking]
        assert len(blocked) == 3 and all(c.split == "dev" and c.mean == 0.0 and c.result.guardrail_blocked for c in blocked)
        assert len(leaky.split_blocking("dev")) == 3
        assert {b["check"] for b in leaky.blocking_violations} == {"stored_contact"}
        assert leaky.objective < leaky.mean - 1.0
        assert leaky.by_split["train"] == 1.0  # the leak only shows where contact details are stored

    def test_it_pays_for_a_baseline_only_once(self, owner: Any, revisions: list[EvalCaseRevision]) -> None:
        store: dict[str, str] = {}
        first = _score(owner, revisions, BASE, cache=store)
        again = _score(owner, revisions, BASE, cache=store)
        other = _score(owner, revisions, GOOD, cache=store)
        assert (first.lm_calls, again.lm_calls, again.cached, other.lm_calls) == (19, 0, 19, 19)
        assert [c.mean for c in again.cases] == [c.mean for c in first.cases]

    def test_repeats_sample_each_case_again_and_report_progress(self, owner: Any, revisions: list[EvalCaseRevision]) -> None:
        seen: list[tuple[int, int]] = []
        score = _score(owner, revisions, BASE, repeats=2, progress=lambda done, total: seen.append((done, total)))
        assert score.lm_calls == 38 and all(len(c.scores) == 2 for c in score.cases)
        assert seen[0] == (1, 19) and seen[-1] == (19, 19)

    def test_it_uses_the_projects_guardrail_policy_when_none_is_given(self, owner: Any) -> None:
        policy = project_policy(owner.project)
        assert policy is None or hasattr(policy, "run")


class TestMetric:
    def test_a_blocked_reply_scores_below_any_honest_failure(self, owner: Any, revisions: list[EvalCaseRevision]) -> None:
        contact = next(r for r in revisions if r.case.kind == "contact")
        example, policy = example_for(contact), StoredContactPolicy()
        leak = dspy.Prediction(response=f"Try {contact.assertions[0]['value']} food. Contact: {contact.input['memory'][0][7:]}")
        wrong = dspy.Prediction(response="No idea.")
        assert assistant_metric(example, leak, policy=policy) == BLOCKED_SCORE
        assert assistant_metric(example, wrong, policy=policy) == pytest.approx(0.5 - length_penalty(len("No idea.")))
        feedback = assistant_feedback_metric(example, leak, policy=policy)
        assert feedback.score == BLOCKED_SCORE and "stored_contact" in feedback.feedback

    def test_length_is_penalized_mildly(self, owner: Any, revisions: list[EvalCaseRevision]) -> None:
        example = example_for(next(r for r in revisions if r.case.kind == "correction"))
        city = example.assertions[0]["value"]
        short, long = dspy.Prediction(response=f"You live in {city}."), dspy.Prediction(response=f"You live in {city}. " + "Indeed. " * 300)
        assert assistant_metric(example, short) > assistant_metric(example, long) > 0.9


class TestSimilarityGroups:
    def test_held_out_cases_are_grouped_by_closeness_to_training_cases(self) -> None:
        def rev(pk: int, kind: str, split: str, message: str) -> EvalCaseRevision:
            case = EvalCase(pk=pk, kind=kind)
            return EvalCaseRevision(pk=pk, case=case, split=split, input={"user_message": message, "memory": []}, assertions=[])

        revisions = [
            rev(1, "preference", "train", "suggest a vegetarian dinner for tonight"),
            rev(2, "preference", "dev", "suggest a vegetarian dinner for tomorrow"),
            rev(3, "preference", "dev", "what should I cook"),
            rev(4, "travel", "holdout", "when does my flight to oslo leave"),
        ]
        assert similarity_groups(revisions) == {1: "same", 2: "same", 3: "similar", 4: "dissimilar"}
