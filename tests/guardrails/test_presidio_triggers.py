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


# Emails next to, around and inside phone-like digits: the phone recognizer is skipped when the
# only phone-like digits sit inside emails already found.
EMAIL_AND_PHONE = [
    "My email is user1234@example.com, can you send me the itinerary?", "user4155551234@example.com",
    "1234@example.com", "+1 415 555 1234@example.com", "555 1234@example.com", "call 415 555 1234 or mail user1234@example.com",
    "user1234@example.com 030 12345", "a@b.co 4155551234", "4155551234 a@b.co", "x1@ex4.com5678", "jo1234@x.org,+44 20 7946 0958",
    "user1234@example.com user5678@example.com", "mail 12.34@56.78.com", "tel 030123@example.com 030123",
]
_EMAIL_PIECES = ["user1234@example.com", "4155551234@ex.com", "a@b.co", "x9@y8.org", "+1 415 555 1234", "030 12345", " ", "-", ".", "7", "ab"]


def _random_email_texts(n: int) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(_EMAIL_PIECES) for _ in range(rng.randint(1, 5))) for _ in range(n)]


def _phone_inside_email(r: Any, findings: list[Any]) -> bool:
    return r.entity_type == "PHONE_NUMBER" and any(
        e.entity_type == "EMAIL_ADDRESS" and e.score > 0.4 and e.start < r.end and r.start < e.end for e in findings
    )


def test_the_direct_pattern_path_matches_the_analyzer_engine(analyzer: Any, entities: list[str]) -> None:
    texts = TRICKY + _random_texts(200) + EMAIL_AND_PHONE + _random_email_texts(200)
    fast = pe.analyze_batch(texts, entities=entities, ner=False)
    for text, findings in zip(texts, fast, strict=True):
        slow = analyzer.analyze(text=text, language="en", entities=entities, score_threshold=0.4)
        got = {(f.entity_type, f.start, f.end, f.score) for f in findings}
        expected = {(r.entity_type, r.start, r.end, r.score) for r in slow}
        # The one allowed difference: a phone overlapping an email presidio scored above it may be left out.
        may_miss = {(r.entity_type, r.start, r.end, r.score) for r in slow if _phone_inside_email(r, slow)}
        assert len(got) == len(findings) and got <= expected and expected - got <= may_miss, text
        slow_findings = [pe.Finding(r.entity_type, r.start, r.end, r.score) for r in slow]
        assert pe.redact(text, findings) == pe.redact(text, slow_findings), text


