"""Sessions list with filters, and one user's timeline across sessions."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from evalhub.conversations.models import EndUser
from evalhub.dashboard.access import current_project, dashboard_view
from evalhub.dashboard.forms import SessionFilterForm
from evalhub.dashboard.selectors.sessions import Cursor, SessionFilters, failure_type_choices, session_page
from evalhub.dashboard.selectors.timeline import user_timeline
from evalhub.dashboard.views.common import found, page


@dashboard_view()
def session_list_view(request: HttpRequest) -> HttpResponse:
    form = SessionFilterForm(request.GET or None, failure_types=failure_type_choices())
    filters = SessionFilters()
    if form.is_valid():
        filters = SessionFilters(
            user_ext=form.cleaned_data["user"].strip(), started_from=form.start(), started_to=form.end(),
            failure_type=form.cleaned_data["failure_type"], negative_only=form.cleaned_data["negative"],
        )
    cursor = Cursor.decode(request.GET.get("after", "")) if request.GET.get("after") else None
    result = session_page(project=current_project(request), filters=filters, cursor=cursor)
    query = request.GET.copy()
    query.pop("after", None)
    first_query, next_query = query.urlencode(), None
    if result.next_cursor is not None:
        query["after"] = result.next_cursor.encode()
        next_query = query.urlencode()
    return page(request, "dashboard/sessions.html", {"form": form, "result": result, "next_query": next_query, "first_query": first_query, "paged": cursor is not None})


@dashboard_view()
def timeline_view(request: HttpRequest, user_id: int) -> HttpResponse:
    project = current_project(request)
    user = found(EndUser.objects.filter(project=project, pk=user_id).first())
    try:
        page_number = max(0, int(request.GET.get("page", "1")) - 1)
    except ValueError:
        page_number = 0
    timeline = user_timeline(project=project, user=user, page=page_number, at=request.GET.get("at", "")[:200])
    return page(request, "dashboard/timeline.html", {"timeline": timeline, "end_user": user})
