"""PII leaking into an assistant's output, found by presidio (patterns by default, NER optional)."""

from __future__ import annotations

from collections.abc import Sequence

from guardrails import presidio_engine
from guardrails.checks.base import BaseCheck, Option
from guardrails.checks.pii_patterns import PHONE_CANDIDATE, find_cards, find_phones, not_a_phone
from guardrails.core import CheckContext, CheckResult, Span
from guardrails.presidio_engine import Finding
from guardrails.registry import register

PATTERN_DEFAULT = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")
NER_DEFAULT = (*PATTERN_DEFAULT, "PERSON", "LOCATION")
KNOWN_ENTITIES = presidio_engine.PATTERN_ENTITIES | presidio_engine.NER_ENTITIES | {
    "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "UK_NHS", "MEDICAL_LICENSE", "MAC_ADDRESS",
}  # fmt: skip
# When spans overlap, the more specific entity wins: checksummed patterns first (a card number is also
# phone-shaped), NER labels last (spaCy tags many digit runs DATE_TIME, which would hide phones).
PRIORITY = {"CREDIT_CARD": 0, "IBAN_CODE": 0, "US_SSN": 1, "IP_ADDRESS": 1, "EMAIL_ADDRESS": 1, "URL": 3}
PRIORITY.update(dict.fromkeys(presidio_engine.NER_ENTITIES, 4))
DEFAULT_PRIORITY = 2
MIN_PHONE_DIGITS = 7
# presidio's phone recognizer runs libphonenumber's matcher for 8 regions over the whole text, ~80% of
# this check's time on digit-heavy 1 KB texts; running it on phone-shaped windows finds the same numbers.
PHONE_WINDOW_PAD = 3


@register("pii")
class PiiCheck(BaseCheck):
    default_severity = "warn"
    default_kinds = ("output",)
    options = {
        "entities": Option((list, type(None)), None, item_type=str),
        "ner": Option(bool, False),
        "score_threshold": Option(float, 0.4, minimum=0.0, maximum=1.0),
        "allow": Option(list, [], item_type=str),
        "supplement": Option(bool, True),
    }

    def setup(self) -> None:
        entities = self.config["entities"]
        if entities is None:
            entities = list(NER_DEFAULT if self.config["ner"] else PATTERN_DEFAULT)
        if not entities:
            raise self.error("entities", "must not be empty")
        for name in entities:
            if name not in KNOWN_ENTITIES:
                raise self.error("entities", f"has unknown entity {name!r}; known: {', '.join(sorted(KNOWN_ENTITIES))}")
        self.entities: tuple[str, ...] = tuple(entities)
        self.allowed = {v.strip().casefold() for v in self.config["allow"]}

    def run(self, text: str, *, context: CheckContext) -> CheckResult:
        findings = self.findings_batch([text])[0]
        if not findings:
            return self.result(passed=True, score=0.0, message="no PII found")
        spans = [Span(f.start, f.end, f.entity_type) for f in findings]
        kinds = sorted({f.entity_type for f in findings})
        note = "" if not self.config["ner"] or presidio_engine.ner_available() else " (NER model unavailable)"
        return self.result(
            passed=False,
            score=max(f.score for f in findings),
            spans=spans,
            message=f"PII found: {', '.join(kinds)}{note}",
        )

    def findings_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        entities = [e for e in self.entities if e != "PHONE_NUMBER"]
        batches = presidio_engine.analyze_batch(
            texts, entities=entities, ner=self.config["ner"], score_threshold=self.config["score_threshold"]
        )
        return [self._clean(text, findings) for text, findings in zip(texts, batches, strict=True)]

    def _presidio_phones(self, text: str, claimed: list[Finding]) -> list[Finding]:
        """Phones from presidio's recognizer, skipping numbers a more specific entity already covers."""
        found: dict[tuple[int, int], Finding] = {}
        for m in PHONE_CANDIDATE.finditer(text):
            if sum(ch.isdigit() for ch in m.group()) < MIN_PHONE_DIGITS:
                continue
            if any(c.start <= m.start() and m.end() <= c.end for c in claimed):
                continue
            start = max(0, m.start() - PHONE_WINDOW_PAD)
            window = text[start : m.end() + PHONE_WINDOW_PAD]
            for r in presidio_engine.phone_results(window):
                if r.score >= self.config["score_threshold"]:
                    key = (start + r.start, start + r.end)
                    found[key] = Finding("PHONE_NUMBER", key[0], key[1], r.score)
        return list(found.values())

    def _clean(self, text: str, findings: list[Finding]) -> list[Finding]:
        found = list(findings)
        if self.config["supplement"] and "CREDIT_CARD" in self.entities:
            found.extend(find_cards(text))
        if "PHONE_NUMBER" in self.entities:
            claimed = [f for f in found if PRIORITY.get(f.entity_type, DEFAULT_PRIORITY) < DEFAULT_PRIORITY]
            found.extend(self._presidio_phones(text, claimed))
            if self.config["supplement"]:
                found.extend(find_phones(text))
        found = [f for f in found if not self._ignored(text, f)]
        chosen: list[Finding] = []
        for f in sorted(found, key=lambda f: (PRIORITY.get(f.entity_type, DEFAULT_PRIORITY), -f.score, f.start)):
            if all(f.end <= c.start or f.start >= c.end for c in chosen):
                chosen.append(f)
        return sorted(chosen, key=lambda f: f.start)

    def _ignored(self, text: str, finding: Finding) -> bool:
        value = text[finding.start : finding.end]
        if value.strip().casefold() in self.allowed:
            return True
        if finding.entity_type != "PHONE_NUMBER":
            return False
        return sum(ch.isdigit() for ch in value) < MIN_PHONE_DIGITS or not_a_phone(text, finding.start, finding.end)
