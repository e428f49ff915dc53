"""Distraction and confusion: dragged-in memory and overloaded contexts, against tailoring, ignoring, and focused answers."""

from __future__ import annotations

from tests.failures.helpers import Story, tag

CLUTTER = [
    "User asked about air fryers", "User said they had a long day at work", "User's favourite biscuit is a custard cream",
    "User thinks pineapple on pizza is fine", "User's phone screen is cracked", "User asked about beating jet lag",
    "User was thinking about repainting the hallway", "User has a standing desk", "User asked what day of the week 1 January 2000 was",
    "User likes crosswords on Sundays", "User went out for brunch", "User had a power cut", "User enjoys lo-fi music while working",
    "Conversation summary (2026-03-01): the user asked about naming a book club and unclogging a drain. The assistant gave "
    "step-by-step suggestions and the user seemed curious. Possible future topics: fluffy rice, asking for a raise.",
]


def _injury(s: Story) -> str:
    s.session()
    said = s.user_says("Medical note: I've got shoulder impingement on my right side.")
    item = s.remember("User has right shoulder impingement", source=said)
    s.assistant("Thanks, noted — I'll keep your shoulder in mind.", context=[item])
    return item


def test_an_irrelevant_item_dragged_into_the_answer_is_distraction() -> None:
    s = Story()
    item = _injury(s)
    s.session()
    s.user_says("What's the difference between 'ser' and 'estar' in Spanish?")
    failing = s.assistant("'Ser' is for identity and lasting traits; 'estar' is for states and locations. And go easy on that shoulder!", context=[item])
    found = tag(s, failing)
    assert found is not None and found.type == "distraction" and found.evidence_session is None
    assert found.details["memory"] == item and "shoulder" in found.details["terms"]


def test_an_irrelevant_item_that_the_answer_ignores_is_clean() -> None:
    s = Story()
    item = _injury(s)
    s.session()
    s.user_says("What's the difference between 'ser' and 'estar' in Spanish?")
    answer = s.assistant("'Ser' is for identity and lasting traits; 'estar' is for states and locations.", context=[item])
    assert tag(s, answer) is None


def test_a_relevant_item_the_answer_is_tailored_with_is_clean() -> None:
    s = Story()
    item = _injury(s)
    s.session()
    s.user_says("Should I sign up for a bootcamp class?")
    answer = s.assistant("Maybe — but with your shoulder, tell the coach and skip overhead presses.", context=[item])
    assert tag(s, answer) is None


def test_a_profile_of_items_used_together_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("My travel preferences: aisle seats; trains over short flights; boutique hotels; food markets.")
    items = [s.remember(c, source=said) for c in ("User prefers aisle seats", "User prefers trains over short flights",
                                                    "User prefers boutique hotels over chains", "User loves food markets when travelling")]
    s.assistant("All saved.")
    s.session()
    s.user_says("Plan me a long weekend in Lyon.")
    plan = s.assistant("Take the train in, stay at a small boutique hotel, start at the food market, and grab aisle seats when you book.", context=items)
    assert tag(s, plan) is None


def _overloaded(s: Story) -> list[str]:
    s.session()
    items = [s.remember(c) for c in CLUTTER]
    s.user_says("Thanks for yesterday!")
    s.assistant("Anytime!")
    return items


def test_an_overloaded_context_that_the_answer_lists_is_confusion() -> None:
    s = Story()
    items = _overloaded(s)
    s.user_says("How can I sleep better?")
    failing = s.assistant("Let me think about this with everything I know about you: you like Sunday crosswords; you went out for brunch; "
                          "you have a standing desk; your phone screen is cracked. So, in short — it depends.", context=items)
    s.feedback(failing, "thumbs_down")
    found = tag(s, failing)
    assert found is not None and found.type == "confusion"
    assert found.details["items"] == len(CLUTTER)


def test_an_overloaded_context_with_an_answer_to_another_question_is_confusion() -> None:
    s = Story()
    items = _overloaded(s)
    s.user_says("Can you suggest a name for our book club?")
    failing = s.assistant("Sure! Try a standing hamstring stretch with a flat back, 30 seconds each side.", context=items)
    s.user_says("What? I asked about a name for our book club.")
    s.assistant("Sorry, that was unfocused. Try 'Novel Idea'.")
    found = tag(s, failing)
    assert found is not None and found.type == "confusion"


