"""Pattern recognizers that fill gaps in presidio's pattern-only mode.

presidio's phone recognizer (libphonenumber, a fixed region list) misses local formats such as
"0490 39 07 81" or "(37) 788-063", and its card regex misses 12-digit Maestro, 19-digit Visa
and 2-series Mastercard numbers. These add phone-shaped numbers near a phone word (or with a
"+" prefix) and Luhn-valid 12-19 digit runs.
"""

from __future__ import annotations

import re

from guardrails.presidio_engine import Finding

PHONE_CANDIDATE = re.compile(
    r"(?<![\w.+/])(?<!\d-)(?:\+|00)?\(?\d{1,5}\)?(?:[ .\-/]{0,2}\(\d{1,5}\)|[ .\-/]{0,2}\d{1,5}){1,6}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\w|[\-/.:]\d)"
)
PHONE_CONTEXT = re.compile(
    r"\b(?:phone|tel|telephone|mobile|cell|cellphone|fax|desk|office|call|text|whatsapp|sms|contact|number|"
    r"landline|hotline|dial|ring|reach)\b",
    re.IGNORECASE,
)
NANP_SHAPE = re.compile(r"^(?:\+?1[ .\-]?)?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}$")
IP_SHAPE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
DATE_SHAPE = re.compile(r"^(?:\d{1,4}([./\-])\d{1,2}\1\d{1,4}|\d{4} \d{1,2} \d{1,2}|\d{1,2} \d{1,2} \d{4})$")
# A national number written in 3+ digit groups ("926 859 660", "22 791 56 68", "(06)37/915-6685"):
# amounts, years and counts rarely come in three or more 2-5 digit groups, phones usually do.
GROUPED_SHAPE = re.compile(r"^(?:\(\d{2,5}\)[ .\-/]{0,2}|\d{2,5}[ .\-/]{1,2})\d{2,5}(?:[ .\-/]{1,2}\d{2,5}){1,3}$")
# Digit runs introduced as an identifier ("Order 0679344330", "Invoice 8926...") are not phones
# unless a phone word is also nearby; presidio's recognizer accepts any valid-looking national number.
IDENTIFIER_CONTEXT = re.compile(
    r"(?:\b(?:order|invoice|ref|reference|tracking|account|acct|sku|batch|serial|isbn|item|ticket|case|"
    r"confirmation|policy|id|no)\b|#)(?:\s+(?:is|was))?[\s:.#-]*$",
    re.IGNORECASE,
)
CARD_CANDIDATE = re.compile(r"(?<![\d\-+])\d(?:[ \-]?\d){11,18}(?![\d\-])")
CARD_CONTEXT = re.compile(
    r"\b(?:card|cards|visa|mastercard|amex|maestro|discover|jcb|diners|cc|credit|debit|payment|pay|charge|billing)\b",
    re.IGNORECASE,
)
CONTEXT_BEFORE_CHARS = 40
CONTEXT_AFTER_CHARS = 20
MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def luhn_valid(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _line_window(text: str, start: int, end: int) -> tuple[str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - CONTEXT_BEFORE_CHARS) : start]
    after = text[end : min(line_end, end + CONTEXT_AFTER_CHARS)]
    return before, after


def find_cards(text: str) -> list[Finding]:
    out = []
    for m in CARD_CANDIDATE.finditer(text):
        digits = _digits(m.group())
        if not luhn_valid(digits) or len(set(digits)) < 3:
            continue
        before, _ = _line_window(text, m.start(), m.end())
        has_context = bool(CARD_CONTEXT.search(text[max(0, m.start() - 50) : m.start()]) or CARD_CONTEXT.search(before))
        # Only a few old Maestro ranges start with 0, while "00420 705 011 641" is a dialled phone:
        # a leading 0 needs a card word nearby.
        if digits.startswith("0") and not has_context:
            continue
        if len(digits) >= 13 or has_context:
            out.append(Finding("CREDIT_CARD", m.start(), m.end(), 0.7 if has_context else 0.5))
    return out


def find_phones(text: str) -> list[Finding]:
    out = []
    for m in PHONE_CANDIDATE.finditer(text):
        raw = m.group()
        core = re.split(r"\s?(?:x|ext\.?)\s?", raw)[0]
        digits = _digits(core)
        if not MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS:
            continue
        if IP_SHAPE.match(core) or DATE_SHAPE.match(core):
            continue
        separated = bool(re.search(r"[ .\-()]", core.strip("+")))
        before, after = _line_window(text, m.start(), m.end())
        if raw.startswith(("+", "00")) and len(digits) >= 9:
            out.append(Finding("PHONE_NUMBER", m.start(), m.end(), 0.7))
        elif PHONE_CONTEXT.search(before) or PHONE_CONTEXT.search(after):
            out.append(Finding("PHONE_NUMBER", m.start(), m.end(), 0.6))
        elif separated and (NANP_SHAPE.match(core) or (GROUPED_SHAPE.match(core) and 8 <= len(digits) <= 12)):
            out.append(Finding("PHONE_NUMBER", m.start(), m.end(), 0.5))
    return out


def not_a_phone(text: str, start: int, end: int) -> bool:
    """True for phone-shaped numbers that are something else: a date-time ("1992-11-12 07:04"), or an
    order/invoice/reference id with no phone word nearby (presidio accepts any valid-looking national number)."""
    if DATE_SHAPE.match(text[start:end].split(" ")[0]) or text.startswith(":", end):
        return True
    before, after = _line_window(text, start, end)
    if PHONE_CONTEXT.search(before) or PHONE_CONTEXT.search(after):
        return False
    return bool(IDENTIFIER_CONTEXT.search(before))
