"""The weekly optimization schedule: one django-celery-beat entry per project, editable in the admin."""

from __future__ import annotations

import json

from django_celery_beat.models import CrontabSchedule, PeriodicTask

from evalhub.projects.models import Project

WEEKLY_TASK = "evalhub.prompts.tasks.optimization_weekly_task"
# Monday 03:00 UTC: a quiet hour, and a fresh week's cases are in.
WEEKLY_CRONTAB = {"minute": "0", "hour": "3", "day_of_week": "1", "day_of_month": "*", "month_of_year": "*"}


def schedule_name(project: Project) -> str:
    return f"optimize-weekly:{project.slug}"


def optimization_schedule_ensure(*, project: Project) -> PeriodicTask:
    """The project's weekly entry; created once, never overwritten (admins may have edited it)."""
    crontab, _ = CrontabSchedule.objects.get_or_create(**WEEKLY_CRONTAB, timezone="UTC")
    task, _ = PeriodicTask.objects.get_or_create(
        name=schedule_name(project),
        defaults={"task": WEEKLY_TASK, "crontab": crontab, "kwargs": json.dumps({"project_id": project.pk}), "queue": "dspy"},
    )
    return task
