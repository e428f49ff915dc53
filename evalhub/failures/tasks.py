"""Tagging tasks (queue "tagging"): thin, load by id, idempotent (failures are keyed per type and message)."""

from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError, InterfaceError

from evalhub.conversations.models import EndUser
from evalhub.projects.models import Project

MAX_RETRIES = 5


@shared_task(autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=60, max_retries=MAX_RETRIES)
def failures_tag_sessions_task(project_id: int, session_ids: list[int]) -> None:
    from evalhub.failures.services import failures_tag_sessions

    project = Project.objects.filter(pk=project_id).first()
    if project is None or not session_ids:
        return
    failures_tag_sessions(project=project, session_ids=session_ids)


@shared_task(autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=60, max_retries=MAX_RETRIES)
def failures_tag_user_task(project_id: int, user_id: int) -> None:
    from evalhub.failures.services import failures_tag_user

    user = EndUser.objects.filter(project_id=project_id, pk=user_id).select_related("project").first()
    if user is None:
        return
    failures_tag_user(project=user.project, user=user)


@shared_task(autoretry_for=(DatabaseError, InterfaceError), retry_backoff=True, retry_backoff_max=60, max_retries=MAX_RETRIES)
def failures_tag_project_task(project_id: int) -> None:
    from evalhub.failures.services import failures_tag_project

    project = Project.objects.filter(pk=project_id).first()
    if project is None:
        return
    failures_tag_project(project=project)
