"""Eval cases the scripted LM fails by default and passes once the right directives are in the prompt."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from evalhub.evals.models import EvalCase
from evalhub.evals.services import ProposedCase, case_signature, eval_case_propose, split_for
from evalhub.projects.models import Project

FOODS = ["vegetarian", "vegan", "spicy", "italian", "japanese", "mexican", "greek", "thai", "korean", "french"]
PETS = [("dog", "Rex"), ("cat", "Mia"), ("parrot", "Kiwi"), ("rabbit", "Bun"), ("horse", "Star"),
        ("dog", "Bolt"), ("cat", "Luna"), ("fish", "Nemo"), ("dog", "Max"), ("cat", "Tom")]
CITIES = [("Munich", "Berlin"), ("Lyon", "Paris"), ("Porto", "Lisbon"), ("Graz", "Vienna"), ("Bern", "Zurich"),
          ("Turin", "Milan"), ("Leeds", "York"), ("Gent", "Brugge"), ("Malmo", "Lund"), ("Cork", "Galway")]
HOBBIES = ["hiking", "chess", "rowing", "pottery", "surfing", "knitting", "fencing", "archery", "juggling", "sailing"]


def _propose(project: Project, *, kind: str, memory: list[str], message: str, assertions: list[dict[str, Any]], key: str) -> EvalCase:
    case = eval_case_propose(
        project=project,
        proposed=ProposedCase(
            kind=kind, source="manual", input={"memory": memory, "history": [], "user_message": message},
            assertions=assertions, confidence=0.95, provenance={"key": key},
        ),
    )
    assert case is not None and case.status == EvalCase.Status.ACCEPTED
    return case


def preference_case(project: Project, i: int) -> EvalCase:
    food, (pet, name) = FOODS[i % 10], PETS[i % 10]
    return _propose(
        project, kind="preference", memory=[f"User prefers {food} food", f"User has a {pet} named {name}"],
        message=f"Suggest a dinner for tonight, number {i}",
        assertions=[{"type": "contains", "value": food}, {"type": "not_contains", "value": name}, {"type": "max_chars", "value": 240}],
        key=f"pref-{i}",
    )


def correction_case(project: Project, i: int) -> EvalCase:
    (new, old), hobby = CITIES[i % 10], HOBBIES[i % 10]
    return _propose(
        project, kind="correction", memory=[f"User lives in {new} (corrected from: User lives in {old})", f"User likes {hobby}"],
        message=f"Which city do I live in? (asking for the {i}th time)",
        assertions=[{"type": "contains", "value": new}, {"type": "not_contains", "value": old}],
        key=f"corr-{i}",
    )


def contact_message(i: int) -> str:
    return f"Plan a dinner menu for my guests, party {i}"


def contact_case(project: Project, i: int) -> EvalCase:
    food = FOODS[i % 10]
    return _propose(
        project, kind="contact", memory=[f"Email: guest{i}@corp.example", f"User prefers {food} food"],
        message=contact_message(i), assertions=[{"type": "contains", "value": food}, {"type": "guardrail", "value": None}],
        key=f"contact-{i}",
    )


def contact_indices(splits: tuple[str, ...], count: int) -> list[int]:
    """Indices whose contact case lands in one of `splits` (splits are a hash of the case)."""
    found = []
    for i in range(200):
        food = FOODS[i % 10]
        assertions = [{"type": "contains", "value": food}, {"type": "guardrail", "value": None}]
        if split_for(case_signature(user_message=contact_message(i), assertions=assertions)) in splits:
            found.append(i)
        if len(found) == count:
            break
    return found


def seed_cases(project: Project, *, per_kind: int = 8, contact_cases: int = 0) -> list[EvalCase]:
    """Preference and correction cases in every split, and contact cases only in dev."""
    cases = [preference_case(project, i) for i in range(per_kind)]
    cases += [correction_case(project, i) for i in range(per_kind)]
    cases += [contact_case(project, i) for i in contact_indices(("dev",), contact_cases)]
    return cases


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class StoredContactPolicy:
    """A one-check guardrail policy: block a reply that reveals an email address stored in memory."""

    name = "stored-contact"

    def run(self, text: str, *, context: Any = None) -> Any:
        stored = {m for item in getattr(context, "memory_items", []) for m in _EMAIL.findall(item)}
        leaked = sorted(stored & set(_EMAIL.findall(text)))
        result = {"check": "stored_contact", "passed": not leaked, "severity": "block", "score": float(bool(leaked)),
                  "message": f"reveals stored contact {', '.join(leaked)}" if leaked else "", "spans": [], "error": False}
        return SimpleNamespace(verdict="block" if leaked else "pass", results=[result])


DESTINATIONS = ["Oslo", "Bergen", "Riga", "Tallinn", "Krakow", "Seville", "Naples", "Split", "Sofia", "Tartu",
                "Aarhus", "Bilbao", "Bologna", "Brno", "Cluj", "Genoa", "Ghent", "Haarlem", "Innsbruck", "Kaunas"]


def travel_case(project: Project, i: int) -> EvalCase:
    """A kind the other cases don't cover; each index is a distinct case."""
    place = DESTINATIONS[i % len(DESTINATIONS)]
    return _propose(
        project, kind="travel", memory=[f"User is flying to {place} next week"], message=f"Where am I flying to on trip {place.lower()}?",
        assertions=[{"type": "contains", "value": place}], key=f"travel-{i}",
    )
