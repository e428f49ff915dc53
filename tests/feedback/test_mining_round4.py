"""Round 4 cues (written after reading another writer's misses): positives and the hard negatives that look like them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from evalhub.common import embeddings
from evalhub.feedback.mining import MsgView, Turn, mine_turn
from evalhub.feedback.mining import pair_heads as pair_module
from evalhub.feedback.mining.pair_heads import PAIR_HEADS_PATH, PairHeadDetector, load_pair_heads
from evalhub.feedback.mining.rephrase import RespecifiedRequestDetector


def turn(text: str, *, request: str = "Quick question.", reply: str = "Here you go.") -> Turn:
    history = [MsgView("user", request, id=1), MsgView("assistant", reply, id=2)]
    return Turn(message=MsgView("user", text, id=3), history=history)


def types(text: str, **kw: str) -> set[str]:
    return {c.type for c in mine_turn(turn(text, **kw))}


@pytest.mark.parametrize("text", [
    "how many more times do I have to say it",
    "such a non-answer. which one is cheaper",
    "that tells me nothing",
    "are you just making stuff up?",
    "you're a broken record",
    "whatever, I'll ask someone else",
    "I literally wrote the model number in my first message",
    "size. W O M E N S",
])
def test_it_detects_complaints_aimed_at_the_assistant(text: str) -> None:
    assert "frustration" in types(text)


@pytest.mark.parametrize("text", [
    "the a b c d of baking, thanks",                     # spaced lowercase letters are not shouting
    "my landlord is hopeless with repairs",              # annoyance at someone else
    "'how many more times' is the title of the song",    # quoted text
    "whatever works for you, I'm flexible",              # "whatever" without giving up
])
def test_it_ignores_look_alike_complaints(text: str) -> None:
    assert "frustration" not in types(text)


@pytest.mark.parametrize(("reply", "text"), [
    ("Tuesday: dentist. Thursday: Lena.", "you swapped two of them. Tuesday is Lena"),
    ("12 x 3 = 32.", "hm 32? my calculator says 36"),
    ("Head east along the river to the Eiffel Tower.", "the eiffel tower is the other way"),
    ("Divide the total by the count.", "you forgot to divide by 2"),
])
def test_it_detects_second_person_error_verbs_and_outside_checks(reply: str, text: str) -> None:
    assert "correction" in types(text, reply=reply)


@pytest.mark.parametrize(("reply", "text"), [
    ("12 x 3 = 36.", "my calculator says 36 too, thanks"),   # the outside check agrees
    ("Done, I swapped the dates as you asked.", "I swapped two of them myself earlier, all good"),  # the user's own action
])
def test_it_does_not_take_agreement_or_own_actions_as_corrections(reply: str, text: str) -> None:
    assert "correction" not in types(text, reply=reply)


@pytest.mark.parametrize(("asked", "reply", "text"), [
    ("how do I get the max of a list in python?", "Use max(xs).", "that gives the highest one. I need the second highest"),
    ("how do I bleed a radiator", "Radiators can trap air, which makes them cold at the top.", "I meant the actual steps for bleeding it"),
    ("what's the difference between affect and effect, short answer", "Great question! Affect and effect are ... (300 words)",
     "i said short. this is an essay"),
])
def test_it_detects_a_request_specified_again_after_a_miss(asked: str, reply: str, text: str) -> None:
    assert RespecifiedRequestDetector().detect(turn(text, request=asked, reply=reply))


@pytest.mark.parametrize(("asked", "reply", "text"), [
    ("Find me flights to Portland next Friday.", "Here are flights to Portland, Maine.", "No, I meant Portland, Oregon."),  # a value put right
    ("Book the Thursday slot.", "Booked Thursday at 10.", "sorry, I meant Tuesday, my mistake"),                           # own slip
    ("how do I get the max of a list in python?", "Use max(xs).", "great, I need the min too"),                            # follow-up
    ("Find me a hotel in Rome.", "Which dates do you need?", "I need it from the 3rd to the 6th"),                         # we asked back
])
def test_it_ignores_value_fixes_slips_follow_ups_and_answers(asked: str, reply: str, text: str) -> None:
    assert RespecifiedRequestDetector().detect(turn(text, request=asked, reply=reply)) == []


def _write(path: Path, *, weights: np.ndarray, bias: float, threshold: float, columns: np.ndarray) -> None:
    np.savez(path, types=np.array(["correction"]), correction_weights=weights, correction_bias=np.array(bias),
             correction_threshold=np.array(threshold), correction_columns=columns)


def test_the_pair_head_fires_only_above_its_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "backend", lambda: "minilm")
    monkeypatch.setattr(pair_module, "pair_vector", lambda *a, **k: np.ones(6))
    sure, unsure = tmp_path / "sure.npz", tmp_path / "unsure.npz"
    _write(sure, weights=np.ones(3), bias=0.0, threshold=0.9, columns=np.array([0, 2, 5]))  # p = sigmoid(3) = 0.95
    _write(unsure, weights=np.ones(3), bias=0.0, threshold=0.99, columns=np.array([0, 2, 5]))
    found = PairHeadDetector(sure).detect(turn("10 for adults"))
    assert [c.type for c in found] == ["correction"]
    assert found[0].details["probability"] == pytest.approx(0.953, abs=1e-3)
    assert found[0].confidence <= pair_module.MAX_CONFIDENCE
    assert PairHeadDetector(unsure).detect(turn("10 for adults")) == []


def test_the_pair_head_is_silent_on_the_lexical_fallback_and_without_an_artifact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert PairHeadDetector(tmp_path / "absent.npz").detect(turn("anything")) == []
    monkeypatch.setattr(embeddings, "backend", lambda: "lexical")
    path = tmp_path / "h.npz"
    _write(path, weights=np.ones(3), bias=9.0, threshold=0.5, columns=np.array([0, 1, 2]))
    assert PairHeadDetector(path).detect(turn("anything")) == []


def test_the_committed_pair_artifact_lists_columns_and_thresholds() -> None:
    for head in load_pair_heads(PAIR_HEADS_PATH).values():
        assert head["columns"].shape == head["weights"].shape
        assert 0.5 <= head["threshold"] < 1.0


@pytest.mark.parametrize(("text", "expected"), [
    ("metric please, we set that up last time", True),
    ("Type 1 diabetes, we talked about it before", True),
    ("it's all in what I wrote above", True),
    ("we talked about the weather on our walk", False),       # no pointer back to what the user told us
    ("what I wrote above was a draft, ignore it", False),     # no "all in what I wrote above" claim of having said it
])
def test_it_reads_pointers_to_what_the_user_already_said(text: str, expected: bool) -> None:
    assert ("restatement" in types(text)) is expected
