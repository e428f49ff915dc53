import pytest

from guardrails import CheckContext, PolicyError, presidio_engine
from guardrails.checks.pii import PiiCheck


@pytest.fixture(scope="module")
def check() -> PiiCheck:
    return PiiCheck()


def _labels(check: PiiCheck, text: str) -> list[tuple[str, str]]:
    result = check.run(text, context=CheckContext())
    return [(s.label, text[s.start : s.end]) for s in result.spans]


class TestPiiCheck:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Write to jane.doe@example.com today", ("EMAIL_ADDRESS", "jane.doe@example.com")),
            ("Call 415-555-0134 after nine", ("PHONE_NUMBER", "415-555-0134")),
            ("Mobile: 0490 39 07 81", ("PHONE_NUMBER", "0490 39 07 81")),
            ("Desk: +41 (0)96 471 07 95", ("PHONE_NUMBER", "+41 (0)96 471 07 95")),
            ("Can someone call me on 9472 7916?", ("PHONE_NUMBER", "9472 7916")),
            # Grouped national numbers need no phone word; slashes and bare area-code parens are separators.
            ("Ana said to use 926 859 660 for anything urgent.", ("PHONE_NUMBER", "926 859 660")),
            ("Reservations under Kim, 22 791 56 68, table for four.", ("PHONE_NUMBER", "22 791 56 68")),
            ("Put (06)37/915-6685 on the form.", ("PHONE_NUMBER", "(06)37/915-6685")),
            ("Call me at (01632)960024 after six.", ("PHONE_NUMBER", "(01632)960024")),
            # A dialled international number is Luhn-valid by chance here; no card starts with 0 or +.
            ("Her cell is 00420 604 506 733, she prefers WhatsApp.", ("PHONE_NUMBER", "00420 604 506 733")),
            ("My card 4111 1111 1111 1111 expired", ("CREDIT_CARD", "4111 1111 1111 1111")),
            ("card number 630427373398", ("CREDIT_CARD", "630427373398")),
            ("redeem points won on credit card 060426070011", ("CREDIT_CARD", "060426070011")),
            ("Please charge 4152488713445952355", ("CREDIT_CARD", "4152488713445952355")),
            ("IBAN GB82 WEST 1234 5698 7654 32 please", ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")),
            ("The server is at 192.168.14.3", ("IP_ADDRESS", "192.168.14.3")),
            ("SSN 460-89-9847 on file", ("US_SSN", "460-89-9847")),
        ],
    )
    def test_it_finds_pattern_pii(self, check: PiiCheck, text: str, expected: tuple[str, str]) -> None:
        assert expected in _labels(check, text)

    @pytest.mark.parametrize(
        "text",
        [
            "Order 12345 ships on 2024-05-17 at 10:30.",
            "Version 3.12.1 fixed issue 4521.",
            "We walked 12 000 steps and climbed 1 450 m.",
            "The meeting is in room 204, floor 3.",
            "Tracking number 1234567890123456 is invalid (fails Luhn).",
            "The years 1998-2004 were good.",
            "Email the team via the contact form.",
            "Order 0679344330 shipped on 2024-03-15.",
            "Invoice 8926456332 for 2 x 350 units, total 12 450.00.",
            "The batch is 051745563.",
            "The report is dated 2024 03 15.",
            "About 1 250 000 people live there.",
            "When: 2000-04-16 11:34:35 Where: Upton",
        ],
    )
    def test_it_passes_benign_numbers_and_text(self, check: PiiCheck, text: str) -> None:
        result = check.run(text, context=CheckContext())
        assert result.passed, [(s.label, text[s.start : s.end]) for s in result.spans]

    def test_it_prefers_the_card_over_a_phone_reading_of_the_same_digits(self, check: PiiCheck) -> None:
        assert _labels(check, "Pay with 4969800024734372") == [("CREDIT_CARD", "4969800024734372")]

    def test_it_limits_itself_to_the_configured_entities(self) -> None:
        check = PiiCheck({"entities": ["EMAIL_ADDRESS"]})
        assert _labels(check, "jane@example.com or 415-555-0134") == [("EMAIL_ADDRESS", "jane@example.com")]

    def test_it_ignores_allowed_values(self) -> None:
        check = PiiCheck({"allow": ["support@evalhub.example"]})
        assert check.run("Write to support@evalhub.example", context=CheckContext()).passed

    def test_it_never_puts_the_value_in_the_message(self, check: PiiCheck) -> None:
        result = check.run("jane@example.com", context=CheckContext())
        assert "jane" not in result.message

    def test_it_rejects_unknown_entities(self) -> None:
        with pytest.raises(PolicyError, match="unknown entity 'PASSPORT'"):
            PiiCheck({"entities": ["PASSPORT"]})

    @pytest.mark.slow
    def test_it_finds_names_with_ner(self) -> None:
        assert presidio_engine.ner_available()
        check = PiiCheck({"ner": True, "entities": ["PERSON", "EMAIL_ADDRESS"]})
        labels = _labels(check, "Hi, I'm Margaret Thompson; write to mt@example.org.")
        assert ("PERSON", "Margaret Thompson") in labels
        assert ("EMAIL_ADDRESS", "mt@example.org") in labels
