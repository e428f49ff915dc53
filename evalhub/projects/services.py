from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from evalhub.common.errors import Conflict, ValidationFailed
from evalhub.projects.models import ApiKey, Project, WebhookSecret

API_KEY_PREFIX = "ehk_"
# Key lookups touch last_used_at; writing it on every request would serialize hot endpoints.
LAST_USED_WRITE_INTERVAL = timedelta(minutes=1)


def _hash_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


@dataclass(frozen=True)
class CreatedProject:
    project: Project
    api_key: str
    webhook_secret: str


@transaction.atomic
def project_create(*, slug: str, name: str = "") -> CreatedProject:
    if Project.objects.filter(slug=slug).exists():
        raise Conflict(f"project {slug!r} already exists")
    try:
        with transaction.atomic():
            project = Project.objects.create(slug=slug, name=name or slug)
    except IntegrityError as exc:
        raise Conflict(f"project {slug!r} already exists") from exc
    api_key = api_key_create(project=project)
    secret = webhook_secret_create(project=project)
    return CreatedProject(project=project, api_key=api_key, webhook_secret=secret.secret)


def api_key_create(*, project: Project, name: str = "default") -> str:
    """Create a key and return it in clear: the only time it is ever shown."""
    token = secrets.token_urlsafe(32)
    raw_key = f"{API_KEY_PREFIX}{token}"
    ApiKey.objects.create(project=project, name=name, prefix=raw_key[: len(API_KEY_PREFIX) + 8], key_hash=_hash_key(raw_key))
    return raw_key


def api_key_revoke(*, api_key: ApiKey) -> None:
    ApiKey.objects.filter(pk=api_key.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())


def api_key_authenticate(*, raw_key: str) -> ApiKey | None:
    if not raw_key.startswith(API_KEY_PREFIX) or len(raw_key) > 200:
        return None
    prefix = raw_key[: len(API_KEY_PREFIX) + 8]
    key = ApiKey.objects.select_related("project").filter(prefix=prefix, revoked_at__isnull=True).first()
    # Compare hashes in constant time even though the prefix matched: the prefix is not secret.
    if key is None or not hmac.compare_digest(key.key_hash, _hash_key(raw_key)):
        return None
    now = timezone.now()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_WRITE_INTERVAL:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        key.last_used_at = now
    return key


def webhook_secret_create(*, project: Project) -> WebhookSecret:
    raw = base64.b64encode(secrets.token_bytes(24)).decode()
    return WebhookSecret.objects.create(project=project, secret=f"whsec_{raw}")


@transaction.atomic
def webhook_secret_rotate(*, project: Project, overlap_hours: int = 24) -> WebhookSecret:
    """Add a new secret; the old ones stay valid for `overlap_hours` so senders can switch."""
    if overlap_hours < 0:
        raise ValidationFailed("overlap_hours must be >= 0")
    expires = timezone.now() + timedelta(hours=overlap_hours)
    # Every secret valid now stays valid at most `overlap_hours` longer (a second rotation shortens the first).
    WebhookSecret.objects.filter(project=project).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=expires)).update(expires_at=expires)
    WebhookSecret.objects.filter(project=project, expires_at__lte=timezone.now()).delete()
    return webhook_secret_create(project=project)
