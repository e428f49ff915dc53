"""Tagged cross-session failures, their clusters, and how injected memory fared (for memory health)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.conversations.models import EndUser, MemoryItem, Message, Session
from evalhub.projects.models import Project


class FailureType(models.TextChoices):
    RECALL = "recall"
    CLASH = "clash"
    POISONING = "poisoning"
    DISTRACTION = "distraction"
    CONFUSION = "confusion"


class FailureCluster(models.Model):
    """Failures that share a cause: the same memory item, the same attribute, or a similar explanation."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="failure_clusters")
    type = models.CharField(max_length=16, choices=FailureType.choices)
    # "<type>:attr:<attribute>", "<type>:memory:<ext id>" or "<type>:text:<n>": unique per project.
    key = models.CharField(max_length=200)
    label = models.CharField(max_length=200)
    # The text new failures are compared with when no attribute or memory item names the cause.
    centroid_text = models.TextField(blank=True)
    failure_count = models.PositiveIntegerField(default=0)
    user_count = models.PositiveIntegerField(default=0)
    first_seen = models.DateTimeField(null=True, blank=True)
    last_seen = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "key"], name="uniq_failure_cluster_key")]
        indexes = [models.Index(fields=["project", "type", "last_seen"])]

    def __str__(self) -> str:
        return self.label


class Failure(models.Model):
    class Status(models.TextChoices):
        OPEN = "open"
        CONFIRMED = "confirmed"
        DISMISSED = "dismissed"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="failures")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="failures")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="failures")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="failures", help_text="the assistant turn")
    type = models.CharField(max_length=16, choices=FailureType.choices)
    # recall only: write_miss | retrieval_miss | ignored
    diagnosis = models.CharField(max_length=16, blank=True)
    confidence = models.FloatField()
    # {"messages": [{"id", "session", "role", "quote", "why"}], "memory": [{"id", "quote", "why"}], "sessions": [ext ids]}
    evidence = models.JSONField(default=dict)
    evidence_session = models.CharField(max_length=200, blank=True, help_text="the earlier session the failure goes back to")
    # What an eval case must check (fact, old/new value, wrong claim, irrelevant memory) and what clusters group by.
    details = models.JSONField(default=dict, blank=True)
    explanation = models.TextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    reviewer = models.CharField(max_length=150, blank=True)
    review_note = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    detector = models.CharField(max_length=64)
    # The LM that gave the verdict (DSPy judge); empty for the deterministic baseline.
    model_name = models.CharField(max_length=200, blank=True)
    # Idempotency: "<type>:<message ext id>"; re-running a tagger finds the row instead of adding one.
    key = models.CharField(max_length=300)
    cluster = models.ForeignKey(FailureCluster, null=True, blank=True, on_delete=models.SET_NULL, related_name="failures")
    eval_case_id = models.BigIntegerField(null=True, blank=True)
    occurred_at = models.DateTimeField(help_text="when the assistant turn was sent")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "key"], name="uniq_failure_key")]
        indexes = [
            models.Index(fields=["project", "session"]),
            models.Index(fields=["project", "user", "occurred_at"]),
            models.Index(fields=["project", "type", "status"]),
            models.Index(fields=["cluster", "occurred_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.type} @ {self.message_id}"


class InjectionOutcome(models.Model):
    """How one injected memory item fared in one assistant turn (written by the tagger, upserted: re-runs overwrite)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="+")
    memory_item = models.ForeignKey(MemoryItem, on_delete=models.CASCADE, related_name="injection_outcomes")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="+")
    # The answer used the item (repeats its distinguishing words).
    used = models.BooleanField(default=False)
    # The injected content had been superseded before this turn (outdated value served).
    stale = models.BooleanField(default=False)
    relevance = models.FloatField(default=0.0, help_text="similarity of the item to the request")
    chars = models.PositiveIntegerField(default=0)
    at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "memory_item"], name="uniq_injection_outcome")]
        indexes = [models.Index(fields=["project", "user", "memory_item"])]


class EmbeddingVector(models.Model):
    """A persistent embedding cache: one float32 vector per (model, text hash), shared by every tagging run.

    Re-tagging a user's history after a new session then encodes only the texts it hasn't seen. Keyed by a
    hash of the text actually encoded (not the text itself), so the cache holds no conversation content.
    """

    model = models.CharField(max_length=64)
    # sha256 hex of the encoded text (already truncated to what the encoder sees).
    text_hash = models.CharField(max_length=64)
    vector = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "text_hash"], name="uniq_embedding_vector")]

    def __str__(self) -> str:
        return f"{self.model}:{self.text_hash[:12]}"
