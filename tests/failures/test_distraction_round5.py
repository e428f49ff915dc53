"""Distraction, round 5 (holdout3 released as development data): items brought up in other words, and items the user
takes up."""

from __future__ import annotations

from tests.failures.helpers import Story, tag


def _aside(answer: str, reaction: str, follow_up: str, *, memory: str = "User lives in a fourth-floor walk-up (no lift)") -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says("Our flat is a fourth-floor walk-up, no lift.")
    item = s.remember(memory, source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=2)
    s.user_says("Why are there two high tides a day?")
    judged = s.assistant(answer, context=[item])
    s.user_says(reaction)
    s.assistant(follow_up)
    return s, judged


def test_an_aside_about_an_irrelevant_item_in_other_words_is_distraction() -> None:
    s, judged = _aside("The Moon's pull bulges the oceans on the side facing it and on the far side; Earth turns through both "
                       "bulges daily. P.S. Climbing all those flights of stairs to your flat is a great workout, I bet.",
                       "Switching gears — what grind size for a French press?", "Coarse, like sea salt.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


def test_an_aside_the_user_complains_about_is_distraction_with_more_confidence() -> None:
    s, judged = _aside("The Moon's pull bulges the oceans on the side facing it and on the far side; Earth turns through both "
                       "bulges daily. P.S. Climbing all those flights of stairs to your flat is a great workout, I bet.",
                       "What do my stairs have to do with tides?", "Fair point, sorry — ignore that part.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction" and found.confidence >= 0.8


def test_an_item_the_user_takes_up_gladly_is_not_distraction() -> None:
    s = Story()
    s.session()
    said = s.user_says("Flashing lights trigger my migraines.")
    item = s.remember("User gets migraines triggered by flashing or flickering light", source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=2)
    s.user_says("Recommend a video game I can get into this month.")
    judged = s.assistant("Try Stardew Valley — calm visuals, no flashing effects, and you can turn screen shake off.", context=[item])
    s.user_says("Glad you remembered that flashing lights trigger my migraines.")
    s.assistant("Of course — it's built into that suggestion.")
    assert tag(s, judged) is None


def test_an_aside_the_user_flags_as_beside_the_point_is_distraction_even_in_distant_words() -> None:
    s = Story()
    s.session()
    said = s.user_says("Fragranced products set off my eczema.")
    item = s.remember("User has eczema triggered by fragranced products", source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=2)
    s.user_says("Icebreaker idea for a new book club?")
    judged = s.assistant("Ask everyone to name the book they've pretended to have read — it gets people laughing. "
                         "And remember to moisturise — winter's rough on everyone's skin.", context=[item])
    s.user_says("That last bit has nothing to do with it.")
    s.assistant("Fair point — ignore that part.")
    found = tag(s, judged)
    assert found is not None and found.type == "distraction"


def test_the_same_aside_unflagged_and_far_from_the_item_is_left_alone() -> None:
    s = Story()
    s.session()
    said = s.user_says("Fragranced products set off my eczema.")
    item = s.remember("User has eczema triggered by fragranced products", source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=2)
    s.user_says("Icebreaker idea for a new book club?")
    judged = s.assistant("Ask everyone to name the book they've pretended to have read — it gets people laughing. "
                         "And remember to bring snacks for everyone.", context=[item])
    s.user_says("Great, thanks!")
    s.assistant("Enjoy!")
    assert tag(s, judged) is None
