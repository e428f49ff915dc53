"""Recall: positives with each diagnosis and the evidence session, and the look-alikes that must stay clean."""

from __future__ import annotations

from tests.failures.helpers import Story, tag


def _told_then_asked(*, stored: bool, injected: bool, reaction: str = "Like I said last time, I support the Boston Celtics.") -> tuple[Story, str, str]:
    s = Story()
    told_in = s.session()
    s.user_says("Quick question about tonight.")
    s.assistant("Sure, go ahead.")
    said = s.user_says("I support the Boston Celtics, for the record.")
    item = s.remember("User is a fan of the Boston Celtics", source=said) if stored else None
    s.assistant("Noted: you support the Celtics.", context=[item] if item else [])
    s.session(days_later=5)
    s.user_says("Any games worth watching this weekend?")
    failing = s.assistant("Which team do you follow?", context=[item] if item and injected else [])
    s.user_says(reaction)
    s.assistant("Sorry about that — you did tell me. The Celtics play the Knicks on Friday night.")
    return s, failing, told_in


def test_it_flags_a_fact_that_never_reached_memory_as_a_write_miss() -> None:
    story, failing, told_in = _told_then_asked(stored=False, injected=False)
    found = tag(story, failing)
    assert found is not None and found.type == "recall"
    assert found.diagnosis == "write_miss"
    assert found.evidence_session == told_in
    assert found.evidence.sessions == [told_in]
    assert "Boston Celtics" in found.evidence.messages[0]["quote"]


def test_it_flags_a_stored_but_not_injected_fact_as_a_retrieval_miss() -> None:
    story, failing, told_in = _told_then_asked(stored=True, injected=False)
    found = tag(story, failing)
    assert found is not None and (found.type, found.diagnosis, found.evidence_session) == ("recall", "retrieval_miss", told_in)
    assert found.evidence.memory[0]["injected"] is False


def test_it_flags_an_injected_but_unused_fact_as_ignored() -> None:
    story, failing, told_in = _told_then_asked(stored=True, injected=True, reaction="As I told you before: I support the Boston Celtics.")
    found = tag(story, failing)
    assert found is not None and (found.type, found.diagnosis, found.evidence_session) == ("recall", "ignored", told_in)
    assert found.evidence.memory[0]["injected"] is True


def test_a_fact_given_earlier_in_the_same_session_has_no_evidence_session() -> None:
    s = Story()
    s.session()
    said = s.user_says("For context, I'm allergic to peanuts.")
    item = s.remember("User is allergic to peanuts", source=said)
    s.assistant("Got it — no peanuts.", context=[item])
    s.user_says("Different question: what's a quick stir-fry sauce?")
    failing = s.assistant("Blend peanut butter, soy sauce and lime for a quick satay.", context=[item])
    s.user_says("I literally just said I'm allergic to peanuts!")
    s.assistant("You're right, I'm sorry — try soy, garlic and ginger instead.", context=[item])
    found = tag(s, failing)
    assert found is not None and (found.type, found.diagnosis, found.evidence_session) == ("recall", "ignored", None)


def test_a_reask_left_unanswered_with_a_thumbs_down_is_recall() -> None:
    s = Story()
    told_in = s.session()
    said = s.user_says("I work as a nurse, for context.")
    s.assistant("Thanks for telling me!")
    s.remember("User works as a nurse", source=said)
    s.session(days_later=3)
    s.user_says("What skill should I work on this year for my career?")
    failing = s.assistant("What field are you in?")
    s.feedback(failing, "thumbs_down")
    found = tag(s, failing)
    assert found is not None and found.type == "recall" and found.evidence_session == told_in


def test_a_clarifying_question_about_something_never_said_is_clean() -> None:
    s = Story()
    s.session()
    s.user_says("I work as a nurse, for context.")
    s.assistant("Thanks for telling me!")
    s.session()
    s.user_says("Help me pick a gift for my coworker.")
    asked = s.assistant("Happy to! What's your budget, and do you know anything they're into?")
    s.user_says("About $30, she loves tea.")
    s.assistant("A loose-leaf tea sampler would be lovely.")
    assert tag(s, asked) is None


def test_asking_again_after_the_user_asked_to_forget_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("I live in Manchester, by the way.")
    item = s.remember("User lives in Manchester", source=said)
    s.assistant("Good to know.", context=[item])
    s.session()
    forget = s.user_says("Can you forget where I live? I'd rather you didn't store my location.")
    s.forget(item, source=forget)
    s.assistant("Done — I've removed that from memory.")
    s.user_says("Do I need a coat today?")
    asked = s.assistant("Where are you? I'll check the forecast.")
    s.user_says("Keep it general, that's fine.")
    general = s.assistant("It's looking mild — a light jacket should do.")
    assert tag(s, asked) is None and tag(s, general) is None


def test_a_preference_change_is_not_a_restatement() -> None:
    s = Story()
    s.session()
    said = s.user_says("My budget for a new laptop is $1,500.")
    item = s.remember("User's budget for a new laptop is $1,500", source=said)
    s.assistant("Noted: your laptop budget is $1,500.", context=[item])
    s.session()
    s.user_says("How does compound interest work?")
    before = s.assistant("You earn interest on your interest.")
    change = s.user_says("I got a bonus, so my budget for a new laptop is $2,000 now!")
    s.update(item, "User's budget for a new laptop is $2,000", source=change)
    s.assistant("Updated: your laptop budget is $2,000.", context=[item])
    assert tag(s, before) is None


