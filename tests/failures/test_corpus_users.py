"""Two labeled dev users of the tagging corpus (copied from tests/data/tagging/, seed 20260917) through the
real ingest, feedback and tagging paths: the stored failures are exactly the labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ApiProject

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.mark.parametrize("user", ["t-u-6", "t-u-41"])
def test_a_labeled_user_gets_exactly_the_labeled_failures(owner: ApiProject, user: str) -> None:
    record = json.loads((FIXTURES / f"{user}.json").read_text())
    owner.ingest(record["sessions"])
    assert owner.post("/api/v1/feedback", {"events": record["feedback"]}).status_code == 202
    assert owner.post("/api/v1/failures/tag", {"user": user}).status_code == 202  # feedback came after the conversation
    failures = owner.get(f"/api/v1/failures?user={user}").json()["failures"]
    got = {f["message"]: (f["type"], f["diagnosis"], f["evidence_session"]) for f in failures}
    want = {lab["message"]: (lab["type"], lab["diagnosis"], lab["evidence_session"]) for lab in record["labels"]}
    assert got == want
