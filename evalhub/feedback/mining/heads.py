"""Learned heads over the shipped MiniLM sentence embeddings: one logistic regression per signal type.

The lexicons catch the phrasings someone wrote down; real users complain in endless variants
("that doesnt make since", "not making sense", "good change of topic"). A linear head over the
sentence embedding generalises across those variants. It only adds candidates next to the rules
(the benchmark scores rules OR head), and only when its probability clears a threshold chosen by
cross-validation on the dev split (scripts/train_mining_heads.py, which also writes heads.npz).

With the lexical embedding fallback the vectors mean something else, so the heads stay silent.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np

from evalhub.common import embeddings
from evalhub.feedback.mining.base import Candidate, Turn, unquoted

HEADS_PATH = Path(__file__).with_name("heads.npz")


def features(texts: list[str]) -> np.ndarray:
    """One row per user message: its embedding (quoted text removed, it is not the user's reaction)."""
    return embeddings.embed([unquoted(t).strip() or t for t in texts])


def probability(weights: np.ndarray, bias: float, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ weights + bias)))


@functools.cache
def load_heads(path: Path = HEADS_PATH) -> dict[str, dict[str, Any]]:
    """{type: {"weights", "bias", "threshold"}}; empty if the artifact is missing."""
    if not path.exists():
        return {}
    data = np.load(path, allow_pickle=False)
    heads = {}
    for kind in [str(k) for k in data["types"]]:
        heads[kind] = {
            "weights": data[f"{kind}_weights"].astype(np.float32),
            "bias": float(data[f"{kind}_bias"]),
            "threshold": float(data[f"{kind}_threshold"]),
        }
    return heads


class EmbeddingHeadDetector:
    name = "embeddings.head"

    def __init__(self, path: Path = HEADS_PATH) -> None:
        self.path = path

    def detect(self, turn: Turn) -> list[Candidate]:
        heads = load_heads(self.path)
        if not heads or turn.prev_assistant is None or embeddings.backend() != "minilm":
            return []
        x = features([turn.text])[0]
        found = []
        for kind, head in heads.items():
            if x.shape[0] != head["weights"].shape[0]:
                continue
            p = float(probability(head["weights"], head["bias"], x))
            if p >= head["threshold"]:
                found.append(Candidate(kind, round(min(p, 0.95), 2), f"learned {kind} head p={p:.2f}: {turn.text[:200]}",
                                       self.name, about=turn.prev_assistant, details={"probability": round(p, 3)}))
        return found
