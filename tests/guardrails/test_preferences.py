from collections.abc import Iterator
from typing import Any

import pytest

from guardrails import CheckContext, Policy, PolicyError
from guardrails.checks.preferences import PreferenceCheck
from guardrails.preferences import active_preferences, set_preference_provider


def pref(text: str, key: str = "", value: str = "") -> dict[str, Any]:
    return {"key": key, "value": value, "text": text}


VEGETARIAN = [pref("I'm vegetarian", key="diet", value="vegetarian")]


@pytest.fixture(scope="module")
def check() -> PreferenceCheck:
    return PreferenceCheck()


@pytest.fixture
def provider() -> Iterator[None]:
    yield
    set_preference_provider(None)


def labels(check: PreferenceCheck, prefs: list[dict[str, Any]], text: str) -> list[tuple[str, str]]:
    result = check.run(text, context=CheckContext(user_preferences=prefs))
    return [(s.label, text[s.start : s.end]) for s in result.spans]


class TestPreferenceCheck:
    @pytest.mark.parametrize(
        ("prefs", "text", "expected"),
        [
            (VEGETARIAN, "Try a grilled chicken salad.", ("diet.vegetarian", "chicken")),
            (VEGETARIAN, "Roast turkey with gravy.", ("diet.vegetarian", "turkey")),
            (VEGETARIAN, "Top it with b4con bits.", ("diet.vegetarian", "b4con")),
            ([pref("", key="diet", value="vegan")], "Add a splash of milk.", ("diet.vegan", "milk")),
            ([pref("User is allergic to peanuts.")], "Add satay sauce.", ("allergy.peanut", "satay")),
            ([pref("allergic to nuts")], "Sprinkle walnuts on top.", ("allergy.tree_nut", "walnuts")),
            ([pref("User has coeliac disease")], "Serve with crusty bread.", ("allergy.gluten", "bread")),
            ([pref("lactose intolerant")], "Finish with butter.", ("allergy.dairy", "butter")),
            ([pref("User is sober")], "Pair it with red wine.", ("alcohol.none", "wine")),
            ([pref("", key="diet", value="halal")], "Wrap it in prosciutto.", ("diet.halal", "prosciutto")),
            ([pref("please no emojis")], "Great idea \U0001f389", ("style.no_emoji", "\U0001f389")),
            ([pref("", key="units", value="metric")], "It is 5 miles away.", ("units.metric", "5 miles")),
            ([pref("User prefers imperial units")], "Walk 5 km.", ("units.imperial", "5 km")),
            ([pref("User hates cilantro.")], "Garnish with cilantro.", ("dislike.cilantro", "cilantro")),
        ],
    )
    def test_it_flags_contradictions(
        self, check: PreferenceCheck, prefs: list[dict[str, Any]], text: str, expected: tuple[str, str]
    ) -> None:
        assert expected in labels(check, prefs, text)

    @pytest.mark.parametrize(
        ("prefs", "text"),
        [
            (VEGETARIAN, "Try a meat-free lasagne with no bacon."),
            (VEGETARIAN, "Use tofu instead of chicken."),
            (VEGETARIAN, "A veggie burger with vegan cheese."),
            (VEGETARIAN, "This dish contains no meat or fish."),
            (VEGETARIAN, "Vegetable broth, not chicken broth."),
            (VEGETARIAN, "Add chicken-style seitan."),
            (VEGETARIAN, "We could visit Turkey in spring."),
            (VEGETARIAN, "Mince the garlic and check the codes."),
            ([pref("", key="diet", value="vegan")], "Use oat milk, coconut cream and peanut butter."),
            ([pref("User is allergic to peanuts.")], "Use a peanut-free granola with coconut and nutmeg."),
            ([pref("User is sober")], "Try a non-alcoholic beer, ginger beer or apple cider vinegar dressing."),
            ([pref("User is gluten-free (celiac).")], "Use rice flour and gluten-free pasta."),
            ([pref("User loves emojis.")], "Great idea \U0001f389"),
            ([pref("", key="units", value="metric")], "It is 8 km (5 miles) away."),
            ([pref("I used to be vegetarian but not anymore")], "Grilled steak tonight."),
            ([pref("User likes short stories.")], "word " * 300),
        ],
    )
    def test_it_passes_negated_and_unrelated_mentions(
        self, check: PreferenceCheck, prefs: list[dict[str, Any]], text: str
    ) -> None:
        assert labels(check, prefs, text) == []

    def test_it_flags_answers_longer_than_asked(self, check: PreferenceCheck) -> None:
        text = "word " * 120
        result = check.run(text, context=CheckContext(user_preferences=[pref("keep answers under 100 words")]))
        assert not result.passed
        assert result.spans[0].label == "length.short(120>100 words)"
        assert result.spans[0].start == len("word ") * 100

    def test_it_uses_the_configured_default_word_limit(self) -> None:
        check = PreferenceCheck({"short_max_words": 20})
        ctx = CheckContext(user_preferences=[pref("User prefers short answers.")])
        assert check.run("word " * 15, context=ctx).passed
        assert not check.run("word " * 25, context=ctx).passed

    def test_it_flags_the_wrong_language(self, check: PreferenceCheck) -> None:
        english = "Sure! Here is the recipe you asked for, and it is easy to make with what you have."
        spanish = "Claro, aquí está la receta que pediste y es fácil de hacer con los ingredientes que tienes."
        prefs = [pref("User asked the assistant to always answer in Spanish.")]
        assert not check.run(english, context=CheckContext(user_preferences=prefs)).passed
        assert check.run(spanish, context=CheckContext(user_preferences=prefs)).passed

    def test_it_ignores_inactive_preferences(self, check: PreferenceCheck) -> None:
        prefs = [{**VEGETARIAN[0], "active": False}]
        assert check.run("Grilled chicken", context=CheckContext(user_preferences=prefs)).passed

    def test_it_passes_without_preferences(self, check: PreferenceCheck) -> None:
        result = check.run("Grilled chicken", context=CheckContext())
        assert result.passed and result.message == "no active preferences"

    def test_it_names_the_preference_in_the_message(self, check: PreferenceCheck) -> None:
        result = check.run("Grilled chicken", context=CheckContext(user_preferences=VEGETARIAN))
        assert "diet.vegetarian (\"I'm vegetarian\")" in result.message

    def test_it_supports_custom_rules(self) -> None:
        rule = {"name": "no_spoilers", "when": ["no spoilers"], "conflicts": ["ending", "dies"]}
        check = PreferenceCheck({"extra_rules": [rule]})
        ctx = CheckContext(user_preferences=[pref("No spoilers please")])
        assert labels(check, ctx.user_preferences, "In the ending, the hero dies.") == [
            ("custom.no_spoilers", "ending"),
            ("custom.no_spoilers", "dies"),
        ]

    def test_it_can_limit_the_rule_families(self) -> None:
        check = PreferenceCheck({"families": ["allergy"]})
        assert check.run("Grilled chicken", context=CheckContext(user_preferences=VEGETARIAN)).passed

    @pytest.mark.parametrize(
        ("config", "needle"),
        [
            ({"families": ["diet", "mood"]}, "unknown family 'mood'"),
            ({"extra_rules": [{"name": "x", "when": ["a"]}]}, "extra_rules[0]"),
            ({"extra_rules": [{"name": "x", "when": [], "conflicts": ["b"]}]}, "non-empty lists"),
            ({"extra_rules": [{"name": "x", "when": ["a"], "conflicts": ["b"], "weight": 3}]}, "'weight'"),
        ],
    )
    def test_it_rejects_bad_config(self, config: dict[str, Any], needle: str) -> None:
        with pytest.raises(PolicyError) as info:
            PreferenceCheck(config)
        assert needle in str(info.value)


class TestPreferenceProvider:
    def test_it_merges_provider_preferences_with_the_context(self, provider: None) -> None:
        seen: list[CheckContext] = []

        def from_store(context: CheckContext) -> list[dict[str, Any]]:
            seen.append(context)
            return [pref("allergic to peanuts"), VEGETARIAN[0]]

        set_preference_provider(from_store)
        ctx = CheckContext(user_preferences=VEGETARIAN, extra={"user_id": 7})
        prefs = active_preferences(ctx)
        assert [p["text"] for p in prefs] == ["I'm vegetarian", "allergic to peanuts"]
        assert seen[0].extra["user_id"] == 7
        result = PreferenceCheck().run("Chicken satay", context=ctx)
        assert {s.label for s in result.spans} == {"diet.vegetarian", "allergy.peanut"}

    def test_it_reports_a_failing_provider_as_an_error_result(self, provider: None) -> None:
        def broken(context: CheckContext) -> list[dict[str, Any]]:
            raise ConnectionError("preference store down")

        set_preference_provider(broken)
        result = Policy.from_dict({"checks": [{"check": "preferences"}]}).run("hi").results[0]
        assert result.error and "ConnectionError: preference store down" in result.message
