from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from tests.dashboard.world import ROLES, ProjectData, build_project, client_for, make_member


@dataclass
class World:
    own: ProjectData
    other: ProjectData
    users: dict[str, Any]

    def client(self, role: str, *, csrf: bool = False) -> Client:
        return client_for(self.users[role], csrf=csrf)


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    # PBKDF2's deliberate slowness costs ~0.3 s per user; these tests log in many.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db: Any) -> World:
    own, other = build_project("acme"), build_project("rival")
    users = {role: make_member(own.project, role) for role in ROLES}
    # A member of the other project only: must never see acme's data.
    users["outsider"] = make_member(other.project, "admin", username="rival-admin")
    return World(own=own, other=other, users=users)
