"""Implicit feedback mining: pluggable detectors over one user turn in context."""

from __future__ import annotations

import re
from collections.abc import Sequence

from evalhub.feedback.mining.base import SIGNAL_TYPES, Candidate, Detector, MsgView, Turn, unquoted
from evalhub.feedback.mining.pair_heads import PairHeadDetector
from evalhub.feedback.mining.preferences import PreferenceDetector
from evalhub.feedback.mining.rephrase import RespecifiedRequestDetector, RewordedRequestDetector
from evalhub.feedback.mining.rules import (
    CorrectionDetector,
    FrustrationDetector,
    MarkedRephraseDetector,
    MarkedRestatementDetector,
)
from evalhub.feedback.mining.similarity import RepeatedInfoDetector, SimilarRephraseDetector, SimilarRestatementDetector

__all__ = ["SIGNAL_TYPES", "Candidate", "Detector", "MsgView", "Turn", "default_detectors", "detect_abandonment", "mine_turn"]


def default_detectors() -> list[Detector]:
    return [
        FrustrationDetector(), CorrectionDetector(), MarkedRestatementDetector(), MarkedRephraseDetector(),
        SimilarRephraseDetector(), RewordedRequestDetector(), RespecifiedRequestDetector(), SimilarRestatementDetector(), RepeatedInfoDetector(), PreferenceDetector(),
        PairHeadDetector(),
    ]


def mine_turn(turn: Turn, detectors: Sequence[Detector] | None = None) -> list[Candidate]:
    """All detectors on one turn; per type the most confident candidate wins (preferences per key)."""
    if not unquoted(turn.text).strip():
        return []  # nothing but quoted text (pasted to translate or reword): no reaction of the user's own
    best: dict[str, Candidate] = {}
    for detector in detectors if detectors is not None else default_detectors():
        try:
            found = detector.detect(turn)
        except Exception:  # noqa: BLE001 - one broken detector must not stop the others
            continue
        for cand in found:
            slot = f"{cand.type}:{cand.details.get('key', '')}"
            if slot not in best or cand.confidence > best[slot].confidence:
                best[slot] = cand
    return list(best.values())


_UNHELPFUL = re.compile(
    r"\b(i'?m (sorry|afraid),? (but )?i (can'?t|cannot|don'?t|am unable)|i (don'?t|do not) (know|have (that|access))|"
    r"i'?m not (sure|able)|unable to (help|answer)|as an ai)\b",
    re.IGNORECASE,
)


def detect_abandonment(messages: Sequence[MsgView], *, negative_user_turns: set[int], session_over: bool) -> Candidate | None:
    """The session ended right after an unhelpful answer (a refusal/"don't know", or one the user pushed back on)."""
    if not session_over or len(messages) < 2 or messages[-1].role != "assistant":
        return None
    last = messages[-1]
    prev_user_index = next((i for i in range(len(messages) - 2, -1, -1) if messages[i].role == "user"), None)
    pushed_back = prev_user_index is not None and prev_user_index in negative_user_turns
    unhelpful = bool(_UNHELPFUL.search(last.content))
    if not (pushed_back or unhelpful):
        return None
    why = "after the user pushed back" if pushed_back else "after an unhelpful answer"
    confidence = 0.85 if pushed_back and unhelpful else 0.75 if pushed_back else 0.65
    return Candidate("abandonment", confidence, f"session ended {why}: {last.content[:160]!r}", "rules.abandonment", about=last)
