"""Per-key rate limits on the write-heavy endpoints (ingest, webhooks, guardrail checks).

A middleware rather than a ninja decorator so a throttled request costs no database query: the
counter key is the API key's public prefix (the part stored in clear), or the project slug for
webhook deliveries, which carry no API key. Fixed one-minute windows with an atomic cache incr:
Redis in production (so every gunicorn worker and every web container share one counter), locmem
in a single-process dev setup.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse

from evalhub.projects.services import API_KEY_PREFIX

logger = logging.getLogger(__name__)

WINDOW_S = 60
# The stored prefix is "ehk_" + 8 characters (see api_key_create); the same slice keys the counter.
KEY_PREFIX_CHARS = len(API_KEY_PREFIX) + 8


@dataclass(frozen=True)
class Scope:
    name: str
    pattern: re.Pattern[str]
    setting: str
    by_slug: bool = False


SCOPES: tuple[Scope, ...] = (
    Scope("ingest", re.compile(r"^/api/v1/ingest/?$"), "EVALHUB_RATE_LIMIT_INGEST"),
    Scope("webhook", re.compile(r"^/api/v1/projects/(?P<slug>[^/]+)/webhooks(?:/|$)"), "EVALHUB_RATE_LIMIT_WEBHOOK", by_slug=True),
    # The guardrail check endpoint, wherever the policies router mounts it (/v1/check, /v1/guardrails/check, ...).
    Scope("check", re.compile(r"^/api/v1/(?:[\w-]+/)*check/?$"), "EVALHUB_RATE_LIMIT_CHECK"),
)


def _client_ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _identity(request: HttpRequest, scope: Scope, match: re.Match[str]) -> str:
    # Quoted: the cache key must stay printable whatever bytes a client puts in the URL or header.
    if scope.by_slug:
        return f"project:{quote(match.group('slug')[:64], safe='')}"
    auth = request.headers.get("Authorization", "")
    token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
    if token.startswith(API_KEY_PREFIX):
        return f"key:{quote(token[:KEY_PREFIX_CHARS], safe='')}"
    # No usable key: the request gets a 401 anyway; count it per client so guessing is throttled too.
    return f"ip:{_client_ip(request)}"


def rate_limit_hit(*, scope: str, identity: str, limit_per_min: int, now_s: float | None = None) -> int | None:
    """Count one request; return None when allowed, else the seconds until the window resets."""
    now_s = time.time() if now_s is None else now_s
    window = int(now_s // WINDOW_S)
    key = f"rl:{scope}:{identity}:{window}"
    # add() is a no-op when the key exists; incr() is atomic (INCR on Redis), so concurrent
    # workers never lose a count. The +5 s keeps the key past the window edge for clock skew.
    cache.add(key, 0, timeout=WINDOW_S + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted or expired between add() and incr()
        cache.add(key, 1, timeout=WINDOW_S + 5)
        count = 1
    if count <= limit_per_min:
        return None
    return max(1, math.ceil((window + 1) * WINDOW_S - now_s))


def _too_many(scope: Scope, limit_per_min: int, retry_after_s: int) -> HttpResponse:
    body = {
        "error": "rate limit exceeded",
        "details": [{"scope": scope.name, "limit_per_minute": limit_per_min, "retry_after_s": retry_after_s}],
    }
    response = JsonResponse(body, status=429)
    response["Retry-After"] = str(retry_after_s)
    return response


class RateLimitMiddleware:
    """429 with Retry-After once a key (or webhook project) exceeds its scope's requests/minute."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("POST", "PUT", "PATCH", "DELETE"):
            limited = self._check(request)
            if limited is not None:
                return limited
        return self.get_response(request)

    def _check(self, request: HttpRequest) -> HttpResponse | None:
        for scope in SCOPES:
            match = scope.pattern.match(request.path_info)
            if match is None:
                continue
            limit_per_min = int(getattr(settings, scope.setting, 0) or 0)
            if limit_per_min <= 0:
                return None
            try:
                retry_after_s = rate_limit_hit(scope=scope.name, identity=_identity(request, scope, match), limit_per_min=limit_per_min)
            except Exception:
                logger.warning("rate limit cache unavailable; request let through", exc_info=True)
                return None
            if retry_after_s is None:
                return None
            logger.info("rate limit exceeded on %s", scope.name)
            return _too_many(scope, limit_per_min, retry_after_s)
        return None
