from django.apps import AppConfig


class GateConfig(AppConfig):
    name = "evalhub.gate"
    label = "gate"
