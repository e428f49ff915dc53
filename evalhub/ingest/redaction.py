"""PII redaction at ingest, per project policy. Values never leave this module unredacted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings

from evalhub.projects.models import Project
from guardrails import presidio_engine

# LOCATION is off by default: a city alone rarely identifies anyone, and cross-session evaluation
# needs it ("I moved to Berlin" vs a memory saying Boston is the textbook clash). Projects that
# must redact places turn it on in their PII policy.
DEFAULT_ENTITIES = [e for e in presidio_engine.DEFAULT_ENTITIES if e != "LOCATION"]


@dataclass(frozen=True)
class RedactionPolicy:
    mode: str = "replace"  # "replace" -> <ENTITY> placeholders; "off" -> store as sent
    entities: tuple[str, ...] = tuple(DEFAULT_ENTITIES)
    ner: bool = True

    @classmethod
    def for_project(cls, project: Project) -> RedactionPolicy:
        raw = project.pii_policy or {}
        return cls(
            mode=raw.get("mode", "replace"),
            entities=tuple(raw.get("entities", DEFAULT_ENTITIES)),
            ner=bool(raw.get("ner", settings.EVALHUB_PII_NER)),
        )


@dataclass
class RedactionOutcome:
    texts: list[str]
    types: list[list[str]]
    notes: list[str] = field(default_factory=list)


def redact_texts(texts: Sequence[str], *, policy: RedactionPolicy) -> RedactionOutcome:
    if policy.mode == "off" or not texts:
        return RedactionOutcome(texts=list(texts), types=[[] for _ in texts])
    notes: list[str] = []
    use_ner = policy.ner
    if use_ner and not presidio_engine.ner_available():
        use_ner = False
        wanted_ner = sorted(set(policy.entities) & presidio_engine.NER_ENTITIES)
        if wanted_ner:
            notes.append(
                f"NER model {presidio_engine.SPACY_MODEL} not installed: redacted with pattern recognizers only; "
                f"{', '.join(wanted_ner)} not detected"
            )
    findings = presidio_engine.analyze_batch(texts, entities=policy.entities, ner=use_ner)
    redacted = [presidio_engine.redact(t, f) for t, f in zip(texts, findings, strict=True)]
    types = [sorted({f.entity_type for f in fs}) for fs in findings]
    return RedactionOutcome(texts=redacted, types=types, notes=notes)
