"""Load the demo data through the real public API: ingest endpoint and signed feedback webhooks."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test import Client

from evalhub.feedback import webhooks
from evalhub.projects.models import Membership, Project
from evalhub.projects.selectors import webhook_secret_list_active
from evalhub.projects.services import api_key_create, project_create

FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "demo"
DEMO_USERS = (("reviewer", "reviewer"), ("admin", "admin"))


class Command(BaseCommand):
    help = "Create the demo project, ingest fixtures/demo through the API, send its feedback as signed webhooks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--project", default="demo")
        parser.add_argument("--password", default="evalhub-demo")
        parser.add_argument("--skip-optimize", action="store_true", help="don't run the demo optimization")

    def handle(self, *args: Any, **options: Any) -> None:
        slug = options["project"]
        project = Project.objects.filter(slug=slug).first()
        if project is None:
            project = project_create(slug=slug, name="Demo assistant").project
        api_key = api_key_create(project=project, name="loaddemo")
        # Django's test client goes through URL routing, auth and the API layer exactly like HTTP does.
        client = Client(SERVER_NAME="127.0.0.1")
        body = (FIXTURES / "sessions.jsonl").read_bytes()
        r = client.post("/api/v1/ingest", body, content_type="application/x-ndjson", HTTP_AUTHORIZATION=f"Bearer {api_key}")
        if r.status_code != 202:
            raise CommandError(f"ingest failed: {r.status_code} {r.content[:300]!r}")
        batch = client.get(f"/api/v1/batches/{r.json()['batch_id']}", HTTP_AUTHORIZATION=f"Bearer {api_key}").json()
        self.stdout.write(f"ingested batch {batch['batch_id']}: {batch['status']}, {batch['counts'].get('messages_created', 0)} new messages, {len(batch['errors'])} errors")
        sent = self._send_feedback(client, project)
        self.stdout.write(f"sent {sent} feedback events as signed webhooks")
        if not options["skip_optimize"]:
            self._optimize(slug)
        self._users(project, options["password"])

    def _send_feedback(self, client: Client, project: Project) -> int:
        secret = webhook_secret_list_active(project=project).order_by("-created_at").first()
        assert secret is not None
        sent = 0
        for line in (FIXTURES / "feedback.jsonl").read_text().splitlines():
            event = json.loads(line)
            msg_id = event.pop("id")
            payload = json.dumps(event).encode()
            ts = int(time.time())
            signature = webhooks.sign(secret=secret.secret, msg_id=msg_id, timestamp=ts, body=payload)
            r = client.post(f"/api/v1/projects/{project.slug}/webhooks/feedback", payload, content_type="application/json",
                            HTTP_WEBHOOK_ID=msg_id, HTTP_WEBHOOK_TIMESTAMP=str(ts), HTTP_WEBHOOK_SIGNATURE=signature)
            if r.status_code != 202:
                self.stderr.write(f"feedback {msg_id}: {r.status_code} {r.content[:200]!r}")
                continue
            sent += 1
        return sent

    def _optimize(self, slug: str) -> None:
        try:
            from evalhub.prompts.management.commands import optimize  # noqa: F401
        except ImportError:
            self.stdout.write("optimization not available in this build; skipped")
            return
        # The offline demo model unless the user configured a real one.
        if not settings.EVALHUB_LM:
            settings.EVALHUB_LM = "local/smollm2"
        self.stdout.write(f"running a demo optimization with {settings.EVALHUB_LM} (BootstrapFewShot, about 5-15 minutes on 2 cores)...")
        try:
            call_command("optimize", project=slug, prompt="assistant", optimizer="bootstrap", budget=20, wall_s=1800, stdout=self.stdout)
        except Exception as exc:  # noqa: BLE001 - the demo must still come up; the run records why it failed
            self.stderr.write(f"demo optimization did not complete: {exc}")

    def _users(self, project: Project, password: str) -> None:
        user_model = get_user_model()
        for username, role in DEMO_USERS:
            user, created = user_model.objects.get_or_create(username=username, defaults={"is_staff": role == "admin", "is_superuser": role == "admin"})
            if created:
                user.set_password(password)
                user.save()
            Membership.objects.update_or_create(project=project, user=user, defaults={"role": role})
        self.stdout.write(self.style.SUCCESS(
            f"\nevalhub demo ready: http://127.0.0.1:8000/  log in as reviewer / {password}  (or admin / {password}; admin site at /admin/)"
        ))
