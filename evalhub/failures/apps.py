from django.apps import AppConfig


class FailuresConfig(AppConfig):
    name = "evalhub.failures"
    label = "failures"
