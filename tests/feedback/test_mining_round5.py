"""Round 5 (holdout3 released as development data): quoted messages are no reaction of the user's own."""

from __future__ import annotations

import pytest

from evalhub.feedback.mining import MsgView, Turn, mine_turn


def turn(text: str, *, request: str = "Can you translate what my landlord wrote into German?", reply: str = "Sure, paste it here.") -> Turn:
    history = [MsgView("user", request, id=1), MsgView("assistant", reply, id=2)]
    return Turn(message=MsgView("user", text, id=3), history=history)


@pytest.mark.parametrize("text", [
    "'No, that's wrong, I told you twice already that I can't come on Monday'",
    "\"Ugh, this is useless. As I said, I'm vegetarian.\"",
    "“Stop it, I already told you it's broken, that's not what I asked.”",
])
def test_a_message_that_is_one_quotation_carries_no_signal(text: str) -> None:
    assert mine_turn(turn(text)) == []


def test_the_same_words_unquoted_are_still_read() -> None:
    found = {c.type for c in mine_turn(turn("No, that's wrong, I told you twice already that I can't come on Monday",
                                            request="Book the team lunch.", reply="Booked for Monday at noon."))}
    assert "correction" in found


def _rephrase(text: str) -> bool:
    t = turn(text, request="How long do I rest a steak, and do I salt it before or after?", reply="Rest it for 5 minutes on a board.")
    return "rephrase" in {c.type for c in mine_turn(t)}


@pytest.mark.parametrize("text", ["salt before or after tho", "salt? yes or no", "so do I salt it first or not?", "you never said when to salt it"])
def test_pressing_for_the_part_the_answer_left_out_is_a_rephrase(text: str) -> None:
    assert _rephrase(text)


@pytest.mark.parametrize("text", ["Fair, though I lean towards sea salt. Which brand is good?", "thanks though", "Great, thanks!"])
def test_though_as_a_conjunction_or_thanks_is_no_rephrase(text: str) -> None:
    assert not _rephrase(text)


def _frustrated(text: str) -> bool:
    t = turn(text, request="Is Pluto a planet?", reply="Pluto was reclassified as a dwarf planet in 2006.")
    return "frustration" in {c.type for c in mine_turn(t)}


@pytest.mark.parametrize("text", [
    "ugh my teacher still insists it's a planet, so annoying",
    "ugh, airlines are such a scam. ok how do I claim",
    "this is so frustrating, I haven't slept properly in weeks. thanks, I'll call them",
    "how many times a day should I check the telescope then?",
])
def test_annoyance_about_the_world_or_a_frequency_question_is_not_frustration(text: str) -> None:
    assert not _frustrated(text)


@pytest.mark.parametrize("text", [
    "so annoying, you keep saying the same thing",
    "frustrating. that answer ignores what I asked",
    "how many times do I have to ask",
])
def test_annoyance_aimed_at_the_assistant_is_still_frustration(text: str) -> None:
    assert _frustrated(text)


@pytest.mark.parametrize("text", [
    "bella, got it. I wrote 'bela' in my notes by mistake lol",
    "ah I typed it wrong here, in my file the colon is there",
])
def test_fixing_ones_own_slip_is_no_correction(text: str) -> None:
    t = turn(text, request="How do you spell 'beautiful' in Italian, bela?", reply="It's 'bella', with two l's.")
    assert "correction" not in {c.type for c in mine_turn(t)}
