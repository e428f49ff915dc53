from __future__ import annotations

from typing import Any

import pytest

from tests.prompts.support import StoredContactPolicy


@pytest.fixture(autouse=True)
def _private_response_cache(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Each test starts with an empty response cache, so LM-call counts don't depend on earlier runs."""
    store: dict[str, str] = {}
    monkeypatch.setattr("evalhub.prompts.scoring.default_store", lambda: store)
    return store


@pytest.fixture
def contact_policy(monkeypatch: pytest.MonkeyPatch) -> StoredContactPolicy:
    """The project's guardrail policy blocks replies that reveal stored contact details."""
    policy = StoredContactPolicy()
    monkeypatch.setattr("evalhub.prompts.scoring.project_policy", lambda project: policy)
    return policy


@pytest.fixture
def scripted(settings: Any) -> Any:
    settings.EVALHUB_LM = "scripted/default"
    settings.EVALHUB_OPTIMIZER_LM = ""
    return settings
