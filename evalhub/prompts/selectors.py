from __future__ import annotations

from django.db.models import QuerySet

from evalhub.projects.models import Project
from evalhub.prompts.models import OptimizationRun, PromotionEvent, Prompt, PromptVersion


def prompt_list(*, project: Project) -> QuerySet[Prompt]:
    return Prompt.objects.filter(project=project).select_related("production_version").order_by("name")


def prompt_get(*, project: Project, name: str) -> Prompt | None:
    return prompt_list(project=project).filter(name=name).first()


def prompt_version_list(*, project: Project, prompt: Prompt) -> QuerySet[PromptVersion]:
    return PromptVersion.objects.filter(prompt__project=project, prompt=prompt).select_related("prompt", "parent").order_by("number")


def prompt_version_get(*, project: Project, prompt: Prompt, number: int) -> PromptVersion | None:
    return prompt_version_list(project=project, prompt=prompt).filter(number=number).first()


def promotion_list(*, project: Project, prompt: Prompt) -> QuerySet[PromotionEvent]:
    return PromotionEvent.objects.filter(prompt__project=project, prompt=prompt).select_related("from_version", "to_version")


def optimization_run_list(*, project: Project, prompt: Prompt | None = None) -> QuerySet[OptimizationRun]:
    qs = OptimizationRun.objects.filter(project=project).select_related("prompt", "base_version", "candidate")
    return qs.filter(prompt=prompt) if prompt is not None else qs


def optimization_run_get(*, project: Project, run_id: int) -> OptimizationRun | None:
    return optimization_run_list(project=project).filter(pk=run_id).first()


def prompt_production_stack(*, prompt: Prompt) -> list[int]:
    """Production version ids in order, replaying the audit log: a promote pushes, a rollback pops.

    The last id is the current production version; the one before it is what a rollback restores.
    """
    stack: list[int] = []
    for event in PromotionEvent.objects.filter(prompt=prompt).order_by("at", "id"):
        if event.action == PromotionEvent.Action.ROLLBACK and stack:
            stack.pop()
        else:
            stack.append(event.to_version_id)
    return stack
