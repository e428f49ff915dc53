"""The persistent embedding cache: vectors survive the tagging run that computed them, keyed by model and text hash."""

from __future__ import annotations

from typing import Any

import numpy as np

from evalhub.conversations.models import Session
from evalhub.failures.detectors.semantic import model_name, text_hash
from evalhub.failures.models import EmbeddingVector
from evalhub.failures.services import failures_tag_sessions
from evalhub.failures.services.embedding_cache import cached_semantic
from tests.conftest import ApiProject
from tests.failures.test_tagging_service import poisoned_story


def test_a_second_run_reads_vectors_instead_of_encoding(db: Any) -> None:
    first = cached_semantic()
    first.prefetch(["I'm vegan.", "User is vegan"])
    second = cached_semantic()
    second.prefetch(["I'm vegan.", "User is vegan", "User lives in Lisbon"])
    assert (first.encoded, second.encoded) == (2, 1)
    assert np.array_equal(first.vec("User is vegan"), second.vec("User is vegan"))
    row = EmbeddingVector.objects.get(text_hash=text_hash("User is vegan"))
    assert row.model == model_name() and "vegan" not in row.text_hash


def test_re_tagging_a_user_encodes_nothing_and_finds_the_same_failures(owner: ApiProject) -> None:
    story, failing, _ = poisoned_story()
    owner.ingest(story.records())  # tags on commit and fills the cache
    ids = list(Session.objects.filter(project=owner.project).values_list("pk", flat=True))
    sem = cached_semantic()
    result = failures_tag_sessions(project=owner.project, session_ids=ids, sem=sem)
    assert sem.encoded == 0
    assert result.failures == 1 and result.created == 0 and result.removed == 0
