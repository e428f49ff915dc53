"""Recall reads the user's re-telling as evidence about the judged turn only: look-alikes of a restatement that must
stay clean, the positives next to them, and the calibrated confidence."""

from __future__ import annotations

from evalhub.failures.detectors.recall import Reaction, ReAsk, reaction_confidence, reask_confidence
from tests.failures.helpers import Story, tag


def _vegan_then(answer: str, reaction: str, follow_up: str, *, context: bool = True) -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says("Just so you know, I'm vegan.")
    item = s.remember("User is vegan (no meat, dairy or eggs)", source=said)
    s.assistant("Noted: you're vegan.", context=[item])
    s.session(days_later=3)
    s.user_says("Can you suggest something for dinner tonight?")
    judged = s.assistant(answer, context=[item] if context else [])
    s.user_says(reaction)
    s.assistant(follow_up)
    return s, judged


def test_a_confirmation_after_an_answer_that_served_the_fact_implicitly_is_clean() -> None:
    s, judged = _vegan_then("How about a chickpea, spinach and coconut curry?", "Yep, I'm vegan, that's right.", "Great — enjoy!")
    assert tag(s, judged) is None


def test_emphasis_for_the_future_after_a_good_answer_is_clean() -> None:
    s, judged = _vegan_then("How about a chickpea, spinach and coconut curry?", "Don't forget I'm vegan next time either.", "Will do.")
    assert tag(s, judged) is None


def test_a_fact_mentioned_in_passing_after_an_unrelated_answer_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("I have a cat called Mochi, by the way.")
    item = s.remember("User has a cat called Mochi", source=said)
    s.assistant("Noted: you have a cat called Mochi.", context=[item])
    s.session(days_later=2)
    s.user_says("How early should I book train tickets in Europe?")
    judged = s.assistant("Many operators open sales 3–6 months ahead; book as soon as your dates are fixed.", context=[item])
    s.user_says("OK. Side note: as I said before, I have a cat called Mochi.")
    s.assistant("Thanks — noted.")
    assert tag(s, judged) is None


def test_an_unmarked_reminder_that_opens_a_new_request_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("Just so you know, I'm vegan.")
    item = s.remember("User is vegan (no meat, dairy or eggs)", source=said)
    s.assistant("Noted: you're vegan.", context=[item])
    s.session(days_later=3)
    s.user_says("How do I get red wine out of carpet?")
    judged = s.assistant("Blot, then dab with cold water and a little dish soap.", context=[item])
    s.user_says("Quick context: I'm vegan. Can you suggest something for dinner tonight?")
    s.assistant("How about a chickpea, spinach and coconut curry?", context=[item])
    assert tag(s, judged) is None


def test_a_confirmed_new_value_after_a_legitimate_update_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("I'm a nurse by profession.")
    item = s.remember("User works as a nurse", source=said)
    s.assistant("Noted: you work as a nurse.", context=[item])
    s.session(days_later=3)
    change = s.user_says("I changed jobs — I work as a software engineer now.")
    s.update(item, "User works as a software engineer", source=change)
    s.assistant("Updated: you work as a software engineer now.", context=[item])
    s.user_says("What skill should I work on this year for my career?")
    judged = s.assistant("As a software engineer, I'd look at system design and clearer design docs.", context=[item])
    s.user_says("Good, I work as a software engineer, not a nurse.")
    s.assistant("Great — enjoy!")
    assert tag(s, judged) is None


def test_a_clarifying_question_the_user_answers_with_marker_words_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("My budget for a new laptop is $1,500.")
    item = s.remember("User's budget for a new laptop is $1,500", source=said)
    s.assistant("Noted: your laptop budget is $1,500.", context=[item])
    s.session(days_later=3)
    s.user_says("Can you plan a weekend in Vienna for me?")
    judged = s.assistant("Gladly — what's your budget for the weekend, roughly?")
    s.user_says("I don't think I mentioned it — about €400 all in.")
    s.assistant("For €400: a mid-range hotel in Neubau, a Naschmarkt brunch and the Belvedere.")
    assert tag(s, judged) is None


