from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from evalhub.conversations.models import ContextItem, EndUser, MemoryItem, Message, Session
from evalhub.projects.models import Project


def session_list(*, project: Project) -> QuerySet[Session]:
    return Session.objects.filter(project=project)


def session_get_with_messages(*, project: Project, external_id: str) -> Session | None:
    context_qs = ContextItem.objects.select_related("memory_item").only("message_id", "position", "memory_item__external_id")
    messages_qs = Message.objects.order_by("position").prefetch_related(Prefetch("context_items", queryset=context_qs))
    return (
        Session.objects.filter(project=project, external_id=external_id)
        .select_related("user")
        .prefetch_related(Prefetch("messages", queryset=messages_qs))
        .first()
    )


def end_user_get(*, project: Project, external_id: str) -> EndUser | None:
    return EndUser.objects.filter(project=project, external_id=external_id).first()


def user_session_list(*, project: Project, user: EndUser) -> QuerySet[Session]:
    return Session.objects.filter(project=project, user=user).order_by("started_at", "id")


def memory_item_list(*, project: Project, user: EndUser | None = None, include_deleted: bool = False) -> QuerySet[MemoryItem]:
    qs = MemoryItem.objects.filter(project=project)
    if user is not None:
        qs = qs.filter(user=user)
    if not include_deleted:
        qs = qs.filter(deleted_at__isnull=True)
    return qs


def message_list_for_user(*, project: Project, user: EndUser) -> QuerySet[Message]:
    return Message.objects.filter(project=project, user=user).order_by("created_at", "position")
