"""Round 6 (holdout4 released as development data): apologies after an acknowledgement, objections to a mention,
re-tellings said as questions, denied facts, compounds and brackets in asides, answers built around an item."""

from __future__ import annotations

from evalhub.failures.detectors import text as tx
from tests.failures.helpers import Story, tag


def _told(fact: str, gist: str, request: str, answer: str, reply: str, follow_up: str) -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says(fact)
    item = s.remember(gist, source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=3)
    s.user_says(request)
    judged = s.assistant(answer, context=[item])
    s.user_says(reply)
    s.assistant(follow_up, context=[item])
    return s, judged


# --- text helpers ---------------------------------------------------------------------------------------------------

def test_an_apology_may_follow_a_short_acknowledgement() -> None:
    assert tx.is_apology("Of course, sorry. Here's a version without nuts.")
    assert tx.is_apology("Right, my mistake — step-free it is.")
    assert not tx.is_apology("Of course! Here's the recipe.")
    assert not tx.is_apology("Right, so the next step is to sand it.")


def test_the_stemmer_undoubles_only_where_english_doubles_for_a_suffix() -> None:
    assert tx.stem("swimming") == tx.stem("swim")
    assert tx.stem("planned") == tx.stem("plan")
    assert tx.stem("missing") == "miss" and tx.stem("falling") == "fall"


def test_kinship_words_share_a_stem() -> None:
    assert tx.stem("mum") == tx.stem("mother") == tx.stem("mom's")
    assert tx.stem("kids") == tx.stem("children")


def test_compounds_match_either_spelling() -> None:
    assert tx.stem("hard-water") in tx.compound_forms("With your hard water, descale monthly.")
    assert tx.stem("rate") in tx.compound_forms("On a flat-rate plan it makes no difference.")


# --- recall ---------------------------------------------------------------------------------------------------------

def test_a_retelling_after_an_acknowledged_apology_is_recall() -> None:
    s, judged = _told("I'm quite deaf in my left ear.", "User is partially deaf (left ear)",
                      "What should I look for in a doorbell?", "Any smart doorbell with a good app and a loud chime will do.",
                      "Remember? I'm half deaf.", "Of course, sorry. Pick one with a flashing light or a phone alert as well as the chime.")
    found = tag(s, judged)
    assert found is not None and found.type == "recall"


def test_a_retelling_said_as_a_question_is_recall() -> None:
    s, judged = _told("There's no dishwasher in our kitchen, we wash up by hand.", "User has no dishwasher",
                      "How do I get burnt rice off a pan?", "Fill it with hot water and a dishwasher tablet, then run it through the dishwasher.",
                      "Um, there's no dishwasher in my kitchen?", "You're right, my mistake. Soak it with bicarbonate of soda and hot water, then scrub.")
    found = tag(s, judged)
    assert found is not None and found.type == "recall"


def test_a_real_question_from_the_user_is_no_retelling() -> None:
    s, judged = _told("There's no dishwasher in our kitchen, we wash up by hand.", "User has no dishwasher",
                      "How do I get burnt rice off a pan?", "Soak it with bicarbonate of soda and hot water overnight, then scrub.",
                      "Should I use a metal scourer on it?", "Not on non-stick; a nylon one is safer.")
    assert tag(s, judged) is None


def test_an_answer_that_ignores_a_denied_fact_does_not_use_it() -> None:
    """"No car" is not served by "drive to the tip": mentioning the denied value is not using the fact."""
    s, judged = _told("We don't own a car, we cycle everywhere.", "User has no car and cycles",
                      "How do I get rid of an old mattress?", "Load it into your car and drive it to the tip.",
                      "We don't have a car.", "You're right, sorry. Book the council's bulky-waste collection instead.")
    found = tag(s, judged)
    assert found is not None and found.type == "recall"


