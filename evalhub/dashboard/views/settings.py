"""Project settings (admin role): API keys, webhook secrets, guardrail policy, thresholds, schedule.

A new API key or webhook secret is rendered in the POST's response and never again (not stored in
clear for keys, not shown back for secrets).
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from evalhub.common.errors import ApplicationError
from evalhub.dashboard.access import current_project, dashboard_view
from evalhub.dashboard.forms import ApiKeyForm, PolicyForm, RotateSecretForm, ScheduleForm, ThresholdsForm
from evalhub.dashboard.selectors.projects import api_key_get, api_key_list, member_list, optimization_schedule_get
from evalhub.dashboard.selectors.settings import policy_summary, threshold_values
from evalhub.dashboard.services import guardrail_policy_save, optimization_schedule_update, project_thresholds_update
from evalhub.dashboard.views.common import found, page
from evalhub.projects.models import Membership, Project
from evalhub.projects.selectors import webhook_secret_list_active
from evalhub.projects.services import api_key_create, api_key_revoke, webhook_secret_rotate

ADMIN = Membership.Role.ADMIN


def _schedule_initial(project: Project) -> dict[str, Any]:
    task = optimization_schedule_get(project=project)
    if task is None or task.crontab is None:
        return {"enabled": False, "minute": "0", "hour": "3", "day_of_week": "1"}
    return {"enabled": task.enabled, "minute": task.crontab.minute, "hour": task.crontab.hour, "day_of_week": task.crontab.day_of_week}


def _render(request: HttpRequest, *, status: int = 200, **forms: Any) -> HttpResponse:
    project = current_project(request)
    policy = policy_summary(project=project)
    context = {
        "keys": list(api_key_list(project=project)), "secrets": list(webhook_secret_list_active(project=project).order_by("-created_at")),
        "members": list(member_list(project=project)), "policy": policy,
        "key_form": forms.pop("key_form", None) or ApiKeyForm(),
        "secret_form": forms.pop("secret_form", None) or RotateSecretForm(),
        "thresholds_form": forms.pop("thresholds_form", None) or ThresholdsForm(initial=threshold_values(project=project)),
        "schedule_form": forms.pop("schedule_form", None) or ScheduleForm(initial=_schedule_initial(project)),
        "has_schedule": optimization_schedule_get(project=project) is not None,
        "policy_form": forms.pop("policy_form", None) or (PolicyForm(initial={"config": json.dumps(policy.config, indent=2)}) if policy.editable else None),
        **forms,
    }
    return page(request, "dashboard/settings.html", context, status=status)


@dashboard_view(ADMIN)
def settings_view(request: HttpRequest) -> HttpResponse:
    return _render(request)


@require_POST
@dashboard_view(ADMIN)
def api_key_create_view(request: HttpRequest) -> HttpResponse:
    form = ApiKeyForm(request.POST)
    if not form.is_valid():
        return _render(request, key_form=form, status=422)
    raw = api_key_create(project=current_project(request), name=form.cleaned_data["name"])
    return _render(request, new_key=raw)


@require_POST
@dashboard_view(ADMIN)
def api_key_revoke_view(request: HttpRequest, key_id: int) -> HttpResponse:
    key = found(api_key_get(project=current_project(request), key_id=key_id))
    api_key_revoke(api_key=key)
    messages.success(request, f"Key {key.prefix}… revoked.")
    return redirect("dashboard:settings")


@require_POST
@dashboard_view(ADMIN)
def webhook_secret_rotate_view(request: HttpRequest) -> HttpResponse:
    form = RotateSecretForm(request.POST)
    if not form.is_valid():
        return _render(request, secret_form=form, status=422)
    secret = webhook_secret_rotate(project=current_project(request), overlap_hours=form.cleaned_data["overlap_hours"])
    return _render(request, new_secret=secret.secret, overlap_hours=form.cleaned_data["overlap_hours"])


@require_POST
@dashboard_view(ADMIN)
def thresholds_update_view(request: HttpRequest) -> HttpResponse:
    form = ThresholdsForm(request.POST)
    if not form.is_valid():
        return _render(request, thresholds_form=form, status=422)
    try:
        project_thresholds_update(project=current_project(request), values=form.cleaned_data)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Thresholds saved.")
    return redirect("dashboard:settings")


@require_POST
@dashboard_view(ADMIN)
def schedule_update_view(request: HttpRequest) -> HttpResponse:
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        return _render(request, schedule_form=form, status=422)
    optimization_schedule_update(project=current_project(request), **form.cleaned_data)
    messages.success(request, "Optimization schedule saved.")
    return redirect("dashboard:settings")


@require_POST
@dashboard_view(ADMIN)
def policy_update_view(request: HttpRequest) -> HttpResponse:
    form = PolicyForm(request.POST)
    if not form.is_valid():
        return _render(request, policy_form=form, status=422)
    try:
        number = guardrail_policy_save(project=current_project(request), config=form.cleaned_data["config"],
                                       author=request.user.get_username(), note=form.cleaned_data["note"])
    except ApplicationError as exc:
        form.add_error("config", "; ".join([exc.message, *[str(d) for d in exc.details]]))
        return _render(request, policy_form=form, status=422)
    messages.success(request, f"Guardrail policy saved as version {number}.")
    return redirect("dashboard:settings")
