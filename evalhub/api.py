"""The JSON API: one NinjaAPI, one error shape {"error": str, "details": [...]}."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.db import OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.openapi.schema import OpenAPISchema

from evalhub.common.auth import ApiKeyAuth
from evalhub.common.errors import ApplicationError, RateLimited

ERROR_SCHEMA = {
    "title": "Error",
    "type": "object",
    "properties": {"error": {"type": "string"}, "details": {"type": "array", "items": {}}},
    "required": ["error", "details"],
}
_ERROR_STATUSES = {
    401: "missing or invalid API key",
    404: "not found (also for another project's objects)",
    413: "request body or a limit too large",
    422: "validation failed; details lists each problem",
    429: "rate limited; see the Retry-After header",
    503: "service temporarily unavailable; retry later",
}


class EvalhubAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None) -> OpenAPISchema:
        """Document the error responses every handler can return, in the one shape they all share."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
        ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                statuses = [422, 503]
                if operation.get("security") or "/webhooks/" in path:
                    statuses += [401, 429]
                if "{" in path:
                    statuses.append(404)
                if "requestBody" in operation:
                    statuses.append(413)
                responses = operation.setdefault("responses", {})
                for status in sorted(statuses):
                    responses.setdefault(status, {"description": _ERROR_STATUSES[status], "content": ref})
        return schema


api = EvalhubAPI(
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
