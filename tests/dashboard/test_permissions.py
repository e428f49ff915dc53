"""Each role on each action: viewers read, reviewers review and promote, admins manage settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import TestCase

from evalhub.evals.models import EvalCase
from evalhub.projects.models import ApiKey, WebhookSecret
from evalhub.prompts.models import OptimizationRun, PromotionEvent
from evalhub.prompts.services import prompt_promote
from tests.dashboard.conftest import World

READ_PAGES = ["/", "/sessions/", "/review/", "/eval-sets/", "/prompts/", "/gate/"]


def _actions(w: World) -> dict[str, tuple[str, str, dict[str, Any], Callable[[], bool]]]:
    """name -> (minimum role, url, POST data, did-it-happen check)."""
    own = w.own
    key = ApiKey.objects.filter(project=own.project).first()
    assert key is not None
    return {
        "review": ("reviewer", f"/review/cases/{own.candidate.pk}", {"decision": "reject"},
                   lambda: EvalCase.objects.get(pk=own.candidate.pk).status == "rejected"),
        "promote": ("reviewer", "/prompts/assistant/versions/2/promote", {"reason": "x"},
                    lambda: PromotionEvent.objects.filter(prompt=own.prompt, to_version=own.v2).exists()),
        "optimize": ("reviewer", "/prompts/assistant/optimize", {}, lambda: bool(OPTIMIZE_CALLS)),
        "rollback": ("reviewer", "/prompts/assistant/rollback", {"reason": "x"},
                     lambda: PromotionEvent.objects.filter(prompt=own.prompt, action="rollback").exists()),
        "secret-rotate": ("admin", "/settings/webhook-secrets/rotate", {"overlap_hours": "1"},
                          lambda: WebhookSecret.objects.filter(project=own.project).count() == 2),
        "key-create": ("admin", "/settings/keys", {"name": "ci"}, lambda: ApiKey.objects.filter(project=own.project, name="ci").exists()),
        "key-revoke": ("admin", f"/settings/keys/{key.pk}/revoke", {}, lambda: ApiKey.objects.get(pk=key.pk).revoked_at is not None),
        "thresholds": ("admin", "/settings/thresholds",
                       {"auto_accept_confidence": "0.9", "case_min_confidence": "0.4", "signal_case_threshold": "0.7", "optimize_after_new_cases": "5"},
                       lambda: _reload(own).settings.get("optimize_after_new_cases") == 5),
        "schedule": ("admin", "/settings/schedule", {"enabled": "on", "minute": "30", "hour": "4", "day_of_week": "2"},
                     lambda: _schedule_minute(own) == "30"),
        "policy": ("admin", "/settings/policy", {"config": json.dumps({"name": "strict", "checks": [{"check": "secrets", "severity": "block", "kinds": ["output"]}]}), "note": "t"},
                   lambda: "strict" in _policy_names(own)),
    }


def _reload(own: Any) -> Any:
    own.project.refresh_from_db()
    return own.project


def _schedule_minute(own: Any) -> str | None:
    from evalhub.dashboard.selectors.projects import optimization_schedule_get

    task = optimization_schedule_get(project=own.project)
    return task.crontab.minute if task and task.crontab else None


def _policy_names(own: Any) -> list[str]:
    from evalhub.dashboard.selectors.settings import policy_summary

    return [policy_summary(project=own.project).name]


RANK = {"viewer": 0, "reviewer": 1, "admin": 2}
OPTIMIZE_CALLS: list[dict[str, Any]] = []


@pytest.fixture(autouse=True)
def _record_optimize(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting a real run needs two accepted train cases; here only who may start one matters."""
    OPTIMIZE_CALLS.clear()

    def fake(**kwargs: Any) -> OptimizationRun:
        OPTIMIZE_CALLS.append(kwargs)
        return OptimizationRun.objects.filter(prompt=kwargs["prompt"]).first()  # type: ignore[return-value]

    monkeypatch.setattr("evalhub.dashboard.views.prompts.optimization_run_create", fake)
ACTIONS = ["review", "promote", "rollback", "optimize", "key-create", "key-revoke", "secret-rotate", "thresholds", "schedule", "policy"]


@pytest.mark.parametrize("role", ["viewer", "reviewer", "admin"])
@pytest.mark.parametrize("action", ACTIONS)
def test_it_allows_an_action_only_from_its_minimum_role(world: World, role: str, action: str) -> None:
    needed, url, data, happened = _actions(world)[action]
    if action == "rollback":
        prompt_promote(version=world.own.v2, actor="test", reason="so there is something to roll back")
    with TestCase.captureOnCommitCallbacks(execute=False):
        r = world.client(role).post(url, data)
    if RANK[role] >= RANK[needed]:
        assert r.status_code in (200, 302), r.content[:400]
        assert happened(), f"{action} by {role} had no effect"
    else:
        assert r.status_code == 403
        assert not happened(), f"{action} by {role} went through"


@pytest.mark.parametrize("role", ["viewer", "reviewer", "admin"])
def test_it_lets_every_role_read_every_page(world: World, role: str) -> None:
    client = world.client(role)
    for url in READ_PAGES:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("role,status", [("viewer", 403), ("reviewer", 403), ("admin", 200)])
def test_it_shows_settings_to_admins_only(world: World, role: str, status: int) -> None:
    r = world.client(role).get("/settings/")
    assert r.status_code == status
    if status == 403:
        assert b"ehk_" not in r.content and b"whsec_" not in r.content


def test_it_hides_review_buttons_from_viewers(world: World) -> None:
    assert b'data-key="a"' not in world.client("viewer").get("/review/").content
    assert b'data-key="a"' in world.client("reviewer").get("/review/").content


def test_it_hides_promote_links_from_viewers(world: World) -> None:
    assert b"Promote" not in world.client("viewer").get("/prompts/assistant/").content
    assert b"Promote" in world.client("reviewer").get("/prompts/assistant/").content


def test_it_makes_a_superuser_admin_of_every_project(world: World) -> None:
    from django.contrib.auth import get_user_model

    boss = get_user_model().objects.create_superuser("boss", password="x")
    from tests.dashboard.world import client_for

    client = client_for(boss)
    assert client.get("/settings/").status_code == 200
    assert client.post("/switch-project", {"project": "rival"}).status_code == 302
    assert b"rival" in client.get("/").content
