from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "evalhub.dashboard"
    label = "dashboard"
