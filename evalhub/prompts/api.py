from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import Router

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound
from evalhub.prompts.models import OptimizationRun, PromotionEvent, Prompt, PromptVersion
from evalhub.prompts.schemas import (
    DiffOut,
    OptimizeIn,
    ProgressOut,
    PromotionListOut,
    PromotionOut,
    PromptIn,
    PromptListOut,
    PromptOut,
    ReasonIn,
    RunListOut,
    RunOut,
    VersionIn,
    VersionListOut,
    VersionOut,
)
from evalhub.prompts.selectors import (
    optimization_run_get,
    optimization_run_list,
    promotion_list,
    prompt_get,
    prompt_list,
    prompt_version_get,
    prompt_version_list,
)
from evalhub.prompts.services import (
    optimization_run_cancel,
    optimization_run_create,
    prompt_diff,
    prompt_get_or_create,
    prompt_get_production,
    prompt_promote,
    prompt_rollback,
    prompt_version_create,
)
from evalhub.prompts.services.versions import DEFAULT_INSTRUCTIONS

router = Router(tags=["prompts"])


def _actor(request: HttpRequest, name: str = "") -> str:
    key = getattr(request, "api_key", None)
    who = f"api-key:{key.prefix}" if key is not None else "api"
    return f"{who}:{name}" if name else who


def _prompt(request: HttpRequest, name: str) -> Prompt:
    prompt = prompt_get(project=project_of(request), name=name)
    if prompt is None:
        raise NotFound("prompt not found")
    return prompt


def _version(request: HttpRequest, prompt: Prompt, number: int) -> PromptVersion:
    version = prompt_version_get(project=project_of(request), prompt=prompt, number=number)
    if version is None:
        raise NotFound(f"prompt {prompt.name!r} has no version {number}")
    return version


def _version_out(v: PromptVersion) -> VersionOut:
    return VersionOut(
        prompt=v.prompt.name, number=v.number, status=v.status, instructions=v.instructions, demos=v.demos,
        model_settings=v.model_settings, parent=v.parent.number if v.parent else None, author=v.author, scores=v.scores,
        content_hash=v.content_hash, created_at=v.created_at,
    )


def _promotion_out(e: PromotionEvent) -> PromotionOut:
    return PromotionOut(
        action=e.action, from_version=e.from_version.number if e.from_version else None, to_version=e.to_version.number,
        actor=e.actor, reason=e.reason, at=e.at,
    )


def _prompt_out(p: Prompt) -> PromptOut:
    production = p.production_version.number if p.production_version else None
    return PromptOut(name=p.name, production=production, versions=p.versions.count(), created_at=p.created_at)


def run_out(r: OptimizationRun) -> RunOut:
    return RunOut(
        id=r.pk, prompt=r.prompt.name, status=r.status, optimizer=r.optimizer, trigger=r.trigger, requested_by=r.requested_by,
        progress=ProgressOut(phase=r.phase, trials_done=r.trials_done, trials_total=r.trials_total, best_score=r.best_score),
        base_version=r.base_version.number if r.base_version else None, candidate=r.candidate.number if r.candidate else None,
        eval_set_version=r.eval_set_version, budget_lm_calls=r.budget_lm_calls, budget_wall_s=r.budget_wall_s,
        lm_calls=r.lm_calls, cost_usd=r.cost_usd, usage=r.usage, scores=r.scores, gate=r.gate, error=r.error, attempt=r.attempt,
        cancel_requested=r.cancel_requested, created_at=r.created_at, started_at=r.started_at, finished_at=r.finished_at,
    )


def etag_of(version: PromptVersion) -> str:
    return f'"{version.prompt_id}-{version.number}-{version.content_hash[:16]}"'


@router.get("/prompts", response=PromptListOut)
def prompts(request: HttpRequest) -> PromptListOut:
    return PromptListOut(prompts=[_prompt_out(p) for p in prompt_list(project=project_of(request))])


@router.post("/prompts", response={200: PromptOut, 201: PromptOut}, summary="Create a prompt (v1 becomes production); 200 if it exists")
def prompt_create(request: HttpRequest, payload: PromptIn) -> tuple[int, PromptOut]:
    existing = prompt_get(project=project_of(request), name=payload.name)
    if existing is not None:
        return 200, _prompt_out(existing)
    prompt = prompt_get_or_create(project=project_of(request), name=payload.name, initial_instructions=payload.instructions or DEFAULT_INSTRUCTIONS, actor=_actor(request))
    return 201, _prompt_out(prompt)


@router.get("/prompts/{name}", response=PromptOut)
def prompt_detail(request: HttpRequest, name: str) -> PromptOut:
    return _prompt_out(_prompt(request, name))


