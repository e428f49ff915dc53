from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from evalhub.common.errors import ValidationFailed
from evalhub.conversations.models import EndUser, Message, Session
from evalhub.evals.evaluator import normalize, validate_assertions
from evalhub.evals.models import EvalCase, EvalCaseRevision, EvalSet, EvalSetMembership, EvalSetVersion
from evalhub.projects.models import Project

DEFAULT_SET = "default"
# Defaults for per-project knobs in Project.settings.
DEFAULT_AUTO_ACCEPT = 0.8
DEFAULT_MIN_CONFIDENCE = 0.5
# Jaccard over request tokens above which two cases with the same assertions are one case.
NEAR_DUPLICATE_JACCARD = 0.8
NEAR_DUPLICATE_SCAN = 300


def project_setting(project: Project, key: str, default: Any) -> Any:
    return (project.settings or {}).get(key, default)


def eval_set_get_or_create(*, project: Project, name: str = DEFAULT_SET) -> EvalSet:
    eval_set, _ = EvalSet.objects.get_or_create(project=project, name=name)
    return eval_set


def _tokens(text: str) -> set[str]:
    return {t for t in normalize(text).replace("<", " ").replace(">", " ").split() if len(t) > 2}


def _assertion_sig(assertions: list[dict[str, Any]]) -> str:
    parts = sorted(f"{a['type']}:{normalize(json.dumps(a.get('value')))}" for a in assertions if a["type"] != "llm_rubric")
    return "|".join(parts) or "rubric"


def case_signature(*, user_message: str, assertions: list[dict[str, Any]]) -> str:
    request = " ".join(sorted(_tokens(user_message)))
    return hashlib.sha256(f"{request}#{_assertion_sig(assertions)}".encode()).hexdigest()


