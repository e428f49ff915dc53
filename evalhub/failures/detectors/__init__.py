"""Cross-session failure detectors: pluggable units over one assistant turn in its user's history."""

from __future__ import annotations

from collections.abc import Sequence

from evalhub.failures.detectors.analysis import Analysis
from evalhub.failures.detectors.base import (
    DIAGNOSES,
    FAILURE_TYPES,
    Candidate,
    Detector,
    Evidence,
    Feedback,
    MemItem,
    MemOp,
    Msg,
    SessionView,
    Turn,
    UserTimeline,
)
from evalhub.failures.detectors.clash import ClashDetector
from evalhub.failures.detectors.distraction import ConfusionDetector, DistractionDetector
from evalhub.failures.detectors.poisoning import PoisoningDetector
from evalhub.failures.detectors.recall import RecallDetector
from evalhub.failures.detectors.semantic import Semantic

__all__ = [
    "DIAGNOSES", "FAILURE_TYPES", "Analysis", "Candidate", "Detector", "Evidence", "Feedback", "MemItem", "MemOp", "Msg", "Semantic",
    "SessionView", "Turn", "UserTimeline", "assistant_turns", "default_detectors", "resolve", "tag_timeline", "tag_turn",
]

# When several types fire on one turn, the more specific cause wins: a repeated corrected claim explains
# a restatement better than "recall" does, a stale value better than "the fact wasn't used".
PRECEDENCE = {"poisoning": 0, "clash": 1, "confusion": 2, "recall": 3, "distraction": 4}
# Candidates below this are kept out of the failure list (they still feed memory health).
MIN_CONFIDENCE = 0.5


def default_detectors() -> list[Detector]:
    return [PoisoningDetector(), ClashDetector(), ConfusionDetector(), RecallDetector(), DistractionDetector()]


def tag_turn(turn: Turn, detectors: Sequence[Detector] | None = None) -> list[Candidate]:
    found: list[Candidate] = []
    for detector in detectors if detectors is not None else default_detectors():
        found.extend(detector.detect(turn))
    return found


def resolve(candidates: list[Candidate], *, min_confidence: float = MIN_CONFIDENCE) -> Candidate | None:
    """One failure per turn: the most specific type among the confident candidates."""
    kept = [c for c in candidates if c.confidence >= min_confidence]
    if not kept:
        return None
    return min(kept, key=lambda c: (PRECEDENCE.get(c.type, 9), -c.confidence))


def assistant_turns(timeline: UserTimeline, analysis: Analysis, sessions: set[str] | None = None) -> list[Turn]:
    """Every assistant turn of `sessions` (all sessions when None), in time order."""
    return [
        Turn(timeline, session, i, analysis)
        for session in timeline.sessions
        if sessions is None or session.ext_id in sessions
        for i, m in enumerate(session.messages)
        if m.role == "assistant"
    ]


def tag_timeline(
    timeline: UserTimeline, *, sessions: set[str] | None = None, detectors: Sequence[Detector] | None = None, sem: Semantic | None = None,
) -> list[tuple[Turn, Candidate]]:
    """The resolved failure of every assistant turn in `sessions` (all sessions when None)."""
    analysis = Analysis(timeline, sem)
    detectors = list(detectors) if detectors is not None else default_detectors()
    out = []
    for turn in assistant_turns(timeline, analysis, sessions):
        best = resolve(tag_turn(turn, detectors))
        if best is not None:
            out.append((turn, best))
    return out
