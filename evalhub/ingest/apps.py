from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "evalhub.ingest"
    label = "ingest"
