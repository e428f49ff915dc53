from __future__ import annotations

from django.db import models
from django.utils import timezone

from evalhub.common.fields import CompressedJSONField
from evalhub.projects.models import Project


class IngestBatch(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="ingest_batches")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    # The raw records, waiting for the worker. Holds unredacted text, so it is cleared (set to
    # NULL) as soon as the batch has been processed, successfully or not. Compressed JSON, not
    # jsonb: nothing queries it in SQL, and storing plus loading a 2.7 MB batch cost ~65 ms of
    # server CPU as jsonb (parse, pglz, output) against ~2 ms as zlib-1 bytea.
    payload = CompressedJSONField(null=True, blank=True)
    record_count = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict, blank=True)
    errors = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["project", "created_at"])]

    def __str__(self) -> str:
        return f"batch {self.pk} ({self.status})"
