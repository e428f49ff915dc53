"""gate_evaluate: the reusable core (command, task and optimizer)."""

from __future__ import annotations

from typing import Any

import pytest

from evalhub.gate.errors import GateConfigError
from evalhub.gate.services import gate_evaluate
from evalhub.llm.scripted import ScriptedLM
from evalhub.prompts.models import PromptVersion
from tests.gate.conftest import EMAIL, GOOD, LEAKY, PLAIN, GateWorld, add_case, make_prompt


def run(world: GateWorld, candidate: str, **kwargs: Any) -> Any:
    return gate_evaluate(project=world.project, prompt_name="assistant", candidate_instructions=candidate, **kwargs)


def test_it_passes_a_candidate_that_fixes_failing_cases(world: GateWorld) -> None:
    result = run(world, GOOD)
    assert (result.verdict, result.exit_code, result.reasons) == ("pass", 0, [])
    assert result.baseline_label == f"production v{world.production.number}"
    assert result.baseline["mean"] == 0.0
    assert result.candidate["mean"] == 1.0
    assert result.delta == pytest.approx(1.0)
    assert {c.case_id for c in result.by_change("newly_passing")} == set(world.case_ids)
    assert (result.eval_set_id, result.eval_version, result.split) == (world.eval_set.pk, world.eval_set.current_version, "dev")


def test_it_fails_a_regression_and_names_the_newly_failing_cases(owner: Any) -> None:
    from tests.gate.conftest import build_world

    world = build_world(owner, production=GOOD)
    result = run(world, PLAIN)
    assert (result.verdict, result.exit_code) == ("fail", 1)
    assert "score regressed by 1.000" in result.reasons[0]
    failing = result.by_change("newly_failing")
    assert [c.case_id for c in failing] == world.case_ids
    first = failing[0].candidate.failed_assertions
    assert {"type": "not_contains", "message": "contains 'Berlin'", "why": "the user corrected this", "value": "Berlin"} in first


def test_it_tolerates_a_drop_within_max_regression(world: GateWorld) -> None:
    partial = "Reply to the user. Use the user's stored preferences. Never mention unrelated memories."
    assert run(world, partial, baseline="none").candidate["mean"] == pytest.approx(2 / 3)
    make_prompt(world.project, instructions=GOOD)
    assert run(world, partial, max_regression=0.4).verdict == "pass"
    assert run(world, partial, max_regression=0.3).verdict == "fail"


def test_it_blocks_a_candidate_that_leaks_pii_even_without_a_score_drop(world: GateWorld) -> None:
    result = run(world, LEAKY, baseline="none")
    assert result.verdict == "fail"
    assert "blocking guardrail violation(s) (pii)" in result.reasons[0]
    assert [v["case_id"] for v in result.blocking_violations] == world.case_ids
    assert result.candidate["mean"] == 0.0
    for case in result.cases:
        assert case.candidate.blocked and case.candidate.score == 0.0
        assert case.candidate.violations == [{"check": "pii", "severity": "block", "message": "PII found: EMAIL_ADDRESS"}]
        # What the guardrail caught is masked before it reaches a report.
        assert EMAIL not in case.candidate.response
        assert case.candidate.response.endswith("Contact details on file: [EMAIL_ADDRESS].")


def test_it_fails_below_min_score_without_a_baseline(world: GateWorld) -> None:
    result = run(world, PLAIN, baseline=None, min_score=0.8)
    assert result.baseline is None and result.delta is None
    assert result.reasons == ["candidate score 0.000 is below the minimum 0.800"]
    assert {c.change for c in result.cases} == {"failing"}


def test_it_compares_on_a_pinned_eval_set_version_and_split(world: GateWorld) -> None:
    pinned = world.eval_set.current_version
    add_case(world.project, world.eval_set, "Where is my office?", ["User works in Hamburg"], [{"type": "contains", "value": "Hamburg"}], split="holdout")
    assert len(run(world, GOOD, eval_version=pinned, split="all").cases) == 3
    assert len(run(world, GOOD, split="all").cases) == 4
    holdout = run(world, GOOD, eval_set=str(world.eval_set.pk), split="holdout")
    assert [c.split for c in holdout.cases] == ["holdout"]


