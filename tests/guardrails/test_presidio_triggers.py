"""The per-entity pre-filters in presidio_engine must never hide an entity presidio would find.

Checked against presidio itself (the full AnalyzerEngine, threshold 0 so even weak matches count)
on strings chosen to sit on the edge of each trigger, plus seeded random strings built from the
characters those patterns care about.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from guardrails import presidio_engine as pe

TRICKY = [
    # phones: dashes phonenumbers accepts, full-width and Arabic-Indic digits, short numbers
    "+1 415 555 1234", "415–555–1234", "４１５-５５５-１２３４", "+683 4002", "+6834002", "call 030 12345",
    "030123", "+49 30 1234", "(0)30 1234 5678", "tel: 0049.30.1234.5678", "1-800-555-0199 x 123",
    "+44 20 7946 0958", "020 7946 0958", "٠٢٠ ٧٩٤٦ ٠٩٥٨", "+972-3-1234567", "98765 43210",
    "(11) 91234-5678", "+1 (415) 555‑1234", "0 30 / 12 34 56", "user1234@example.com",
    # IBANs: lower case, dashes, letters inside the BBAN
    "DE89370400440532013000", "de89 3704 0044 0532 0130 00", "GB82-WEST-1234-5698-7654-32",
    "my iban is FR1420041010050500013M02606 thanks", "NL91ABNA0417164300",
    # cards, SSNs, bank numbers
    "4111 1111 1111 1111", "4111-1111-1111-1111", "5500000000000004", "378282246310005",
    "078-05-1120", "078 05 1120", "078.05.1120", "078051120", "07805-1120", "078-051120", "account 123456789012",
    # IPs
    "192.168.0.1", "10.0.0.1/24", "::1", "fe80::1ff:fe23:4567:890a", "2001:db8::", "::ffff:192.0.2.128",
    "1:2:3:4:5:6:7:8", "::", "server at 2001:0db8:85a3:0000:0000:8a2e:0370:7334 now",
    # URLs, emails, crypto, and entities with no digit at all
    "https://example.com/x", "www.example.org", "a-.com", "visit foo.co.uk", "jane.doe+tag@example.co.uk",
    "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "550e8400-e29b-41d4-a716-446655440000", "abcdefab-abcd-abcd-abcd-abcdefabcdef", "aa:bb:cc:dd:ee:ff",
    # everyday text that should not reach the costly recognizers
    "around 18 to 22 degrees", "ready in about 25 minutes", "in 2026 we moved", "at 12:30:45",
]

_ALPHABET = "0123456789" * 4 + " -.:/()+x@–_ABZabz" + "٣５"


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(4, 24))) for _ in range(n)]


@pytest.fixture(scope="module")
def analyzer() -> Any:
    return pe.get_analyzer(ner=False)


@pytest.fixture(scope="module")
def entities(analyzer: Any) -> list[str]:
    return sorted(analyzer.get_supported_entities(language="en"))


@pytest.mark.parametrize("text", TRICKY + _random_texts(300))
def test_it_never_skips_an_entity_presidio_finds(text: str, analyzer: Any, entities: list[str]) -> None:
    found = {r.entity_type for r in analyzer.analyze(text=text, language="en", entities=entities, score_threshold=0.0)}
    worth = set(pe._entities_worth_running(text, entities))
    assert found <= worth, f"{text!r}: presidio finds {sorted(found - worth)} but the pre-filter skips it"


def test_it_finds_the_tricky_entities_at_all(analyzer: Any, entities: list[str]) -> None:
    # Guards the test above against passing vacuously (e.g. if presidio found nothing anywhere).
    found = {r.entity_type for t in TRICKY for r in analyzer.analyze(text=t, language="en", entities=entities)}
    assert {"PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "EMAIL_ADDRESS", "URL", "UUID", "MAC_ADDRESS"} <= found


def test_it_keeps_everyday_numbers_away_from_the_costly_recognizers() -> None:
    for text in ["around 18 to 22 degrees", "ready in about 25 minutes", "Hold the reset button for 10 seconds."]:
        assert pe._entities_worth_running(text, ["PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"]) == []


def test_the_direct_pattern_path_matches_the_analyzer_engine(analyzer: Any, entities: list[str]) -> None:
    texts = TRICKY + _random_texts(200)
    fast = pe.analyze_batch(texts, entities=entities, ner=False)
    for text, findings in zip(texts, fast, strict=True):
        slow = analyzer.analyze(text=text, language="en", entities=entities, score_threshold=0.4)
        expected = sorted((r.entity_type, r.start, r.end, r.score) for r in slow)
        assert sorted((f.entity_type, f.start, f.end, f.score) for f in findings) == expected, text
