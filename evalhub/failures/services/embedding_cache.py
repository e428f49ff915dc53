"""The database side of the embedding cache (`EmbeddingVector`): load and save vectors by text hash."""

from __future__ import annotations

import numpy as np

from evalhub.failures.detectors.semantic import Semantic
from evalhub.failures.models import EmbeddingVector

# Hashes per lookup query: keeps the IN list (and its parameters) far below PostgreSQL's limits.
LOAD_BATCH = 1000
# Rows per insert statement.
SAVE_BATCH = 500


def embedding_vectors_load(*, model: str, text_hashes: list[str]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for i in range(0, len(text_hashes), LOAD_BATCH):
        rows = EmbeddingVector.objects.filter(model=model, text_hash__in=text_hashes[i : i + LOAD_BATCH]).values_list("text_hash", "vector")
        for key, blob in rows:
            out[key] = np.frombuffer(bytes(blob), dtype=np.float32)
    return out


def embedding_vectors_save(*, model: str, vectors: dict[str, np.ndarray]) -> None:
    """Idempotent: two workers encoding the same text both try to insert it and one row stays."""
    rows = [EmbeddingVector(model=model, text_hash=key, vector=np.asarray(vec, dtype=np.float32).tobytes()) for key, vec in vectors.items()]
    EmbeddingVector.objects.bulk_create(rows, batch_size=SAVE_BATCH, ignore_conflicts=True)


class DbVectorStore:
    """`Semantic`'s persistent store, backed by the two functions above."""

    def load(self, model: str, text_hashes: list[str]) -> dict[str, np.ndarray]:
        return embedding_vectors_load(model=model, text_hashes=text_hashes)

    def save(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        embedding_vectors_save(model=model, vectors=vectors)


def cached_semantic() -> Semantic:
    """A tagging run's embeddings: in memory for the run, backed by the database across runs."""
    return Semantic(store=DbVectorStore())
