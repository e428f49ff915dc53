from django.contrib import admin

from evalhub.conversations.models import ContextItem, EndUser, MemoryEvent, MemoryItem, Message, Session


@admin.register(EndUser)
class EndUserAdmin(admin.ModelAdmin):
    list_display = ("external_id", "project", "created_at")
    list_filter = ("project",)
    search_fields = ("external_id",)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("external_id", "project", "user", "started_at", "message_count")
    list_filter = ("project",)
    search_fields = ("external_id",)
    raw_id_fields = ("user",)


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ("external_id", "session", "position", "role", "created_at")
    list_filter = ("project", "role")
    search_fields = ("external_id",)
    raw_id_fields = ("session", "user")


@admin.register(MemoryItem)
class MemoryItemAdmin(admin.ModelAdmin):
    list_display = ("external_id", "project", "user", "is_known", "created_at", "deleted_at")
    list_filter = ("project", "is_known")
    search_fields = ("external_id", "content")
    raw_id_fields = ("user", "source_session", "source_message")


@admin.register(MemoryEvent)
class MemoryEventAdmin(admin.ModelAdmin):
    list_display = ("memory_item", "op", "at")
    raw_id_fields = ("memory_item",)


@admin.register(ContextItem)
class ContextItemAdmin(admin.ModelAdmin):
    list_display = ("message", "memory_item", "position")
    raw_id_fields = ("message", "memory_item")
