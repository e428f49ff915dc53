"""Review flow: confirm -> eval case with assertions that capture the failure; dismiss; validation."""

from __future__ import annotations

from evalhub.evals.evaluator import evaluate
from evalhub.evals.models import EvalCase
from evalhub.failures.models import Failure
from evalhub.failures.services import failure_review
from tests.conftest import ApiProject
from tests.failures.helpers import Story
from tests.failures.test_tagging_service import poisoned_story


def _review(p: ApiProject, failure: Failure, decision: str, note: str = "") -> dict:
    r = p.post(f"/api/v1/failures/{failure.pk}/review", {"decision": decision, "note": note})
    assert r.status_code == 200, r.content
    return r.json()


def test_confirming_a_poisoning_makes_a_must_not_repeat_case(owner: ApiProject) -> None:
    story, failing, corrected_in = poisoned_story()
    owner.ingest(story.records())
    failure = Failure.objects.get()
    body = _review(owner, failure, "confirm", "yes, the 140 kg is the old mistake")
    assert (body["status"], body["review_note"], body["reviewer"]) == ("confirmed", "yes, the 140 kg is the old mistake", "api:default")
    case = EvalCase.objects.get(pk=body["eval_case"])
    assert (case.source, case.kind, case.status) == ("failure", "poisoning", "accepted")
    assert {"type": "not_contains", "value": "140", "why": "corrected claim: User's deadlift PR is 140 kg"} in case.assertions
    assert case.input["memory"] == ["User's deadlift PR is 140 kg"]
    assert case.input["user_message"] == "How heavy should my deadlift working sets be?"
    assert case.rejected_response.startswith("Go with about 105 kg")
    [prov] = case.provenance
    assert prov["failure"] == failure.pk and prov["message"] == failing and prov["evidence_session"] == corrected_in
    # The case fails the answer that failed, and passes a corrected one.
    assert not evaluate(case.rejected_response, case.assertions).passed
    assert evaluate("About 78 kg, i.e. 75% of your 104 kg PR.", [a for a in case.assertions if a["type"] != "llm_rubric"]).passed


def test_review_is_idempotent_and_dismissing_keeps_no_case(owner: ApiProject) -> None:
    story, _, _ = poisoned_story()
    owner.ingest(story.records())
    failure = Failure.objects.get()
    first = _review(owner, failure, "confirm")
    again = _review(owner, failure, "confirm")
    assert first["eval_case"] == again["eval_case"] and EvalCase.objects.filter(source="failure").count() == 1
    dismissed = _review(owner, failure, "dismiss", "false alarm")
    assert dismissed["status"] == "dismissed" and dismissed["review_note"] == "false alarm"
    failure.refresh_from_db()
    assert failure.session.failure_types == []
    assert failure.cluster is not None and failure.cluster.failure_count == 0


def test_a_bad_decision_is_a_422(owner: ApiProject) -> None:
    story, _, _ = poisoned_story()
    owner.ingest(story.records())
    failure = Failure.objects.get()
    r = owner.post(f"/api/v1/failures/{failure.pk}/review", {"decision": "maybe"})
    assert r.status_code == 422 and "decision" in str(r.json()["details"])
    assert owner.post(f"/api/v1/failures/{failure.pk}/review", {"decision": "confirm", "extra": 1}).status_code == 422
    assert owner.post("/api/v1/failures/999999/review", {"decision": "confirm"}).status_code == 404
    failure.refresh_from_db()
    assert failure.status == "open"


def _confirmed_case(owner: ApiProject, story: Story, failure_type: str) -> EvalCase:
    owner.ingest(story.records())
    failure = Failure.objects.get(type=failure_type)
    failure = failure_review(failure=failure, decision="confirm", reviewer="alice", note="")
    assert failure.reviewer == "alice" and failure.reviewed_at is not None
    return EvalCase.objects.get(pk=failure.eval_case_id)


def test_a_confirmed_recall_must_use_the_fact(owner: ApiProject) -> None:
    s = Story()
    s.session()
    s.user_says("I support the Boston Celtics, for the record.")
    s.assistant("Noted!")
    s.session()
    s.user_says("Any games worth watching this weekend?")
    s.assistant("Which team do you follow?")
    s.user_says("Like I said last time, I support the Boston Celtics.")
    s.assistant("Sorry! The Celtics play the Knicks on Friday.")
    case = _confirmed_case(owner, s, "recall")
    contains = [a["value"] for a in case.assertions if a["type"] == "contains"]
    assert "Celtics" in contains or "Boston" in contains
    assert not evaluate("Which team do you follow?", [a for a in case.assertions if a["type"] == "contains"]).passed


def test_a_confirmed_clash_must_use_the_new_value_and_not_the_old(owner: ApiProject) -> None:
    s = Story()
    s.session()
    said = s.user_says("Some background: I work as a nurse.")
    item = s.remember("User works as a nurse", source=said)
    s.assistant("Noted.", context=[item])
    s.session()
    change = s.user_says("I changed jobs — I work as a history teacher now.")
    s.update(item, "User works as a history teacher", source=change)
    s.assistant("Updated.", context=[item])
    s.session()
    s.user_says("Any ideas for a course to level up at work?")
    s.assistant("As a nurse, I'd look at a wound-care certification.", context=[item])
    case = _confirmed_case(owner, s, "clash")
    kinds = {(a["type"], a["value"].lower()) for a in case.assertions}
    assert ("not_contains", "nurse") in kinds
    assert any(t == "contains" and v in ("history", "teacher") for t, v in kinds)


def test_a_confirmed_distraction_must_not_mention_the_memory(owner: ApiProject) -> None:
    s = Story()
    s.session()
    said = s.user_says("Medical note: I've got shoulder impingement on my right side.")
    item = s.remember("User has right shoulder impingement", source=said)
    s.assistant("Noted.", context=[item])
    s.session()
    s.user_says("What's the difference between 'ser' and 'estar' in Spanish?")
    s.assistant("'Ser' is for identity and lasting traits; 'estar' is for states and locations. And go easy on that shoulder!", context=[item])
    case = _confirmed_case(owner, s, "distraction")
    assert {"type": "not_contains", "value": "shoulder", "why": "irrelevant memory: User has right shoulder impingement"} in case.assertions
