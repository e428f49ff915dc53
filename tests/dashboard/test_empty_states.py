"""A brand-new project: every page renders and says plainly that there is nothing yet."""

from __future__ import annotations

from typing import Any

import pytest

from evalhub.projects.services import project_create
from tests.dashboard.world import client_for, make_member

PAGES = {
    "/": ["No feedback or implicit signals in this range.", "No eval-set versions in this range.", "No finished optimization runs in this range.",
          "No eval cases from feedback in this range."],
    "/sessions/": ["No sessions match these filters."],
    "/review/": ["Nothing to review. The queue is empty."],
    "/review/?mode=list": ["Nothing to review. The queue is empty."],
    "/review/?kind=failures": ["Nothing to review."],
    "/eval-sets/": ["No eval sets yet."],
    "/prompts/": ["No prompts yet.", "No optimization runs yet."],
    "/gate/": ["No gate runs yet."],
    "/settings/": ["This project uses the default", "Members"],
}


@pytest.fixture
def fresh_admin(db: Any) -> Any:
    project = project_create(slug="fresh").project
    return client_for(make_member(project, "admin"))


@pytest.mark.parametrize("url", list(PAGES))
def test_it_shows_an_empty_state_on_each_page(fresh_admin: Any, url: str) -> None:
    r = fresh_admin.get(url)
    assert r.status_code == 200
    body = r.content.decode()
    for text in PAGES[url]:
        assert text in body, (url, text)


def test_it_says_so_when_a_user_has_no_project(db: Any) -> None:
    from django.contrib.auth import get_user_model

    lonely = get_user_model().objects.create_user("lonely", password="x")
    r = client_for(lonely).get("/")
    assert r.status_code == 403
    assert b"not a member of any project" in r.content


def test_it_shows_failure_and_cluster_empty_states(fresh_admin: Any) -> None:
    body = fresh_admin.get("/").content.decode()
    assert "No failures tagged in this range." in body or "Failure tagging is not installed" in body
    assert "No failure clusters yet." in body or "Failure clustering is not installed" in body
