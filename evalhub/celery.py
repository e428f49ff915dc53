from __future__ import annotations

import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")

app = Celery("evalhub")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Named queues: optimization (dspy) runs for minutes and must never delay feedback processing.
app.conf.task_queues = [Queue(name) for name in ("default", "ingest", "feedback", "tagging", "dspy")]
app.autodiscover_tasks()
