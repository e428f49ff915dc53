"""Clash: conflicting items, a stale item against what the user says now, a superseded value; and legitimate changes."""

from __future__ import annotations

from tests.failures.helpers import Story, tag


def _old_fact(s: Story) -> tuple[str, str]:
    sid = s.session()
    said = s.user_says("FYI, I'm pescatarian — have been for a while.")
    item = s.remember("User is pescatarian (eats fish, no meat)", source=said)
    s.assistant("Good to know — I'll remember that you're pescatarian.", context=[item])
    return sid, item


def test_two_injected_items_with_different_values_are_a_clash() -> None:
    s = Story()
    _, old = _old_fact(s)
    changed_in = s.session()
    said = s.user_says("Just so you know, things changed — I'm vegetarian now.")
    new = s.remember("User is vegetarian", source=said)
    s.assistant("Got it, I've updated that: you're vegetarian now.", context=[new])
    s.session()
    s.user_says("Can you suggest something for dinner tonight?")
    hedge = s.assistant("Quick check: I have a note that you're pescatarian, and another that you're vegetarian. Which one is current?", context=[new, old])
    found = tag(s, hedge)
    assert found is not None and found.type == "clash"
    assert found.evidence_session == changed_in
    assert {m["id"] for m in found.evidence.memory} == {old, new}


def test_an_answer_using_the_superseded_value_of_an_updated_item_is_a_clash() -> None:
    s = Story()
    s.session()
    said = s.user_says("Some background: I work as a nurse.")
    item = s.remember("User works as a nurse", source=said)
    s.assistant("Noted: you work as a nurse.", context=[item])
    changed_in = s.session()
    change = s.user_says("I changed jobs — I work as a high-school history teacher now.")
    s.update(item, "User works as a high-school history teacher", source=change)
    s.assistant("Updated: you work as a high-school history teacher now.", context=[item])
    s.session()
    s.user_says("Any ideas for a course I could take to level up at work?")
    failing = s.assistant("As a nurse, I'd look at a wound-care certification.", context=[item])
    found = tag(s, failing)
    assert found is not None and found.type == "clash" and found.evidence_session == changed_in
    assert "nurse" in found.details["old_terms"]


def test_a_stale_item_against_what_the_user_just_said_is_a_clash_pointing_at_the_session_that_wrote_it() -> None:
    s = Story()
    wrote_in, item = _old_fact(s)
    s.session()
    s.user_says("Quick update on my diet: I'm vegan now.")
    s.assistant("Thanks for letting me know!")
    s.user_says("Different question: need a weeknight dinner idea.")
    failing = s.assistant("Since you're pescatarian, how about a lemon-garlic salmon tray bake?", context=[item])
    found = tag(s, failing)
    assert found is not None and found.type == "clash" and found.evidence_session == wrote_in


def test_a_legitimate_change_used_correctly_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("Some background: I work as a nurse.")
    item = s.remember("User works as a nurse", source=said)
    s.assistant("Noted.", context=[item])
    s.session()
    change = s.user_says("I changed jobs — I work as a history teacher now. Any course ideas?")
    s.update(item, "User works as a history teacher", source=change)
    answer = s.assistant("Updated! As a history teacher, try a curriculum-design course.", context=[item])
    s.session()
    s.user_says("Any ideas for a course to level up at work?")
    later = s.assistant("As a history teacher, I'd look at classroom tech tools.", context=[item])
    assert tag(s, answer) is None and tag(s, later) is None


def test_facts_the_user_gave_together_are_not_conflicting_values() -> None:
    s = Story()
    s.session()
    said = s.user_says("Meal-planning context: I cook for a family of four; my kids won't eat spicy food.")
    a = s.remember("User cooks for a family of four (two kids under 10)", source=said)
    b = s.remember("User's kids won't eat spicy food", source=said)
    s.assistant("Perfect, I've noted all of that.")
    s.session()
    s.user_says("Can you plan our dinners for next week?")
    plan = s.assistant("Here's a mild 5-night plan for four: tacos, pasta bake, stir-fry, soup and a roast.", context=[a, b])
    assert tag(s, plan) is None


def _phone_story(*, update_memory: bool) -> tuple[Story, str, str]:
    s = Story()
    wrote = s.session()
    said = s.user_says("I use an iPhone 13, if that matters.")
    item = s.remember("User's phone is an iPhone 13", source=said)
    s.assistant("Okay, saved: you use an iPhone 13.", context=[item])
    s.session(days_later=4)
    change = s.user_says("Got a new phone — a Pixel 8. How do I take a screenshot?")
    if update_memory:
        s.update(item, "User's phone is a Pixel 8", source=change)
        answer = s.assistant("On your Pixel: press power and volume down together.", context=[item])
    else:
        answer = s.assistant("On your iPhone: press the side button and volume up together.", context=[item])
    return s, answer, wrote


def test_an_answer_serving_a_value_the_user_just_replaced_is_a_clash_for_an_attribute_no_lexicon_names() -> None:
    s, answer, wrote = _phone_story(update_memory=False)
    found = tag(s, answer)
    assert found is not None and found.type == "clash"
    assert found.evidence_session == wrote  # the stale item's session: the change was in this very request
    assert "iphone" in found.details["old_terms"]


