from __future__ import annotations

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest

from evalhub.feedback.models import FeedbackEvent, Preference, RejectedDelivery, Signal


@admin.register(RejectedDelivery)
class RejectedDeliveryAdmin(admin.ModelAdmin):
    list_display = ("received_at", "project_slug", "status_code", "reason")
    list_filter = ("status_code", "project_slug")
    readonly_fields = ("project", "project_slug", "reason", "status_code", "headers", "body_excerpt", "received_at")


@admin.register(FeedbackEvent)
class FeedbackEventAdmin(admin.ModelAdmin):
    list_display = ("external_id", "project", "type", "status", "channel", "received_at", "processed_at")
    list_filter = ("project", "status", "type", "channel")
    search_fields = ("external_id", "session_ext", "message_ext")
    raw_id_fields = ("session", "message")
    actions = ["requeue"]

    @admin.action(description="Re-queue selected (dead-lettered or waiting) events")
    def requeue(self, request: HttpRequest, queryset: QuerySet[FeedbackEvent]) -> None:
        from evalhub.feedback.tasks import feedback_event_process_task

        ids = list(queryset.exclude(status=FeedbackEvent.Status.PROCESSED).values_list("pk", flat=True))
        FeedbackEvent.objects.filter(pk__in=ids).update(status=FeedbackEvent.Status.PENDING, error="")
        transaction.on_commit(lambda: [feedback_event_process_task.delay(pk) for pk in ids])


@admin.register(Signal)
class SignalAdmin(admin.ModelAdmin):
    list_display = ("pk", "project", "type", "source", "confidence", "detector", "created_at")
    list_filter = ("project", "type", "source")
    raw_id_fields = ("user", "session", "message", "user_message", "feedback_event")


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ("user", "key", "value", "is_active", "stated_at")
    list_filter = ("project", "key", "is_active")
    raw_id_fields = ("user", "source_message", "superseded_by")