def test_an_objection_to_what_the_answer_brought_up_is_not_recall() -> None:
    s = Story()
    s.session()
    said = s.user_says("I have a bad back.")
    item = s.remember("User has a bad back", source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=3)
    s.user_says("Who wrote Middlemarch?")
    judged = s.assistant("George Eliot, published 1871-72. And with your bad back, remember to lift with your knees.", context=[item])
    s.user_says("Odd thing to tack on.")
    s.assistant("Sorry, that was out of place.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


def test_a_bare_frame_is_not_a_fact_to_retell() -> None:
    s = Story()
    s.session()
    s.user_says("Before I forget. We're hosting on Saturday.")
    s.assistant("Noted.")
    s.session(days_later=3)
    s.user_says("Any ideas for a starter?")
    judged = s.assistant("A simple bruschetta with tomatoes and basil.")
    s.user_says("Before I forget. I'm training for a marathon.")
    s.assistant("Good to know, thanks.")
    assert tag(s, judged) is None


# --- distraction ----------------------------------------------------------------------------------------------------

def _dragged(memory: str, fact: str, request: str, answer: str, reply: str = "New question: how long do I boil an egg?") -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says(fact)
    item = s.remember(memory, source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=2)
    s.user_says(request)
    judged = s.assistant(answer, context=[item])
    s.user_says(reply)
    s.assistant("About seven minutes for a jammy yolk.")
    return s, judged


def test_a_compound_spelt_apart_in_an_appended_aside_is_distraction() -> None:
    s, judged = _dragged("User lives in a hard-water area", "Our water is really hard here.", "What is a bond yield?",
                         "The yearly income a bond pays as a share of its price. And with your hard water, descale the kettle monthly.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


def test_a_bracketed_remark_about_an_irrelevant_item_is_distraction() -> None:
    s, judged = _dragged("User's mother lives with them", "My mother moved in with us.", "How many legs does a spider have?",
                         "Eight, plus two small palps near the mouth. (Hope your mum is settling in well.)")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


def test_a_marked_aside_after_a_one_word_answer_is_distraction() -> None:
    s, judged = _dragged("User has rooftop solar panels", "We put solar panels on the roof.", "What's 2024 in Roman numerals?",
                         "MMXXIV. Also, with your solar panels, it's a good day for laundry.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


def test_an_answer_built_around_the_item_is_tailoring_even_when_embeddings_miss_it() -> None:
    """Airport security and a pacemaker share no words and little embedding similarity, but the answer opens with it."""
    s, judged = _dragged("User has a pacemaker", "I have a pacemaker.", "Tips for getting through airport security quickly?",
                         "Carry your pacemaker card and show it before the scanner; ask for a hand search instead of the arch. "
                         "Otherwise keep liquids in a clear bag and your laptop easy to reach.")
    assert tag(s, judged) is None


def test_an_aside_put_first_is_still_distraction() -> None:
    s, judged = _dragged("User is very tall (2 m)", "I'm two metres tall.", "How long do I roast potatoes?",
                         "(Watch your head on the cupboards, tall one!) Anyway: about 45 minutes at 200 °C, turning once.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


# --- clash ----------------------------------------------------------------------------------------------------------

def test_now_that_gives_a_reason_not_a_change() -> None:
    from evalhub.failures.detectors.analysis import CHANGE

    assert CHANGE.search("I'm on oat milk now.")
    assert not CHANGE.search("I want to start running in the mornings now that it's winter.")
    assert not CHANGE.search("I'm at my desk right now.")


def test_two_imported_notes_of_past_chats_do_not_clash() -> None:
    from evalhub.failures.detectors.clash import _PAST_EVENT

    assert _PAST_EVENT.search("Imported note (older chat): a quick exchange about grammar; user said it was for a cover letter.")
    assert _PAST_EVENT.search("Chat log (March): user asked about train times and then changed topic.")
    assert not _PAST_EVENT.search("User is vegetarian")
    s = Story()
    s.session()
    a = s.remember("Imported note (older chat): a quick exchange about grammar; user said it was for a cover letter.")
    b = s.remember("Imported note (older chat): user asked about train times and then changed the subject.")
    s.user_says("Which planet has the most moons?")
    judged = s.assistant("Saturn, with well over a hundred confirmed.", context=[a, b])
    assert tag(s, judged) is None


# --- recall: the repair shows the missed fact -----------------------------------------------------------------------

def test_a_repair_that_takes_up_a_clause_of_a_message_about_the_user_is_recall() -> None:
    s = Story()
    s.session()
    said = s.user_says("Something about our place. We're off-grid — the cabin runs on a small solar battery.")
    s.assistant("Got it.")
    s.session(days_later=4)
    s.user_says("What's a good way to make coffee for six?")
    judged = s.assistant("Get a 12-cup electric drip machine with a hot plate; it keeps the pot warm all morning.")
    s.user_says("That wouldn't work here at all.")
    s.assistant("Ah, right. A stovetop percolator or a big French press — no drain on your solar battery.")
    found = tag(s, judged)
    assert found is not None and found.type == "recall" and found.details["fact_message"] == said
