from django.contrib import admin

from evalhub.ingest.models import IngestBatch


@admin.register(IngestBatch)
class IngestBatchAdmin(admin.ModelAdmin):
    list_display = ("pk", "project", "status", "record_count", "created_at", "finished_at")
    list_filter = ("project", "status")
    exclude = ("payload",)
    readonly_fields = ("counts", "errors", "notes")