def test_it_does_not_pay_for_the_baseline_twice(world: GateWorld) -> None:
    lm = ScriptedLM("scripted/test")
    first = run(world, GOOD, lm=lm)
    assert first.baseline["lm_calls"] == 3 and first.candidate["lm_calls"] == 3
    assert lm.stats.by_kind() == {"task": 6}
    lm.stats.reset()
    second = run(world, GOOD + " Thank you.", lm=lm)
    assert (second.baseline["lm_calls"], second.baseline["cached"]) == (0, 3)
    assert second.candidate["lm_calls"] == 3
    assert lm.stats.by_kind() == {"task": 3}


def test_it_reports_the_spread_over_repeats(world: GateWorld) -> None:
    result = run(world, GOOD, repeats=3, lm=ScriptedLM("scripted/test"))
    assert result.repeats == 3
    assert result.candidate["lm_calls"] == 9
    assert result.candidate["spread"] == {"mean": 0.0, "max": 0.0, "case_id": None}
    assert all((c.candidate.min, c.candidate.max) == (1.0, 1.0) for c in result.cases)


def test_it_counts_progress_over_both_prompts(world: GateWorld) -> None:
    seen: list[tuple[int, int]] = []
    run(world, GOOD, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 6), (2, 6), (3, 6), (4, 6), (5, 6), (6, 6)]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"prompt_name": "nope"}, "unknown prompt 'nope' in project 'owner'"),
        ({"baseline": "9"}, "prompt 'assistant' has no version 9"),
        ({"baseline": "latest"}, "invalid baseline 'latest'"),
        ({"eval_set": "missing"}, "unknown eval set 'missing'"),
        ({"eval_version": 99}, "has versions 1..3, not 99"),
        ({"split": "holdout"}, "has no cases in split 'holdout'"),
        ({"split": "train"}, "invalid option split"),
        ({"repeats": 0}, "invalid option repeats"),
        ({"min_score": 1.5}, "invalid option min_score"),
        ({"candidate_instructions": "  "}, "the candidate prompt is empty"),
    ],
)
def test_it_rejects_usage_errors_with_a_clear_message(world: GateWorld, kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"project": world.project, "prompt_name": "assistant", "candidate_instructions": GOOD, **kwargs}
    with pytest.raises(GateConfigError) as exc:
        gate_evaluate(**args)
    assert message in exc.value.message


def test_it_needs_a_production_version_for_the_default_baseline(world: GateWorld) -> None:
    from evalhub.prompts.models import Prompt

    Prompt.objects.create(project=world.project, name="draft-only")
    with pytest.raises(GateConfigError, match="has no production version yet"):
        gate_evaluate(project=world.project, prompt_name="draft-only", candidate_instructions=GOOD)


def test_it_needs_a_configured_lm(world: GateWorld, settings: Any) -> None:
    settings.EVALHUB_LM = ""
    with pytest.raises(GateConfigError, match="No language model is configured"):
        run(world, GOOD)


def test_it_refuses_an_empty_eval_set(owner: Any) -> None:
    from evalhub.evals.models import EvalSet

    EvalSet.objects.create(project=owner.project, name="default")
    make_prompt(owner.project, instructions=PLAIN)
    with pytest.raises(GateConfigError, match="eval set 'default' is empty"):
        gate_evaluate(project=owner.project, prompt_name="assistant", candidate_instructions=GOOD)


def test_it_never_reads_another_projects_prompt_or_eval_set(world: GateWorld, outsider: Any) -> None:
    with pytest.raises(GateConfigError, match="unknown prompt"):
        gate_evaluate(project=outsider.project, prompt_name="assistant", candidate_instructions=GOOD, baseline="production")
    with pytest.raises(GateConfigError, match="unknown eval set"):
        gate_evaluate(project=outsider.project, prompt_name="x", candidate_instructions=GOOD, baseline=None, eval_set=str(world.eval_set.pk))
    version = PromptVersion.objects.get(pk=world.production.pk)
    with pytest.raises(GateConfigError, match="another project"):
        gate_evaluate(project=outsider.project, prompt_name="x", candidate_instructions=GOOD, baseline=version)


class UnreachableLM(ScriptedLM):
    def forward(self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any) -> Any:
        raise ConnectionError("connection refused")


def test_it_treats_an_lm_failing_on_every_case_as_a_configuration_error(world: GateWorld) -> None:
    with pytest.raises(GateConfigError) as exc:
        run(world, GOOD, lm=UnreachableLM("scripted/unreachable"))
    assert exc.value.message.startswith("the LM failed on every baseline case; first error: ")
    assert "connection refused" in exc.value.message
