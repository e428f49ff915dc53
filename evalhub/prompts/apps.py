from django.apps import AppConfig


class PromptsConfig(AppConfig):
    name = "evalhub.prompts"
    label = "prompts"
