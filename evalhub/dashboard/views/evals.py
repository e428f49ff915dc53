"""Eval sets: versions, cases with filters, case detail with provenance, export."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse

from evalhub.common.errors import ApplicationError
from evalhub.dashboard.access import access_of, current_project, dashboard_view
from evalhub.dashboard.forms import CaseFilterForm
from evalhub.dashboard.selectors import evals as sel
from evalhub.dashboard.views.common import found, page
from evalhub.evals.models import EvalCase, EvalSet
from evalhub.evals.selectors import eval_set_get

CASES_PER_PAGE = 50


def _eval_set(request: HttpRequest, set_id: int) -> EvalSet:
    """The set in the current project; a set of another of the user's projects switches to that project."""
    access = access_of(request)
    if access.switch_to(sel.eval_set_owner_id(eval_set_id=set_id, project_ids=access.project_ids)):
        eval_set = eval_set_get(project=current_project(request), id_or_name=str(set_id))
        if eval_set is not None:
            return eval_set
    raise Http404("not found")


@dashboard_view()
def eval_set_list_view(request: HttpRequest) -> HttpResponse:
    return page(request, "dashboard/eval_sets.html", {"eval_sets": list(sel.eval_set_summary_list(project=current_project(request)))})


@dashboard_view()
def eval_set_detail_view(request: HttpRequest, set_id: int) -> HttpResponse:
    eval_set = _eval_set(request, set_id)
    form = CaseFilterForm(request.GET or None, sources=list(EvalCase.Source.values))
    filters = form.cleaned_data if form.is_valid() else {}
    cases = sel.eval_case_filtered(
        project=current_project(request), eval_set=eval_set,
        status=filters.get("status", ""), split=filters.get("split", ""), source=filters.get("source", ""),
    )
    paginator = Paginator(cases, CASES_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "eval_set": eval_set, "form": form, "page_obj": page_obj, "query": query.urlencode(),
        "versions": list(sel.eval_set_version_list(eval_set=eval_set)[:50]),
    }
    return page(request, "dashboard/eval_set.html", context)


@dashboard_view()
def eval_case_view(request: HttpRequest, set_id: int, case_id: int) -> HttpResponse:
    eval_set = _eval_set(request, set_id)
    project = current_project(request)
    case = found(sel.eval_case_detail(project=project, eval_set=eval_set, case_id=case_id))
    context = {
        "eval_set": eval_set, "case": case, "revisions": sel.eval_case_revision_rows(case=case),
        "provenance": sel.provenance_links(project=project, provenance=case.provenance or []),
    }
    return page(request, "dashboard/eval_case.html", context)


@dashboard_view()
def eval_set_export_view(request: HttpRequest, set_id: int) -> HttpResponse:
    """The API's export (same rows, same format), authorised by the dashboard session instead of a key."""
    from evalhub.evals.api import eval_set_export

    eval_set = _eval_set(request, set_id)
    fmt = request.GET.get("format", "jsonl")
    version = request.GET.get("version", "")
    request.auth = current_project(request)  # type: ignore[attr-defined]
    try:
        return eval_set_export(request, str(eval_set.pk), format=fmt, version=int(version) if version.isdigit() else None, split=request.GET.get("split") or None)
    except ApplicationError as exc:
        if exc.status == 404:
            raise Http404(exc.message) from exc
        return HttpResponse(exc.message, status=exc.status, content_type="text/plain")

