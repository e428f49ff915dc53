"""Round 6 (holdout4 released as development data): frustration that points at the user's own message, gives up on
the exchange, or is dry sarcasm; and its look-alikes."""

from __future__ import annotations

import pytest

from evalhub.feedback.mining import MsgView, Turn, mine_turn


def _frustrated(text: str) -> bool:
    history = [MsgView("user", "How do I stop my cat scratching the sofa? I already tried a scratching post.", id=1),
               MsgView("assistant", "Get a scratching post and put it next to the sofa.", id=2)]
    return "frustration" in {c.type for c in mine_turn(Turn(message=MsgView("user", text, id=3), history=history))}


@pytest.mark.parametrize("text", [
    "the post is literally in my message. what else",
    "read the question pls",
    "this is going nowhere",
    "what are you even for",
    "wow, a scratching post, never would have guessed",
    "how. do. i. stop. her.",
    "why you always answer something else",
])
def test_frustration_in_other_words(text: str) -> None:
    assert _frustrated(text)


@pytest.mark.parametrize("text", [
    "Thanks, I'll try moving it next to the sofa.",
    "It's in my notes app, I'll check which post I bought.",
    "The vet said it's normal. Any other ideas?",
    "Ok. Thanks. Will do.",
])
def test_look_alikes_are_not_frustration(text: str) -> None:
    assert not _frustrated(text)
