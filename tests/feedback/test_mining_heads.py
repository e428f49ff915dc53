"""The learned heads: artifact format, threshold, and silence when the embeddings are not MiniLM."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from evalhub.common import embeddings
from evalhub.feedback.mining import MsgView, Turn
from evalhub.feedback.mining import heads as heads_module
from evalhub.feedback.mining.heads import HEADS_PATH, EmbeddingHeadDetector, load_heads


def _turn(text: str) -> Turn:
    return Turn(message=MsgView("user", text), history=[MsgView("user", "hi"), MsgView("assistant", "i like to hike .")])


def _write_head(path: Path, *, weights: np.ndarray, bias: float, threshold: float) -> None:
    np.savez(path, types=np.array(["frustration"]), frustration_weights=weights, frustration_bias=np.array(bias),
             frustration_threshold=np.array(threshold))


def test_the_committed_artifact_has_a_head_per_listed_type_with_a_threshold() -> None:
    heads = load_heads(HEADS_PATH)
    assert "frustration" in heads
    for head in heads.values():
        assert head["weights"].ndim == 1 and head["weights"].shape[0] == 384  # MiniLM-L6 dimension
        assert 0.5 <= head["threshold"] < 1.0


def test_it_fires_only_above_the_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "backend", lambda: "minilm")
    monkeypatch.setattr(heads_module, "features", lambda texts: np.ones((len(texts), 4), dtype=np.float32))
    sure, unsure = tmp_path / "sure.npz", tmp_path / "unsure.npz"
    _write_head(sure, weights=np.ones(4, dtype=np.float32), bias=0.0, threshold=0.9)  # p = sigmoid(4) = 0.98
    _write_head(unsure, weights=np.zeros(4, dtype=np.float32), bias=0.0, threshold=0.9)  # p = 0.5
    found = EmbeddingHeadDetector(sure).detect(_turn("that doesnt make since"))
    assert [c.type for c in found] == ["frustration"]
    assert found[0].details["probability"] == pytest.approx(0.982, abs=1e-3)
    assert EmbeddingHeadDetector(unsure).detect(_turn("that doesnt make since")) == []


def test_it_stays_silent_on_the_lexical_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "backend", lambda: "lexical")
    path = tmp_path / "h.npz"
    _write_head(path, weights=np.ones(4, dtype=np.float32), bias=5.0, threshold=0.5)
    assert EmbeddingHeadDetector(path).detect(_turn("anything")) == []


def test_a_missing_artifact_means_no_heads(tmp_path: Path) -> None:
    assert load_heads(tmp_path / "absent.npz") == {}
    assert EmbeddingHeadDetector(tmp_path / "absent.npz").detect(_turn("anything")) == []
