"""Guardrail policies on the Django side: versions, the online check, background checks on ingest."""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F

import guardrails
from evalhub.common.errors import NotFound, ValidationFailed
from evalhub.conversations.models import EndUser, Message
from evalhub.policies.models import GuardrailCheckLog, GuardrailPolicy, GuardrailPolicyVersion
from evalhub.projects.models import Project

DEFAULT_POLICY = "default"


def default_policy_config() -> dict[str, Any]:
    """The library default, with PII in outputs blocking: a leaked email is never acceptable."""
    config = copy.deepcopy(guardrails.default_policy_dict())
    for entry in config["checks"]:
        if entry["check"] == "pii":
            entry["severity"] = "block"
    return config


def _validate(config: Any) -> guardrails.Policy:
    try:
        return guardrails.Policy.from_dict(config)
    except guardrails.PolicyError as exc:
        raise ValidationFailed("invalid guardrail policy", details=[str(exc)]) from exc


@transaction.atomic
def policy_version_create(*, policy: GuardrailPolicy, config: dict[str, Any], author: str = "", note: str = "") -> GuardrailPolicyVersion:
    _validate(config)
    locked = GuardrailPolicy.objects.select_for_update().get(pk=policy.pk)
    locked.current_version += 1
    locked.save(update_fields=["current_version"])
    policy.current_version = locked.current_version
    return GuardrailPolicyVersion.objects.create(policy=locked, number=locked.current_version, config=config, author=author, note=note)


@transaction.atomic
def policy_get_or_create(*, project: Project, name: str = DEFAULT_POLICY) -> GuardrailPolicy:
    policy, created = GuardrailPolicy.objects.get_or_create(project=project, name=name)
    if created or policy.current_version == 0:
        policy_version_create(policy=policy, config=default_policy_config(), author="system", note="default policy")
    return policy


def policy_current_version(*, project: Project, name: str = DEFAULT_POLICY) -> GuardrailPolicyVersion:
    # One query on the hot path (every online check): the version row joined to its policy's pointer.
    version = GuardrailPolicyVersion.objects.filter(
        policy__project=project, policy__name=name, number=F("policy__current_version")
    ).first()
    if version is not None:
        return version
    if name != DEFAULT_POLICY and not GuardrailPolicy.objects.filter(project=project, name=name).exists():
        raise NotFound(f"no guardrail policy named {name!r}")
    policy = policy_get_or_create(project=project, name=name)
    version = GuardrailPolicyVersion.objects.filter(policy=policy, number=policy.current_version).first()
    assert version is not None
    return version


@functools.lru_cache(maxsize=256)
def _compiled(version_id: int, number: int) -> guardrails.Policy:
    # Versions are immutable, so a compiled policy can be cached by version id for the process.
    version = GuardrailPolicyVersion.objects.get(pk=version_id)
    return guardrails.Policy.from_dict(version.config)


def policy_for_project(project: Project, name: str = DEFAULT_POLICY) -> guardrails.Policy:
    version = policy_current_version(project=project, name=name)
    return _compiled(version.pk, version.number)


def _preferences(project: Project, user: EndUser | None) -> list[dict[str, str]]:
    if user is None:
        return []
    from evalhub.feedback.selectors import active_preferences

    return active_preferences(project=project, user_id=user.pk)


@dataclass
class CheckOutcome:
    verdict: str
    results: list[dict[str, Any]]
    policy_version: int
    policy: str


def guardrail_check(
    *, project: Project, text: str, kind: str, user_ext: str | None = None, policy_name: str = DEFAULT_POLICY,
    memory_items: list[str] | None = None, log: bool = False, message: Message | None = None,
) -> CheckOutcome:
    version = policy_current_version(project=project, name=policy_name)
    policy = _compiled(version.pk, version.number)
    user = EndUser.objects.filter(project=project, external_id=user_ext).first() if user_ext else None
    context = guardrails.CheckContext(kind=kind, user_preferences=_preferences(project, user), memory_items=memory_items or [])  # type: ignore[arg-type]
    result = policy.run(text, context=context)
    outcome = CheckOutcome(verdict=result.verdict, results=[r.to_dict() for r in result.results], policy_version=version.number, policy=policy_name)
    if log:
        GuardrailCheckLog.objects.create(project=project, policy_version=version, kind=kind, verdict=result.verdict,
                                         results=outcome.results, user=user, message=message)
    return outcome


def guardrails_on_sessions_ingested(*, project: Project, session_ids: list[int], new_message_ids: list[int]) -> None:
    """Pipeline consumer: check new assistant turns against the project's policy, in the background."""
    if not new_message_ids:
        return
    from evalhub.policies.tasks import guardrails_check_messages_task

    transaction.on_commit(lambda: guardrails_check_messages_task.delay(project.pk, new_message_ids), robust=True)


def guardrails_check_messages(*, project: Project, message_ids: list[int]) -> int:
    """Violations become `guardrail` signals (and so eval cases). Idempotent via signal keys."""
    from evalhub.feedback.cases import signal_to_case
    from evalhub.feedback.models import Signal

    version = policy_current_version(project=project)
    policy = _compiled(version.pk, version.number)
    created = 0
    messages = Message.objects.filter(project=project, pk__in=message_ids, role="assistant").select_related("session", "user")
    for message in messages:
        context = guardrails.CheckContext(kind="output", user_preferences=_preferences(project, message.user))
        result = policy.run(message.content, context=context)
        for r in result.results:
            if r.passed or r.error or r.severity == "info":
                continue
            signal, new = Signal.objects.get_or_create(
                project=project, key=f"guardrail:{r.check}:{message.pk}",
                defaults={"user": message.user, "session": message.session, "message": message, "type": "guardrail",
                          "source": Signal.Source.GUARDRAIL, "detector": f"guardrails.{r.check}", "confidence": r.score or 0.9,
                          "evidence": r.message[:2000], "details": {"check": r.check, "severity": r.severity, "policy_version": version.number}},
            )
            if new:
                created += 1
                if r.severity == "block":
                    signal_to_case(signal)
    return created
