"""Auto-growing, versioned eval sets.

An EvalCase is the mutable head (status, latest assertions). Every content change writes an
immutable EvalCaseRevision. A version of a set is the set of revisions whose membership interval
[added_in_version, removed_in_version) contains it, so a new version costs one row per change,
not a copy of the whole set, and every old version stays reproducible.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.conversations.models import EndUser, Message, Session
from evalhub.projects.models import Project


class EvalSet(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="eval_sets")
    name = models.SlugField(max_length=100, default="default")
    description = models.TextField(blank=True)
    current_version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "name"], name="uniq_evalset_name")]

    def __str__(self) -> str:
        return f"{self.project.slug}/{self.name}@{self.current_version}"


class EvalSetVersion(models.Model):
    eval_set = models.ForeignKey(EvalSet, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(max_length=200, blank=True)
    case_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["eval_set", "number"], name="uniq_evalset_version")]
        ordering = ["eval_set_id", "number"]


class EvalCase(models.Model):
    class Status(models.TextChoices):
        CANDIDATE = "candidate"
        ACCEPTED = "accepted"
        REJECTED = "rejected"

    class Split(models.TextChoices):
        TRAIN = "train"
        DEV = "dev"
        HOLDOUT = "holdout"

    class Source(models.TextChoices):
        EXPLICIT = "explicit"
        IMPLICIT = "implicit"
        FAILURE = "failure"
        GUARDRAIL = "guardrail"
        MANUAL = "manual"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="eval_cases")
    eval_set = models.ForeignKey(EvalSet, on_delete=models.CASCADE, related_name="cases")
    # Dedup signature (normalised request + assertion signature); near-duplicates merge into one case.
    signature = models.CharField(max_length=64)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.CANDIDATE)
    split = models.CharField(max_length=8, choices=Split.choices)
    source = models.CharField(max_length=16, choices=Source.choices)
    kind = models.CharField(max_length=32, help_text="signal/failure type that produced the case")
    # {"memory": [str], "history": [{"role", "content"}], "user_message": str}
    input = models.JSONField()
    rejected_response = models.TextField(blank=True)
    assertions = models.JSONField(default=list)
    confidence = models.FloatField(default=1.0)
    provenance = models.JSONField(default=list, blank=True)
    provenance_count = models.PositiveIntegerField(default=1)
    user = models.ForeignKey(EndUser, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # When the feedback that produced the case reached evalhub: created_at - this = loop latency.
    signal_received_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.CharField(max_length=150, blank=True)
    review_note = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["eval_set", "signature"], name="uniq_evalcase_signature")]
        indexes = [
            models.Index(fields=["eval_set", "status", "split"]),
            models.Index(fields=["project", "status", "created_at"]),
        ]


class EvalCaseRevision(models.Model):
    """Immutable content of a case as it was when it entered a version."""

    case = models.ForeignKey(EvalCase, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    input = models.JSONField()
    rejected_response = models.TextField(blank=True)
    assertions = models.JSONField()
    split = models.CharField(max_length=8)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="uniq_case_revision")]


class EvalSetMembership(models.Model):
    eval_set = models.ForeignKey(EvalSet, on_delete=models.CASCADE, related_name="memberships")
    revision = models.ForeignKey(EvalCaseRevision, on_delete=models.CASCADE, related_name="memberships")
    added_in_version = models.PositiveIntegerField()
    removed_in_version = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["eval_set", "added_in_version", "removed_in_version"])]
