"""Eval-set reads for the dashboard, built on `evalhub.evals.selectors`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from evalhub.conversations.models import Message, Session
from evalhub.evals.models import EvalCase, EvalCaseRevision, EvalSet, EvalSetMembership, EvalSetVersion
from evalhub.evals.selectors import eval_case_list, eval_set_list
from evalhub.projects.models import Project


def eval_set_summary_list(*, project: Project) -> QuerySet[EvalSet]:
    return eval_set_list(project=project).annotate(
        accepted=Count("cases", filter=Q(cases__status="accepted")),
        candidates=Count("cases", filter=Q(cases__status="candidate")),
        rejected=Count("cases", filter=Q(cases__status="rejected")),
    )


def eval_set_version_list(*, eval_set: EvalSet) -> QuerySet[EvalSetVersion]:
    return EvalSetVersion.objects.filter(eval_set=eval_set).order_by("-number")


def eval_case_filtered(*, project: Project, eval_set: EvalSet, status: str = "", split: str = "", source: str = "") -> QuerySet[EvalCase]:
    qs = eval_case_list(project=project, eval_set=eval_set, status=status or None, split=split or None)
    if source:
        qs = qs.filter(source=source)
    return qs.select_related("session").order_by("-id")


def eval_case_detail(*, project: Project, eval_set: EvalSet, case_id: int) -> EvalCase | None:
    return eval_case_list(project=project, eval_set=eval_set).select_related("eval_set", "session", "message", "user").filter(pk=case_id).first()


@dataclass(frozen=True)
class RevisionRow:
    revision: EvalCaseRevision
    versions: list[tuple[int, int | None]]


def eval_case_revision_rows(*, case: EvalCase) -> list[RevisionRow]:
    """Each revision with the version intervals [added, removed) it belonged to."""
    revisions = list(EvalCaseRevision.objects.filter(case=case).order_by("-number"))
    spans: dict[int, list[tuple[int, int | None]]] = {}
    for m in EvalSetMembership.objects.filter(revision__case=case).order_by("added_in_version"):
        spans.setdefault(m.revision_id, []).append((m.added_in_version, m.removed_in_version))
    return [RevisionRow(revision=r, versions=spans.get(r.pk, [])) for r in revisions]


@dataclass(frozen=True)
class ProvenanceLink:
    entry: dict[str, Any]
    user_id: int | None
    session_ext: str
    message_id: int | None


def provenance_links(*, project: Project, provenance: list[dict[str, Any]]) -> list[ProvenanceLink]:
    """Each provenance entry resolved to the conversation it came from (two queries whatever its length)."""
    session_exts = {str(p["session"]) for p in provenance if p.get("session")}
    message_exts = {str(p["message"]) for p in provenance if p.get("message")}
    users = dict(Session.objects.filter(project=project, external_id__in=session_exts).values_list("external_id", "user_id")) if session_exts else {}
    messages = dict(Message.objects.filter(project=project, external_id__in=message_exts).values_list("external_id", "id")) if message_exts else {}
    return [
        ProvenanceLink(
            entry=p, user_id=users.get(str(p.get("session", ""))), session_ext=str(p.get("session") or ""),
            message_id=messages.get(str(p.get("message") or "")),
        )
        for p in provenance
    ]


def eval_set_owner_id(*, eval_set_id: int, project_ids: list[int]) -> int | None:
    """The project holding the set, among `project_ids` only (a set outside them stays invisible)."""
    return EvalSet.objects.filter(pk=eval_set_id, project_id__in=project_ids).values_list("project_id", flat=True).first()
