"""Promote and roll back with a confirmation step; both audited with the reviewer's name."""

from __future__ import annotations

from evalhub.prompts.models import PromotionEvent, Prompt
from tests.dashboard.conftest import World


def test_it_asks_for_confirmation_before_promoting(world: World) -> None:
    r = world.client("reviewer").get("/prompts/assistant/versions/2/promote")
    assert r.status_code == 200
    assert b"Promote v2 of assistant?" in r.content
    assert Prompt.objects.get(pk=world.own.prompt.pk).production_version.number == 1


def test_it_promotes_then_rolls_back(world: World) -> None:
    client = world.client("reviewer")
    r = client.post("/prompts/assistant/versions/2/promote", {"reason": "better on dev"})
    assert r.status_code == 302
    prompt = Prompt.objects.get(pk=world.own.prompt.pk)
    assert prompt.production_version_id == world.own.v2.pk
    event = PromotionEvent.objects.filter(prompt=prompt).first()
    assert event is not None and event.actor == "user:acme-reviewer" and event.reason == "better on dev"
    assert b"Roll back to v1" in client.get("/prompts/assistant/rollback").content
    r = client.post("/prompts/assistant/rollback", {"reason": "regression"})
    assert r.status_code == 302
    assert Prompt.objects.get(pk=prompt.pk).production_version.number == 1
    assert PromotionEvent.objects.filter(prompt=prompt, action="rollback").exists()


def test_it_reports_a_domain_conflict_as_a_message(world: World) -> None:
    client = world.client("reviewer")
    r = client.post("/prompts/assistant/versions/1/promote", {"reason": "again"}, follow=True)
    assert b"already the production version" in r.content


def test_it_says_when_there_is_nothing_to_roll_back_to(world: World) -> None:
    r = world.client("reviewer").get("/prompts/assistant/rollback")
    assert b"no earlier production version" in r.content


def test_it_shows_the_diff_between_two_versions(world: World) -> None:
    body = world.client("viewer").get("/prompts/assistant/diff?a=1&b=2").content.decode()
    assert '<div class="add">+Use the user&#x27;s stored preferences. [acme]</div>' in body


def test_it_polls_progress_only_while_a_run_is_active(world: World) -> None:
    run = world.own.run
    client = world.client("viewer")
    assert b"every 2s" not in client.get(f"/runs/{run.pk}/progress").content
    run.status, run.trials_done, run.trials_total = "running", 1, 4
    run.save()
    body = client.get(f"/runs/{run.pk}/progress").content.decode()
    assert 'hx-trigger="every 2s"' in body and 'value="25"' in body
