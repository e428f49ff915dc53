"""Every form posts with a CSRF token; a POST without one is refused and changes nothing."""

from __future__ import annotations

import re

import pytest

from evalhub.evals.models import EvalCase
from evalhub.projects.models import ApiKey
from evalhub.prompts.models import PromotionEvent
from tests.dashboard.conftest import World


def _posts(w: World) -> list[str]:
    own = w.own
    key = ApiKey.objects.filter(project=own.project).first()
    assert key is not None
    return [
        f"/review/cases/{own.candidate.pk}", "/prompts/assistant/versions/2/promote", "/prompts/assistant/rollback", "/prompts/assistant/optimize",
        "/settings/keys", f"/settings/keys/{key.pk}/revoke", "/settings/webhook-secrets/rotate", "/settings/thresholds",
        "/settings/schedule", "/settings/policy", "/switch-project", "/logout/",
    ]


def test_it_refuses_every_post_without_a_csrf_token(world: World) -> None:
    client = world.client("admin", csrf=True)
    keys_before = ApiKey.objects.count()
    for url in _posts(world):
        r = client.post(url, {"decision": "accept", "name": "x", "reason": "x", "project": "acme"})
        assert r.status_code == 403, url
    assert EvalCase.objects.get(pk=world.own.candidate.pk).status == "candidate"
    assert not PromotionEvent.objects.filter(to_version=world.own.v2).exists()
    assert ApiKey.objects.count() == keys_before


@pytest.mark.parametrize("url", ["/review/", "/settings/", "/prompts/assistant/versions/2/promote", "/prompts/assistant/"])
def test_it_puts_a_csrf_token_in_every_post_form(world: World, url: str) -> None:
    body = world.client("admin").get(url).content.decode()
    forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", body, flags=re.S)
    assert forms, url
    for form in forms:
        assert "csrfmiddlewaretoken" in form, form[:200]
    # htmx requests send the token in a header taken from the body attribute.
    assert "X-CSRFToken" in body


def test_it_accepts_a_post_with_the_token(world: World) -> None:
    client = world.client("reviewer", csrf=True)
    client.get("/review/")
    token = client.cookies["csrftoken"].value
    r = client.post(f"/review/cases/{world.own.candidate.pk}", {"decision": "accept", "csrfmiddlewaretoken": token})
    assert r.status_code == 302
    assert EvalCase.objects.get(pk=world.own.candidate.pk).status == "accepted"
