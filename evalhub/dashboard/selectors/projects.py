"""Reads about projects that the projects app doesn't offer: memberships, keys, the optimization schedule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django_celery_beat.models import PeriodicTask

from evalhub.projects.models import ApiKey, Membership, Project


@dataclass(frozen=True)
class UserMemberships:
    projects: list[Project]
    roles: dict[int, str]


def membership_list_for_user(*, user: Any) -> UserMemberships:
    """The projects `user` may open and the role in each; a superuser is admin everywhere."""
    if not getattr(user, "is_authenticated", False):
        return UserMemberships(projects=[], roles={})
    if user.is_superuser:
        projects = list(Project.objects.order_by("slug"))
        return UserMemberships(projects=projects, roles={p.pk: Membership.Role.ADMIN for p in projects})
    rows = list(Membership.objects.filter(user=user).select_related("project").order_by("project__slug"))
    return UserMemberships(projects=[m.project for m in rows], roles={m.project_id: m.role for m in rows})


def api_key_list(*, project: Project) -> QuerySet[ApiKey]:
    return ApiKey.objects.filter(project=project).order_by("revoked_at", "-created_at")


def api_key_get(*, project: Project, key_id: int) -> ApiKey | None:
    return ApiKey.objects.filter(project=project, pk=key_id).first()


def optimization_schedule_get(*, project: Project) -> PeriodicTask | None:
    from evalhub.prompts.services.schedule import schedule_name

    return PeriodicTask.objects.filter(name=schedule_name(project)).select_related("crontab").first()


def member_list(*, project: Project) -> QuerySet[Membership]:
    return Membership.objects.filter(project=project).select_related("user").order_by("role", "user__username")
