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
        constraints = [
            models.UniqueConstraint(fields=["prompt", "number"], name="uniq_prompt_version"),
            # Backs Prompt.production_version: a second production row can't exist even by accident.
            models.UniqueConstraint(fields=["prompt"], condition=models.Q(status="production"), name="one_production_version"),
        ]
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


class OptimizationRun(models.Model):
    """One hill-climbing run on one prompt; at most one queued or running per prompt (DB-enforced)."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        SUCCEEDED = "succeeded"
        FAILED = "failed"
        CANCELLED = "cancelled"

    class Optimizer(models.TextChoices):
        BOOTSTRAP = "bootstrap"
        MIPRO = "mipro"
        GEPA = "gepa"

    class Trigger(models.TextChoices):
        MANUAL = "manual"
        SCHEDULE = "schedule"
        NEW_CASES = "new_cases"

    ACTIVE = (Status.QUEUED, Status.RUNNING)
    FINISHED = (Status.SUCCEEDED, Status.FAILED, Status.CANCELLED)

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="optimization_runs")
    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="runs")
    base_version = models.ForeignKey(PromptVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    candidate = models.ForeignKey(PromptVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    optimizer = models.CharField(max_length=16, choices=Optimizer.choices, default=Optimizer.BOOTSTRAP)
    trigger = models.CharField(max_length=16, choices=Trigger.choices, default=Trigger.MANUAL)
    requested_by = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    phase = models.CharField(max_length=16, blank=True, help_text="baseline, optimizing, candidate, gate")
    eval_set = models.ForeignKey("evals.EvalSet", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    eval_set_version = models.PositiveIntegerField(null=True, blank=True)
    budget_lm_calls = models.PositiveIntegerField()
    budget_wall_s = models.PositiveIntegerField()
    # Scored cases and metric calls, over all phases: a progress bar's numerator and denominator.
    trials_done = models.PositiveIntegerField(default=0)
    trials_total = models.PositiveIntegerField(default=0)
    best_score = models.FloatField(null=True, blank=True, help_text="best score so far on the optimizer's validation sample of train")
    lm_calls = models.PositiveIntegerField(default=0)
    # {"<model>": {"prompt_tokens": .., "completion_tokens": ..}} from dspy.track_usage
    usage = models.JSONField(default=dict, blank=True)
    cost_usd = models.FloatField(default=0.0)
    # {"baseline": PromptScore.summary(), "candidate": ...}
    scores = models.JSONField(default=dict, blank=True)
    # {"passed": bool, "reasons": [str], "by": "prompts"|"gate"}
    gate = models.JSONField(default=dict, blank=True)
    program_state = models.JSONField(default=dict, blank=True, help_text="dump_state() of the optimized program")
    error = models.TextField(blank=True)
    attempt = models.PositiveSmallIntegerField(default=0)
    cancel_requested = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["prompt"], condition=models.Q(status__in=["queued", "running"]), name="one_active_run_per_prompt"
            ),
        ]
        indexes = [models.Index(fields=["project", "created_at"])]
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"run {self.pk} {self.prompt.name} {self.optimizer} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE
