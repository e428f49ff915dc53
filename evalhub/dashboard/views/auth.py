"""Log in and out (Django auth), and switch the current project."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from evalhub.dashboard.access import access_of, dashboard_view

login_view = auth_views.LoginView.as_view(template_name="registration/login.html", redirect_authenticated_user=True)
logout_view = auth_views.LogoutView.as_view()


@require_POST
@dashboard_view()
def switch_project_view(request: HttpRequest) -> HttpResponse:
    access = access_of(request)
    slug = request.POST.get("project", "")
    target = next((p for p in access.projects if p.slug == slug), None)
    # Not a member: the same answer as a project that doesn't exist.
    if target is None or not access.switch_to(target.pk):
        raise Http404("not found")
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    return redirect(next_url)
