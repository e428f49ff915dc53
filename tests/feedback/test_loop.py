"""Ingest -> implicit signals -> eval cases, and the preference store."""

from __future__ import annotations

from evalhub.evals.models import EvalCase, EvalSetVersion
from evalhub.feedback.models import Preference, Signal
from tests.conftest import ApiProject
from tests.feedback.helpers import conversation, send_webhook

MEM = [{"id": "mem-1", "content": "User lives in Boston"}]


def test_an_implicit_correction_becomes_a_case_with_contains_and_not_contains(owner: ApiProject) -> None:
    owner.ingest([conversation(turns=[
        ("user", "When does the museum open on Sunday?"), ("assistant", "It opens at 9am on Sunday."),
        ("user", "No, that's wrong, it opens at 10am, not 9am."), ("assistant", "You're right, 10am."),
    ])])
    signal = Signal.objects.get(type="correction")
    assert signal.message.external_id == "s-1-m2" and signal.user_message.external_id == "s-1-m3"
    case = EvalCase.objects.get(kind="correction")
    kinds = {(a["type"], a.get("value")) for a in case.assertions}
    assert ("contains", "10am") in kinds and ("not_contains", "9am") in kinds
    assert case.rejected_response == "It opens at 9am on Sunday."
    assert case.signal_received_at is not None


