"""Dashboard-only writes: memberships, the project's review thresholds, the optimization schedule.

Writes owned by other apps (eval-case review, prompt promotion, keys) go through those apps' services.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django_celery_beat.models import CrontabSchedule, PeriodicTask

from evalhub.common.errors import ValidationFailed
from evalhub.dashboard.optional import failures_services, optional_module
from evalhub.projects.models import Membership, Project

THRESHOLD_KEYS = ("auto_accept_confidence", "case_min_confidence", "signal_case_threshold", "optimize_after_new_cases")
# The review queue's buttons are shared by cases and failures: confirm = accept, dismiss = reject.
FAILURE_DECISIONS = {"accept": "confirm", "reject": "dismiss"}


@transaction.atomic
def reviewer_create(*, username: str, password: str, project: Project, role: str) -> tuple[AbstractBaseUser, bool]:
    """Create the user (or reset its password) and give it `role` in `project`. Returns (user, created)."""
    if role not in Membership.Role.values:
        raise ValidationFailed(f"role must be one of {', '.join(Membership.Role.values)}", details=[{"loc": ["role"]}])
    if not username.strip() or not password:
        raise ValidationFailed("a username and a password are required", details=[{"loc": ["password"]}])
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=username)
    user.set_password(password)
    user.save()
    Membership.objects.update_or_create(project=project, user=user, defaults={"role": role})
    return user, created


@transaction.atomic
def project_thresholds_update(*, project: Project, values: dict[str, Any]) -> Project:
    """Set the feedback-loop knobs in Project.settings; other keys in settings are left as they are."""
    unknown = sorted(set(values) - set(THRESHOLD_KEYS))
    if unknown:
        raise ValidationFailed(f"unknown setting {unknown[0]!r}", details=[{"loc": ["settings", unknown[0]]}])
    locked = Project.objects.select_for_update().get(pk=project.pk)
    locked.settings = {**(locked.settings or {}), **values}
    locked.save(update_fields=["settings"])
    project.settings = locked.settings
    return locked


@transaction.atomic
def optimization_schedule_update(*, project: Project, enabled: bool, minute: str, hour: str, day_of_week: str) -> PeriodicTask:
    """Point the project's weekly optimization entry at a new crontab (created if missing)."""
    from evalhub.prompts.services.schedule import optimization_schedule_ensure

    task = optimization_schedule_ensure(project=project)
    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute=minute, hour=hour, day_of_week=day_of_week, day_of_month="*", month_of_year="*", timezone="UTC"
    )
    task.crontab, task.enabled = crontab, enabled
    task.kwargs = task.kwargs or json.dumps({"project_id": project.pk})
    task.save(update_fields=["crontab", "enabled", "kwargs"])
    return task


def failure_decide(*, failure: Any, decision: str, reviewer: str, note: str = "") -> Any:
    """Confirm or dismiss a tagged failure through the failures app's own service."""
    services = failures_services()
    if services is None:
        raise ValidationFailed("failure review is not available in this deployment")
    if decision not in FAILURE_DECISIONS:
        raise ValidationFailed("a failure is confirmed or dismissed; it has nothing to edit", details=[{"loc": ["decision"]}])
    return services.failure_review(failure=failure, decision=FAILURE_DECISIONS[decision], reviewer=reviewer, note=note)


def guardrail_policy_save(*, project: Project, config: dict[str, Any], author: str, note: str = "") -> int:
    """A new version of the project's guardrail policy through the policies app; returns its number."""
    services = optional_module("evalhub.policies.services")
    if services is None:
        raise ValidationFailed("guardrail policies are not available in this deployment")
    policy = services.policy_get_or_create(project=project)
    version = services.policy_version_create(policy=policy, config=config, author=author, note=note)
    return int(version.number)
