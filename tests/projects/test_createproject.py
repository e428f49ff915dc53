from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from evalhub.projects.models import ApiKey, Project


@pytest.mark.django_db
def test_it_creates_a_project_and_prints_keys_once() -> None:
    out = io.StringIO()
    call_command("createproject", "acme", stdout=out)
    line = json.loads(out.getvalue())
    assert line["project"] == "acme"
    assert line["api_key"].startswith("ehk_") and line["webhook_secret"].startswith("whsec_")
    key = ApiKey.objects.get(project__slug="acme")
    assert line["api_key"] not in key.key_hash and key.prefix == line["api_key"][:12]
    assert Project.objects.count() == 1


@pytest.mark.django_db
def test_it_fails_for_an_existing_slug() -> None:
    call_command("createproject", "acme", stdout=io.StringIO())
    with pytest.raises(CommandError, match="already exists"):
        call_command("createproject", "acme", stdout=io.StringIO())