def test_an_overloaded_context_with_a_focused_answer_is_clean() -> None:
    s = Story()
    items = _overloaded(s)
    s.user_says("How do I keep fresh basil from wilting?")
    answer = s.assistant("Treat it like flowers: trim the stems, stand it in a glass of water, and keep it out of the fridge.", context=items)
    assert tag(s, answer) is None


def _dog_owner_asks_about_flats(answer: str) -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says("I share my flat with a border collie called Pepper.")
    item = s.remember("User has a border collie called Pepper", source=said)
    s.assistant("Good to know — I'll remember Pepper.", context=[item])
    s.session()
    s.user_says("I'm looking at apartments — what should I check before signing?")
    return s, s.assistant(answer, context=[item])


def test_an_item_woven_into_the_part_that_answers_the_request_is_clean() -> None:
    s, answer = _dog_owner_asks_about_flats(
        "Check the pet policy first, since you have a border collie called Pepper — some leases ban dogs or charge a pet deposit. "
        "Then heating, damp and the deposit terms.")
    s.user_says("Unrelated question: how early should I get to the airport?")
    s.assistant("Two hours for short-haul, three for long-haul.")
    assert tag(s, answer) is None


def test_an_answer_the_user_welcomes_is_not_distraction() -> None:
    s, answer = _dog_owner_asks_about_flats(
        "Look at heating costs, damp and the deposit terms. And Pepper the border collie will want a park nearby!")
    s.user_says("Nice, that fits since I have a border collie called Pepper, as I said.")
    s.assistant("Glad it fits!")
    assert tag(s, answer) is None


# --- round 4: pushback in any words, and a coherent profile ------------------------------------------------------------


def test_an_overloaded_context_whose_answer_the_user_pushes_back_on_in_new_words_is_confusion() -> None:
    s = Story()
    items = _overloaded(s)
    s.user_says("Is it safe to put a cast-iron pan in the dishwasher?")
    failing = s.assistant("It depends. You went out for brunch and your phone screen is cracked — so maybe start there.", context=items)
    s.user_says("Ten sentences of nothing. Try once more.")
    s.assistant("Apologies. No — the dishwasher strips the seasoning and rusts it; wash by hand and dry it on the hob.")
    found = tag(s, failing)
    assert found is not None and found.type == "confusion"


def test_an_overloaded_context_followed_by_a_new_request_without_apology_is_not_pushback() -> None:
    s = Story()
    items = _overloaded(s)
    s.user_says("How do I keep fresh basil from wilting?")
    answer = s.assistant("Trim the stems, stand it in a glass of water, and keep it out of the fridge.", context=items)
    s.user_says("Ten more questions coming. How do I store parsley?")
    s.assistant("Wrap it in a damp paper towel in the fridge.")
    assert tag(s, answer) is None


WEDDING = [
    "User's wedding is on 14 September at a barn venue in Dorset",
    "User's wedding has 90 guests, a third of them children",
    "User's wedding meal is a vegetarian buffet",
    "User's wedding colours are sage green and cream",
    "User's wedding band starts playing at 8pm",
    "User's wedding ceremony is at 1pm in the orchard",
    "User's wedding speeches are by the two best men",
    "User's wedding photographer stays until 6pm",
    "User's wedding guests leave by coach at midnight",
    "User's wedding cake is a lemon drizzle tower",
]


def test_an_answer_built_from_a_coherent_profile_of_notes_is_not_confusion() -> None:
    s = Story()
    s.session()
    items = [s.remember(c) for c in WEDDING]
    s.user_says("Thanks for yesterday!")
    s.assistant("Anytime!")
    s.user_says("Can you sketch a timetable for the big day?")
    answer = s.assistant("14 September in Dorset: 1pm ceremony in the orchard, then photos until 6pm, the vegetarian buffet for the 90 "
                         "guests, speeches by the two best men, the lemon drizzle cake, the band at 8pm and coaches at midnight.", context=items)
    s.user_says("Next: how do I get red wine out of a rug?")
    s.assistant("Blot, then salt or a paste of baking soda, and rinse with cold water.")
    found = tag(s, answer)
    assert found is None or found.type != "confusion"
