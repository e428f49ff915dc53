from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from evalhub.conversations.models import EndUser
from evalhub.failures.services import failures_tag_project, failures_tag_user
from evalhub.projects.models import Project


class Command(BaseCommand):
    help = "Re-run the failure taggers for a project (or one of its users), in this process."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("project", help="project slug")
        parser.add_argument("--user", help="end user external id (default: every user)")

    def handle(self, *args: Any, **options: Any) -> None:
        project = Project.objects.filter(slug=options["project"]).first()
        if project is None:
            raise CommandError(f"no project {options['project']!r}")
        if options.get("user"):
            user = EndUser.objects.filter(project=project, external_id=options["user"]).first()
            if user is None:
                raise CommandError(f"no user {options['user']!r} in {project.slug}")
            result = failures_tag_user(project=project, user=user)
        else:
            result = failures_tag_project(project=project)
        self.stdout.write(f"{result.sessions} sessions, {result.turns} turns: {result.failures} failures ({result.created} new, {result.removed} removed)")