def test_it_does_not_run_phonenumbers_on_digits_inside_emails(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = pe._phone_results
    monkeypatch.setattr(pe, "_phone_results", lambda phone, text: calls.append(text) or real(phone, text))
    texts = ["My email is user1234@example.com, can you send me the itinerary?", "mail user1234@example.com or call 415 555 1234"]
    findings = pe.analyze_batch(texts, entities=["EMAIL_ADDRESS", "PHONE_NUMBER"], ner=False)
    assert calls == [texts[1]]
    assert [sorted(f.entity_type for f in fs) for fs in findings] == [["EMAIL_ADDRESS"], ["EMAIL_ADDRESS", "PHONE_NUMBER"]]


def test_it_still_runs_phonenumbers_when_emails_are_not_wanted(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(pe, "_phone_results", lambda phone, text: calls.append(text) or [])
    pe.analyze_batch(["user1234@example.com"], entities=["PHONE_NUMBER"], ner=False)
    assert calls == ["user1234@example.com"]


def test_it_analyses_a_repeated_text_once_with_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = pe._analyze_patterns
    monkeypatch.setattr(pe, "_analyze_patterns", lambda a, text, e, t: calls.append(text) or real(a, text, e, t))
    texts = ["call 415 555 1234", "hello", "call 415 555 1234", "call 415 555 1234"]
    findings = pe.analyze_batch(texts, entities=["PHONE_NUMBER"], ner=False)
    assert calls == ["call 415 555 1234"]
    assert findings[0] == findings[2] == findings[3] == [pe.Finding("PHONE_NUMBER", 5, 17, 0.4)]
    assert findings[1] == []


# International and national numbers side by side, invalid country codes (parse falls back on the
# default region), letters and currency next to the digits, full-width plus, extensions.
PLUS_TRICKY = [
    "+1 415 555 1234", "+0 415 555 1234", "++1 415 555 1234", "+999 123 456 789", "+44 20 7946 0958 and 020 7946 0958",
    "+49 30 1234 / +49 30 1235", "call +1 415 555 1234x12", "a+1 415 555 1234", "+1 415 555 1234b", "$+1 415 555 1234",
    "+972-3-1234567", "+33 1 23 45 67 89", "+91 98765 43210", "+55 11 91234-5678", "＋1 415 555 1234", "(+1) 415 555 1234",
    "+1 (415) 555-1234 ext. 5", "+1 415 555 1234 +1 415 555 1234", "+7 495 123-45-67 or 8 495 123-45-67", "+61 2 9876 5432",
    "Call me at +1 415 555 4321 if the booking changes.", "+1 800 555 0199 / 2", "+86 10 1234 5678", "+1-415-555-1234%",
]
_PLUS_ALPHABET = "0123456789" * 3 + "  +-.()/x" + "＋٣a"


def _random_plus_texts(n: int) -> list[str]:
    rng = random.Random(13)
    return ["".join(rng.choice(_PLUS_ALPHABET) for _ in range(rng.randint(6, 28))) for _ in range(n)]


@pytest.fixture(scope="module")
def phone_recognizer(analyzer: Any) -> Any:
    return next(r for r in analyzer.registry.recognizers if type(r).__name__ == "PhoneRecognizer")


def test_the_phone_path_finds_what_presidios_phone_recognizer_finds(phone_recognizer: Any) -> None:
    texts = PLUS_TRICKY + TRICKY + EMAIL_AND_PHONE + _random_plus_texts(400) + _random_texts(100)
    for text in texts:
        expected = sorted((r.start, r.end, r.score) for r in phone_recognizer.analyze(text, ["PHONE_NUMBER"]))
        assert sorted((r.start, r.end, r.score) for r in pe._phone_results(phone_recognizer, text)) == expected, text
    # Not vacuous: international numbers, and findings from more than one region, are among them.
    assert pe._phone_results(phone_recognizer, "+44 20 7946 0958 and 020 7946 0958")[1].start == 21


def test_it_parses_an_international_number_once_for_all_regions(phone_recognizer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import phonenumbers.phonenumbermatcher as matcher_module

    regions: list[str] = []
    real = matcher_module.parse
    monkeypatch.setattr(matcher_module, "parse", lambda number, region=None, **kw: regions.append(region) or real(number, region, **kw))
    pe._phone_results(phone_recognizer, "call +1 415 555 1234")
    assert regions == ["US"]
    regions.clear()
    pe._phone_results(phone_recognizer, "call 020 7946 0958")  # national format: each region parses it its own way
    assert set(regions) == set(phone_recognizer.supported_regions)


def test_it_scans_once_when_no_verdict_depends_on_the_region(phone_recognizer: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    matcher_class = pe._matcher_class()
    scans: list[str] = []
    real_init = matcher_class.__init__
    monkeypatch.setattr(matcher_class, "__init__", lambda self, text, region, **kw: scans.append(region) or real_init(self, text, region, **kw))
    for text in ("call +1 415 555 1234", "no digits here", "+44 20 7946 0958 or +1 415 555 1234"):
        scans.clear()
        pe._phone_results(phone_recognizer, text)
        assert scans == ["US"], text
    for text in ("call 020 7946 0958", "+44 20 7946 0958 and 020 7946 0958"):
        scans.clear()
        pe._phone_results(phone_recognizer, text)
        assert scans == list(phone_recognizer.supported_regions), text
