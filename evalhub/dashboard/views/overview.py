"""Overview: the cross-session story at a glance, over a chosen time range."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from evalhub.dashboard import charts
from evalhub.dashboard.access import current_project, dashboard_view
from evalhub.dashboard.forms import RangeForm
from evalhub.dashboard.selectors import overview as sel
from evalhub.dashboard.views.common import page

TOP_CLUSTERS = 8


@dashboard_view()
def overview_view(request: HttpRequest) -> HttpResponse:
    project = current_project(request)
    form = RangeForm(request.GET or None)
    since_day, until_day, since, until = form.bounds()
    signals = charts.signal_series(sel.signal_counts_by_day(project=project, since=since, until=until))
    failures = sel.failure_counts_by_day(project=project, since=since, until=until)
    latency = sel.case_latency_by_day(project=project, since=since, until=until)
    growth = sel.eval_set_growth_by_day(project=project, since=since, until=until)
    scores = sel.optimization_score_history(project=project, since=since, until=until)
    figures = {
        "signals": charts.stacked_counts_per_day(signals, series="series", since=since_day, until=until_day, title="Feedback and implicit signals"),
        "growth": charts.eval_set_growth(growth, since=since_day, until=until_day),
        "scores": charts.score_history(scores, since=since_day, until=until_day),
        "latency": charts.latency(latency, since=since_day, until=until_day),
    }
    if failures is not None:
        figures["failures"] = charts.stacked_counts_per_day(failures, series="type", since=since_day, until=until_day, title="Failures by type")
    context = {
        "form": form, "figures": figures, "failures_installed": failures is not None,
        "totals": {
            "signals": charts.totals(signals), "failures": charts.totals(failures or []),
            "cases": charts.totals(latency) if latency else 0, "runs": len(scores),
        },
        "empty": {"signals": not signals, "failures": not failures, "growth": not growth,
                  "scores": not scores, "latency": not latency},
        "clusters": sel.failure_cluster_top(project=project, limit=TOP_CLUSTERS),
    }
    return page(request, "dashboard/overview.html", context)
