from django.contrib import admin

from evalhub.evals.models import EvalCase, EvalCaseRevision, EvalSet, EvalSetMembership, EvalSetVersion


@admin.register(EvalSet)
class EvalSetAdmin(admin.ModelAdmin):
    list_display = ("name", "project", "current_version", "created_at")
    list_filter = ("project",)


@admin.register(EvalSetVersion)
class EvalSetVersionAdmin(admin.ModelAdmin):
    list_display = ("eval_set", "number", "case_count", "reason", "created_at")


@admin.register(EvalCase)
class EvalCaseAdmin(admin.ModelAdmin):
    list_display = ("pk", "eval_set", "kind", "source", "status", "split", "confidence", "provenance_count", "created_at")
    list_filter = ("project", "status", "split", "source", "kind")
    raw_id_fields = ("user", "session", "message")


@admin.register(EvalCaseRevision)
class EvalCaseRevisionAdmin(admin.ModelAdmin):
    list_display = ("case", "number", "split", "created_at")
    raw_id_fields = ("case",)


@admin.register(EvalSetMembership)
class EvalSetMembershipAdmin(admin.ModelAdmin):
    list_display = ("eval_set", "revision", "added_in_version", "removed_in_version")
    raw_id_fields = ("revision",)
