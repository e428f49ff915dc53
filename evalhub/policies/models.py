"""Per-project guardrail policies, versioned: every change is a new immutable version."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.conversations.models import EndUser, Message
from evalhub.projects.models import Project


class GuardrailPolicy(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="guardrail_policies")
    name = models.SlugField(max_length=100, default="default")
    current_version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "name"], name="uniq_policy_name")]
        verbose_name_plural = "guardrail policies"

    def __str__(self) -> str:
        return f"{self.project.slug}/{self.name} v{self.current_version}"


class GuardrailPolicyVersion(models.Model):
    policy = models.ForeignKey(GuardrailPolicy, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    config = models.JSONField()
    author = models.CharField(max_length=150, blank=True)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["policy", "number"], name="uniq_policy_version")]
        ordering = ["policy_id", "-number"]


class GuardrailCheckLog(models.Model):
    """A check result the caller asked us to keep (online checks with log=true, background checks)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    policy_version = models.ForeignKey(GuardrailPolicyVersion, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=8)
    verdict = models.CharField(max_length=8, db_index=True)
    results = models.JSONField()
    user = models.ForeignKey(EndUser, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="guardrail_logs")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
