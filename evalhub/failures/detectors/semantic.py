"""Embedding relevance for one tagging run: every distinct text is encoded once, in batches.

The model is MiniLM from `evalhub.common.embeddings` (shipped in a PyPI package, loaded offline); when
it is unavailable the same API falls back to hashed bags of words, so thresholds below were set on
MiniLM and the fallback is only ever less sensitive.
"""

from __future__ import annotations

from collections.abc import Iterable

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


class Semantic:
    def __init__(self) -> None:
        self._vecs: dict[str, np.ndarray] = {}

    def prefetch(self, texts: Iterable[str]) -> None:
        missing = sorted((t for t in dict.fromkeys(texts) if t and t not in self._vecs), key=len)
        # Length-sorted chunks: a batch is padded to its longest text, so one summary would slow every short text in it.
        for i in range(0, len(missing), ENCODE_CHUNK):
            chunk = missing[i : i + ENCODE_CHUNK]
            vecs = embeddings.embed([t[:EMBED_CHARS] for t in chunk])
            for text, vec in zip(chunk, vecs, strict=True):
                self._vecs[text] = vec

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
