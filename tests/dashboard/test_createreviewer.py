from __future__ import annotations

import io
import json
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client

from evalhub.projects.models import Membership
from evalhub.projects.services import project_create


def _run(*args: str) -> dict[str, Any]:
    out = io.StringIO()
    call_command("createreviewer", *args, stdout=out)
    return json.loads(out.getvalue())


def test_it_creates_a_login_with_a_role_and_prints_it(db: Any) -> None:
    project_create(slug="demo")
    printed = _run("ana", "--project", "demo", "--role", "reviewer", "--password", "s3cret-pw")
    assert printed == {"username": "ana", "project": "demo", "role": "reviewer", "created": True, "login": "/login/"}
    assert Membership.objects.get(user__username="ana").role == "reviewer"
    client = Client()
    assert client.login(username="ana", password="s3cret-pw")
    assert client.get("/review/").status_code == 200


def test_it_resets_the_password_and_role_when_run_again(db: Any) -> None:
    project_create(slug="demo")
    _run("ana", "--project", "demo", "--role", "viewer", "--password", "one-pw")
    printed = _run("ana", "--project", "demo", "--role", "admin", "--password", "two-pw")
    assert printed["created"] is False
    user = get_user_model().objects.get(username="ana")
    assert user.check_password("two-pw")
    assert Membership.objects.get(user=user).role == "admin"


def test_it_refuses_an_unknown_project(db: Any) -> None:
    with pytest.raises(CommandError, match="unknown project"):
        _run("ana", "--project", "nope", "--password", "x")
