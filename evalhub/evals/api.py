from __future__ import annotations

import io
import json

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from ninja import Router

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound, ValidationFailed
from evalhub.evals.models import EvalCase, EvalCaseRevision, EvalSet
from evalhub.evals.schemas import EvalCaseListOut, EvalCaseOut, EvalSetListOut, EvalSetOut, ReviewIn
from evalhub.evals.selectors import eval_case_list, eval_revisions_at_version, eval_set_get, eval_set_list
from evalhub.evals.services import eval_case_review

router = Router(tags=["eval sets"])


def _case_out(case: EvalCase, revision: EvalCaseRevision | None = None) -> EvalCaseOut:
    src = revision or case
    return EvalCaseOut(
        id=case.pk, status=case.status, split=src.split, source=case.source, kind=case.kind, input=src.input,
        rejected_response=src.rejected_response, assertions=src.assertions, confidence=case.confidence,
        provenance_count=case.provenance_count, provenance=case.provenance,
        session=case.session.external_id if case.session else None,
        message=case.message.external_id if case.message else None,
        created_at=case.created_at, revision=revision.number if revision else None,
    )


def _get_set(request: HttpRequest, set_id: str) -> EvalSet:
    eval_set = eval_set_get(project=project_of(request), id_or_name=set_id)
    if eval_set is None:
        raise NotFound("eval set not found")
    return eval_set


def _cases(request: HttpRequest, eval_set: EvalSet, status: str | None, split: str | None, version: int | None) -> list[EvalCaseOut]:
    if version is not None:
        if version < 1 or version > eval_set.current_version:
            raise NotFound(f"eval set has versions 1..{eval_set.current_version}")
        revisions = eval_revisions_at_version(eval_set=eval_set, version=version, split=split).select_related("case__session", "case__message")
        return [_case_out(r.case, r) for r in revisions if not status or status == "accepted"]
    qs = eval_case_list(project=project_of(request), eval_set=eval_set, status=status, split=split).select_related("session", "message")
    return [_case_out(c) for c in qs]


@router.get("/eval-sets", response=EvalSetListOut)
def eval_sets(request: HttpRequest) -> EvalSetListOut:
    qs = eval_set_list(project=project_of(request)).annotate(
        accepted=Count("cases", filter=Q(cases__status="accepted")), candidates=Count("cases", filter=Q(cases__status="candidate"))
    )
    return EvalSetListOut(eval_sets=[
        EvalSetOut(id=s.pk, name=s.name, current_version=s.current_version, accepted=s.accepted, candidates=s.candidates, created_at=s.created_at)
        for s in qs
    ])


@router.get("/eval-sets/{set_id}/cases", response=EvalCaseListOut)
def eval_set_cases(request: HttpRequest, set_id: str, status: str | None = None, split: str | None = None, version: int | None = None) -> EvalCaseListOut:
    eval_set = _get_set(request, set_id)
    return EvalCaseListOut(eval_set=eval_set.pk, version=version, cases=_cases(request, eval_set, status, split, version))


@router.post("/eval-sets/{set_id}/cases/{case_id}/review", response=EvalCaseOut)
def eval_case_review_endpoint(request: HttpRequest, set_id: str, case_id: int, payload: ReviewIn) -> EvalCaseOut:
    eval_set = _get_set(request, set_id)
    case = EvalCase.objects.filter(project=project_of(request), eval_set=eval_set, pk=case_id).first()
    if case is None:
        raise NotFound("case not found")
    case = eval_case_review(case=case, decision=payload.decision, note=payload.note, assertions=payload.assertions, reviewer="api")
    return _case_out(case)


@router.get("/eval-sets/{set_id}/export", summary="Export cases as JSONL or CSV", response={200: None})
def eval_set_export(request: HttpRequest, set_id: str, format: str = "jsonl", version: int | None = None, split: str | None = None) -> HttpResponse:
    import pandas as pd

    if format not in ("jsonl", "csv"):
        raise ValidationFailed("format must be jsonl or csv", details=[{"loc": ["format"]}])
    eval_set = _get_set(request, set_id)
    rows = [c.model_dump(mode="json") for c in _cases(request, eval_set, "accepted" if version else None, split, version)]
    frame = pd.DataFrame(rows, columns=list(EvalCaseOut.model_fields))
    if format == "csv":
        for col in ("input", "assertions", "provenance"):
            frame[col] = frame[col].map(json.dumps)
        body, ctype = frame.to_csv(index=False), "text/csv"
    else:
        buf = io.StringIO()
        frame.to_json(buf, orient="records", lines=True, force_ascii=False)
        body, ctype = buf.getvalue(), "application/x-ndjson"
    response = HttpResponse(body, content_type=ctype)
    response["Content-Disposition"] = f'attachment; filename="{eval_set.name}-v{version or eval_set.current_version}.{format}"'
    return response
