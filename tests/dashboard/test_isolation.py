"""No data of another project is reachable by URL guessing: every object id outside the user's projects is a 404."""

from __future__ import annotations

import pytest

from tests.dashboard.conftest import World


def _foreign_urls(w: World) -> list[str]:
    own = w.own
    return [
        f"/users/{own.end_user.pk}/",
        f"/eval-sets/{own.eval_set.pk}",
        f"/eval-sets/{own.eval_set.pk}/cases/{own.candidate.pk}",
        f"/eval-sets/{own.eval_set.pk}/export?format=jsonl",
        "/prompts/assistant/",  # the outsider's project has its own "assistant": must show rival's, never acme's
        f"/runs/{own.run.pk}",
        f"/runs/{own.run.pk}/progress",
        f"/gate/{own.gate_run.pk}",
        f"/review/cases/next?after={own.candidate.pk - 1}",
    ]


@pytest.mark.parametrize("index", range(9))
def test_it_answers_404_for_another_projects_objects(world: World, index: int) -> None:
    url = _foreign_urls(world)[index]
    r = world.client("outsider").get(url)
    if url == "/prompts/assistant/":
        assert r.status_code == 200
        assert world.own.v2.instructions.encode() not in r.content.replace(b"&#x27;", b"'")
        return
    if url.startswith("/review/"):
        assert r.status_code == 200
        assert b"Any dinner ideas?" not in r.content or b"rival" in r.content
        assert f"Eval case #{world.own.candidate.pk}".encode() not in r.content
        return
    assert r.status_code == 404, url


def test_it_refuses_actions_on_another_projects_objects(world: World) -> None:
    own = world.own
    client = world.client("outsider")
    assert client.post(f"/review/cases/{own.candidate.pk}", {"decision": "accept"}).status_code == 404
    own.candidate.refresh_from_db()
    assert own.candidate.status == "candidate"
    key = own.project.api_keys.first()
    assert client.post(f"/settings/keys/{key.pk}/revoke").status_code == 404
    key.refresh_from_db()
    assert key.revoked_at is None


def test_it_refuses_to_switch_to_a_project_the_user_is_not_a_member_of(world: World) -> None:
    client = world.client("viewer")
    assert client.post("/switch-project", {"project": "rival"}).status_code == 404
    assert client.post("/switch-project", {"project": "no-such-project"}).status_code == 404
    assert b"rival-s-" not in client.get("/sessions/").content


def test_it_opens_a_linked_object_in_its_project_when_the_user_is_a_member(world: World) -> None:
    from evalhub.projects.models import Membership

    viewer = world.users["viewer"]
    Membership.objects.create(project=world.other.project, user=viewer, role="viewer")
    client = world.client("viewer")
    r = client.get(f"/eval-sets/{world.other.eval_set.pk}/cases/{world.other.candidate.pk}")
    assert r.status_code == 200
    assert b'<option value="rival" selected>' in r.content
    assert b"rival-s-2" in client.get("/sessions/").content


def test_it_sends_anonymous_visitors_to_the_login_page(world: World) -> None:
    from django.test import Client

    r = Client().get(f"/gate/{world.own.gate_run.pk}")
    assert r.status_code == 302
    assert r["Location"].startswith("/login/?next=/gate/")


def test_it_never_shows_a_sessions_filter_result_from_another_project(world: World) -> None:
    r = world.client("viewer").get("/sessions/", {"user": world.other.end_user.external_id})
    assert r.status_code == 200
    assert b"No user with id" in r.content
