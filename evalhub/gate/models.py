"""A CI gate run: a candidate prompt against a baseline on one pinned eval-set version."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.evals.models import EvalSet
from evalhub.projects.models import Project
from evalhub.prompts.models import PromptVersion


class GateRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    class Verdict(models.TextChoices):
        PASS = "pass"
        FAIL = "fail"
        ERROR = "error"

    class Source(models.TextChoices):
        CLI = "cli"
        API = "api"
        SERVICE = "service"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="gate_runs")
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.API)
    prompt_name = models.CharField(max_length=100)
    candidate_instructions = models.TextField()
    candidate_demos = models.JSONField(default=list, blank=True)
    # What was asked for ("production", "3" or "none"); `baseline_version` is what it resolved to at submission.
    baseline_ref = models.CharField(max_length=32, default="production")
    baseline_version = models.ForeignKey(PromptVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    eval_set = models.ForeignKey(EvalSet, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Pinned at submission so a re-run compares on exactly the same cases.
    eval_version = models.PositiveIntegerField(null=True, blank=True)
    split = models.CharField(max_length=8, default="dev")
    # {"min_score": float | None, "max_regression": float, "repeats": int}
    options = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    verdict = models.CharField(max_length=8, choices=Verdict.choices, blank=True)
    exit_code = models.SmallIntegerField(null=True, blank=True)
    lm_model = models.CharField(max_length=200, blank=True)
    # {"candidate": {...}, "baseline": {...} | None, "delta": float | None, "reasons": [...]}
    scores = models.JSONField(default=dict, blank=True)
    # One entry per eval case: candidate vs baseline score, passed, failed assertions, violations.
    cases = models.JSONField(default=list, blank=True)
    report_markdown = models.TextField(blank=True)
    report_json = models.JSONField(default=dict, blank=True)
    report_junit = models.TextField(blank=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["project", "created_at"])]
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"gate {self.pk} {self.prompt_name} ({self.status}{'/' + self.verdict if self.verdict else ''})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
