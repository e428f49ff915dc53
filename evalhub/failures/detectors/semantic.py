"""Embedding relevance for one tagging run: every distinct text is encoded once, in batches.

The model is MiniLM from `evalhub.common.embeddings` (shipped in a PyPI package, loaded offline); when
it is unavailable the same API falls back to hashed bags of words, so thresholds below were set on
MiniLM and the fallback is only ever less sensitive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol

import numpy as np

from evalhub.common import embeddings
from evalhub.failures.detectors import attributes
from evalhub.failures.detectors import text as tx

# Two texts about the same attribute ("User is pescatarian" / "User is vegetarian"): measured on the dev split.
SAME_ATTRIBUTE_SIM = 0.62
# ...or sharing an attribute word ("budget", "learning") and at least this similar.
SAME_ATTRIBUTE_ANCHORED_SIM = 0.42
# Texts are embedded from their first this many characters: the topic of a long summary is up front, and
# encoding cost grows with length (MiniLM, one thread per worker).
EMBED_CHARS = 256
# Texts per encoder call (measured: 16 is ~2.5x faster than one padded batch of 60 mixed-length texts).
ENCODE_CHUNK = 16


class VectorStore(Protocol):
    """A persistent cache of vectors by (model, text hash); the database one lives in failures.services."""

    def load(self, model: str, text_hashes: list[str]) -> dict[str, np.ndarray]: ...

    def save(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...


def text_hash(text: str) -> str:
    return hashlib.sha256(text[:EMBED_CHARS].encode("utf-8", "surrogatepass")).hexdigest()


def model_name() -> str:
    """What the vectors come from: cached vectors of one encoder must never be compared with another's."""
    return f"{embeddings.backend()}:{EMBED_CHARS}"


class Semantic:
    def __init__(self, store: VectorStore | None = None) -> None:
        self._vecs: dict[str, np.ndarray] = {}
        self.store = store
        self.encoded = 0  # texts run through the encoder (the rest came from this cache or the store)

    def prefetch(self, texts: Iterable[str]) -> None:
        missing = [t for t in dict.fromkeys(texts) if t and t not in self._vecs]
        if not missing:
            return
        if self.store is not None:
            missing = self._from_store(missing)
        # Length-sorted chunks: a batch is padded to its longest text, so one summary would slow every short text in it.
        missing.sort(key=len)
        fresh: dict[str, np.ndarray] = {}
        for i in range(0, len(missing), ENCODE_CHUNK):
            chunk = missing[i : i + ENCODE_CHUNK]
            vecs = embeddings.embed([t[:EMBED_CHARS] for t in chunk])
            for text, vec in zip(chunk, vecs, strict=True):
                self._vecs[text] = vec
                fresh[text_hash(text)] = vec
        self.encoded += len(missing)
        if self.store is not None and fresh:
            self.store.save(model_name(), fresh)

    def _from_store(self, texts: list[str]) -> list[str]:
        """Fill from the persistent store; returns the texts it didn't have."""
        assert self.store is not None
        hashes = {text: text_hash(text) for text in texts}
        found = self.store.load(model_name(), list(set(hashes.values())))
        rest = []
        for text, key in hashes.items():
            if key in found:
                self._vecs[text] = found[key]
            else:
                rest.append(text)
        return rest

    def vec(self, text: str) -> np.ndarray:
        if text not in self._vecs:
            self.prefetch([text])
        return self._vecs[text]

    def sim(self, a: str, b: str) -> float:
        if not a or not b:
            return 0.0
        return float(self.vec(a) @ self.vec(b))

    def sims(self, a: str, bs: list[str]) -> list[float]:
        if not bs or not a:
            return [0.0] * len(bs)
        self.prefetch([a, *bs])
        mat = np.stack([self._vecs[b] for b in bs])
        return [float(x) for x in mat @ self._vecs[a]]

    def same_attribute(self, a: str, b: str) -> float:
        """How sure we are that `a` and `b` describe the same attribute of the user (0 when unrelated)."""
        known = attributes.relation(a, b)
        if known is False:
            return 0.0
        sim = self.sim(a, b)
        if known:
            return max(sim, 0.75)
        anchors = tx.values(a) & tx.values(b)
        if sim >= SAME_ATTRIBUTE_SIM:
            return sim
        if anchors and sim >= SAME_ATTRIBUTE_ANCHORED_SIM:
            return min(0.95, sim + 0.2)
        return 0.0