def test_a_restatement_the_assistant_apologises_for_is_recall_even_with_a_redo_request() -> None:
    s, judged = _vegan_then("How about a four-cheese risotto?", "That won't work — I'm vegan. Can you redo it?",
                            "Sorry about that — you did tell me. How about a chickpea curry?", context=False)
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis) == ("recall", "retrieval_miss")
    assert found.confidence >= 0.8


def test_a_question_for_a_known_fact_that_the_user_skips_is_recall() -> None:
    s = Story()
    told_in = s.session()
    said = s.user_says("My home airport is Chicago O'Hare.")
    item = s.remember("User's home airport is Chicago O'Hare (ORD)", source=said)
    s.assistant("Noted: you fly out of O'Hare.", context=[item])
    s.session(days_later=4)
    s.user_says("Find me flights to Rome in March?")
    judged = s.assistant("Which airport will you fly from?")
    s.user_says("How do I prepare for a fasting blood test?")
    s.assistant("Usually nothing but water for 8–12 hours beforehand.")
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis, found.evidence_session) == ("recall", "retrieval_miss", told_in)
    assert found.confidence < 0.8  # a skipped question is weaker evidence than a complaint


def test_a_users_correction_of_a_claim_about_the_world_is_not_a_fact_recall_can_miss() -> None:
    s = Story()
    s.session()
    s.user_says("Undo my last commit but keep the changes?")
    wrong = s.assistant("Use git reset --hard HEAD~1.")
    s.user_says("Pretty sure --soft keeps them staged; --hard discards them.")
    s.assistant("You're right — git reset --soft HEAD~1 keeps your changes staged.")
    s.feedback(wrong, "thumbs_down")
    s.session(days_later=2)
    s.user_says("How do I undo a commit again?")
    judged = s.assistant("Use git reset --hard HEAD~1.")
    s.user_says("--soft keeps them staged, --hard discards them.")
    s.assistant("Sorry about that — use git reset --soft HEAD~1.")
    found = tag(s, judged)
    assert found is None or found.type != "recall"


def _reaction(**kw: object) -> Reaction:
    base: dict[str, object] = dict(marked=False, apologized=False, negative_feedback=False, approving=False, in_passing=False,
                                   new_request=False, relevance=0.6, used=False, answer_sim=0.2)
    return Reaction(**{**base, **kw})  # type: ignore[arg-type]


def test_confidence_is_highest_for_a_marked_complaint_and_lowest_for_a_quiet_reaction() -> None:
    complaint = reaction_confidence(_reaction(marked=True, apologized=True, negative_feedback=True))
    quiet = reaction_confidence(_reaction(marked=True))
    assert complaint is not None and quiet is not None and complaint > quiet >= 0.5
    assert reaction_confidence(_reaction()) is None  # unmarked and no complaint: says nothing about the turn
    assert reaction_confidence(_reaction(marked=True, approving=True)) is None
    assert reaction_confidence(_reaction(marked=True, relevance=0.1)) is None
    assert reaction_confidence(_reaction(marked=True, answer_sim=0.6)) is None


def test_an_answered_question_is_no_reask() -> None:
    answered = ReAsk(relevance=0.7, replied=True, negative_feedback=False, unanswered=False, used=False)
    assert reask_confidence(answered) is None
    assert reask_confidence(ReAsk(relevance=0.7, replied=False, negative_feedback=False, unanswered=False, used=False)) == 0.7


def test_a_praising_comment_is_no_complaint() -> None:
    s = Story()
    s.session()
    said = s.user_says("Just so you know, I'm vegan.")
    item = s.remember("User is vegan (no meat, dairy or eggs)", source=said)
    s.assistant("Noted: you're vegan.", context=[item])
    s.session(days_later=3)
    s.user_says("Can you suggest something for dinner tonight?")
    judged = s.assistant("How about a chickpea, spinach and coconut curry?", context=[item])
    s.feedback(judged, "comment", comment="Love this, thanks!")
    assert tag(s, judged) is None


