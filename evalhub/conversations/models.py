"""Multi-session conversations and the assistant's long-term memory.

External ids are the client's ids, unique per project. Foreign keys to sessions/messages that may
arrive later (order-tolerant ingest) are kept as external-id strings plus a nullable FK that is
filled in once the target exists; the string columns are indexed so cross-session questions
("which earlier session did this memory come from?") are answerable either way.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.projects.models import Project


class EndUser(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="end_users")
    external_id = models.CharField(max_length=200)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "external_id"], name="uniq_enduser_ext")]

    def __str__(self) -> str:
        return self.external_id


class Session(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="sessions")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="sessions")
    external_id = models.CharField(max_length=200)
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    metadata = models.JSONField(default=dict, blank=True)
    message_count = models.PositiveIntegerField(default=0)
    # Denormalised flags so the dashboard can filter a million messages without joins.
    has_negative_feedback = models.BooleanField(default=False)
    failure_types = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "external_id"], name="uniq_session_ext")]
        indexes = [
            models.Index(fields=["project", "user", "started_at"]),
            models.Index(fields=["project", "started_at"]),
        ]

    def __str__(self) -> str:
        return self.external_id


class Message(models.Model):
    class Role(models.TextChoices):
        USER = "user"
        ASSISTANT = "assistant"
        SYSTEM = "system"
        TOOL = "tool"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="messages")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="messages")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="messages")
    external_id = models.CharField(max_length=200)
    position = models.PositiveIntegerField()
    role = models.CharField(max_length=16, choices=Role.choices)
    content = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    metadata = models.JSONField(default=dict, blank=True)
    # Entity types redacted from this message (never the values).
    pii_types = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "external_id"], name="uniq_message_ext")]
        indexes = [
            models.Index(fields=["session", "position"]),
            models.Index(fields=["project", "user", "created_at"]),
            models.Index(fields=["project", "created_at"]),
        ]
        ordering = ["session_id", "position"]

    def __str__(self) -> str:
        return f"{self.external_id} ({self.role})"


class MemoryItem(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memory_items")
    user = models.ForeignKey(EndUser, on_delete=models.CASCADE, related_name="memory_items")
    external_id = models.CharField(max_length=200)
    content = models.TextField(blank=True)
    # False while only referenced by a message's context and not yet described by a memory op.
    is_known = models.BooleanField(default=True)
    source_session_ext = models.CharField(max_length=200, blank=True, db_index=True)
    source_message_ext = models.CharField(max_length=200, blank=True, db_index=True)
    source_session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    source_message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    deleted_at = models.DateTimeField(null=True, blank=True)
    pii_types = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project", "external_id"], name="uniq_memory_ext")]
        indexes = [models.Index(fields=["project", "user", "deleted_at"])]

    def __str__(self) -> str:
        return self.external_id


class MemoryEvent(models.Model):
    """The history of a memory item (add/update/delete), for temporal reasoning over memory ops."""

    class Op(models.TextChoices):
        ADD = "add"
        UPDATE = "update"
        DELETE = "delete"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    memory_item = models.ForeignKey(MemoryItem, on_delete=models.CASCADE, related_name="events")
    op = models.CharField(max_length=8, choices=Op.choices)
    content = models.TextField(blank=True)
    # Long texts can't sit in a btree unique index; the hash makes re-ingest of the same op a no-op.
    content_hash = models.CharField(max_length=64)
    at = models.DateTimeField()
    reported_in_session_ext = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["memory_item", "op", "at", "content_hash"], name="uniq_memory_event"),
        ]
        indexes = [models.Index(fields=["memory_item", "at"])]


class ContextItem(models.Model):
    """Memory item injected into the context of one assistant turn."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="context_items")
    memory_item = models.ForeignKey(MemoryItem, on_delete=models.CASCADE, related_name="injections")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "memory_item"], name="uniq_context_item")]
        indexes = [models.Index(fields=["memory_item", "message"])]
        ordering = ["message_id", "position"]
