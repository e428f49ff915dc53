"""The JSON API: one NinjaAPI, one error shape {"error": str, "details": [...]}."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.db import OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from evalhub.common.auth import ApiKeyAuth
from evalhub.common.errors import ApplicationError, RateLimited

api = NinjaAPI(
    title="evalhub API",
    version="1",
    description="Cross-session evaluation and guardrails for LLM assistants with memory.",
    auth=ApiKeyAuth(),
    docs_url="/docs",
    urls_namespace="api",
)


def error_response(request: HttpRequest, status: int, message: str, details: list[Any] | None = None) -> HttpResponse:
    return api.create_response(request, {"error": message, "details": details or []}, status=status)


def _clean_validation_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for err in errors:
        loc = [str(part) for part in err.get("loc", [])]
        out.append({"loc": loc, "msg": err.get("msg", ""), "type": err.get("type", "")})
    return out


@api.exception_handler(NinjaValidationError)
def _validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    return error_response(request, 422, "validation failed", _clean_validation_errors(list(exc.errors)))


@api.exception_handler(AuthenticationError)
def _auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(request, 401, "missing or invalid API key")


@api.exception_handler(ApplicationError)
def _app_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    response = error_response(request, exc.status, exc.message, exc.details)
    if isinstance(exc, RateLimited):
        response["Retry-After"] = str(exc.retry_after_s)
    return response


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, "not found")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(request, exc.status_code, str(exc.message))


@api.exception_handler(OperationalError)
def _db_unavailable(request: HttpRequest, exc: OperationalError) -> HttpResponse:
    # The database is restarting or unreachable: tell clients to retry instead of a bare 500.
    response = error_response(request, 503, "service temporarily unavailable, retry later")
    response["Retry-After"] = "5"
    return response


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return error_response(request, 413, "request body too large")


def _register_routers() -> None:
    from evalhub.ingest.api import router as ingest_router
    from evalhub.pipeline import resolve_optional

    api.add_router("/v1", ingest_router)
    for module_name in (
        "evalhub.conversations.api",
        "evalhub.feedback.api",
        "evalhub.evals.api",
        "evalhub.failures.api",
        "evalhub.policies.api",
        "evalhub.prompts.api",
        "evalhub.gate.api",
    ):
        # Each capability owns its router; an app that has none yet is simply skipped.
        router = resolve_optional(module_name, "router")
        if router is not None:
            api.add_router("/v1", router)


_register_routers()
