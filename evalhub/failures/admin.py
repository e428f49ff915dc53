from __future__ import annotations

from django.contrib import admin

from evalhub.failures.models import Failure, FailureCluster, InjectionOutcome


@admin.register(Failure)
class FailureAdmin(admin.ModelAdmin):
    list_display = ("id", "project", "type", "diagnosis", "status", "confidence", "detector", "occurred_at")
    list_filter = ("project", "type", "status", "detector")
    search_fields = ("key", "explanation")
    raw_id_fields = ("user", "session", "message", "cluster")
    readonly_fields = ("key", "evidence", "details", "created_at", "updated_at")


@admin.register(FailureCluster)
class FailureClusterAdmin(admin.ModelAdmin):
    list_display = ("label", "project", "type", "failure_count", "user_count", "last_seen")
    list_filter = ("project", "type")
    search_fields = ("key", "label")


@admin.register(InjectionOutcome)
class InjectionOutcomeAdmin(admin.ModelAdmin):
    list_display = ("memory_item", "message", "used", "stale", "relevance", "chars", "at")
    list_filter = ("project", "used", "stale")
    raw_id_fields = ("user", "memory_item", "message")
