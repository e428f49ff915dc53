from __future__ import annotations

from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from evalhub.prompts.models import OptimizationRun, PromotionEvent, Prompt, PromptVersion
from evalhub.prompts.services import (
    optimization_run_cancel,
    optimization_run_claim,
    optimization_run_create,
    prompt_get_or_create,
)
from evalhub.prompts.services.execute import optimization_run_execute
from evalhub.prompts.tasks import optimization_run_execute_task
from tests.prompts.support import seed_cases

DELAY = "evalhub.prompts.tasks.optimization_run_execute_task.delay"


@pytest.fixture
def prompt(owner: Any) -> Prompt:
    seed_cases(owner.project, contact_cases=3)
    return prompt_get_or_create(project=owner.project, name="assistant", initial_instructions="Answer the user.")


def optimize(owner: Any, **body: Any) -> dict[str, Any]:
    r = owner.post("/api/v1/prompts/assistant/optimize", body)
    assert r.status_code == 202, r.content
    assert r.json()["status"] == "queued"
    return dict(owner.get(f"/api/v1/optimization-runs/{r.json()['id']}").json())


@pytest.mark.usefixtures("scripted", "contact_policy")
class TestOptimizationRuns:
    def test_a_mipro_run_improves_the_dev_score_and_leaves_a_candidate_for_review(self, owner: Any, prompt: Prompt) -> None:
        run = optimize(owner, optimizer="mipro")
        assert run["status"] == "succeeded", run["error"]
        baseline, candidate = run["scores"]["baseline"], run["scores"]["candidate"]
        assert candidate["by_split"]["dev"] > baseline["by_split"]["dev"] + 0.5
        assert run["gate"]["passed"] is True
        assert (run["base_version"], run["candidate"]) == (1, 2)
        version = PromptVersion.objects.get(prompt=prompt, number=2)
        assert (version.status, version.author, version.parent.number) == ("candidate", f"run:{run['id']}", 1)
        assert "Be concise." in version.instructions
        assert version.scores[run["scores"]["eval_set"]]["blocking_dev"] == 0
        assert run["lm_calls"] > 0 and run["usage"]["scripted/default"]["prompt_tokens"] > 0
        assert OptimizationRun.objects.get(pk=run["id"]).program_state["respond"]["signature"]["instructions"] == version.instructions
        assert run["progress"]["trials_done"] == run["progress"]["trials_total"] > 0
        assert owner.get("/api/v1/prompts/assistant/production").json()["number"] == 1  # a reviewer decides
        r = owner.post("/api/v1/prompts/assistant/versions/2/promote", {"reason": f"run {run['id']} passed the gate"})
        assert r.status_code == 200 and owner.get("/api/v1/prompts/assistant/production").json()["number"] == 2

    def test_a_gepa_run_improves_the_dev_score(self, owner: Any, prompt: Prompt) -> None:
        run = optimize(owner, optimizer="gepa", budget_lm_calls=80)
        assert run["status"] == "succeeded", run["error"]
        assert run["scores"]["candidate"]["by_split"]["dev"] > run["scores"]["baseline"]["by_split"]["dev"]
        assert run["gate"]["passed"] is True

    def test_bootstrap_runs_within_its_budget(self, owner: Any, prompt: Prompt) -> None:
        run = optimize(owner, budget_lm_calls=5)
        assert run["status"] == "succeeded", run["error"]
        assert run["optimizer"] == "bootstrap" and run["lm_calls"] <= 2 * 19 + 5

    def test_a_candidate_with_a_guardrail_violation_is_refused(self, owner: Any, prompt: Prompt, scripted: Any) -> None:
        scripted.EVALHUB_LM = "scripted/leaky"
        owner.project.settings = {"prompt_auto_promote": True}
        owner.project.save()
        run = optimize(owner, optimizer="mipro")
        assert run["status"] == "succeeded", run["error"]
        assert run["scores"]["candidate"]["by_split"]["train"] == 1.0  # it looked great to the optimizer
        assert run["gate"]["passed"] is False
        assert "blocking guardrail violation" in run["gate"]["reasons"][0]
        candidate = PromptVersion.objects.get(prompt=prompt, number=run["candidate"])
        assert "contact details" in candidate.instructions and candidate.status == "candidate"
        r = owner.post(f"/api/v1/prompts/assistant/versions/{candidate.number}/promote", {"reason": "ship it"})
        assert r.status_code == 409 and "never be promoted" in r.json()["error"]
        assert owner.get("/api/v1/prompts/assistant/production").json()["number"] == 1

    def test_auto_promotion_ships_a_candidate_that_passes_the_gate(self, owner: Any, prompt: Prompt) -> None:
        owner.project.settings = {"prompt_auto_promote": True}
        owner.project.save()
        run = optimize(owner, optimizer="mipro")
        prompt.refresh_from_db()
        assert prompt.production_version.number == run["candidate"] == 2
        event = PromotionEvent.objects.filter(prompt=prompt).first()
        assert event.actor == f"run:{run['id']}" and event.reason.startswith("auto-promoted")

    def test_a_run_fails_cleanly_without_a_language_model(self, owner: Any, prompt: Prompt, scripted: Any) -> None:
        scripted.EVALHUB_LM = ""
        run = optimize(owner)
        assert run["status"] == "failed" and "EVALHUB_LM" in run["error"]

    def test_a_budget_too_small_for_the_optimizer_fails_the_run(self, owner: Any, prompt: Prompt) -> None:
        run = optimize(owner, optimizer="mipro", budget_lm_calls=5)
        assert run["status"] == "failed" and "needs a budget of at least" in run["error"]


