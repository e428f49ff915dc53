from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client, TestCase

from evalhub.projects.models import Project
from evalhub.projects.services import project_create


@dataclass
class ApiProject:
    project: Project
    api_key: str
    webhook_secret: str
    client: Client

    def headers(self) -> dict[str, str]:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.api_key}"}

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.client.get(path, **self.headers(), **kwargs)

    def post(self, path: str, data: Any = None, content_type: str = "application/json", **kwargs: Any) -> Any:
        body = data if isinstance(data, (str, bytes)) else json.dumps(data)
        # Tests run inside a transaction: run the on_commit hooks (task enqueues) as a commit would.
        with TestCase.captureOnCommitCallbacks(execute=True):
            return self.client.post(path, body, content_type=content_type, **self.headers(), **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        with TestCase.captureOnCommitCallbacks(execute=True):
            return self.client.delete(path, **self.headers(), **kwargs)

    def ingest(self, sessions: list[dict[str, Any]]) -> dict[str, Any]:
        """Ingest and return the finished batch (tasks run eagerly in tests)."""
        r = self.post("/api/v1/ingest", {"sessions": sessions})
        assert r.status_code == 202, r.content
        batch = self.get(f"/api/v1/batches/{r.json()['batch_id']}").json()
        assert batch["status"] == "done", batch
        return batch


def _make(slug: str) -> ApiProject:
    created = project_create(slug=slug)
    return ApiProject(project=created.project, api_key=created.api_key, webhook_secret=created.webhook_secret, client=Client())


@pytest.fixture
def owner(db: Any) -> ApiProject:
    return _make("owner")


@pytest.fixture
def outsider(db: Any) -> ApiProject:
    return _make("outsider")


@pytest.fixture(autouse=True)
def _eager_tasks_unless_integration(request: pytest.FixtureRequest) -> Any:
    """Unit tests run Celery tasks inline; integration tests talk to a real worker."""
    from evalhub.celery import app

    eager = request.node.get_closest_marker("integration") is None
    old = app.conf.task_always_eager, app.conf.task_eager_propagates
    # Propagate: a task that crashes must fail the test, not vanish into a log line.
    app.conf.task_always_eager, app.conf.task_eager_propagates = eager, True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = old
