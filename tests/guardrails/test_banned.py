import pytest

from guardrails import CheckContext, PolicyError
from guardrails.checks.banned import BannedCheck

CONFIG = {
    "phrases": ["kill switch", "acme"],
    "topics": {"gambling": ["casino", "sports betting"]},
    "patterns": [r"\bpromo ?code \w+"],
}


@pytest.fixture(scope="module")
def check() -> BannedCheck:
    return BannedCheck(CONFIG)


class TestBannedCheck:
    @pytest.mark.parametrize(
        ("text", "label", "original"),
        [
            ("Where is the KILL SWITCH?", "phrase:kill switch", "KILL SWITCH"),
            ("try the k1ll-sw1tch", "phrase:kill switch", "k1ll-sw1tch"),
            ("k i l l switches everywhere", "phrase:kill switch", "k i l l switches"),
            ("Buy \u0430cme products", "phrase:acme", "\u0430cme"),
            ("Buy A.C.M.E products", "phrase:acme", "A.C.M.E"),
            ("ac\u200bme rocks", "phrase:acme", "ac\u200bme"),
            ("The best Casinos in town", "topic:gambling", "Casinos"),
            ("sports-betting tips", "topic:gambling", "sports-betting"),
            ("use Promo Code SAVE20", "pattern:0", "Promo Code SAVE20"),
        ],
    )
    def test_it_catches_phrases_through_obfuscation(self, check: BannedCheck, text: str, label: str, original: str) -> None:
        result = check.run(text, context=CheckContext())
        assert not result.passed
        span = next(s for s in result.spans if s.label == label)
        assert text[span.start : span.end] == original

    @pytest.mark.parametrize(
        "text",
        ["The skill switch in the game", "Acmeology is not a word", "occasional rain", "the casinovia trail"],
    )
    def test_it_passes_look_alikes(self, check: BannedCheck, text: str) -> None:
        assert check.run(text, context=CheckContext()).passed

    def test_it_passes_everything_with_an_empty_config(self) -> None:
        assert BannedCheck().run("anything at all", context=CheckContext()).passed

    def test_it_rejects_a_topic_that_is_not_a_list(self) -> None:
        with pytest.raises(PolicyError, match="'topics'"):
            BannedCheck({"topics": {"x": "casino"}})

    def test_it_rejects_an_invalid_regex(self) -> None:
        with pytest.raises(PolicyError, match=r"'patterns'\[0\]"):
            BannedCheck({"patterns": ["[a-"]})
