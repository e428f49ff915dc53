"""Prompts: versions, diff, scores, promote / roll back with confirmation, optimization runs with live progress."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from evalhub.common.errors import ApplicationError
from evalhub.dashboard.access import access_of, current_project, dashboard_view
from evalhub.dashboard.forms import ReasonForm
from evalhub.dashboard.selectors.prompts import prompt_rollback_target_id, run_view_model, version_rows
from evalhub.dashboard.views.common import actor, found, page
from evalhub.projects.models import Membership
from evalhub.prompts.models import OptimizationRun, Prompt, PromptVersion
from evalhub.prompts.selectors import (
    optimization_run_get,
    optimization_run_list,
    promotion_list,
    prompt_get,
    prompt_list,
    prompt_version_get,
    prompt_version_list,
)
from evalhub.prompts.services import optimization_run_create, prompt_diff, prompt_promote, prompt_rollback

RUNS_SHOWN = 20


def _prompt(request: HttpRequest, name: str) -> Prompt:
    return found(prompt_get(project=current_project(request), name=name))


def _version(request: HttpRequest, prompt: Prompt, number: int) -> PromptVersion:
    return found(prompt_version_get(project=current_project(request), prompt=prompt, number=number))


@dashboard_view()
def prompt_list_view(request: HttpRequest) -> HttpResponse:
    project = current_project(request)
    runs = list(optimization_run_list(project=project)[:RUNS_SHOWN])
    return page(request, "dashboard/prompts.html", {"prompts": list(prompt_list(project=project)), "runs": runs})


@dashboard_view()
def prompt_detail_view(request: HttpRequest, name: str) -> HttpResponse:
    project = current_project(request)
    prompt = _prompt(request, name)
    versions = list(prompt_version_list(project=project, prompt=prompt))
    context = {
        "prompt": prompt, "rows": version_rows(versions), "promotions": list(promotion_list(project=project, prompt=prompt)[:20]),
        "runs": list(optimization_run_list(project=project, prompt=prompt)[:RUNS_SHOWN]),
        "can_rollback": prompt_rollback_target_id(prompt=prompt) is not None, "numbers": [v.number for v in versions],
        "active_run": next((r for r in optimization_run_list(project=project, prompt=prompt).filter(status__in=OptimizationRun.ACTIVE)[:1]), None),
    }
    return page(request, "dashboard/prompt.html", context)


@dashboard_view()
def prompt_diff_view(request: HttpRequest, name: str) -> HttpResponse:
    prompt = _prompt(request, name)
    numbers = [int(x) for x in (request.GET.get("a", ""), request.GET.get("b", "")) if x.isdigit()]
    if len(numbers) != 2:
        messages.error(request, "Pick two versions to compare.")
        return redirect("dashboard:prompt", name=prompt.name)
    a, b = (_version(request, prompt, n) for n in numbers)
    diff = prompt_diff(a=a, b=b)
    lines = [("add" if ln.startswith("+") else "del" if ln.startswith("-") else "hunk" if ln.startswith("@@") else "", ln) for ln in diff["instructions_diff"].splitlines()]
    return page(request, "dashboard/prompt_diff.html", {"prompt": prompt, "a": a, "b": b, "diff": diff, "lines": lines})


def _confirm_or_act(request: HttpRequest, prompt: Prompt, context: dict[str, Any], act: Any) -> HttpResponse:
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = act(form.cleaned_data["reason"])
        except ApplicationError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, f"{event.action.capitalize()}d: v{event.to_version.number} is now in production.")
        return redirect("dashboard:prompt", name=prompt.name)
    return page(request, "dashboard/prompt_confirm.html", {"prompt": prompt, "form": form, **context})


@dashboard_view(Membership.Role.REVIEWER)
def prompt_promote_view(request: HttpRequest, name: str, number: int) -> HttpResponse:
    prompt = _prompt(request, name)
    version = _version(request, prompt, number)
    context = {"action": "promote", "target": version, "current": prompt.production_version}
    return _confirm_or_act(request, prompt, context, lambda reason: prompt_promote(version=version, actor=actor(request), reason=reason))


@dashboard_view(Membership.Role.REVIEWER)
def prompt_rollback_view(request: HttpRequest, name: str) -> HttpResponse:
    prompt = _prompt(request, name)
    target_id = prompt_rollback_target_id(prompt=prompt)
    target = prompt_version_list(project=current_project(request), prompt=prompt).filter(pk=target_id).first() if target_id else None
    context = {"action": "rollback", "target": target, "current": prompt.production_version}
    return _confirm_or_act(request, prompt, context, lambda reason: prompt_rollback(prompt=prompt, actor=actor(request), reason=reason))


@require_POST
@dashboard_view(Membership.Role.REVIEWER)
def prompt_optimize_view(request: HttpRequest, name: str) -> HttpResponse:
    prompt = _prompt(request, name)
    try:
        run = optimization_run_create(prompt=prompt, requested_by=actor(request))
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("dashboard:prompt", name=prompt.name)
    return redirect("dashboard:run", run_id=run.pk)


@dashboard_view()
def run_detail_view(request: HttpRequest, run_id: int) -> HttpResponse:
    run = found(optimization_run_get(project=current_project(request), run_id=run_id))
    return page(request, "dashboard/run.html", {"run": run, "vm": run_view_model(run)})


@dashboard_view()
def run_progress_view(request: HttpRequest, run_id: int) -> HttpResponse:
    """The polled progress fragment; it stops polling itself once the run has finished."""
    run = found(optimization_run_get(project=current_project(request), run_id=run_id))
    return render(request, "dashboard/_run_progress.html", {"run": run, "vm": run_view_model(run), "access": access_of(request)})
