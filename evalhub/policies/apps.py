from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "evalhub.policies"
    label = "policies"
