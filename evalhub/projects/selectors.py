from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from evalhub.projects.models import Project, WebhookSecret


def project_get(*, slug: str) -> Project | None:
    return Project.objects.filter(slug=slug).first()


def webhook_secret_list_active(*, project: Project) -> QuerySet[WebhookSecret]:
    now = timezone.now()
    return WebhookSecret.objects.filter(project=project).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
