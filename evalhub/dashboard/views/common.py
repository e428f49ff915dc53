"""Helpers shared by the dashboard views: rendering with the access context, htmx detection."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from evalhub.common.errors import ApplicationError
from evalhub.dashboard.access import access_of


def page(request: HttpRequest, template: str, context: dict[str, Any] | None = None, *, status: int = 200) -> HttpResponse:
    return render(request, template, {"access": access_of(request), **(context or {})}, status=status)


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def found(obj: Any) -> Any:
    """The object, or a 404: an id from another project must look exactly like one that doesn't exist."""
    if obj is None:
        raise Http404("not found")
    return obj


def flash_error(request: HttpRequest, exc: ApplicationError) -> None:
    messages.error(request, exc.message)


def actor(request: HttpRequest) -> str:
    return f"user:{request.user.get_username()}"