@pytest.mark.usefixtures("scripted")
class TestRunControl:
    def test_there_are_never_two_runs_at_once_for_a_prompt(self, owner: Any, prompt: Prompt) -> None:
        with mock.patch(DELAY) as delay:
            first = owner.post("/api/v1/prompts/assistant/optimize", {})
            second = owner.post("/api/v1/prompts/assistant/optimize", {"optimizer": "gepa"})
        assert first.status_code == 202 and delay.call_count == 1
        assert second.status_code == 409 and second.json()["details"] == [{"run_id": first.json()["id"]}]
        with pytest.raises(IntegrityError), transaction.atomic():
            OptimizationRun.objects.create(project=owner.project, prompt=prompt, budget_lm_calls=1, budget_wall_s=10, status="running")
        assert owner.post(f"/api/v1/optimization-runs/{first.json()['id']}/cancel").status_code == 202
        with mock.patch(DELAY):
            assert owner.post("/api/v1/prompts/assistant/optimize", {}).status_code == 202

    def test_a_queued_run_is_cancelled_at_once_and_never_starts(self, owner: Any, prompt: Prompt) -> None:
        with mock.patch(DELAY):
            run_id = owner.post("/api/v1/prompts/assistant/optimize", {}).json()["id"]
        r = owner.post(f"/api/v1/optimization-runs/{run_id}/cancel")
        assert (r.status_code, r.json()["status"]) == (202, "cancelled")
        optimization_run_execute_task(run_id)
        run = OptimizationRun.objects.get(pk=run_id)
        assert (run.status, run.lm_calls, run.started_at) == ("cancelled", 0, None)
        assert owner.post(f"/api/v1/optimization-runs/{run_id}/cancel").status_code == 409

    def test_a_running_run_stops_at_its_next_check_when_cancelled(self, owner: Any, prompt: Prompt, monkeypatch: Any) -> None:
        monkeypatch.setattr("evalhub.prompts.optimize.guard.WRITE_INTERVAL_S", 0.0)
        run = optimization_run_claim(run_id=optimization_run_create(prompt=prompt, optimizer="mipro", enqueue=False).pk)
        assert run is not None

        def cancel_once_optimizing(guard: Any) -> None:
            if guard.phase == "optimizing" and guard.trials_done >= 25:
                optimization_run_cancel(run=run, actor="user:ann")

        run = optimization_run_execute(run=run, on_progress=cancel_once_optimizing)
        assert run.status == "cancelled" and run.candidate is None and run.finished_at is not None
        assert 25 <= run.trials_done < 40
        assert prompt.versions.count() == 1

    def test_progress_is_visible_while_the_run_goes(self, owner: Any, prompt: Prompt, monkeypatch: Any) -> None:
        monkeypatch.setattr("evalhub.prompts.optimize.guard.WRITE_INTERVAL_S", 0.0)
        run = optimization_run_claim(run_id=optimization_run_create(prompt=prompt, optimizer="mipro", enqueue=False).pk)
        assert run is not None
        seen: list[dict[str, Any]] = []

        def watch(guard: Any) -> None:
            seen.append(owner.get(f"/api/v1/optimization-runs/{run.pk}").json()["progress"])

        optimization_run_execute(run=run, on_progress=watch)
        phases = [p["phase"] for p in seen]
        assert phases.index("baseline") < phases.index("optimizing") < phases.index("candidate")
        done = [p["trials_done"] for p in seen]
        assert done == sorted(done) and any(0 < p["trials_done"] < p["trials_total"] for p in seen)
        assert seen[0]["best_score"] is None and seen[-1]["best_score"] == 1.0
        assert max(p["best_score"] or 0 for p in seen if p["phase"] == "optimizing") > 0.9

    def test_a_run_whose_worker_was_lost_is_restarted_then_given_up(self, owner: Any, prompt: Prompt) -> None:
        run = optimization_run_create(prompt=prompt, enqueue=False)
        assert optimization_run_claim(run_id=run.pk) is not None
        assert optimization_run_claim(run_id=run.pk) is None  # a duplicate delivery while it is alive
        stale = timezone.now() - timedelta(hours=1)
        OptimizationRun.objects.filter(pk=run.pk).update(heartbeat_at=stale)
        optimization_run_execute_task(run.pk)  # redelivered after the worker died
        run.refresh_from_db()
        assert (run.status, run.attempt) == ("succeeded", 2)
        again = optimization_run_create(prompt=prompt, enqueue=False)
        OptimizationRun.objects.filter(pk=again.pk).update(status="running", attempt=3, heartbeat_at=stale)
        optimization_run_execute_task(again.pk)
        again.refresh_from_db()
        assert again.status == "failed" and "worker lost" in again.error

    def test_a_new_run_reaps_one_whose_worker_vanished(self, owner: Any, prompt: Prompt) -> None:
        run = optimization_run_create(prompt=prompt, enqueue=False)
        OptimizationRun.objects.filter(pk=run.pk).update(status="running", heartbeat_at=timezone.now() - timedelta(hours=1))
        fresh = optimization_run_create(prompt=prompt, enqueue=False)
        run.refresh_from_db()
        assert run.status == "failed" and fresh.status == "queued"

    def test_another_projects_run_is_not_found(self, owner: Any, outsider: Any, prompt: Prompt) -> None:
        with mock.patch(DELAY):
            run_id = owner.post("/api/v1/prompts/assistant/optimize", {}).json()["id"]
        assert outsider.get(f"/api/v1/optimization-runs/{run_id}").status_code == 404
        assert outsider.post(f"/api/v1/optimization-runs/{run_id}/cancel").status_code == 404
        assert outsider.post("/api/v1/prompts/assistant/optimize", {}).status_code == 404
        assert OptimizationRun.objects.get(pk=run_id).status == "queued"