def test_a_missed_changed_value_is_not_claimed_by_recall() -> None:
    s = Story()
    s.session()
    said = s.user_says("I train Monday, Wednesday and Friday mornings.")
    item = s.remember("User trains Mon/Wed/Fri mornings", source=said)
    s.assistant("Noted: Mon/Wed/Fri mornings.", context=[item])
    s.session(days_later=3)
    s.user_says("My schedule changed — I can only work out on weekends now.")
    s.assistant("Got it.")
    s.user_says("When should I fit in a stretching session?")
    judged = s.assistant("Any weekday evening works well.", context=[item])
    s.user_says("I can only work out on weekends now, remember?")
    s.assistant("Sorry about that — on Saturday or Sunday, then.")
    found = tag(s, judged)
    assert found is None or found.type != "recall"


def test_a_complaint_that_corrects_something_else_does_not_blame_an_earlier_fact() -> None:
    s = Story()
    s.session()
    said = s.user_says("Laptop hunting — my budget for a new laptop is $900, max.")
    s.remember("User's budget for a new laptop is $900", source=said)
    s.assistant("Okay, saved: your laptop budget is $900.")
    s.user_says("My rent is $1,800 a month, can you help me put together a budget?")
    judged = s.assistant("Sure! With rent at $2,100, let's start with your fixed costs.")
    s.feedback(judged, "correction", correction="Rent is $1,800.")
    s.user_says("Rent is $1,800, not $2,100.")
    s.assistant("Sorry about that! Rent at $1,800, then.")
    found = tag(s, judged)
    assert found is None or found.type != "recall"


def test_a_redaction_placeholder_neither_hides_a_restatement_nor_counts_as_a_used_name() -> None:
    s = Story()
    told_in = s.session()
    said = s.user_says("I always fly out of <PERSON> (MAN).")
    item = s.remember("User's home airport is <PERSON> (MAN)", source=said)
    s.assistant("Okay, saved: you fly out of <PERSON>.", context=[item])
    s.session(days_later=4)
    s.user_says("Find me flights to Rome in March?")
    judged = s.assistant("Which airport will you fly from, <PERSON>?")
    s.user_says("Hello? I always fly out of Manchester.")
    s.assistant("You're right, my apologies. From Manchester, Jet2 and Ryanair fly direct to Rome.")
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis, found.evidence_session) == ("recall", "retrieval_miss", told_in)


def test_a_turn_corrected_as_wrong_is_not_blamed_on_an_unrelated_fact() -> None:
    s = Story()
    s.session()
    s.user_says("We're planning a trip for <PERSON>'s birthday.")
    s.assistant("Lovely — happy to help plan it.")
    s.session(days_later=10)
    s.user_says("Hi! Can you help me write a birthday card for my partner?")
    judged = s.assistant("Dear Sam, happy birthday to my favourite person!")
    s.feedback(judged, "thumbs_down")
    s.user_says("That's wrong, we went over this before.")
    s.assistant("Apologies, I should have remembered that. Dear Sasha, happy birthday to my favourite person!")
    found = tag(s, judged)
    assert found is None or found.type != "recall"


# A fact that exists only as a memory item (written from a session evalhub never ingested, or by hand) has no user
# statement on record; the user's re-telling of it is the evidence (found 2026-11-23 while checking CI, fixed in the
# next session).
def _memory_only(answer: str, reaction: str, follow_up: str, *, inject: bool = True, new_session: bool = False) -> tuple[Story, str]:
    s = Story()
    s.session()
    item = s.remember("User is vegetarian")
    if new_session:
        s.user_says("Hi!")
        s.assistant("Hello! How can I help?")
        s.session(days_later=2)
    s.user_says("Dinner idea?")
    judged = s.assistant(answer, context=[item] if inject else [])
    s.user_says(reaction)
    s.assistant(follow_up)
    return s, judged


def test_an_injected_memory_only_fact_the_answer_contradicts_is_recall() -> None:
    s, judged = _memory_only("Try a beef stew!", "No, that's wrong. I told you I'm vegetarian.", "Sorry about that! How about a mushroom stroganoff?")
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis) == ("recall", "ignored")
    assert [m["quote"] for m in found.evidence.memory] == ["User is vegetarian"]
    assert "known from memory" in found.explanation


def test_a_memory_only_fact_missed_across_sessions_is_recall_with_its_diagnosis() -> None:
    s, judged = _memory_only("Try a beef stew!", "I'm vegetarian, remember? Something else please.", "Sorry! A mushroom stroganoff, then.",
                             inject=False, new_session=True)
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis) == ("recall", "retrieval_miss")


