"""Named prompts with immutable versions, one production version each, audited promotions."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import models
from django.utils import timezone

from evalhub.projects.models import Project


class Prompt(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="prompts")
    name = models.SlugField(max_length=100)
    # The single source of truth for "the production version": exactly one (or none yet).
    production_version = models.ForeignKey("PromptVersion", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "name"], name="uniq_prompt_name")]

    def __str__(self) -> str:
        return f"{self.project.slug}/{self.name}"


class PromptVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        CANDIDATE = "candidate"
        PRODUCTION = "production"
        RETIRED = "retired"

    IMMUTABLE_FIELDS = ("instructions", "demos", "model_settings", "parent_id", "author", "number", "prompt_id")

    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    instructions = models.TextField()
    # [{"memory": [str], "history": [{"role", "content"}], "user_message": str, "response": str}]
    demos = models.JSONField(default=list, blank=True)
    model_settings = models.JSONField(default=dict, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    author = models.CharField(max_length=200, help_text="user:<username> or run:<optimization run id>")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    # {"<eval_set_id>@<version>": {"train": 0.7, "dev": 0.8, "holdout": 0.75, ...}}
    scores = models.JSONField(default=dict, blank=True)
    content_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["prompt", "number"], name="uniq_prompt_version")]
        ordering = ["prompt_id", "number"]

    def __str__(self) -> str:
        return f"{self.prompt.name} v{self.number} ({self.status})"

    @staticmethod
    def hash_content(instructions: str, demos: Any, model_settings: Any) -> str:
        blob = json.dumps([instructions, demos, model_settings], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Versions are immutable: content is fixed at creation; only status and scores move.
        if self.pk is not None:
            stored = PromptVersion.objects.filter(pk=self.pk).values(*self.IMMUTABLE_FIELDS).first()
            if stored is not None and any(stored[f] != getattr(self, f) for f in self.IMMUTABLE_FIELDS):
                raise ValueError("prompt versions are immutable; create a new version instead")
        self.content_hash = self.hash_content(self.instructions, self.demos, self.model_settings)
        super().save(*args, **kwargs)


class PromotionEvent(models.Model):
    class Action(models.TextChoices):
        PROMOTE = "promote"
        ROLLBACK = "rollback"

    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="promotions")
    action = models.CharField(max_length=16, choices=Action.choices)
    from_version = models.ForeignKey(PromptVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    to_version = models.ForeignKey(PromptVersion, on_delete=models.CASCADE, related_name="+")
    actor = models.CharField(max_length=200)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
