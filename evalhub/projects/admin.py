from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from evalhub.projects.models import ApiKey, Membership, Project, WebhookSecret
from evalhub.projects.services import api_key_create, api_key_revoke, webhook_secret_rotate


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("slug", "name", "created_at", "retention_days")
    search_fields = ("slug", "name")
    actions = ["create_api_key", "rotate_webhook_secret"]

    @admin.action(description="Create a new API key (shown once)")
    def create_api_key(self, request: HttpRequest, queryset: QuerySet[Project]) -> None:
        for project in queryset:
            raw = api_key_create(project=project, name="admin")
            self.message_user(request, f"{project.slug}: new API key {raw} (copy it now, it is not stored)", messages.WARNING)

    @admin.action(description="Rotate webhook secret (old one valid 24 h)")
    def rotate_webhook_secret(self, request: HttpRequest, queryset: QuerySet[Project]) -> None:
        for project in queryset:
            secret = webhook_secret_rotate(project=project)
            self.message_user(request, f"{project.slug}: new webhook secret {secret.secret}", messages.WARNING)


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("prefix", "project", "name", "created_at", "last_used_at", "revoked_at")
    list_filter = ("project",)
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")
    actions = ["revoke"]

    @admin.action(description="Revoke selected keys")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        for key in queryset:
            api_key_revoke(api_key=key)


@admin.register(WebhookSecret)
class WebhookSecretAdmin(admin.ModelAdmin):
    list_display = ("project", "created_at", "expires_at")
    list_filter = ("project",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("project", "user", "role")
    list_filter = ("project", "role")
