from django.contrib import admin

from evalhub.gate.models import GateRun


@admin.register(GateRun)
class GateRunAdmin(admin.ModelAdmin):
    list_display = ("pk", "project", "prompt_name", "status", "verdict", "split", "created_at", "finished_at")
    list_filter = ("project", "status", "verdict", "source")
    readonly_fields = ("scores", "cases", "report_json", "report_markdown", "report_junit", "options")
