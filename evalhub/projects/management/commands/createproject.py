from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.text import slugify

from evalhub.common.errors import Conflict
from evalhub.projects.services import project_create


class Command(BaseCommand):
    help = "Create a project; prints its API key and webhook secret once, as one JSON line."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")
        parser.add_argument("--name", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        slug = options["slug"]
        if slugify(slug) != slug:
            raise CommandError(f"invalid slug {slug!r}: use lowercase letters, digits, '-' and '_'")
        try:
            created = project_create(slug=slug, name=options["name"])
        except Conflict as exc:
            raise CommandError(f"{exc.message}; keys are shown only at creation (create another key in the admin)") from exc
        self.stdout.write(json.dumps({"project": slug, "api_key": created.api_key, "webhook_secret": created.webhook_secret}))
