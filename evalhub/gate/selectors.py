from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from evalhub.gate.models import GateRun
from evalhub.projects.models import Project
from evalhub.prompts.models import Prompt, PromptVersion


def gate_run_list(*, project: Project) -> QuerySet[GateRun]:
    return GateRun.objects.filter(project=project).select_related("eval_set", "baseline_version").order_by("-created_at", "-id")


def gate_run_get(*, project: Project, gate_run_id: int) -> GateRun | None:
    return gate_run_list(project=project).filter(pk=gate_run_id).first()


def prompt_get(*, project: Project, name: str) -> Prompt | None:
    return Prompt.objects.filter(project=project, name=name).first()


def prompt_version_get(*, project: Project, prompt_name: str, number: int) -> PromptVersion | None:
    return PromptVersion.objects.filter(prompt__project=project, prompt__name=prompt_name, number=number).select_related("prompt").first()


def gate_run_list_for_user(*, user: Any) -> QuerySet[GateRun]:
    """Runs of the projects `user` is a member of (all of them for a superuser): the dashboard's scope."""
    qs = GateRun.objects.select_related("project", "eval_set", "baseline_version").order_by("-created_at", "-id")
    if getattr(user, "is_superuser", False):
        return qs
    return qs.filter(project__memberships__user=user)