@router.get("/prompts/{name}/production", response=VersionOut, summary="The version the assistant should use (ETag, If-None-Match)")
def prompt_production(request: HttpRequest, name: str, response: HttpResponse) -> VersionOut | HttpResponse:
    version = prompt_get_production(project=project_of(request), name=name)
    etag = etag_of(version)
    if etag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
        not_modified = HttpResponse(status=304)
        not_modified["ETag"] = etag
        return not_modified
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"
    return _version_out(version)


@router.get("/prompts/{name}/versions", response=VersionListOut)
def versions(request: HttpRequest, name: str) -> VersionListOut:
    prompt = _prompt(request, name)
    return VersionListOut(versions=[_version_out(v) for v in prompt_version_list(project=project_of(request), prompt=prompt)])


@router.post("/prompts/{name}/versions", response={201: VersionOut}, summary="Create an immutable draft or candidate version")
def version_create(request: HttpRequest, name: str, payload: VersionIn) -> tuple[int, VersionOut]:
    prompt = _prompt(request, name)
    parent = _version(request, prompt, payload.parent) if payload.parent else prompt.production_version
    version = prompt_version_create(
        prompt=prompt, instructions=payload.instructions, demos=[d.model_dump() for d in payload.demos],
        model_settings=payload.model_settings, parent=parent, author=_actor(request), status=payload.status,
    )
    return 201, _version_out(version)


@router.get("/prompts/{name}/versions/{number}", response=VersionOut)
def version_detail(request: HttpRequest, name: str, number: int) -> VersionOut:
    return _version_out(_version(request, _prompt(request, name), number))


@router.post("/prompts/{name}/versions/{number}/promote", response=PromotionOut, summary="Make this version production (audited)")
def version_promote(request: HttpRequest, name: str, number: int, payload: ReasonIn) -> PromotionOut:
    version = _version(request, _prompt(request, name), number)
    return _promotion_out(prompt_promote(version=version, actor=_actor(request, payload.actor), reason=payload.reason))


@router.post("/prompts/{name}/rollback", response=PromotionOut, summary="Back to the previous production version (audited)")
def prompt_rollback_endpoint(request: HttpRequest, name: str, payload: ReasonIn) -> PromotionOut:
    event = prompt_rollback(prompt=_prompt(request, name), actor=_actor(request, payload.actor), reason=payload.reason)
    return _promotion_out(event)


@router.get("/prompts/{name}/promotions", response=PromotionListOut, summary="The promotion and rollback audit log, newest first")
def promotions(request: HttpRequest, name: str) -> PromotionListOut:
    prompt = _prompt(request, name)
    return PromotionListOut(promotions=[_promotion_out(e) for e in promotion_list(project=project_of(request), prompt=prompt)])


@router.get("/prompts/{name}/diff", response=DiffOut, summary="Text and demo diff between versions a and b")
def version_diff(request: HttpRequest, name: str, a: int, b: int) -> DiffOut:
    prompt = _prompt(request, name)
    return DiffOut(**prompt_diff(a=_version(request, prompt, a), b=_version(request, prompt, b)))


@router.post("/prompts/{name}/optimize", response={202: RunOut}, summary="Start an optimization run (409 if one is active)")
def prompt_optimize(request: HttpRequest, name: str, payload: OptimizeIn) -> tuple[int, RunOut]:
    run = optimization_run_create(prompt=_prompt(request, name), requested_by=_actor(request), **payload.model_dump())
    return 202, run_out(optimization_run_get(project=project_of(request), run_id=run.pk) or run)


@router.get("/prompts/{name}/runs", response=RunListOut)
def prompt_runs(request: HttpRequest, name: str) -> RunListOut:
    prompt = _prompt(request, name)
    return RunListOut(runs=[run_out(r) for r in optimization_run_list(project=project_of(request), prompt=prompt)[:100]])


@router.get("/optimization-runs/{run_id}", response=RunOut, summary="A run with its live progress")
def run_detail(request: HttpRequest, run_id: int) -> RunOut:
    run = optimization_run_get(project=project_of(request), run_id=run_id)
    if run is None:
        raise NotFound("optimization run not found")
    return run_out(run)


@router.post("/optimization-runs/{run_id}/cancel", response={202: RunOut}, summary="Cancel a queued or running run")
def run_cancel(request: HttpRequest, run_id: int) -> tuple[int, RunOut]:
    run = optimization_run_get(project=project_of(request), run_id=run_id)
    if run is None:
        raise NotFound("optimization run not found")
    optimization_run_cancel(run=run, actor=_actor(request))
    return 202, run_out(optimization_run_get(project=project_of(request), run_id=run_id) or run)
