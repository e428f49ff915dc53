"""POST /api/v1/gate + GET /api/v1/gate/<id>, and the task behind them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from evalhub.gate.models import GateRun
from evalhub.gate.services import gate_run_create
from evalhub.gate.tasks import gate_run_task
from tests.conftest import ApiProject
from tests.gate.conftest import GOOD, LEAKY, PLAIN, GateWorld


def submit(api: ApiProject, **body: Any) -> Any:
    return api.post("/api/v1/gate", {"prompt": "assistant", "candidate": GOOD, **body})


def test_it_queues_a_run_and_reports_the_verdict(world: GateWorld) -> None:
    r = submit(world.api)
    assert r.status_code == 202, r.content
    gate_id = r.json()["gate_id"]
    assert r.json() == {"gate_id": gate_id, "status": "queued", "url": f"https://evalhub.test/gate/{gate_id}"}
    status = world.api.get(f"/api/v1/gate/{gate_id}").json()
    assert (status["status"], status["verdict"], status["exit_code"]) == ("done", "pass", 0)
    assert status["progress"] == {"done": 6, "total": 6}
    assert status["eval_set"] == {"id": world.eval_set.pk, "name": "default", "version": world.eval_set.current_version}
    assert (status["baseline"], status["baseline_version"], status["split"], status["lm"]) == ("production", 1, "dev", "scripted/test")
    assert status["scores"]["delta"] == 1.0 and status["scores"]["reasons"] == []
    reports = status["reports"]
    assert reports["markdown"].startswith("## ✅ evalhub gate: **PASS**")
    assert reports["json"]["verdict"] == "pass" and len(reports["json"]["cases"]) == 3
    assert ET.fromstring(reports["junit"].split("\n", 1)[1]).tag == "testsuites"
    run = GateRun.objects.get(pk=gate_id)
    assert (run.source, run.candidate_instructions, run.baseline_version_id) == ("api", GOOD, world.production.pk)


def test_it_reports_a_regression_with_exit_code_1(world: GateWorld) -> None:
    from tests.gate.conftest import make_prompt

    make_prompt(world.project, instructions=GOOD)
    gate_id = submit(world.api, candidate=PLAIN).json()["gate_id"]
    status = world.api.get(f"/api/v1/gate/{gate_id}").json()
    assert (status["verdict"], status["exit_code"]) == ("fail", 1)
    assert status["scores"]["counts"] == {"newly_failing": 3}
    assert "### Newly failing (3)" in status["reports"]["markdown"]


def test_it_reports_a_guardrail_block(world: GateWorld) -> None:
    gate_id = submit(world.api, candidate=LEAKY, baseline="none").json()["gate_id"]
    status = world.api.get(f"/api/v1/gate/{gate_id}").json()
    assert (status["verdict"], status["exit_code"]) == ("fail", 1)
    assert len(status["reports"]["json"]["blocking_violations"]) == 3


def test_it_pins_the_baseline_and_eval_set_version_asked_for(world: GateWorld) -> None:
    version = world.eval_set.current_version - 1
    gate_id = submit(world.api, baseline=str(world.production.number), eval_set=f"default@{version}", split="all").json()["gate_id"]
    run = GateRun.objects.get(pk=gate_id)
    assert (run.baseline_ref, run.baseline_version_id, run.eval_version, run.split) == ("1", world.production.pk, version, "all")
    assert len(run.cases) == 2


def test_it_requires_an_api_key(world: GateWorld) -> None:
    r = world.api.client.post("/api/v1/gate", json.dumps({"prompt": "assistant", "candidate": GOOD}), content_type="application/json")
    assert r.status_code == 401
    assert r.json() == {"error": "missing or invalid API key", "details": []}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"split": "train"}, "split"),
        ({"repeats": 11}, "repeats"),
        ({"min_score": 2}, "min_score"),
        ({"candidate": ""}, "candidate"),
        ({"unknown": 1}, "unknown"),
    ],
)
def test_it_rejects_invalid_input_with_422(world: GateWorld, body: dict[str, Any], field: str) -> None:
    r = submit(world.api, **body)
    assert r.status_code == 422
    assert r.json()["error"] == "validation failed"
    assert field in str(r.json()["details"])
    assert not GateRun.objects.exists()


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"prompt": "nope"}, "unknown prompt 'nope' in project 'owner'"),
        ({"eval_set": "default@x"}, "invalid eval set 'default@x': expected <id or name>[@<version>], e.g. 3 or default@12"),
        ({"eval_set": "default@9"}, "eval set 'default' has versions 1..3, not 9"),
        ({"split": "holdout"}, "eval set 'default' v3 has no cases in split 'holdout'"),
    ],
)
def test_it_rejects_configuration_errors_with_422_at_once(world: GateWorld, body: dict[str, Any], error: str) -> None:
    r = submit(world.api, **body)
    assert r.status_code == 422
    assert r.json()["error"] == error
    assert not GateRun.objects.exists()


def test_it_rejects_a_submission_when_no_lm_is_configured(world: GateWorld, settings: Any) -> None:
    settings.EVALHUB_LM = ""
    r = submit(world.api)
    assert r.status_code == 422
    assert r.json()["error"].startswith("no language model is configured")


def test_it_never_shows_a_run_to_another_project(world: GateWorld, outsider: ApiProject) -> None:
    gate_id = submit(world.api).json()["gate_id"]
    r = outsider.get(f"/api/v1/gate/{gate_id}")
    assert r.status_code == 404
    assert r.json() == {"error": "gate run not found", "details": []}
    r = submit(outsider)
    assert r.status_code == 422 and r.json()["error"] == "unknown prompt 'assistant' in project 'outsider'"
    r = submit(outsider, baseline="none", eval_set=str(world.eval_set.pk))
    assert r.status_code == 422 and r.json()["error"].startswith("unknown eval set")


def test_its_task_is_idempotent(world: GateWorld) -> None:
    gate_id = submit(world.api).json()["gate_id"]
    finished = GateRun.objects.get(pk=gate_id)
    gate_run_task.apply(args=[gate_id])
    gate_run_task.apply(args=[987654])
    again = GateRun.objects.get(pk=gate_id)
    assert (again.attempts, again.finished_at, again.verdict) == (finished.attempts, finished.finished_at, "pass")


def test_a_crashing_run_ends_as_an_error_with_exit_code_2(world: GateWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    from evalhub.prompts import scoring

    def boom(**kwargs: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(scoring, "score_prompt", boom)
    run = gate_run_create(project=world.project, prompt_name="assistant", candidate_instructions=GOOD, enqueue=False)
    gate_run_task.apply(args=[run.pk], throw=False)
    gate_id = run.pk
    status = world.api.get(f"/api/v1/gate/{gate_id}").json()
    assert (status["status"], status["verdict"], status["exit_code"]) == ("failed", "error", 2)
    assert status["error"] == "gate run crashed: RuntimeError: disk full"
    assert "**ERROR**" in status["reports"]["markdown"]
