from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from evalhub.common.errors import ApplicationError
from evalhub.dashboard.services import reviewer_create
from evalhub.projects.models import Membership
from evalhub.projects.selectors import project_get


class Command(BaseCommand):
    help = "Create a dashboard login (or reset its password) with a role in one project; prints it as one JSON line."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--project", required=True, help="project slug")
        parser.add_argument("--role", default=Membership.Role.REVIEWER, choices=Membership.Role.values)
        parser.add_argument("--password", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        project = project_get(slug=options["project"])
        if project is None:
            raise CommandError(f"unknown project {options['project']!r}")
        try:
            user, created = reviewer_create(username=options["username"], password=options["password"], project=project, role=options["role"])
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(json.dumps({
            "username": user.get_username(), "project": project.slug, "role": options["role"], "created": created, "login": "/login/",
        }))
