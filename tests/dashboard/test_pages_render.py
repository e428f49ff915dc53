"""Every page renders for a viewer with the project's data, and never with another project's."""

from __future__ import annotations

import pytest

from tests.dashboard.conftest import World


def _pages(w: World) -> dict[str, tuple[str, str]]:
    own = w.own
    return {
        "overview": ("/", "Feedback and implicit signals per day"),
        "sessions": ("/sessions/", own.sessions[1].external_id),
        "timeline": (f"/users/{own.end_user.pk}/", "I&#x27;m vegetarian, by the way."),
        "review": ("/review/", "Any dinner ideas?"),
        "review-list": ("/review/?mode=list", "Any dinner ideas?"),
        "eval-sets": ("/eval-sets/", "default"),
        "eval-set": (f"/eval-sets/{own.eval_set.pk}", "What should I cook tonight?"),
        "eval-case": (f"/eval-sets/{own.eval_set.pk}/cases/{own.candidate.pk}", "Provenance"),
        "prompts": ("/prompts/", "assistant"),
        "prompt": ("/prompts/assistant/", "Use the user&#x27;s stored preferences."),
        "diff": ("/prompts/assistant/diff?a=1&b=2", "+Use the user&#x27;s stored preferences."),
        "run": (f"/runs/{own.run.pk}", "Scores per similarity group"),
        "gate": ("/gate/", f"#{own.gate_run.pk}"),
        "gate-detail": (f"/gate/{own.gate_run.pk}", "newly passing"),
    }


@pytest.mark.parametrize("name", ["overview", "sessions", "timeline", "review", "review-list", "eval-sets", "eval-set", "eval-case",
                                  "prompts", "prompt", "diff", "run", "gate", "gate-detail"])
def test_it_renders_each_page_with_the_projects_data(world: World, name: str) -> None:
    url, expected = _pages(world)[name]
    r = world.client("viewer").get(url)
    assert r.status_code == 200, r.content[:500]
    body = r.content.decode()
    assert expected in body
    assert "rival" not in body


def test_it_renders_settings_for_an_admin(world: World) -> None:
    r = world.client("admin").get("/settings/")
    assert r.status_code == 200
    body = r.content.decode()
    for text in ("API keys", "Webhook signing secrets", "Feedback-loop thresholds", "Optimization schedule", "Guardrail policy"):
        assert text in body
    assert "rival" not in body


def test_it_serves_plotly_locally_with_a_long_cache(world: World) -> None:
    from evalhub.dashboard.views.assets import PLOTLY_VERSION

    r = world.client("viewer").get(f"/assets/plotly-{PLOTLY_VERSION}.min.js", HTTP_ACCEPT_ENCODING="gzip")
    assert r.status_code == 200
    assert r["Content-Encoding"] == "gzip"
    assert "immutable" in r["Cache-Control"]
