"""CI gate results: the project's runs, and one run with its per-case pass/fail diff."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse

from evalhub.dashboard.access import access_of, current_project, dashboard_view
from evalhub.dashboard.selectors.gate import gate_case_rows, gate_run_owner_id
from evalhub.dashboard.views.common import page
from evalhub.gate.selectors import gate_run_get, gate_run_list

RUNS_SHOWN = 100
# Per-case results and reports are large JSON/text; the list shows none of them.
LIST_DEFERRED = ("cases", "report_markdown", "report_json", "report_junit", "candidate_instructions", "candidate_demos")


@dashboard_view()
def gate_list_view(request: HttpRequest) -> HttpResponse:
    runs = list(gate_run_list(project=current_project(request)).defer(*LIST_DEFERRED)[:RUNS_SHOWN])
    return page(request, "dashboard/gate_list.html", {"runs": runs})


@dashboard_view()
def gate_detail_view(request: HttpRequest, gate_id: int) -> HttpResponse:
    access = access_of(request)
    # CI reports link here without a project: open the run's project if the user is a member of it.
    if not access.switch_to(gate_run_owner_id(gate_run_id=gate_id, project_ids=access.project_ids)):
        raise Http404("not found")
    run = gate_run_get(project=current_project(request), gate_run_id=gate_id)
    if run is None:
        raise Http404("not found")
    show_all = request.GET.get("show") == "all"
    rows, hidden = gate_case_rows(run=run, show_all=show_all)
    return page(request, "dashboard/gate_detail.html", {"run": run, "rows": rows, "hidden": hidden, "show_all": show_all, "scores": run.scores or {}})
