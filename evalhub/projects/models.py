from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Project(models.Model):
    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # PII policy applied at ingest: {"mode": "replace"|"off", "entities": [...]}; empty -> defaults.
    pii_policy = models.JSONField(default=dict, blank=True)
    # Feedback-loop knobs (thresholds for auto eval cases etc.); empty -> defaults in evals.
    settings = models.JSONField(default=dict, blank=True)
    retention_days = models.PositiveIntegerField(null=True, blank=True, help_text="Purge raw messages older than this.")

    def __str__(self) -> str:
        return self.slug


class ApiKey(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100, default="default")
    # The first characters of the key, stored in clear so a human can tell keys apart.
    prefix = models.CharField(max_length=16, unique=True)
    key_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.project.slug}:{self.prefix}…"


class WebhookSecret(models.Model):
    """A project may hold two active secrets while a rotation is under way."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="webhook_secrets")
    secret = models.CharField(max_length=100)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["project", "expires_at"])]

    def __str__(self) -> str:
        return f"{self.project.slug}:{self.secret[:10]}…"


class Membership(models.Model):
    class Role(models.TextChoices):
        VIEWER = "viewer"
        REVIEWER = "reviewer"
        ADMIN = "admin"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.VIEWER)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "user"], name="uniq_membership")]
