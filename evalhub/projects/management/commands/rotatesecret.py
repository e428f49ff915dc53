from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from evalhub.projects.selectors import project_get
from evalhub.projects.services import webhook_secret_rotate


class Command(BaseCommand):
    help = "Rotate a project's webhook signing secret; the old one stays valid for --overlap-hours."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--overlap-hours", type=int, default=24)

    def handle(self, *args: Any, **options: Any) -> None:
        project = project_get(slug=options["slug"])
        if project is None:
            raise CommandError(f"unknown project {options['slug']!r}")
        secret = webhook_secret_rotate(project=project, overlap_hours=options["overlap_hours"])
        self.stdout.write(json.dumps({"project": project.slug, "webhook_secret": secret.secret, "old_secrets_expire_in_hours": options["overlap_hours"]}))
