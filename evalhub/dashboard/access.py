"""Who may see and do what in the dashboard: the current project and the user's role in it.

The current project lives in the session (the project switcher sets it). Every dashboard view goes
through `dashboard_view`, which resolves it from the user's memberships only, so an object id from a
project the user is not a member of is never looked up: views fetch objects through selectors scoped
to `request.access.project`, and a miss is a 404 (never a 403: a guessed id must learn nothing).
Objects addressed by id alone (links from CI reports) switch the current project to the object's
project when, and only when, the user is a member of it (`Access.switch_to`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, TypeVar, cast

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from evalhub.dashboard.selectors.projects import membership_list_for_user
from evalhub.projects.models import Membership, Project

SESSION_KEY = "dashboard_project_id"
ROLE_RANK = {Membership.Role.VIEWER: 0, Membership.Role.REVIEWER: 1, Membership.Role.ADMIN: 2}

View = TypeVar("View", bound=Callable[..., HttpResponse])


@dataclass
class Access:
    """The request's project, the user's role in it, and every project the user may switch to."""

    roles: dict[int, str]
    projects: list[Project]
    request: HttpRequest
    project: Project | None = None
    role: str = Membership.Role.VIEWER
    _by_id: dict[int, Project] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {p.pk: p for p in self.projects}
        wanted = self.request.session.get(SESSION_KEY)
        chosen = self._by_id.get(wanted) if isinstance(wanted, int) else None
        self._select(chosen or (self.projects[0] if self.projects else None))

    def _select(self, project: Project | None) -> None:
        self.project = project
        self.role = self.roles.get(project.pk, Membership.Role.VIEWER) if project else Membership.Role.VIEWER

    @property
    def project_ids(self) -> list[int]:
        return list(self._by_id)

    def can(self, role: str) -> bool:
        return self.project is not None and ROLE_RANK[Membership.Role(self.role)] >= ROLE_RANK[Membership.Role(role)]

    @property
    def can_review(self) -> bool:
        return self.can(Membership.Role.REVIEWER)

    @property
    def is_admin(self) -> bool:
        return self.can(Membership.Role.ADMIN)

    def switch_to(self, project_id: int | None) -> bool:
        """Make `project_id` current if the user is a member of it; False (and no change) otherwise."""
        project = self._by_id.get(project_id) if project_id is not None else None
        if project is None:
            return False
        if project != self.project:
            self._select(project)
            self.request.session[SESSION_KEY] = project.pk
        return True


def access_for(request: HttpRequest) -> Access:
    user: Any = request.user
    memberships = membership_list_for_user(user=user)
    return Access(roles=memberships.roles, projects=memberships.projects, request=request)


def dashboard_view(role: str = Membership.Role.VIEWER) -> Callable[[View], View]:
    """Login required; a current project required; `role` (or higher) in it required, else 403.

    403 only ever answers for the user's own current project, so it reveals nothing about others.
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            access = access_for(request)
            request.access = access  # type: ignore[attr-defined]
            if access.project is None:
                return render(request, "dashboard/no_project.html", {"access": access}, status=403)
            if not access.can(role):
                return render(request, "dashboard/forbidden.html", {"needed": role, "access": access}, status=403)
            return view(request, *args, **kwargs)

        return cast(View, wrapper)

    return decorator


def access_of(request: HttpRequest) -> Access:
    access: Any = getattr(request, "access", None)
    assert isinstance(access, Access)
    return access


def current_project(request: HttpRequest) -> Project:
    project = access_of(request).project
    assert project is not None
    return project