def split_for(signature: str) -> str:
    """Deterministic 60/20/20 split from the signature: a case never changes split as the set grows."""
    bucket = int(signature[:8], 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "holdout"


@dataclass
class ProposedCase:
    kind: str
    source: str
    input: dict[str, Any]
    assertions: list[dict[str, Any]]
    confidence: float
    provenance: dict[str, Any]
    rejected_response: str = ""
    signal_received_at: Any = None
    user: EndUser | None = None
    session: Session | None = None
    message: Message | None = None


def _find_near_duplicate(eval_set: EvalSet, proposed: ProposedCase, signature: str) -> EvalCase | None:
    exact = EvalCase.objects.select_for_update().filter(eval_set=eval_set, signature=signature).first()
    if exact is not None:
        return exact
    wanted_sig = _assertion_sig(proposed.assertions)
    tokens = _tokens(proposed.input.get("user_message", ""))
    recent = EvalCase.objects.filter(eval_set=eval_set, kind=proposed.kind).exclude(status=EvalCase.Status.REJECTED).order_by("-id")[:NEAR_DUPLICATE_SCAN]
    for case in recent:
        if _assertion_sig(case.assertions) != wanted_sig:
            continue
        other = _tokens(case.input.get("user_message", ""))
        if tokens and other and len(tokens & other) / len(tokens | other) >= NEAR_DUPLICATE_JACCARD:
            return EvalCase.objects.select_for_update().get(pk=case.pk)
    return None


@transaction.atomic
def eval_case_propose(*, project: Project, proposed: ProposedCase, eval_set: EvalSet | None = None) -> EvalCase | None:
    """Create a case from a signal/failure, or merge it into its near-duplicate.

    Returns None when the confidence is below the project's floor. Cases at or above the
    auto-accept threshold are accepted at once, which yields a new eval-set version.
    """
    problems = validate_assertions(proposed.assertions)
    if problems:
        raise ValidationFailed("invalid assertions", details=problems)
    if proposed.confidence < project_setting(project, "case_min_confidence", DEFAULT_MIN_CONFIDENCE):
        return None
    eval_set = eval_set or eval_set_get_or_create(project=project)
    signature = case_signature(user_message=proposed.input.get("user_message", ""), assertions=proposed.assertions)
    existing = _find_near_duplicate(eval_set, proposed, signature)
    auto_accept = proposed.confidence >= project_setting(project, "auto_accept_confidence", DEFAULT_AUTO_ACCEPT)
    if existing is not None:
        key = proposed.provenance.get("key")
        if key is None or all(p.get("key") != key for p in existing.provenance):
            existing.provenance = [*existing.provenance, proposed.provenance][-50:]
            existing.provenance_count = F("provenance_count") + 1
        existing.confidence = max(existing.confidence, proposed.confidence)
        existing.updated_at = timezone.now()
        existing.save(update_fields=["provenance", "provenance_count", "confidence", "updated_at"])
        existing.refresh_from_db()
        if auto_accept and existing.status == EvalCase.Status.CANDIDATE:
            _accept(existing, reason=f"auto-accepted {proposed.kind}")
        return existing
    case = EvalCase.objects.create(
        project=project, eval_set=eval_set, signature=signature, split=split_for(signature), source=proposed.source,
        kind=proposed.kind, input=proposed.input, rejected_response=proposed.rejected_response,
        assertions=proposed.assertions, confidence=proposed.confidence, provenance=[proposed.provenance],
        user=proposed.user, session=proposed.session, message=proposed.message,
        signal_received_at=proposed.signal_received_at,
    )
    if auto_accept:
        _accept(case, reason=f"auto-accepted {proposed.kind}")
    return case


def _new_revision(case: EvalCase) -> EvalCaseRevision:
    number = (case.revisions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return EvalCaseRevision.objects.create(
        case=case, number=number, input=case.input, rejected_response=case.rejected_response,
        assertions=case.assertions, split=case.split,
    )


def _bump_version(eval_set: EvalSet, *, reason: str) -> int:
    locked = EvalSet.objects.select_for_update().get(pk=eval_set.pk)
    locked.current_version += 1
    locked.save(update_fields=["current_version"])
    eval_set.current_version = locked.current_version
    return locked.current_version


def _close_membership(case: EvalCase, version: int) -> None:
    EvalSetMembership.objects.filter(revision__case=case, removed_in_version__isnull=True).update(removed_in_version=version)


def _record_version(eval_set: EvalSet, version: int, reason: str) -> None:
    count = EvalSetMembership.objects.filter(eval_set=eval_set, removed_in_version__isnull=True).count()
    EvalSetVersion.objects.create(eval_set=eval_set, number=version, reason=reason[:200], case_count=count)


def _accept(case: EvalCase, *, reason: str) -> None:
    version = _bump_version(case.eval_set, reason=reason)
    _close_membership(case, version)
    EvalSetMembership.objects.create(eval_set=case.eval_set, revision=_new_revision(case), added_in_version=version)
    case.status = EvalCase.Status.ACCEPTED
    case.updated_at = timezone.now()
    case.save(update_fields=["status", "updated_at"])
    _record_version(case.eval_set, version, reason)
    from evalhub.evals import hooks

    transaction.on_commit(lambda: hooks.eval_case_accepted(project_id=case.project_id, case_id=case.pk), robust=True)


@transaction.atomic
def eval_case_review(
    *, case: EvalCase, decision: str, reviewer: str = "", note: str = "", assertions: list[dict[str, Any]] | None = None
) -> EvalCase:
    """accept / reject / edit. Any change to an accepted case's content makes a new set version."""
    case = EvalCase.objects.select_for_update().select_related("eval_set").get(pk=case.pk)
    if decision not in ("accept", "reject", "edit"):
        raise ValidationFailed("decision must be accept, reject or edit", details=[{"loc": ["decision"]}])
    if assertions is not None:
        problems = validate_assertions(assertions)
        if problems:
            raise ValidationFailed("invalid assertions", details=problems)
    elif decision == "edit":
        raise ValidationFailed("edit needs assertions", details=[{"loc": ["assertions"], "msg": "required for edit"}])
    was_accepted = case.status == EvalCase.Status.ACCEPTED
    changed = assertions is not None and assertions != case.assertions
    if changed:
        case.assertions = assertions
    case.reviewed_by, case.review_note, case.updated_at = reviewer, note, timezone.now()
    case.save(update_fields=["assertions", "reviewed_by", "review_note", "updated_at"])
    if decision == "reject":
        if was_accepted:
            version = _bump_version(case.eval_set, reason="case rejected")
            _close_membership(case, version)
            _record_version(case.eval_set, version, f"case {case.pk} rejected by {reviewer or 'reviewer'}")
        case.status = EvalCase.Status.REJECTED
        case.save(update_fields=["status"])
    elif (decision == "accept" and not was_accepted) or (was_accepted and changed):
        _accept(case, reason=f"case {case.pk} {'edited' if changed else 'accepted'} by {reviewer or 'reviewer'}")
    return case