def test_a_memory_only_fact_the_answer_used_and_the_user_confirms_is_clean() -> None:
    s, judged = _memory_only("Since you're vegetarian: a mushroom stroganoff?", "Yes, I'm vegetarian, that works.", "Great — enjoy!")
    assert tag(s, judged) is None


def test_a_memory_only_fact_mentioned_in_passing_after_an_unrelated_answer_is_clean() -> None:
    s = Story()
    s.session()
    item = s.remember("User has a cat called Mochi")
    s.user_says("How early should I book train tickets in Europe?")
    judged = s.assistant("Many operators open sales 3–6 months ahead; book as soon as your dates are fixed.", context=[item])
    s.user_says("OK. By the way, I have a cat called Mochi.")
    s.assistant("Thanks — noted.")
    assert tag(s, judged) is None


def _told_then(told: str, memory: str, answer: str, reaction: str, follow_up: str) -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says(told)
    item = s.remember(memory, source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=3)
    s.user_says("Which piano should I get for home?")
    judged = s.assistant(answer)
    s.user_says(reaction)
    s.assistant(follow_up)
    return s, judged


def test_a_retelling_that_shares_the_facts_negation_agrees_with_it() -> None:
    # "no lift" in both the fact and the re-telling is the same fact, not a denial of it.
    s, judged = _told_then("Our flat is on the fourth floor and there's no lift.", "User lives on the 4th floor (no lift)",
                           "A second-hand acoustic upright, around 230 kg.", "Come on, I live on the fourth floor with no lift, I said so last time.",
                           "Sorry about that. A digital piano that breaks down into two parts, then.")
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis) == ("recall", "retrieval_miss")


def test_a_retelling_in_the_words_of_the_memory_gist_matches_the_first_telling() -> None:
    # First told as "tight spaces make me panic"; re-told as "I'm claustrophobic", the words of the memory item.
    s, judged = _told_then("Small rooms and tight spaces make me panic.", "User is claustrophobic",
                           "Before I suggest one: is there anything I should keep in mind, like space or noise?",
                           "I'm claustrophobic — same as last time.", "Right — an upright against an open wall, then.")
    found = tag(s, judged)
    assert found is not None and found.type == "recall"


def test_we_went_over_this_is_a_marker_not_a_change_of_the_fact() -> None:
    s, judged = _told_then("I have type 1 diabetes, so carbs matter to me.", "User has type 1 diabetes",
                           "Grab a big glass of orange juice and toast with jam before practice.", "Ugh. I have type 1 diabetes. We went over this.",
                           "Sorry about that. Eggs on wholegrain toast, then, and check your levels first.")
    found = tag(s, judged)
    assert found is not None and found.type == "recall"


def test_a_question_answered_with_new_information_and_a_marker_stays_clean() -> None:
    s, judged = _told_then("I have type 1 diabetes, so carbs matter to me.", "User has type 1 diabetes",
                           "Happy to help — how much room do you have for it?", "I don't think I said before — about two metres of wall.",
                           "Then a compact upright or a digital piano fits.")
    assert tag(s, judged) is None


def _york(reaction: str, follow_up: str) -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says("My mum lives with us and uses a walking frame.")
    item = s.remember("User's mother lives with them and uses a walking frame", source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=4)
    s.user_says("Can you plan a family day out in York this weekend?")
    judged = s.assistant("Walk the city walls — two miles with steps — then climb the Minster tower's 275 steps.")
    s.user_says(reaction)
    s.assistant(follow_up)
    return s, judged


def test_a_repair_after_an_objection_shows_which_fact_the_answer_missed() -> None:
    # The user's objection names the fact in other words; the assistant's repair takes it up.
    s, judged = _york("Mum would never manage that.", "Ah, right. Keep it step-free for your mum: the Minster's main floor and a riverside stroll.")
    found = tag(s, judged)
    assert found is not None and (found.type, found.diagnosis) == ("recall", "retrieval_miss")


def test_a_repair_that_takes_up_no_earlier_fact_is_no_recall() -> None:
    s, judged = _york("Too much walking for me today, honestly.", "Ah, right. A river cruise on the Ouse and the Jorvik Centre, then.")
    found = tag(s, judged)
    assert found is None or found.type != "recall"
