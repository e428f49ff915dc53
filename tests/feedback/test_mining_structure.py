"""Structural correction cues and reworded rephrases: positives and the hard negatives that look like them."""

from __future__ import annotations

import pytest

from evalhub.feedback.mining import MsgView, Turn, mine_turn
from evalhub.feedback.mining.contrast import correction_cue, value_of
from evalhub.feedback.mining.rephrase import RewordedRequestDetector
from evalhub.feedback.mining.similarity import gave_specifics


def turn(text: str, *, request: str, reply: str) -> Turn:
    history = [MsgView("user", request, id=1), MsgView("assistant", reply, id=2)]
    return Turn(message=MsgView("user", text, id=3), history=history)


def types(text: str, *, request: str, reply: str) -> set[str]:
    return {c.type for c in mine_turn(turn(text, request=request, reply=reply))}


@pytest.mark.parametrize(("reply", "text"), [
    ("Your flight from Austin lands at 6pm.", "Houston, not Austin."),                              # "X, not Y" with the assistant's Y
    ("The museum opens at 11.", "11 is wrong, it opens at 9."),                                      # "Y is wrong"
    ("A marathon is 40 km long.", "its more like 42 km"),                                            # same-unit value swap
    ("The farmers market runs on Saturdays.", "it runs on wednesdays in my town"),                   # weekday swap
    ("Your rent is due on the 5th.", "it's due the 1st, says my lease"),                      # day of the month swap
    ("The first iPhone came out in 2009.", "2007 actually"),                                         # bare year swap
    ("Rome has no metro system.", "It does have a metro, lines A, B and C."),                        # affirms what the assistant denied
    ("The bridge is free for cyclists.", "It isn't free for cyclists anymore, there's a toll."),     # negates the assistant's claim
    ("Run `ls -z` to list hidden files.", "ls: invalid option -- 'z'. that flag doesn't exist"),     # misbehaving command
])
def test_it_detects_corrections_by_structure(reply: str, text: str) -> None:
    assert "correction" in types(text, request="Quick question.", reply=reply)


@pytest.mark.parametrize(("reply", "text"), [
    ("Booked a table for 4 at 7pm.", "oops, for 5 people, sorry"),                         # the user's own slip
    ("Your meeting is on Thursday.", "let's move it to Friday instead"),                    # change of plan
    ("Here's a 45-minute workout.", "Can you make a 30-minute one?"),                       # new request with another value
    ("I have 2 cats and a dog.", "i have one dog"),                                         # chit-chat: the partner talks about itself
    ("Pork belly skewers and pork sliders.", "I don't eat pork."),                          # a fact about the user, not a counter-claim
    ("Want me to add insurance for $20?", "No, I don't need the insurance."),              # answering a question
    ("Nonstick is best for eggs.", "Personally I find cast iron better for eggs."),         # opinion
])
def test_structural_cues_ignore_look_alikes(reply: str, text: str) -> None:
    assert correction_cue(text, reply) is None
    assert "correction" not in types(text, request="Quick question.", reply=reply)


def test_values_are_compared_by_meaning() -> None:
    assert value_of("six") == value_of("6") == "6"
    assert value_of("$12,950") == "12950"
    assert value_of("mondays") == "monday"
    assert value_of("may") == "may" and value_of("bread") is None
    assert value_of("3rd") == "3th" and value_of("21st") == "21th"


def test_a_reworded_request_after_a_generic_reply_is_a_rephrase() -> None:
    t = turn("What should I feed a kitten that's 8 weeks old?", request="What's the right food for an 8-week-old kitten?",
             reply="Kittens are playful and curious animals that sleep a lot.")
    found = RewordedRequestDetector().detect(t)
    assert [c.type for c in found] == ["rephrase"]
    assert found[0].related[0].content.startswith("What's the right food")


@pytest.mark.parametrize(("earlier", "reply", "text"), [
    # the reply answered with specifics: a similar question after it is the next one
    ("How long is the flight from Paris to Rome?", "About 2 hours 5 minutes.", "How long is the flight from Rome to Athens?"),
    # framed as a follow-up
    ("What's a good beginner yoga routine?", "Yoga has many styles, like hatha and vinyasa.", "what's a good advanced yoga routine then"),
    # the assistant asked back; the user answers it
    ("Find me a hotel in Lyon.", "Sure, for which dates?", "A hotel in Lyon for the 3rd to the 5th."),
])
def test_similar_new_requests_are_not_reworded_rephrases(earlier: str, reply: str, text: str) -> None:
    assert RewordedRequestDetector().detect(turn(text, request=earlier, reply=reply)) == []


def test_specifics_in_a_reply_are_new_numbers_code_quotes_or_a_verdict() -> None:
    assert gave_specifics("How long do I boil eggs?", "Boil them for 7 minutes, then cool them.")
    assert gave_specifics("How do I list files?", "Use `ls -la` in the folder you want.")
    assert gave_specifics("Is it safe?", "Yes, it is safe for most people to use daily.")
    assert not gave_specifics("Is the 401k penalty high?", "A 401k is an employer-sponsored retirement plan in the US.")


def test_no_answering_a_question_inside_the_reply_is_not_a_correction() -> None:
    reply = "Sure. Does the price matter? We can narrow it down."
    assert "correction" not in types("No I dont care about the price. Which one do you recommend?", request="A hotel please.", reply=reply)


def test_not_having_what_the_assistant_asked_about_is_an_answer() -> None:
    assert "correction" not in types("i do not have a job", request="hi", reply="i also love to cook . do you have a job ?")
    assert "correction" in types("I don't have a blender.", request="Smoothie ideas?", reply="Blend a banana with oat milk in your blender.")


def test_a_failure_report_needs_code_in_the_reply() -> None:
    reply = "Try the well-known budgeting app (it's free) and link your account."
    assert correction_cue("The bank app gave me an error when I linked it.", reply) is None
    assert correction_cue("that gives an error: invalid syntax", "Run `python -m venv .venv` first.") is not None
