from django.apps import AppConfig


class EvalsConfig(AppConfig):
    name = "evalhub.evals"
    label = "evals"
