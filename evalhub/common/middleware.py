from __future__ import annotations

import uuid
from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse

from evalhub.common.logging import request_id_var


def _body_has_nul(request: HttpRequest) -> bool:
    try:
        body = request.body
    except RequestDataTooBig:
        return False  # the view answers 413 for that
    return b"\x00" in body or b"\\u0000" in body


class RequestIdMiddleware:
    """Tag every request (and its log lines) with an id; echo it back for support."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
            # NUL can't be stored or compared in PostgreSQL text; refuse it at the door.
            return JsonResponse({"error": "NUL characters are not allowed in URLs", "details": []}, status=400)
        # Webhooks check it themselves so the rejected delivery is recorded for the admin.
        if request.method in ("POST", "PUT", "PATCH") and request.path.startswith("/api/") and "/webhooks/" not in request.path and _body_has_nul(request):
            return JsonResponse({"error": "request body must not contain NUL characters (\\u0000)", "details": []}, status=422)
        incoming = request.headers.get("X-Request-Id", "")
        request_id = incoming[:64] if incoming.isascii() and incoming else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-Id"] = request_id
        return response
