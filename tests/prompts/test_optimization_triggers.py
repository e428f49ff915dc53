from __future__ import annotations

import json
from io import StringIO
from typing import Any
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase
from django_celery_beat.models import PeriodicTask

from evalhub.prompts.models import OptimizationRun, Prompt
from evalhub.prompts.services import prompt_get_or_create
from evalhub.prompts.services.schedule import WEEKLY_TASK
from evalhub.prompts.tasks import optimization_weekly_task
from tests.prompts.support import seed_cases, travel_case

DELAY = "evalhub.prompts.tasks.optimization_run_execute_task.delay"


@pytest.fixture
def prompt(owner: Any) -> Prompt:
    seed_cases(owner.project)  # accepted before the prompt existed: they don't count as new
    return prompt_get_or_create(project=owner.project, name="assistant")


class TestNewCasesTrigger:
    def test_a_run_starts_once_n_new_cases_were_accepted(self, owner: Any, prompt: Prompt) -> None:
        owner.project.settings = {"optimize_after_new_cases": 3}
        owner.project.save()
        with mock.patch(DELAY) as delay:
            for i in range(10, 15):
                with TestCase.captureOnCommitCallbacks(execute=True):
                    travel_case(owner.project, i)
                if i == 11:
                    assert not OptimizationRun.objects.exists()
        run = OptimizationRun.objects.get()  # cases 13 and 14 arrived while it was queued: still one run
        assert (run.trigger, run.status, run.prompt) == ("new_cases", "queued", prompt)
        assert delay.call_args == mock.call(run.pk)

    def test_counting_starts_again_after_each_run(self, owner: Any, prompt: Prompt) -> None:
        owner.project.settings = {"optimize_after_new_cases": 2}
        owner.project.save()
        with mock.patch(DELAY):
            for i in range(10, 12):
                with TestCase.captureOnCommitCallbacks(execute=True):
                    travel_case(owner.project, i)
            OptimizationRun.objects.update(status="succeeded")
            with TestCase.captureOnCommitCallbacks(execute=True):
                travel_case(owner.project, 12)
            assert OptimizationRun.objects.count() == 1
            with TestCase.captureOnCommitCallbacks(execute=True):
                travel_case(owner.project, 13)
        assert OptimizationRun.objects.count() == 2

    def test_zero_turns_the_trigger_off(self, owner: Any, prompt: Prompt) -> None:
        owner.project.settings = {"optimize_after_new_cases": 0}
        owner.project.save()
        with mock.patch(DELAY), TestCase.captureOnCommitCallbacks(execute=True):
            travel_case(owner.project, 10)
        assert not OptimizationRun.objects.exists()


class TestWeeklySchedule:
    def test_each_project_gets_a_weekly_entry_editable_in_the_admin(self, owner: Any, prompt: Prompt) -> None:
        entry = PeriodicTask.objects.get(name="optimize-weekly:owner")
        assert entry.task == WEEKLY_TASK == optimization_weekly_task.name
        assert (entry.crontab.day_of_week, entry.crontab.hour, json.loads(entry.kwargs)) == ("1", "3", {"project_id": owner.project.pk})
        prompt_get_or_create(project=owner.project, name="other")
        assert PeriodicTask.objects.filter(name__startswith="optimize-weekly:").count() == 1

    def test_the_weekly_task_starts_one_run_per_prompt_and_skips_busy_ones(self, owner: Any, prompt: Prompt) -> None:
        with mock.patch(DELAY), TestCase.captureOnCommitCallbacks(execute=True):
            optimization_weekly_task(owner.project.pk)
            optimization_weekly_task(owner.project.pk)
        run = OptimizationRun.objects.get()
        assert (run.trigger, run.requested_by) == ("schedule", "schedule:weekly")


@pytest.mark.usefixtures("scripted", "contact_policy")
class TestOptimizeCommand:
    def test_it_runs_one_optimization_synchronously(self, owner: Any, prompt: Prompt) -> None:
        out, err = StringIO(), StringIO()
        call_command("optimize", "--project", "owner", "--prompt", "assistant", "--optimizer", "gepa", "--budget", "80", stdout=out, stderr=err)
        summary = json.loads(out.getvalue())
        assert summary["status"] == "succeeded" and summary["candidate"] == 2
        assert summary["scores"]["candidate"]["by_split"]["dev"] > summary["scores"]["baseline"]["by_split"]["dev"]

    def test_it_reports_an_unknown_project(self, owner: Any) -> None:
        with pytest.raises(CommandError, match="no project"):
            call_command("optimize", "--project", "nope", "--prompt", "assistant")

    def test_it_refuses_while_another_run_is_active(self, owner: Any, prompt: Prompt) -> None:
        with mock.patch(DELAY):
            owner.post("/api/v1/prompts/assistant/optimize", {})
        with pytest.raises(CommandError, match="already queued or running"):
            call_command("optimize", "--project", "owner", "--prompt", "assistant")
