from django.contrib import admin

from evalhub.prompts.models import OptimizationRun, PromotionEvent, Prompt, PromptVersion


@admin.register(Prompt)
class PromptAdmin(admin.ModelAdmin):
    list_display = ("name", "project", "production_version", "created_at")
    list_filter = ("project",)
    raw_id_fields = ("production_version",)


@admin.register(PromptVersion)
class PromptVersionAdmin(admin.ModelAdmin):
    list_display = ("prompt", "number", "status", "author", "created_at")
    list_filter = ("status", "prompt__project")
    raw_id_fields = ("prompt", "parent")
    # Content is immutable; status moves only through promote/rollback (audited).
    readonly_fields = ("prompt", "number", "instructions", "demos", "model_settings", "parent", "author", "status", "scores", "content_hash", "created_at")

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(PromotionEvent)
class PromotionEventAdmin(admin.ModelAdmin):
    list_display = ("prompt", "action", "from_version", "to_version", "actor", "at")
    list_filter = ("action",)
    readonly_fields = ("prompt", "action", "from_version", "to_version", "actor", "reason", "at")

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(OptimizationRun)
class OptimizationRunAdmin(admin.ModelAdmin):
    list_display = ("pk", "prompt", "optimizer", "trigger", "status", "phase", "trials_done", "trials_total", "best_score", "lm_calls", "created_at")
    list_filter = ("status", "optimizer", "trigger", "project")
    raw_id_fields = ("prompt", "base_version", "candidate", "eval_set")
    readonly_fields = ("program_state", "usage", "scores", "gate")
