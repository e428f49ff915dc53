from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "evalhub.conversations"
    label = "conversations"
