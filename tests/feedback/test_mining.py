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


# --- real-chat phrasings (UKP dev dialogues) and their look-alikes ---------------------------------

@pytest.mark.parametrize("text", [
    "that doesnt make sense",
    "not making any sense",
    "what does that have to do with music?",
    "you haven't answered my question",
    "good change of topic. that's irrelevant",
])
def test_it_detects_complaints_about_incoherent_or_off_topic_replies(text: str) -> None:
    assert "frustration" in types(text, prev_user="what is your favorite food?", prev_assistant="i like to hike in colorado .")


@pytest.mark.parametrize("text", [
    "that movie was terrible. do you have a job?",
    "what do you mean?",
    "I had a terrible day, my car broke down.",
])
def test_negativity_about_the_world_and_neutral_clarifications_are_not_frustration(text: str) -> None:
    assert "frustration" not in types(text)


def test_capitals_are_not_shouting_for_a_user_who_always_writes_in_capitals() -> None:
    shouty = "WHAT DO YOU MEAN? THE TERM HAS NO SINGLE ACCEPTED DEFINITION."
    assert "frustration" not in types(shouty, prev_user="ALGERIA IS IN NORTH AFRICA ON THE COAST", prev_assistant="North Africa is bad for that")
    assert "frustration" in types("WHY DO YOU KEEP DOING THIS!!", prev_user="can you stop adding emojis?", prev_assistant="Sure! 😊")


def test_a_missing_tool_the_assistant_assumed_is_a_correction() -> None:
    assert "correction" in types("I don't have an oven, just a stove.", prev_assistant="Bake it in the oven at 200C for 20 minutes.")
    assert "correction" not in types("I don't have a dog, but I love cats.", prev_assistant="Do you like animals?")


@pytest.mark.parametrize("text", [
    "no i don't like that",
    "No that is not correct. I want insurance I changed my mind.",
    "not really i like football tho",
    "No, I don't think so.",
])
def test_declines_and_changes_of_mind_are_not_corrections(text: str) -> None:
    assert "correction" not in types(text, prev_assistant="What do you think of this option: the Italian place?")


def test_a_request_the_assistant_skipped_is_a_rephrase_when_asked_again() -> None:
    t = Turn(
        message=MsgView("user", "Can you look up the address of the Caroline guesthouse?"),
        history=[
            MsgView("user", "Book me one train ticket. Also, I need the address of the Caroline guesthouse."),
            MsgView("assistant", "Your train booking was successful. The reference number is X58GNQ74."),
        ],
    )
    assert "rephrase" in {c.type for c in mine_turn(t)}


def test_asking_for_more_options_or_a_different_detail_is_not_a_rephrase() -> None:
    assert "rephrase" not in types("Do you have any other option?", prev_user="Do you have any other option?",
                                   prev_assistant="How about the Auberge hotel, rated 4.1?")
    assert "rephrase" not in types("may i have the phone number of the restaurant", prev_user="may i have the address of the restaurant",
                                   prev_assistant="here it is: 12 Main Street")


def test_details_given_again_after_the_assistant_asks_for_them_are_a_restatement() -> None:
    kw = {"prev_user": "Yes please. I need it for 7 people for 3 nights starting on tuesday.",
          "prev_assistant": "How many days would you like to book it for?"}
    assert "restatement" in types("I would like to book it for 3 nights beginning on Tuesday.", **kw)
    # Confirming what the assistant read back is not making up for a miss.
    assert "restatement" not in types("Yes, 3 nights starting Tuesday.", prev_user=kw["prev_user"],
                                      prev_assistant="So that is 7 people, starting Tuesday, for how long?")
    assert "restatement" not in types("may i have the phone number of the restaurant", prev_user="may i have the address of the restaurant",
                                      prev_assistant="here it is: 12 Main Street")


@pytest.mark.parametrize(("text", "kind"), [
    ("That's complete nonsense.", "frustration"),
    ("You're mistaken, the museum is closed on Mondays.", "correction"),
    ("As stated before, I'm allergic to nuts.", "restatement"),
    ("That wasn't my question. Which one is cheaper?", "rephrase"),
])
def test_general_markers_beyond_the_dev_phrasings(text: str, kind: str) -> None:
    assert kind in types(text)


@pytest.mark.parametrize("text", ["Do you understand Spanish?", "Please answer in French from now on.", "That's helpful, thanks!"])
def test_neutral_uses_of_marker_words_stay_quiet(text: str) -> None:
    assert types(text) & {"frustration", "correction", "rephrase"} == set()
