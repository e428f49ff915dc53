"""A development set for phone-number detection that does not touch presidio-synth's holdout.

Phone numbers come from Faker (fixed seed) in 40 locales' national and international formats,
placed in sentences written here, half of them without any phone word nearby ("reach Ana on ...").
Hard negatives are digit runs a chat log is full of: order and tracking numbers, dates, times,
prices, postcodes, ISBNs, version strings, coordinates, population counts.

    .venv/bin/python bench/pii_phone_dev.py [--per-locale 25] [--show-misses 20]

Prints recall on phones (a phone counts as found when a PHONE_NUMBER finding overlaps it) and the
number of negative sentences with any PHONE_NUMBER finding, per locale and overall.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from faker import Faker  # noqa: E402

from guardrails.checks.pii import PiiCheck  # noqa: E402

SEED = 20261123
LOCALES = (
    "en_US", "en_GB", "en_AU", "en_CA", "en_IN", "en_NZ", "en_IE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH",
    "fr_CA", "es_ES", "es_MX", "it_IT", "nl_NL", "nl_BE", "pt_BR", "pt_PT", "pl_PL", "sv_SE", "da_DK", "no_NO",
    "fi_FI", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "el_GR", "tr_TR", "ru_RU", "uk_UA", "ja_JP", "ko_KR", "zh_CN",
    "id_ID", "th_TH", "he_IL", "es_AR",
)  # fmt: skip
WITH_CONTEXT = (
    "Call me at {p} after six.",
    "My phone number is {p}.",
    "You can text {p} if the delivery is late.",
    "Office line: {p} (ask for Sam).",
    "Please update my mobile to {p}.",
    "The hotline {p} was busy all morning.",
    "Her cell is {p}, she prefers WhatsApp.",
    "Contact number for the landlord: {p}",
)
WITHOUT_CONTEXT = (
    "Ana said to use {p} for anything urgent.",
    "Reservations under Kim, {p}, table for four.",
    "If nobody answers try {p} instead.",
    "{p} is my husband's, mine ends in 12.",
    "Send the courier to the front desk; they have {p} on file.",
    "Put {p} on the booking form for me.",
    "I got a missed call from {p} and don't know who it is.",
    "Details for the plumber: Marco Rossi, {p}.",
)
NEGATIVE = (
    "Order {o} shipped on 2024-03-15 and should arrive by 03/19/2024.",
    "Tracking number {t}; it left the depot at 10:45.",
    "The laptop costs $1,299.99 or 1.349,00 EUR in Germany.",
    "Postcode {z}, 2nd floor, flat 14.",
    "ISBN 978-3-16-148410-0, first edition from 1998.",
    "Upgrade from Python 3.11.7 to 3.12.1 and Django 5.2.4.",
    "The summit is at 46.5197, 6.6323 and 4,478 m high.",
    "About 1 250 000 people live there; in 2019 it was 1 198 000.",
    "Invoice {o} for 2 x 350 units, total 12 450.00.",
    "Set the timer for 25 minutes at 180 degrees, then 10 more.",
    "My flight LH 1234 leaves at 07:05 from gate B 22.",
    "Account reference {r} is in the subject line.",
    "Between 2015 and 2020 sales rose from 12 000 to 48 500 units.",
    "Run the 5k in 24:31, then 10k in 51:02 next month.",
    "The product code is SKU-{o}-B and the batch is {r}.",
    "Meeting room 4.12, building 3, Tuesday 14:00-15:30.",
)


def _digits(n: int, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def build(per_locale: int) -> tuple[list[tuple[str, str, int, int]], list[str]]:
    rng = random.Random(SEED)
    positives: list[tuple[str, str, int, int]] = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(SEED)
        for i in range(per_locale):
            phone = fake.phone_number()
            template = rng.choice(WITH_CONTEXT if i % 2 else WITHOUT_CONTEXT)
            before = template.split("{p}")[0]
            positives.append((locale, template.replace("{p}", phone), len(before), len(before) + len(phone)))
    negatives = []
    for _ in range(len(positives) // 2):
        template = rng.choice(NEGATIVE)
        negatives.append(template.format(o=_digits(rng.choice((6, 8, 10)), rng), t="1Z" + _digits(16, rng),
                                         z=rng.choice(("94107", "SW1A 1AA", "10115", "75008", "1012 AB")), r=_digits(9, rng)))
    return positives, negatives


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-locale", type=int, default=25)
    parser.add_argument("--show-misses", type=int, default=0)
    args = parser.parse_args()
    check = PiiCheck({"entities": ["PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS", "EMAIL_ADDRESS", "IBAN_CODE"]})
    positives, negatives = build(args.per_locale)
    findings = check.findings_batch([p[1] for p in positives])
    hit, total, misses = Counter[str](), Counter[str](), []
    for (locale, text, start, end), found in zip(positives, findings, strict=True):
        total[locale] += 1
        if any(f.entity_type == "PHONE_NUMBER" and f.start < end and start < f.end for f in found):
            hit[locale] += 1
        else:
            misses.append((locale, text[start:end], text))
    neg_findings = check.findings_batch(negatives)
    false_alarms = [(t, [t[f.start : f.end] for f in fs if f.entity_type == "PHONE_NUMBER"]) for t, fs in zip(negatives, neg_findings, strict=True)]
    false_alarms = [fa for fa in false_alarms if fa[1]]
    print(f"{'locale':8} {'recall':>7}")
    for locale in LOCALES:
        print(f"{locale:8} {hit[locale] / total[locale]:7.2f}")
    n_pos = sum(total.values())
    tp = sum(hit.values())
    print(f"\nphones: {tp}/{n_pos} found, recall {tp / n_pos:.3f}")
    print(f"negative sentences: {len(negatives)}, with a phone finding: {len(false_alarms)}")
    for text, values in false_alarms[:10]:
        print(f"  FP {values!r} in {text!r}")
    for locale, value, text in misses[: args.show_misses]:
        print(f"  miss {locale} {value!r}: {text!r}")


if __name__ == "__main__":
    main()
