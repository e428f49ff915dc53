import pytest

from guardrails import CheckContext
from guardrails.checks.refusal import RefusalCheck


@pytest.fixture(scope="module")
def check() -> RefusalCheck:
    return RefusalCheck()


class TestRefusalCheck:
    @pytest.mark.parametrize(
        "text",
        [
            "I'm sorry, but I can't help with that.",
            "I\u2019m sorry, but I cannot assist with this request.",
            "As an AI language model, I cannot provide that information.",
            "I must respectfully decline to write this.",
            "That request goes against my guidelines, so I won't be able to do it.",
            "I am unable to help with that.",
            "I won't help with requests like this.",
        ],
    )
    def test_it_flags_refusals(self, check: RefusalCheck, text: str) -> None:
        result = check.run(text, context=CheckContext())
        assert not result.passed
        assert result.message == "refusal"

    @pytest.mark.parametrize(
        "text",
        [
            "I can't wait to help you plan the party!",
            "I cannot recommend this restaurant enough.",
            "Sorry to hear that! Here's a quick recipe for soup.",
            "I'm sorry for the confusion; here is the corrected table.",
            "You can't go wrong with a classic margherita.",
            "I won't bore you with the details: the answer is 42.",
            "The dough cannot be frozen, so bake it the same day.",
        ],
    )
    def test_it_passes_look_alikes(self, check: RefusalCheck, text: str) -> None:
        assert check.run(text, context=CheckContext()).passed

    def test_it_marks_a_partial_refusal(self, check: RefusalCheck) -> None:
        text = "I'm sorry, but I can't help with that. However, I can suggest a few general resources."
        result = check.run(text, context=CheckContext())
        assert not result.passed
        assert result.message == "partial refusal"
        assert result.score < check.run("I'm sorry, but I can't help with that.", context=CheckContext()).score

    def test_it_discounts_a_refusal_buried_in_a_long_answer(self, check: RefusalCheck) -> None:
        text = "Here is the full itinerary. " * 20 + "I can't help with visa questions."
        assert check.run(text, context=CheckContext()).passed
