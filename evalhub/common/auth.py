from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from evalhub.projects.models import Project
from evalhub.projects.services import api_key_authenticate


class ApiKeyAuth(HttpBearer):
    """`Authorization: Bearer <api key>` -> the key's Project in `request.auth`."""

    def authenticate(self, request: HttpRequest, token: str) -> Project | None:
        key = api_key_authenticate(raw_key=token)
        if key is None:
            return None
        request.api_key = key  # type: ignore[attr-defined]
        return key.project


def project_of(request: HttpRequest) -> Project:
    project: Any = request.auth  # type: ignore[attr-defined]
    assert isinstance(project, Project)
    return project
