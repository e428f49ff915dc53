from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from ninja import Router

from evalhub.common.auth import project_of
from evalhub.common.errors import NotFound
from evalhub.gate.models import GateRun
from evalhub.gate.schemas import EvalSetRefOut, GateAccepted, GateIn, GateOut, ProgressOut
from evalhub.gate.selectors import gate_run_get
from evalhub.gate.services import gate_run_create
from evalhub.gate.targets import eval_set_ref_parse

router = Router(tags=["gate"])


def gate_url(run: GateRun) -> str:
    return f"{settings.EVALHUB_PUBLIC_URL.rstrip('/')}/gate/{run.pk}"


def _out(run: GateRun) -> GateOut:
    reports = {"markdown": run.report_markdown, "json": run.report_json, "junit": run.report_junit} if run.is_finished else None
    return GateOut(
        gate_id=run.pk, status=run.status, progress=ProgressOut(done=run.progress_done, total=run.progress_total),
        verdict=run.verdict or None, exit_code=run.exit_code, prompt=run.prompt_name, baseline=run.baseline_ref,
        baseline_version=run.baseline_version.number if run.baseline_version else None,
        eval_set=EvalSetRefOut(id=run.eval_set_id, name=run.eval_set.name if run.eval_set else None, version=run.eval_version),
        split=run.split, options=run.options, lm=run.lm_model, scores=run.scores, error=run.error, url=gate_url(run),
        reports=reports, created_at=run.created_at, finished_at=run.finished_at,
    )


@router.post("/gate", response={202: GateAccepted}, summary="Gate a candidate prompt against the baseline (queued)")
def gate_create(request: HttpRequest, payload: GateIn) -> tuple[int, GateAccepted]:
    eval_set, eval_version = eval_set_ref_parse(payload.eval_set) if payload.eval_set else (None, None)
    run = gate_run_create(
        project=project_of(request), prompt_name=payload.prompt, candidate_instructions=payload.candidate,
        candidate_demos=payload.candidate_demos, baseline=payload.baseline, eval_set=eval_set, eval_version=eval_version,
        split=payload.split, min_score=payload.min_score, max_regression=payload.max_regression, repeats=payload.repeats,
    )
    return 202, GateAccepted(gate_id=run.pk, status=run.status, url=gate_url(run))


@router.get("/gate/{gate_id}", response=GateOut, summary="Status, progress, verdict and reports of a gate run")
def gate_get(request: HttpRequest, gate_id: int) -> GateOut:
    run = gate_run_get(project=project_of(request), gate_run_id=gate_id)
    if run is None:
        raise NotFound("gate run not found")
    return _out(run)
