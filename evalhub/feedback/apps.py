from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "evalhub.feedback"
    label = "feedback"
