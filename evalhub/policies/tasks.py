from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from evalhub.policies.services import guardrails_check_messages
from evalhub.projects.models import Project


@shared_task(autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=30, max_retries=5)
def guardrails_check_messages_task(project_id: int, message_ids: list[int]) -> None:
    project = Project.objects.filter(pk=project_id).first()
    if project is None:
        return
    guardrails_check_messages(project=project, message_ids=message_ids)
