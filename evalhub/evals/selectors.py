from __future__ import annotations

from django.db.models import Q, QuerySet

from evalhub.evals.models import EvalCase, EvalCaseRevision, EvalSet
from evalhub.projects.models import Project


def eval_set_list(*, project: Project) -> QuerySet[EvalSet]:
    return EvalSet.objects.filter(project=project).order_by("name")


def eval_set_get(*, project: Project, id_or_name: str) -> EvalSet | None:
    qs = eval_set_list(project=project)
    if id_or_name.isdigit():
        return qs.filter(pk=int(id_or_name)).first()
    return qs.filter(name=id_or_name).first()


def eval_case_list(*, project: Project, eval_set: EvalSet, status: str | None = None, split: str | None = None) -> QuerySet[EvalCase]:
    qs = EvalCase.objects.filter(project=project, eval_set=eval_set).order_by("id")
    if status:
        qs = qs.filter(status=status)
    if split:
        qs = qs.filter(split=split)
    return qs


def eval_revisions_at_version(*, eval_set: EvalSet, version: int, split: str | None = None) -> QuerySet[EvalCaseRevision]:
    """The immutable case contents that made up `version` of the set."""
    qs = EvalCaseRevision.objects.filter(
        memberships__eval_set=eval_set, memberships__added_in_version__lte=version
    ).filter(Q(memberships__removed_in_version__isnull=True) | Q(memberships__removed_in_version__gt=version))
    if split and split != "all":
        qs = qs.filter(split=split)
    return qs.select_related("case").order_by("case_id")
