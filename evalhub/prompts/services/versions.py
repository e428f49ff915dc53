"""Prompts and their immutable versions: create, promote, roll back (audited), diff."""

from __future__ import annotations

import difflib
import json
from typing import Any

from django.db import IntegrityError, transaction

from evalhub.common.errors import Conflict, NotFound, ValidationFailed
from evalhub.projects.models import Project
from evalhub.prompts.models import PromotionEvent, Prompt, PromptVersion
from evalhub.prompts.selectors import prompt_production_stack

DEFAULT_INSTRUCTIONS = "Answer the user, using the memory context where it is relevant."
SYSTEM_ACTOR = "system"


def _next_number(prompt: Prompt) -> int:
    return (prompt.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1


@transaction.atomic
def prompt_get_or_create(
    *, project: Project, name: str, initial_instructions: str = DEFAULT_INSTRUCTIONS, actor: str = SYSTEM_ACTOR
) -> Prompt:
    """The named prompt; a new one gets version 1 from `initial_instructions`, promoted to production."""
    prompt, created = Prompt.objects.get_or_create(project=project, name=name)
    if created:
        version = prompt_version_create(prompt=prompt, instructions=initial_instructions, demos=[], model_settings={}, parent=None, author=actor)
        prompt_promote(version=version, actor=actor, reason="initial version")
        prompt.refresh_from_db()
        from evalhub.prompts.services.schedule import optimization_schedule_ensure

        optimization_schedule_ensure(project=project)
    return prompt


def _validate_demos(demos: Any) -> None:
    if not isinstance(demos, list) or not all(isinstance(d, dict) for d in demos):
        raise ValidationFailed("demos must be a list of objects", details=[{"loc": ["demos"], "msg": "list of objects"}])
    for i, demo in enumerate(demos):
        if not isinstance(demo.get("user_message", ""), str) or not isinstance(demo.get("response", ""), str):
            raise ValidationFailed("invalid demo", details=[{"loc": ["demos", str(i)], "msg": "user_message and response must be strings"}])


@transaction.atomic
def prompt_version_create(
    *,
    prompt: Prompt,
    instructions: str,
    demos: list[dict[str, Any]],
    model_settings: dict[str, Any],
    parent: PromptVersion | None,
    author: str,
    status: str = PromptVersion.Status.DRAFT,
    scores: dict[str, Any] | None = None,
) -> PromptVersion:
    """A new immutable version; production is reached only through `prompt_promote`."""
    if status not in (PromptVersion.Status.DRAFT, PromptVersion.Status.CANDIDATE):
        raise ValidationFailed("a new version is a draft or a candidate; promote it to make it production", details=[{"loc": ["status"]}])
    if not instructions.strip():
        raise ValidationFailed("instructions must not be empty", details=[{"loc": ["instructions"]}])
    _validate_demos(demos)
    if parent is not None and parent.prompt_id != prompt.pk:
        raise ValidationFailed("parent belongs to another prompt", details=[{"loc": ["parent"]}])
    locked = Prompt.objects.select_for_update().get(pk=prompt.pk)
    return PromptVersion.objects.create(
        prompt=locked, number=_next_number(locked), instructions=instructions, demos=demos, model_settings=model_settings or {},
        parent=parent, author=author, status=status, scores=scores or {},
    )


def blocking_on_dev(version: PromptVersion) -> int:
    """Blocking guardrail violations on the dev split recorded for `version`, over all eval-set versions."""
    return sum(int((s or {}).get("blocking_dev", 0)) for s in version.scores.values() if isinstance(s, dict))


def _production_stack(prompt: Prompt) -> list[int]:
    return prompt_production_stack(prompt=prompt)


def _switch(prompt: Prompt, target: PromptVersion, *, action: str, actor: str, reason: str) -> PromotionEvent:
    current = prompt.production_version
    if current is not None:
        PromptVersion.objects.filter(pk=current.pk).update(status=PromptVersion.Status.RETIRED)
    try:
        with transaction.atomic():
            PromptVersion.objects.filter(pk=target.pk).update(status=PromptVersion.Status.PRODUCTION)
    except IntegrityError as exc:  # a concurrent promotion won the race
        raise Conflict("another promotion is in progress") from exc
    prompt.production_version = target
    prompt.save(update_fields=["production_version"])
    target.status = PromptVersion.Status.PRODUCTION
    return PromotionEvent.objects.create(prompt=prompt, action=action, from_version=current, to_version=target, actor=actor, reason=reason)


@transaction.atomic
def prompt_promote(*, version: PromptVersion, actor: str, reason: str) -> PromotionEvent:
    """Make `version` the production version (the old one is retired); audited, undone by a rollback."""
    prompt = Prompt.objects.select_for_update(of=("self",)).select_related("production_version").get(pk=version.prompt_id)
    version.refresh_from_db()
    if prompt.production_version_id == version.pk:
        raise Conflict(f"v{version.number} is already the production version")
    blocked = blocking_on_dev(version)
    if blocked:
        raise Conflict(
            f"v{version.number} has {blocked} blocking guardrail violation(s) on the dev split and can never be promoted",
            details=[{"version": version.number, "blocking_dev": blocked}],
        )
    return _switch(prompt, version, action=PromotionEvent.Action.PROMOTE, actor=actor, reason=reason)


@transaction.atomic
def prompt_rollback(*, prompt: Prompt, actor: str, reason: str) -> PromotionEvent:
    """Back to the production version before the current one; promoting again undoes it."""
    prompt = Prompt.objects.select_for_update(of=("self",)).select_related("production_version").get(pk=prompt.pk)
    stack = _production_stack(prompt)
    if len(stack) < 2:
        raise Conflict("there is no earlier production version to roll back to")
    target = PromptVersion.objects.get(pk=stack[-2])
    return _switch(prompt, target, action=PromotionEvent.Action.ROLLBACK, actor=actor, reason=reason)


def prompt_get_production(*, project: Project, name: str) -> PromptVersion:
    prompt = Prompt.objects.filter(project=project, name=name).select_related("production_version").first()
    if prompt is None or prompt.production_version is None:
        raise NotFound(f"no production version of prompt {name!r}")
    return prompt.production_version


def _demo_key(demo: dict[str, Any]) -> str:
    return json.dumps(demo, sort_keys=True, ensure_ascii=False)


def prompt_diff(*, a: PromptVersion, b: PromptVersion) -> dict[str, Any]:
    """What changed from `a` to `b`: a unified text diff, demos added/removed, model settings changed."""
    text = difflib.unified_diff(
        a.instructions.splitlines(), b.instructions.splitlines(), fromfile=f"v{a.number}", tofile=f"v{b.number}", lineterm=""
    )
    a_demos, b_demos = {_demo_key(d): d for d in a.demos}, {_demo_key(d): d for d in b.demos}
    keys = sorted(set(a.model_settings) | set(b.model_settings))
    return {
        "a": a.number,
        "b": b.number,
        "instructions_changed": a.instructions != b.instructions,
        "instructions_diff": "\n".join(text),
        "demos_added": [d for k, d in b_demos.items() if k not in a_demos],
        "demos_removed": [d for k, d in a_demos.items() if k not in b_demos],
        "demos_unchanged": len(set(a_demos) & set(b_demos)),
        "model_settings_changed": {k: [a.model_settings.get(k), b.model_settings.get(k)] for k in keys if a.model_settings.get(k) != b.model_settings.get(k)},
    }