def test_a_change_memory_already_took_is_clean() -> None:
    s, answer, _ = _phone_story(update_memory=True)
    assert tag(s, answer) is None


# --- round 4: records, spelled-out numbers, a change that names the old value ---------------------------------------


def test_two_dated_chat_recaps_in_one_context_are_not_a_clash() -> None:
    s = Story()
    s.session()
    a = s.remember("Chat recap 2026-02-10: topics were pruning roses. Tone calm. Nothing pending.")
    b = s.remember("Chat recap 2026-02-14: topics were tax deadlines, sourdough starters. Tone busy. Nothing pending.")
    c = s.remember("Imported from an older chat: user wrote “how do I descale an espresso machine?”")
    s.user_says("What's a good name for a grey cat?")
    answer = s.assistant("Pebble, Smokey or Ash are classics.", context=[a, b, c])
    found = tag(s, answer)
    assert found is None or found.type != "clash"


def test_two_past_events_are_not_a_clash() -> None:
    s = Story()
    s.session()
    a = s.remember("User complimented the assistant on a recipe")
    b = s.remember("User thanked the assistant after a long chat")
    s.user_says("How long do I boil an egg for a runny yolk?")
    answer = s.assistant("About six minutes from boiling water, then straight into cold water.", context=[a, b])
    found = tag(s, answer)
    assert found is None or found.type != "clash"


def test_editors_with_short_names_injected_together_are_a_clash() -> None:
    s = Story()
    s.session()
    said = s.user_says("My code editor is VS Code.")
    old = s.remember("User's code editor is VS Code", source=said)
    s.assistant("Noted.", context=[old])
    s.session()
    said = s.user_says("I've moved over to Emacs these days.")
    new = s.remember("User's code editor is Emacs", source=said)
    s.assistant("Got it.", context=[new])
    s.session()
    s.user_says("How do I turn on format-on-save?")
    hedge = s.assistant("I have both VS Code and Emacs noted as your editor — which one should I give steps for?", context=[old, new])
    found = tag(s, hedge)
    assert found is not None and found.type == "clash"


def _team(s: Story) -> str:
    s.session()
    said = s.user_says("I lead a small team of 4.")
    item = s.remember("User leads a team of 4", source=said)
    s.assistant("Noted.", context=[item])
    return item


def test_an_answer_for_the_old_head_count_after_the_user_says_it_changed_is_a_clash() -> None:
    s = Story()
    item = _team(s)
    s.session()
    s.user_says("How should I run our quarterly planning day?")
    failing = s.assistant("For four people keep it simple: one room, a whiteboard and a long lunch.", context=[item])
    s.user_says("That's out of date — I lead fifteen people now.")
    s.assistant("My mistake. For fifteen, split into three groups with a lead each.")
    found = tag(s, failing)
    assert found is not None and found.type == "clash"


def test_the_same_head_count_spelled_out_is_no_change() -> None:
    s = Story()
    item = _team(s)
    s.session()
    s.user_says("Just confirming, I lead four people now. How should I run our quarterly planning day?")
    answer = s.assistant("For a team of 4 keep it simple: one room, a whiteboard and a long lunch.", context=[item])
    found = tag(s, answer)
    assert found is None or found.type != "clash"


def test_an_answer_for_the_car_the_user_just_said_they_sold_is_a_clash() -> None:
    s = Story()
    s.session()
    said = s.user_says("I drive a diesel Volkswagen Golf.")
    item = s.remember("User drives a diesel Volkswagen Golf", source=said)
    s.assistant("Noted.", context=[item])
    s.session()
    s.user_says("I sold the Golf — I've got a Tesla Model 3 now. What servicing should I plan for this year?")
    failing = s.assistant("For the Golf: an oil and filter change, a timing-belt check and new brake pads.", context=[item])
    found = tag(s, failing)
    assert found is not None and found.type == "clash"


def test_an_answer_for_the_car_the_item_already_names_is_clean() -> None:
    s = Story()
    s.session()
    said = s.user_says("I drive a Tesla Model 3.")
    item = s.remember("User drives a Tesla Model 3", source=said)
    s.assistant("Noted.", context=[item])
    s.session()
    s.user_says("I've got the Tesla Model 3 now, as you know. What servicing should I plan for this year?")
    answer = s.assistant("For the Model 3: rotate the tyres, replace the cabin filter and check the brake fluid.", context=[item])
    found = tag(s, answer)
    assert found is None or found.type != "clash"


def test_a_schedule_spelled_out_in_full_days_is_no_change() -> None:
    s = Story()
    s.session()
    said = s.user_says("I swim Tue/Thu evenings.")
    item = s.remember("User swims Tue/Thu evenings", source=said)
    s.assistant("Noted.", context=[item])
    s.session()
    s.user_says("Just so you know, I swim Tuesday and Thursday evenings now. Plan my week?")
    answer = s.assistant("Around your Tue/Thu evening swims: strength on Monday, rest on Wednesday, a long walk on Saturday.", context=[item])
    found = tag(s, answer)
    assert found is None or found.type != "clash"
