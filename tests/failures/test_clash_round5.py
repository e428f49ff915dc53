"""Clash, round 5: a change stated with both values ("upgraded from X to Y") names the old value only to drop it."""

from __future__ import annotations

import pytest

from evalhub.failures.detectors import text as tx
from tests.failures.helpers import Story, tag


@pytest.mark.parametrize(("text", "old"), [
    ("I upgraded from a French press to an espresso machine.", {"french", "press"}),
    ("We replaced the storage heaters with a heat pump.", {"storage", "heater"}),
    ("Switched from Dropbox to Google Drive last week.", {"dropbox"}),
    ("Cheapest flights from Boston to Berlin?", set()),
    ("I moved from Leeds to York, and I love York.", {"leed"}),
])
def test_the_old_value_of_a_two_value_change(text: str, old: set[str]) -> None:
    assert set(tx.superseded(text)) == old or {w.rstrip("s") for w in tx.superseded(text)} == {w.rstrip("s") for w in old}


def _coffee(answer: str) -> tuple[Story, str]:
    s = Story()
    s.session()
    said = s.user_says("I make my coffee with a French press.")
    item = s.remember("User makes coffee with a French press", source=said)
    s.assistant("Noted.", context=[item])
    s.session(days_later=5)
    s.user_says("I upgraded from a French press to an espresso machine. What grind size should I buy?")
    judged = s.assistant(answer, context=[item])
    s.user_says("Thanks.")
    s.assistant("Any time!")
    return s, judged


def test_an_answer_using_the_value_the_request_just_replaced_is_clash() -> None:
    found = tag(*_coffee("For a French press, a coarse grind — like sea salt."))
    assert found is not None and found.type == "clash"


def test_an_answer_using_the_new_value_is_clean() -> None:
    assert tag(*_coffee("For an espresso machine, a very fine grind — finer than table salt.")) is None
