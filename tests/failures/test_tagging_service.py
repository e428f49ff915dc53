"""Ingest -> tagging task on commit -> failures in the API; re-runs are idempotent; tenants are isolated."""

from __future__ import annotations

from typing import Any

from evalhub.conversations.models import Session
from evalhub.failures.models import Failure, InjectionOutcome
from evalhub.failures.services import failures_tag_project, failures_tag_sessions
from tests.conftest import ApiProject
from tests.failures.helpers import Story


def poisoned_story() -> tuple[Story, str, str]:
    s = Story("u-7")
    corrected_in = s.session()
    s.user_says("My deadlift PR is 104 kg, I want a plan to get past it.")
    wrong = s.assistant("Nice — with a 140 kg PR, let's build a 6-week block.")
    item = s.remember("User's deadlift PR is 140 kg", source=wrong)
    s.user_says("It's 104 kg, not 140.")
    s.assistant("You're right, I'm sorry — with a 104 kg PR, here's the block.")
    s.session()
    s.user_says("How heavy should my deadlift working sets be?")
    failing = s.assistant("Go with about 105 kg (75% of your 140 kg PR).", context=[item])
    s.user_says("Thanks!")
    s.assistant("You're welcome!")
    return s, failing, corrected_in


def _failures(p: ApiProject, **params: str) -> Any:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    r = p.get(f"/api/v1/failures?{query}")
    assert r.status_code == 200, r.content
    return r.json()["failures"]


def test_ingest_tags_the_sessions_on_commit_and_the_api_lists_the_failure(owner: ApiProject) -> None:
    story, failing, corrected_in = poisoned_story()
    owner.ingest(story.records())
    later = story.sessions[-1]["id"]
    [f] = _failures(owner, session=later)
    assert set(f) >= {"id", "type", "message", "confidence", "evidence", "explanation", "status"}
    assert (f["type"], f["message"], f["status"]) == ("poisoning", failing, "open")
    assert f["evidence"]["sessions"] == [corrected_in]
    assert {m["id"] for m in f["evidence"]["memory"]} == {"u-7-mem1"}
    assert any("140 kg" in m["quote"] for m in f["evidence"]["messages"])
    assert Session.objects.get(external_id=later).failure_types == ["poisoning"]
    assert _failures(owner, session=corrected_in) == []
    assert [x["id"] for x in _failures(owner, user="u-7", type="poisoning", status="open")] == [f["id"]]


def test_re_running_the_tagger_adds_no_duplicates(owner: ApiProject) -> None:
    story, _, _ = poisoned_story()
    owner.ingest(story.records())
    before = list(Failure.objects.values_list("key", "confidence", "cluster_id"))
    outcomes = InjectionOutcome.objects.count()
    ids = list(Session.objects.values_list("pk", flat=True))
    for _ in range(2):
        failures_tag_sessions(project=owner.project, session_ids=ids)
        failures_tag_project(project=owner.project)
    owner.ingest(story.records())  # the same batch delivered again
    assert list(Failure.objects.values_list("key", "confidence", "cluster_id")) == before
    assert InjectionOutcome.objects.count() == outcomes
    r = owner.post("/api/v1/failures/tag", {"user": "u-7"})
    assert r.status_code == 202 and r.json() == {"status": "queued", "scope": "user:u-7"}
    assert Failure.objects.count() == len(before) == 1


def test_a_late_earlier_session_re_tags_the_later_ones(owner: ApiProject) -> None:
    story, failing, _ = poisoned_story()
    first, second = story.records()
    owner.ingest([second])  # the correction hasn't arrived: nothing to tag yet
    assert not Failure.objects.exists()
    owner.ingest([first])
    assert list(Failure.objects.values_list("type", "message__external_id")) == [("poisoning", failing)]


def test_another_project_sees_none_of_it(owner: ApiProject, outsider: ApiProject) -> None:
    story, _, _ = poisoned_story()
    owner.ingest(story.records())
    failure = Failure.objects.get()
    assert _failures(outsider, user="u-7") == []
    r = outsider.post(f"/api/v1/failures/{failure.pk}/review", {"decision": "confirm"})
    assert r.status_code == 404 and r.json()["error"] == "failure not found"
    assert outsider.post("/api/v1/failures/tag", {"user": "u-7"}).status_code == 404
    assert outsider.get("/api/v1/memory-health?user=u-7").status_code == 404
    assert outsider.get("/api/v1/failure-clusters").json() == {"clusters": []}
    failure.refresh_from_db()
    assert failure.status == "open"


def test_list_filters_are_validated(owner: ApiProject) -> None:
    r = owner.get("/api/v1/failures?type=oops")
    assert r.status_code == 422
    assert "type" in str(r.json()["details"])
    assert owner.client.get("/api/v1/failures").status_code == 401


def test_feedback_arriving_later_is_picked_up_when_the_feedback_hook_re_tags(owner: ApiProject) -> None:
    from django.test import TestCase

    from evalhub.failures.services import failures_on_feedback_processed

    s = Story("u-f")
    s.session()
    s.user_says("I work as a nurse, for context.")
    s.assistant("Thanks for telling me!")
    s.session()
    s.user_says("What skill should I work on this year for my career?")
    failing = s.assistant("What field are you in?")
    s.user_says("Never mind.")
    s.assistant("Okay!")
    s.feedback(failing, "thumbs_down")
    owner.ingest(s.records())
    assert not Failure.objects.exists()  # a question the user brushed off: no reason to flag it yet
    assert owner.post("/api/v1/feedback", {"events": s.events}).status_code == 202
    with TestCase.captureOnCommitCallbacks(execute=True):
        failures_on_feedback_processed(project=owner.project, session_ids=list(Session.objects.values_list("pk", flat=True)))
    assert list(Failure.objects.values_list("type", "message__external_id", "diagnosis")) == [("recall", failing, "write_miss")]
