"""Admin settings: a new key or secret is shown once; thresholds, schedule and policy validate and persist."""

from __future__ import annotations

import json

from evalhub.dashboard.selectors.projects import optimization_schedule_get
from evalhub.dashboard.selectors.settings import policy_summary
from evalhub.projects.models import ApiKey, WebhookSecret
from evalhub.projects.services import api_key_authenticate
from tests.dashboard.conftest import World


def test_it_shows_a_new_api_key_once_and_it_works(world: World) -> None:
    client = world.client("admin")
    r = client.post("/settings/keys", {"name": "ci"})
    assert r.status_code == 200
    raw = r.context["new_key"]
    assert raw.startswith("ehk_") and raw.encode() in r.content
    assert api_key_authenticate(raw_key=raw) is not None
    assert raw.encode() not in client.get("/settings/").content


def test_it_revokes_a_key(world: World) -> None:
    key = ApiKey.objects.filter(project=world.own.project).first()
    assert key is not None
    r = world.client("admin").post(f"/settings/keys/{key.pk}/revoke", follow=True)
    assert b"revoked" in r.content
    key.refresh_from_db()
    assert key.revoked_at is not None


def test_it_rotates_the_webhook_secret_with_an_overlap(world: World) -> None:
    r = world.client("admin").post("/settings/webhook-secrets/rotate", {"overlap_hours": "2"})
    assert r.status_code == 200
    new = r.context["new_secret"]
    assert WebhookSecret.objects.filter(project=world.own.project, secret=new, expires_at__isnull=True).exists()
    assert WebhookSecret.objects.filter(project=world.own.project, expires_at__isnull=False).count() == 1


def test_it_saves_thresholds_and_keeps_other_settings(world: World) -> None:
    project = world.own.project
    project.settings = {"other": 1}
    project.save()
    data = {"auto_accept_confidence": "0.9", "case_min_confidence": "0.3", "signal_case_threshold": "0.65", "optimize_after_new_cases": "12"}
    assert world.client("admin").post("/settings/thresholds", data).status_code == 302
    project.refresh_from_db()
    assert project.settings == {"other": 1, "auto_accept_confidence": 0.9, "case_min_confidence": 0.3, "signal_case_threshold": 0.65, "optimize_after_new_cases": 12}


def test_it_refuses_thresholds_out_of_range_or_inconsistent(world: World) -> None:
    client = world.client("admin")
    bad = {"auto_accept_confidence": "1.5", "case_min_confidence": "0.3", "signal_case_threshold": "0.6", "optimize_after_new_cases": "5"}
    r = client.post("/settings/thresholds", bad)
    assert r.status_code == 422 and b"less than or equal to 1" in r.content
    r = client.post("/settings/thresholds", {**bad, "auto_accept_confidence": "0.2"})
    assert r.status_code == 422 and b"must not exceed" in r.content
    world.own.project.refresh_from_db()
    assert "auto_accept_confidence" not in world.own.project.settings


def test_it_updates_the_optimization_schedule(world: World) -> None:
    r = world.client("admin").post("/settings/schedule", {"minute": "15", "hour": "2", "day_of_week": "0"})
    assert r.status_code == 302
    task = optimization_schedule_get(project=world.own.project)
    assert task is not None and not task.enabled
    assert (task.crontab.minute, task.crontab.hour, task.crontab.day_of_week) == ("15", "2", "0")
    assert world.client("admin").post("/settings/schedule", {"minute": "; drop", "hour": "2", "day_of_week": "0"}).status_code == 422


def test_it_saves_a_new_policy_version_and_refuses_an_invalid_one(world: World) -> None:
    client = world.client("admin")
    policy = {"name": "strict", "checks": [{"check": "secrets", "severity": "block", "kinds": ["output"]}]}
    assert client.post("/settings/policy", {"config": json.dumps(policy), "note": "tighter"}).status_code == 302
    summary = policy_summary(project=world.own.project)
    assert summary.name == "strict" and summary.note == "tighter"
    r = client.post("/settings/policy", {"config": json.dumps({"checks": [{"check": "no-such-check"}]})})
    assert r.status_code == 422 and b"invalid guardrail policy" in r.content
    r = client.post("/settings/policy", {"config": "{not json"})
    assert r.status_code == 422 and b"Not valid JSON" in r.content
    assert policy_summary(project=world.own.project).name == "strict"
