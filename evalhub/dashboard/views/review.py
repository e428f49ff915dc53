"""Review queue: candidate eval cases and open failures, one at a time (focus) or as a list.

A decision posted with htmx answers with the next item (focus) or with nothing (list: the row is
removed), plus out-of-band counts, so the queue advances without a page load. Without htmx the
same forms post and redirect back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from evalhub.common.errors import ApplicationError
from evalhub.dashboard.access import access_of, current_project, dashboard_view
from evalhub.dashboard.forms import ReviewForm
from evalhub.dashboard.selectors import review as sel
from evalhub.dashboard.selectors.timeline import failure_evidence
from evalhub.dashboard.services import failure_decide
from evalhub.dashboard.views.common import found, is_htmx, page
from evalhub.evals.services import eval_case_review
from evalhub.projects.models import Membership, Project

KINDS = ("cases", "failures")
MODES = ("focus", "list")


@dataclass(frozen=True)
class QueueState:
    kind: str
    mode: str
    counts: dict[str, int | None]


def _kind(raw: str | None) -> str:
    return raw if raw in KINDS else "cases"


def _mode(raw: str | None) -> str:
    return raw if raw in MODES else "focus"


def _queue(project: Project, kind: str, after_id: int | None = None) -> Any:
    if kind == "failures":
        return sel.open_failure_queue(project=project, after_id=after_id)
    return sel.candidate_case_queue(project=project, after_id=after_id)


def _counts(project: Project) -> dict[str, int | None]:
    failures = sel.open_failure_queue(project=project)
    return {"cases": sel.candidate_case_queue(project=project).count(), "failures": failures.count() if failures is not None else None}


def _item_context(request: HttpRequest, kind: str, item: Any) -> dict[str, Any]:
    context: dict[str, Any] = {"kind": kind, "item": item, "access": access_of(request)}
    if kind == "cases" and item is not None:
        context["assertions_json"] = json.dumps(item.assertions, indent=2, ensure_ascii=False)
    elif item is not None:
        context["evidence"] = failure_evidence(project=current_project(request), failure=item)
    return context


@dashboard_view()
def review_view(request: HttpRequest) -> HttpResponse:
    project = current_project(request)
    state = QueueState(kind=_kind(request.GET.get("kind")), mode=_mode(request.GET.get("mode")), counts=_counts(project))
    queue = _queue(project, state.kind)
    context: dict[str, Any] = {"state": state, "installed": queue is not None}
    if queue is not None and state.mode == "focus":
        context.update(_item_context(request, state.kind, queue.first()))
    elif queue is not None:
        context["items"] = list(queue[: sel.QUEUE_PAGE])
    return page(request, "dashboard/review.html", context)


@dashboard_view()
def review_next_view(request: HttpRequest, kind: str) -> HttpResponse:
    """The item after `after` (skip), as the focus-mode partial."""
    project = current_project(request)
    after = request.GET.get("after", "")
    queue = _queue(project, _kind(kind), int(after) if after.isdigit() else None)
    if queue is None:
        raise Http404("not installed")
    return render(request, "dashboard/_review_item.html", _item_context(request, _kind(kind), queue.first()))


def _apply(request: HttpRequest, kind: str, item_id: int, form: ReviewForm) -> None:
    project, data = current_project(request), form.cleaned_data
    reviewer = request.user.get_username()
    if kind == "cases":
        case = found(_get(project, kind, item_id))
        assertions = json.loads(data["assertions"]) if data["decision"] == "edit" else None
        eval_case_review(case=case, decision=data["decision"], reviewer=reviewer, note=data["note"], assertions=assertions)
    else:
        failure = found(_get(project, kind, item_id))
        failure_decide(failure=failure, decision=data["decision"], reviewer=reviewer, note=data["note"])


@require_POST
@dashboard_view(Membership.Role.REVIEWER)
def review_decide_view(request: HttpRequest, kind: str, item_id: int) -> HttpResponse:
    kind, mode = _kind(kind), _mode(request.POST.get("mode"))
    project = current_project(request)
    form = ReviewForm(request.POST)
    error = ""
    if not form.is_valid():
        error = "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())
    else:
        try:
            _apply(request, kind, item_id, form)
        except json.JSONDecodeError as exc:
            error = f"assertions are not valid JSON: {exc.msg} (line {exc.lineno})"
        except ApplicationError as exc:
            error = exc.message + "".join(f" {d.get('msg', '')}" for d in exc.details if isinstance(d, dict))
    if not is_htmx(request):
        if error:
            messages.error(request, error)
        return redirect(f"{reverse('dashboard:review')}?kind={kind}&mode={mode}")
    counts = _counts(project)
    if not error:
        if mode == "list":
            return render(request, "dashboard/_review_counts.html", {"counts": counts, "oob": True})
        queue = _queue(project, kind)
        return render(request, "dashboard/_review_item.html", {**_item_context(request, kind, queue.first() if queue is not None else None), "counts": counts, "oob": True})
    # The item stays: show it again with the problem, swapped in place (htmx is told to swap 422s).
    item = _get(project, kind, item_id)
    template = "dashboard/_review_item.html" if mode == "focus" else "dashboard/_review_row.html"
    return render(request, template, {**_item_context(request, kind, item), "error": error, "mode": mode}, status=422)


def _get(project: Project, kind: str, item_id: int) -> Any:
    if kind == "cases":
        return sel.candidate_case_get(project=project, case_id=item_id)
    return sel.open_failure_get(project=project, failure_id=item_id)
