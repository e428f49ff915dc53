"""Poisoning: a corrected claim stored anyway and repeated later; and the memory-ends-up-right look-alikes."""

from __future__ import annotations

from tests.failures.helpers import Story, tag


def _wrong_stored(s: Story, *, fix_memory: bool = False) -> tuple[str, str]:
    sid = s.session()
    s.user_says("My deadlift PR is 104 kg, I want a plan to get past it.")
    wrong = s.assistant("Nice — with a 140 kg PR, let's build a 6-week block.")
    item = s.remember("User's deadlift PR is 140 kg", source=wrong)
    fix = s.user_says("It's 104 kg, not 140.")
    s.feedback(wrong, "correction", correction="Deadlift PR is 104 kg")
    if fix_memory:
        s.update(item, "User's deadlift PR is 104 kg", source=fix)
    s.assistant("You're right, I'm sorry — with a 104 kg PR, here's the block.")
    return sid, item


def test_a_corrected_claim_injected_and_repeated_later_is_poisoning() -> None:
    s = Story()
    corrected_in, item = _wrong_stored(s)
    s.session()
    s.user_says("How heavy should my deadlift working sets be?")
    failing = s.assistant("Go with about 105 kg (75% of your 140 kg PR).", context=[item])
    found = tag(s, failing)
    assert found is not None and found.type == "poisoning"
    assert found.evidence_session == corrected_in
    assert found.details["wrong"] == ["140"]
    assert [m["why"] for m in found.evidence.messages] == ["the wrong statement the user corrected", "the user's correction"]


def test_the_original_wrong_answer_is_not_poisoning() -> None:
    s = Story()
    _wrong_stored(s)
    first_wrong = s.current["messages"][1]["id"]
    assert tag(s, first_wrong) is None


def test_memory_updated_after_the_correction_is_clean() -> None:
    s = Story()
    _, item = _wrong_stored(s, fix_memory=True)
    s.session()
    s.user_says("How heavy should my deadlift working sets be?")
    answer = s.assistant("Around 75% of 104 kg — call it 78 kg.", context=[item])
    assert tag(s, answer) is None


def test_the_apology_after_the_user_objects_is_not_another_poisoning() -> None:
    s = Story()
    _, item = _wrong_stored(s)
    s.session()
    s.user_says("How heavy should my deadlift working sets be?")
    failing = s.assistant("Go with about 105 kg (75% of your 140 kg PR).", context=[item])
    s.user_says("Wrong number again, it's 104.")
    fixed = s.assistant("Apologies, I should have remembered that. 75% of 104 kg is about 78 kg.", context=[item])
    assert tag(s, failing) is not None
    assert tag(s, fixed) is None


def _repair(answer: str) -> str | None:
    s = Story()
    _, item = _wrong_stored(s)
    s.session()
    s.user_says("How heavy should my deadlift working sets be?")
    s.assistant("Go with about 105 kg (75% of your 140 kg PR).", context=[item])
    s.user_says("Wrong again, I corrected this already.")
    fixed = s.assistant(answer, context=[item])
    found = tag(s, fixed)
    return found.type if found else None


def test_a_repair_without_an_apology_that_drops_the_claim_is_not_poisoning() -> None:
    assert _repair("Thanks for the reminder. Working sets for a PR in the low hundreds: about 78 kg, not the PR figure I used.") is None


def test_a_repair_that_repeats_the_wrong_number_is_still_poisoning() -> None:
    assert _repair("Thanks for the reminder. With your 140 kg PR, working sets are about 105 kg.") == "poisoning"
