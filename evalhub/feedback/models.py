from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.conversations.models import EndUser, Message, Session
from evalhub.projects.models import Project


class RejectedDelivery(models.Model):
    """A webhook delivery we refused (bad signature, too big, invalid): kept for an admin to inspect."""

    project = models.ForeignKey(Project, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    project_slug = models.CharField(max_length=64)
    reason = models.CharField(max_length=200)
    status_code = models.PositiveSmallIntegerField()
    headers = models.JSONField(default=dict)
    body_excerpt = models.TextField(blank=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)


class FeedbackEvent(models.Model):
    """One explicit feedback event (webhook delivery or bulk item). Never dropped: dead-lettered."""

    class Status(models.TextChoices):
        PENDING = "pending"  # accepted, not processed yet
        WAITING = "waiting"  # refers to a session/message not ingested yet
        PROCESSED = "processed"
        DEAD = "dead"  # authentic but unprocessable: kept with the reason

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="feedback_events")
    # webhook-id for webhooks, the event's own id for bulk backfills; unique per project.
    external_id = models.CharField(max_length=200)
    channel = models.CharField(max_length=16, default="webhook")
    payload = models.JSONField()
    type = models.CharField(max_length=16, blank=True)
    session_ext = models.CharField(max_length=200, blank=True)
    message_ext = models.CharField(max_length=200, blank=True)
    user_ext = models.CharField(max_length=200, blank=True)
    session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.CASCADE, related_name="feedback_events")
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="feedback_events")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "external_id"], name="uniq_feedback_event")]
        indexes = [
            models.Index(fields=["project", "status"]),
            models.Index(fields=["project", "session_ext", "status"]),
        ]


class Signal(models.Model):
    class Source(models.TextChoices):
        EXPLICIT = "explicit"
        IMPLICIT = "implicit"
        GUARDRAIL = "guardrail"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="signals")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="signals")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="signals")
    # The assistant turn the signal is about (what caused it), where there is one.
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="signals")
    # The user message that shows it (implicit signals).
    user_message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    type = models.CharField(max_length=24, db_index=True)
    source = models.CharField(max_length=16, choices=Source.choices)
    detector = models.CharField(max_length=64)
    confidence = models.FloatField()
    evidence = models.TextField(blank=True)
    related_messages = models.JSONField(default=list, blank=True)
    details = models.JSONField(default=dict, blank=True)
    feedback_event = models.ForeignKey(FeedbackEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="signals")
    # Idempotency: the same detector on the same evidence yields the same key.
    key = models.CharField(max_length=200)
    received_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "key"], name="uniq_signal_key")]
        indexes = [
            models.Index(fields=["project", "session", "created_at"]),
            models.Index(fields=["project", "user", "created_at"]),
            models.Index(fields=["project", "type", "created_at"]),
        ]


class Preference(models.Model):
    """A lasting user preference, with provenance and supersession (old ones kept, marked inactive)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="preferences")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="preferences")
    key = models.CharField(max_length=64, help_text="attribute, e.g. diet, location, length, units")
    value = models.CharField(max_length=200)
    text = models.TextField()
    source_message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    stated_at = models.DateTimeField()
    is_active = models.BooleanField(default=True)
    superseded_by = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user", "key", "value", "source_message"], name="uniq_preference_source"),
        ]
        indexes = [models.Index(fields=["project", "user", "key", "is_active"])]