def test_an_explicit_correction_uses_the_corrected_fact(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    send_webhook(owner, {"type": "correction", "session": "s-1", "message": "s-1-m2", "correction": "It opens at 11am on Sundays."})
    case = EvalCase.objects.get(kind="correction")
    assert {"type": "contains", "value": "11am", "why": "the corrected fact"} in case.assertions
    assert any(a["type"] == "not_contains" and a["value"] == "9am" for a in case.assertions)


def test_a_restatement_across_sessions_makes_a_must_use_case(owner: ApiProject) -> None:
    owner.ingest([conversation("s-old", started_at="2026-03-01T10:00:00Z", turns=[("user", "Just so you know, I'm vegetarian."), ("assistant", "Noted!")])])
    owner.ingest([conversation("s-new", started_at="2026-03-08T10:00:00Z", memory=[{"id": "mem-v", "content": "User is vegetarian"}], context=["mem-v"], turns=[
        ("user", "Dinner ideas?"), ("assistant", "Try a beef stew."), ("user", "As I told you, I'm vegetarian."),
    ])])
    signal = Signal.objects.get(type="restatement")
    assert signal.message.external_id == "s-new-m2"
    case = EvalCase.objects.get(kind="restatement")
    assert case.input["memory"] == ["User is vegetarian"]
    assert any(a["type"] == "contains" and a["value"].lower() == "vegetarian" for a in case.assertions)


def test_frustration_and_rephrase_make_rubric_cases(owner: ApiProject) -> None:
    owner.ingest([conversation(turns=[
        ("user", "Can you recommend a hotel in Lisbon?"), ("assistant", "Lisbon is a lovely city with a long history."),
        ("user", "Can you recommend a hotel in Lisbon please?"), ("assistant", "Lisbon has many neighbourhoods."),
        ("user", "Ugh, this is useless."), ("assistant", "Sorry!"),
    ])])
    assert {s.type for s in Signal.objects.all()} >= {"rephrase", "frustration"}
    assert {c.kind for c in EvalCase.objects.all()} >= {"rephrase", "frustration"}
    assert all(c.assertions[0]["type"] == "llm_rubric" for c in EvalCase.objects.filter(kind__in=["rephrase", "frustration"]))


def test_preferences_are_stored_and_superseded(owner: ApiProject) -> None:
    owner.ingest([conversation("s-a", started_at="2026-03-01T10:00:00Z", memory=MEM, turns=[("user", "I live in Boston now, by the way."), ("assistant", "Got it.")])])
    owner.ingest([conversation("s-b", started_at="2026-03-09T10:00:00Z", turns=[("user", "I moved to Berlin last week."), ("assistant", "Exciting!")])])
    prefs = owner.get("/api/v1/users/u-1/preferences").json()
    assert [(p["key"], p["value"]) for p in prefs["active"]] == [("location", "Berlin")]
    assert [(p["key"], p["value"]) for p in prefs["superseded"]] == [("location", "Boston")]
    old = Preference.objects.get(value="Boston")
    assert old.superseded_by is not None and old.superseded_by.value == "Berlin"
    assert owner.get("/api/v1/users/nobody/preferences").status_code == 404


def test_a_preference_case_waits_for_review(owner: ApiProject) -> None:
    owner.ingest([conversation(turns=[("user", "Please keep your answers short from now on."), ("assistant", "Sure.")])])
    case = EvalCase.objects.get(kind="preference")
    assert case.status == "candidate"
    assert case.assertions == [{"type": "max_chars", "value": 600, "why": "user preference: Please keep your answers short from now on."}]


def test_near_duplicates_merge_with_provenance_counts(owner: ApiProject) -> None:
    for sid in ("s-1", "s-2"):
        owner.ingest([conversation(sid, user=f"u-{sid}")])
        send_webhook(owner, {"type": "thumbs_down", "session": sid, "message": f"{sid}-m2"})
    case = EvalCase.objects.get()
    assert case.provenance_count == 2 and len(case.provenance) == 2


def test_mining_is_idempotent_on_reingest(owner: ApiProject) -> None:
    conv = conversation(turns=[("user", "Hi"), ("assistant", "Hello"), ("user", "This is useless.")])
    owner.ingest([conv])
    owner.ingest([conv])
    assert Signal.objects.filter(type="frustration").count() == 1
    assert EvalCase.objects.count() == 1


def test_each_accepted_case_makes_a_new_immutable_version(owner: ApiProject) -> None:
    owner.ingest([conversation("s-1", user="a"), conversation("s-2", user="b", turns=[("user", "Weather in Oslo?"), ("assistant", "Sunny.")])])
    send_webhook(owner, {"type": "thumbs_down", "session": "s-1", "message": "s-1-m2"})
    v1_cases = owner.get("/api/v1/eval-sets/default/cases?version=1").json()["cases"]
    send_webhook(owner, {"type": "thumbs_down", "session": "s-2", "message": "s-2-m2"})
    assert list(EvalSetVersion.objects.values_list("number", "case_count")) == [(1, 1), (2, 2)]
    assert owner.get("/api/v1/eval-sets/default/cases?version=1").json()["cases"] == v1_cases
    case = EvalCase.objects.get(session__external_id="s-1")
    r = owner.post(f"/api/v1/eval-sets/default/cases/{case.pk}/review", {"decision": "edit", "assertions": [{"type": "contains", "value": "10am"}]})
    assert r.status_code == 200
    assert owner.get("/api/v1/eval-sets/default/cases?version=1").json()["cases"] == v1_cases
    v3 = owner.get("/api/v1/eval-sets/default/cases?version=3").json()["cases"]
    assert {"type": "contains", "value": "10am"} in next(c for c in v3 if c["id"] == case.pk)["assertions"]


def test_review_validates_and_rejects(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    send_webhook(owner, {"type": "thumbs_down", "session": "s-1", "message": "s-1-m2"})
    case = EvalCase.objects.get()
    url = f"/api/v1/eval-sets/default/cases/{case.pk}/review"
    assert owner.post(url, {"decision": "edit", "assertions": [{"type": "regex", "value": "("}]}).status_code == 422
    assert owner.post(url, {"decision": "maybe"}).status_code == 422
    assert owner.post(url, {"decision": "reject", "note": "not a real failure"}).json()["status"] == "rejected"
    assert owner.get("/api/v1/eval-sets").json()["eval_sets"][0]["current_version"] == 2


def test_signals_api_filters_and_isolates(owner: ApiProject, outsider: ApiProject) -> None:
    owner.ingest([conversation(turns=[("user", "Hi"), ("assistant", "Hello"), ("user", "Ugh, useless.")])])
    body = owner.get("/api/v1/signals?session=s-1").json()
    assert [s["type"] for s in body["signals"]] == ["frustration"]
    sig = body["signals"][0]
    assert sig["source"] == "implicit" and sig["message"] == "s-1-m2" and sig["user_message"] == "s-1-m3"
    assert owner.get("/api/v1/signals?type=correction").json()["signals"] == []
    assert owner.get("/api/v1/signals").status_code == 422
    assert outsider.get("/api/v1/signals?session=s-1").json()["signals"] == []


def test_export_jsonl_and_csv(owner: ApiProject) -> None:
    owner.ingest([conversation()])
    send_webhook(owner, {"type": "thumbs_down", "session": "s-1", "message": "s-1-m2"})
    jsonl = owner.get("/api/v1/eval-sets/default/export?format=jsonl")
    assert jsonl.status_code == 200 and jsonl.content.decode().count("\n") == 1
    csv = owner.get("/api/v1/eval-sets/default/export?format=csv&version=1")
    assert csv.status_code == 200 and csv.content.decode().startswith("id,status,split")
    assert owner.get("/api/v1/eval-sets/default/export?format=xml").status_code == 422


def test_the_optional_judge_stores_verdicts_with_its_model_name(owner: ApiProject, settings: object) -> None:
    settings.EVALHUB_LM = "scripted/judge"  # type: ignore[attr-defined]
    owner.project.settings = {"mining_judge": True}
    owner.project.save()
    owner.ingest([conversation(turns=[("user", "Hi"), ("assistant", "Hello"), ("user", "Tell me about tides.")])])
    judged = Signal.objects.filter(detector="judge:scripted/judge")
    assert judged.exists()
    assert all(s.details["model"] == "scripted/judge" for s in judged)


def test_the_judge_stays_off_without_an_lm(owner: ApiProject) -> None:
    owner.project.settings = {"mining_judge": True}
    owner.project.save()
    owner.ingest([conversation(turns=[("user", "Hi"), ("assistant", "Hello"), ("user", "Tell me about tides.")])])
    assert not Signal.objects.filter(detector__startswith="judge:").exists()


def test_every_explicit_type_maps_to_a_case_or_not(owner: ApiProject) -> None:
    sessions = [conversation(f"s-{t}", user=f"u-{t}", turns=[("user", f"Question about {t} topics?"), ("assistant", f"An answer about {t}.")])
                for t in ("up", "good", "bad", "flag", "nice", "mean")]
    owner.ingest(sessions)
    events = [
        {"type": "thumbs_up", "session": "s-up", "message": "s-up-m2"},
        {"type": "rating", "session": "s-good", "message": "s-good-m2", "value": 5},
        {"type": "rating", "session": "s-bad", "message": "s-bad-m2", "value": 1},
        {"type": "flag", "session": "s-flag", "message": "s-flag-m2", "comment": "leaks data"},
        {"type": "comment", "session": "s-nice", "message": "s-nice-m2", "comment": "Lovely, thanks"},
        {"type": "comment", "session": "s-mean", "message": "s-mean-m2", "comment": "This is wrong and useless"},
    ]
    for e in events:
        assert send_webhook(owner, e).status_code == 202
    assert Signal.objects.filter(source="explicit").count() == 6
    kinds = sorted(EvalCase.objects.values_list("kind", flat=True))
    assert kinds == ["comment", "flag", "rating"]
    flag = EvalCase.objects.get(kind="flag")
    assert {"type": "guardrail", "value": None} in flag.assertions


def test_abandonment_after_an_unhelpful_answer_makes_a_case(owner: ApiProject) -> None:
    owner.ingest([conversation("s-1", started_at="2026-03-01T10:00:00Z", turns=[("user", "Can you rebook my train?"), ("assistant", "I'm sorry, I can't help with that.")])])
    owner.ingest([conversation("s-2", started_at="2026-03-02T10:00:00Z", turns=[("user", "Hello again"), ("assistant", "Hi!")])])
    signal = Signal.objects.get(type="abandonment")
    assert signal.session.external_id == "s-1" and signal.message.external_id == "s-1-m2"
    assert EvalCase.objects.filter(kind="abandonment").exists()
