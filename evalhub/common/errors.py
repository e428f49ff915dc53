from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    """A domain error; the API layer turns it into {"error", "details"} with `status`."""

    status = 400

    def __init__(self, message: str, *, details: list[Any] | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []
        if status is not None:
            self.status = status


class NotFound(ApplicationError):
    status = 404


class Conflict(ApplicationError):
    status = 409


class PayloadTooLarge(ApplicationError):
    status = 413


class ValidationFailed(ApplicationError):
    status = 422


class Unauthorized(ApplicationError):
    status = 401


class RateLimited(ApplicationError):
    status = 429

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
