"""Each implicit signal type: positives and the hard negatives that look like them."""

from __future__ import annotations

import pytest

from evalhub.feedback.mining import MsgView, Turn, detect_abandonment, mine_turn
from evalhub.feedback.mining.preferences import extract


def turn(text: str, *, prev_user: str = "Can you suggest a dinner recipe?", prev_assistant: str = "How about a beef stew?",
         earlier: list[str] | None = None) -> Turn:
    history = [MsgView("user", prev_user, id=1, ext_id="u1"), MsgView("assistant", prev_assistant, id=2, ext_id="a1")]
    earlier_sessions = [[MsgView("user", t, id=10 + i, ext_id=f"e{i}", session_ext="old") for i, t in enumerate(earlier or [])]]
    return Turn(message=MsgView("user", text, id=3, ext_id="u2"), history=history, earlier_sessions=earlier_sessions)


def types(text: str, **kw: object) -> set[str]:
    return {c.type for c in mine_turn(turn(text, **kw))}  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "This is useless, you keep suggesting meat.",
    "Ugh. Are you even listening to me?",
    "No no no, that's not what I asked for!!",
    "How many times do I have to say it",
])
def test_it_detects_frustration(text: str) -> None:
    assert "frustration" in types(text)


@pytest.mark.parametrize("text", [
    "My boss wrote 'this is useless' on my report, how do I reply politely?",
    "Haha that's a great pun, thanks!",
    "Thanks, that looks delicious.",
])
def test_it_ignores_frustration_look_alikes(text: str) -> None:
    assert "frustration" not in types(text)


@pytest.mark.parametrize("text", [
    "No, that's wrong, the museum opens at 10am.",
    "That's not correct - it's Berlin, not Munich.",
    "Actually, it's the 14th of May.",
    "You got it wrong, I asked for flights to Lisbon.",
])
def test_it_detects_corrections_of_the_assistant(text: str) -> None:
    assert "correction" in types(text)


@pytest.mark.parametrize("text", [
    "Sorry, I meant Tuesday not Thursday - my typo.",
    "No thanks, that's all.",
    "No.",
    "I see, I'd rather go with the chicken then.",
])
def test_it_ignores_self_corrections_and_plain_noes(text: str) -> None:
    assert "correction" not in types(text, prev_assistant="Anything else I can help with?")


def test_it_detects_marked_and_unmarked_restatements() -> None:
    assert "restatement" in types("As I told you, I'm vegetarian.")
    assert "restatement" in types("I'm vegetarian, I don't eat meat.", earlier=["By the way, I'm vegetarian and don't eat meat."])


def test_a_new_fact_is_not_a_restatement() -> None:
    assert "restatement" not in types("I'm vegetarian, I don't eat meat.", earlier=["I have two kids and a dog."])
    assert "restatement" not in types("I'm training for a marathon in April.")


def test_it_detects_rephrased_requests() -> None:
    assert "rephrase" in types("Can you suggest a dinner recipe please?", prev_user="Can you suggest a dinner recipe?")
    assert "rephrase" in types("Let me rephrase: I need something without meat for dinner.")


def test_a_new_similar_request_is_not_a_rephrase() -> None:
    assert "rephrase" not in types("Can you suggest a dessert recipe with chocolate and berries?", prev_user="Can you suggest a dinner recipe?")
    assert "rephrase" not in types("What about the weather tomorrow in Oslo?")


def test_it_extracts_lasting_preferences_but_not_one_offs() -> None:
    assert ("length", "short") in {(k, v) for k, v, _ in extract("Please keep your answers short.")}
    assert ("location", "Berlin") in {(k, v) for k, v, _ in extract("I moved to Berlin last month.")}
    assert ("diet", "vegan") in {(k, v) for k, v, _ in extract("I'm vegan now.")}
    assert extract("Make this one short please.") == []
    assert extract("My sister moved to Berlin.") == []


def test_it_detects_abandonment_after_an_unhelpful_answer() -> None:
    msgs = [MsgView("user", "Can you book it?"), MsgView("assistant", "I'm sorry, I can't help with bookings.")]
    assert detect_abandonment(msgs, negative_user_turns=set(), session_over=True) is not None
    assert detect_abandonment(msgs, negative_user_turns=set(), session_over=False) is None
    fine = [MsgView("user", "Thanks!"), MsgView("assistant", "You're welcome, enjoy your trip.")]
    assert detect_abandonment(fine, negative_user_turns=set(), session_over=True) is None
