"""Review queue: decisions advance the queue without a page load; edits validate; failures confirm/dismiss."""

from __future__ import annotations

import json

import pytest

from evalhub.dashboard.optional import failures_services
from evalhub.evals.models import EvalCase
from tests.dashboard.conftest import World

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_it_answers_an_htmx_decision_with_the_next_item(world: World) -> None:
    own = world.own
    other = EvalCase.objects.create(project=own.project, eval_set=own.eval_set, signature="x" * 64, split="dev", source="manual", kind="manual",
                                    input={"user_message": "Second question"}, assertions=[{"type": "contains", "value": "y"}])
    r = world.client("reviewer").post(f"/review/cases/{own.candidate.pk}", {"decision": "accept", "mode": "focus"}, **HTMX)
    assert r.status_code == 200
    body = r.content.decode()
    assert f"Eval case #{other.pk}" in body and "Second question" in body
    assert 'id="count-cases" hx-swap-oob="true"' in body
    assert "<html" not in body
    own.candidate.refresh_from_db()
    assert own.candidate.status == "accepted" and own.candidate.reviewed_by == "acme-reviewer"


def test_it_says_the_queue_is_empty_after_the_last_item(world: World) -> None:
    r = world.client("reviewer").post(f"/review/cases/{world.own.candidate.pk}", {"decision": "reject", "mode": "focus"}, **HTMX)
    assert b"The queue is empty" in r.content
    assert EvalCase.objects.get(pk=world.own.candidate.pk).status == "rejected"


def test_it_removes_the_row_in_list_mode(world: World) -> None:
    r = world.client("reviewer").post(f"/review/cases/{world.own.candidate.pk}", {"decision": "accept", "mode": "list"}, **HTMX)
    assert r.status_code == 200
    assert b"<tr" not in r.content
    assert b'id="count-cases" hx-swap-oob="true" class="badge">0<' in r.content


def test_it_saves_edited_assertions(world: World) -> None:
    assertions = [{"type": "contains", "value": "lentils"}, {"type": "not_contains", "value": "chicken"}]
    r = world.client("reviewer").post(f"/review/cases/{world.own.candidate.pk}", {"decision": "edit", "assertions": json.dumps(assertions), "mode": "focus"}, **HTMX)
    assert r.status_code == 200
    case = EvalCase.objects.get(pk=world.own.candidate.pk)
    assert case.assertions == assertions and case.status == "candidate"


@pytest.mark.parametrize("text,message", [("[{", "not valid JSON"), ('[{"type": "nope"}]', "invalid assertions")])
def test_it_keeps_the_item_and_shows_why_an_edit_was_refused(world: World, text: str, message: str) -> None:
    r = world.client("reviewer").post(f"/review/cases/{world.own.candidate.pk}", {"decision": "edit", "assertions": text, "mode": "focus"}, **HTMX)
    assert r.status_code == 422
    assert message in r.content.decode()
    assert f"Eval case #{world.own.candidate.pk}" in r.content.decode()
    assert EvalCase.objects.get(pk=world.own.candidate.pk).assertions == [{"type": "contains", "value": "vegetarian"}]


def test_it_skips_to_the_next_item(world: World) -> None:
    r = world.client("viewer").get(f"/review/cases/next?after={world.own.candidate.pk}")
    assert r.status_code == 200
    assert b"The queue is empty" in r.content


def test_it_redirects_back_to_the_queue_without_htmx(world: World) -> None:
    r = world.client("reviewer").post(f"/review/cases/{world.own.candidate.pk}", {"decision": "accept", "mode": "list"})
    assert r.status_code == 302 and r["Location"] == "/review/?kind=cases&mode=list"


def test_it_lists_open_failures_with_evidence_links(world: World) -> None:
    if world.own.failure is None:
        pytest.skip("failure tagging not installed")
    body = world.client("viewer").get("/review/?kind=failures").content.decode()
    assert f"Failure #{world.own.failure.pk}" in body
    assert f"?at={world.own.sessions[0].external_id}#m-{world.own.messages['m1'].pk}" in body


@pytest.mark.parametrize("decision,status", [("accept", "confirmed"), ("reject", "dismissed")])
def test_it_confirms_or_dismisses_a_failure(world: World, decision: str, status: str) -> None:
    if world.own.failure is None or not hasattr(failures_services(), "failure_review"):
        pytest.skip("failure review service not installed")
    r = world.client("reviewer").post(f"/review/failures/{world.own.failure.pk}", {"decision": decision, "mode": "focus"}, **HTMX)
    assert r.status_code == 200
    world.own.failure.refresh_from_db()
    assert world.own.failure.status == status


def test_it_refuses_to_edit_a_failure(world: World) -> None:
    if world.own.failure is None:
        pytest.skip("failure tagging not installed")
    r = world.client("reviewer").post(f"/review/failures/{world.own.failure.pk}", {"decision": "edit", "mode": "focus"}, **HTMX)
    assert r.status_code == 422 and b"nothing to edit" in r.content
    world.own.failure.refresh_from_db()
    assert world.own.failure.status == "open"