def test_a_user_reminding_us_in_the_request_is_not_a_failure() -> None:
    s = Story()
    s.session()
    said = s.user_says("Currently studying Spanish, about a year in.")
    item = s.remember("User is learning Spanish", source=said)
    s.assistant("Okay, saved: you're learning Spanish.", context=[item])
    s.session()
    s.user_says("My schedule changed, I only train on weekends now.")
    ack = s.assistant("Got it, noted.")
    s.user_says("As you know, I'm learning Spanish. Teach me a phrase for ordering coffee.")
    answer = s.assistant('In Spanish: "Un café, por favor".', context=[item])
    assert tag(s, ack) is None and tag(s, answer) is None


def _celtics_fan_then_unrelated_answer() -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says("I support the Boston Celtics, for the record.")
    item = s.remember("User is a fan of the Boston Celtics", source=said)
    s.assistant("Noted: you support the Celtics.", context=[item])
    s.session(days_later=5)
    s.user_says("What's a regex for a 5-digit US ZIP code?")
    unrelated = s.assistant(r"`^\d{5}(-\d{4})?$` — five digits, optionally a dash and four more.", context=[item])
    return s, unrelated


def test_a_marked_reminder_before_a_new_request_does_not_blame_the_answer_before_it() -> None:
    s, unrelated = _celtics_fan_then_unrelated_answer()
    s.user_says("As I told you last time, I support the Boston Celtics. Any games worth watching this weekend?")
    s.assistant("The Celtics play the Knicks on Friday night — that's the one for you.")
    assert tag(s, unrelated) is None


def test_the_user_approvingly_echoing_a_fact_the_answer_used_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("I support the Boston Celtics, for the record.")
    item = s.remember("User is a fan of the Boston Celtics", source=said)
    s.assistant("Noted: you support the Celtics.", context=[item])
    s.session(days_later=5)
    s.user_says("Any games worth watching this weekend?")
    answer = s.assistant("The Boston Celtics play the Knicks on Friday night — that's the one for you.", context=[item])
    s.user_says("Yes! As I mentioned, I support the Boston Celtics, so this is exactly right.")
    s.assistant("Glad it fits!")
    assert tag(s, answer) is None


def test_an_interjection_before_the_restatement_is_no_new_request() -> None:
    story, failing, told_in = _told_then_asked(stored=True, injected=False, reaction="Seriously? Like I said last time, I support the Boston Celtics.")
    found = tag(story, failing)
    assert found is not None and (found.type, found.diagnosis, found.evidence_session) == ("recall", "retrieval_miss", told_in)



# --- round 4: re-asks answered with the known fact, questions that name options, tag questions ---------------------


def _violinist(s: Story) -> str:
    s.session()
    said = s.user_says("I play the viola in an amateur orchestra.")
    item = s.remember("User plays the viola in an amateur orchestra", source=said)
    s.assistant("Lovely — noted.", context=[item])
    return item


def test_a_question_answered_with_the_fact_the_user_had_given_is_recall() -> None:
    s = Story()
    _violinist(s)
    s.session()
    s.user_says("How should I split 40 minutes of practice?")
    failing = s.assistant("Which instrument is this for?")
    s.user_says("I play the viola in an orchestra. I said so before.")
    s.assistant("Thanks. For viola: 10 minutes of long bows, 15 of scales, 15 on the orchestra parts.")
    found = tag(s, failing)
    assert found is not None and found.type == "recall"


def test_a_question_answered_with_new_information_is_clean() -> None:
    s = Story()
    _violinist(s)
    s.session()
    s.user_says("What should I bring to my nephew's birthday party?")
    answer = s.assistant("How old is he turning?")
    s.user_says("He's turning seven.")
    s.assistant("A building set or a good picture book.")
    assert tag(s, answer) is None


def test_a_question_naming_the_options_that_the_user_skips_is_recall() -> None:
    s = Story()
    s.session()
    said = s.user_says("I don't own a car, I cycle everywhere.")
    s.remember("User has no car and cycles everywhere", source=said)
    s.assistant("Noted.")
    s.session()
    s.user_says("How should I get to the airport for an early flight?")
    failing = s.assistant("Sure! What will you take — car, bike or taxi?")
    s.user_says("Another thing: how do I clean a kettle?")
    s.assistant("Boil a vinegar-and-water mix, leave it an hour, rinse.")
    found = tag(s, failing)
    assert found is not None and found.type == "recall"


def test_a_reminder_ending_in_a_tag_question_is_no_new_request() -> None:
    s = Story()
    s.session()
    said = s.user_says("My dissertation is due on 12 May.")
    s.remember("User's dissertation is due on 12 May", source=said)
    s.assistant("Noted.")
    s.session()
    s.user_says("Help me plan my evenings for the next six weeks.")
    failing = s.assistant("Mix it up: a pottery class, a film night and a couple of dinners out.")
    s.user_says("hold on, my dissertation is due on 12 May, remember?")
    s.assistant("You're right, my apologies. With the dissertation due 12 May, keep three evenings a week for writing.")
    found = tag(s, failing)
    assert found is not None and found.type == "recall"


def test_forgetting_another_fact_that_shares_an_everyday_word_does_not_hide_a_fact() -> None:
    s = Story()
    s.session()
    s.user_says("I keep two rabbits in the garden.")
    s.assistant("Noted.")
    s.user_says("Actually, don't keep my gym schedule on file.")
    s.assistant("Done, removed.")
    s.session()
    s.user_says("A storm is coming tonight, what should I do?")
    failing = s.assistant("Bring in the garden furniture and charge your phone.")
    s.user_says("I mentioned a while ago that I keep rabbits.")
    s.assistant("Apologies, let me redo that. Move the rabbit hutch into a shed or garage too.")
    found = tag(s, failing)
    assert found is not None and found.type == "recall"
