"""The CI gate: score a candidate prompt and a baseline on one eval-set version and compare.

`gate_evaluate` is the reusable core (the command, the Celery task and the optimizer's promotion
decision all use it); it reads the DB and calls the LM, and writes nothing but the response cache.
`gate_run_create` / `gate_run_execute` store a run with its reports for the API and the dashboard.
"""

from __future__ import annotations

import time
from collections.abc import Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from evalhub.evals.models import EvalSet
from evalhub.evals.selectors import eval_revisions_at_version
from evalhub.gate.compare import EXIT_ERROR, GateResult, case_diffs, summary_of, verdict_of
from evalhub.gate.errors import GateConfigError
from evalhub.gate.models import GateRun
from evalhub.gate.reports import (
    Links,
    report_error_markdown,
    report_json,
    report_junit,
    report_junit_error,
    report_markdown,
)
from evalhub.gate.targets import (
    DEFAULT_MAX_REGRESSION,
    DEFAULT_SPLIT,
    NO_BASELINE,
    GateTarget,
    candidate_check,
    gate_target_resolve,
    options_check,
)
from evalhub.llm.errors import LMNotConfigured, LMUnavailable
from evalhub.projects.models import Project
from evalhub.prompts.models import PromptVersion

if TYPE_CHECKING:
    from evalhub.prompts.scoring import PromptScore

Progress = Callable[[int, int], None]

# The dashboard polls progress; one UPDATE per case would hammer the DB on a fast (cached) run.
PROGRESS_WRITE_INTERVAL_S = 0.5


def _build_lm() -> Any:
    from evalhub.llm import build_lm

    try:
        return build_lm(temperature=0.0)
    except (LMNotConfigured, LMUnavailable) as exc:
        raise GateConfigError(str(exc), details=[{"loc": ["EVALHUB_LM"]}]) from exc


def _phase(progress: Progress | None, *, offset: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, _n: progress(offset + done, total)


def _lm_failures_check(name: str, score: PromptScore | None) -> None:
    """Every reply failing is a broken LM setup (bad key, unreachable host), not a score of 0 to compare."""
    if score is not None and score.cases and all(c.error for c in score.cases):
        raise GateConfigError(
            f"the LM failed on every {name} case; first error: {score.cases[0].error}", details=[{"loc": ["EVALHUB_LM"]}]
        )


def _evaluate(
    *, project: Project, target: GateTarget, instructions: str, demos: list[dict[str, Any]], min_score: float | None,
    max_regression: float, repeats: int, lm: Any, progress: Progress | None, cache: MutableMapping[str, str] | None, policy: Any,
) -> GateResult:
    from evalhub.llm.factory import lm_name
    from evalhub.prompts.scoring import score_prompt

    revisions = target.revisions()
    lm = lm if lm is not None else _build_lm()
    total = len(revisions) * (2 if target.baseline is not None else 1)
    common: dict[str, Any] = {"project": project, "revisions": revisions, "lm": lm, "policy": policy, "cache": cache, "repeats": repeats}
    try:
        # Baseline first: its replies are usually cached, so progress moves at once.
        baseline = None
        if target.baseline is not None:
            baseline = score_prompt(
                instructions=target.baseline.instructions, demos=list(target.baseline.demos or []),
                progress=_phase(progress, offset=0, total=total), **common,
            )
        candidate = score_prompt(
            instructions=instructions, demos=demos, progress=_phase(progress, offset=total - len(revisions), total=total), **common
        )
    except (LMNotConfigured, LMUnavailable) as exc:
        raise GateConfigError(str(exc), details=[{"loc": ["EVALHUB_LM"]}]) from exc
    for name, score in (("baseline", baseline), ("candidate", candidate)):
        _lm_failures_check(name, score)
    verdict, reasons = verdict_of(
        candidate_mean=candidate.mean, baseline_mean=baseline.mean if baseline else None,
        blocking=candidate.blocking_violations, min_score=min_score, max_regression=max_regression,
    )
    return GateResult(
        verdict=verdict, reasons=reasons, prompt_name=target.prompt_name, baseline_label=target.baseline_label,
        eval_set_id=target.eval_set.pk, eval_set_name=target.eval_set.name, eval_version=target.eval_version,
        split=target.split, repeats=repeats, lm_model=lm_name(lm), min_score=min_score, max_regression=max_regression,
        candidate=summary_of(candidate), baseline=summary_of(baseline) if baseline else None,
        cases=case_diffs(candidate=candidate, baseline=baseline, revisions={r.pk: (r.input, r.assertions) for r in revisions}),
        blocking_violations=candidate.blocking_violations,
    )


def gate_evaluate(
    *, project: Project, prompt_name: str, candidate_instructions: str, candidate_demos: list[dict[str, Any]] | None = None,
    baseline: str | int | PromptVersion | None = "production", eval_set: EvalSet | str | int | None = None,
    eval_version: int | None = None, split: str = DEFAULT_SPLIT, min_score: float | None = None,
    max_regression: float = DEFAULT_MAX_REGRESSION, repeats: int = 1, lm: Any = None, progress: Progress | None = None,
    cache: MutableMapping[str, str] | None = None, policy: Any = None,
) -> GateResult:
    """Candidate vs baseline on the same eval-set version; raises GateConfigError for usage errors.

    `baseline`: "production", a version number, a PromptVersion, or None/"none" (then only `min_score`
    and guardrails decide). `lm=None` builds `EVALHUB_LM` at temperature 0; `cache=None` and `policy=None`
    use the shared response cache and the project's guardrail policy. `progress(done, total)` counts
    cases over both prompts.
    """
    options_check(split=split, min_score=min_score, max_regression=max_regression, repeats=repeats)
    candidate_check(candidate_instructions)
    target = gate_target_resolve(
        project=project, prompt_name=prompt_name, baseline=baseline, eval_set=eval_set, eval_version=eval_version, split=split
    )
    return _evaluate(
        project=project, target=target, instructions=candidate_instructions, demos=list(candidate_demos or []),
        min_score=min_score, max_regression=max_regression, repeats=repeats, lm=lm, progress=progress, cache=cache, policy=policy,
    )


# --- stored runs -----------------------------------------------------------------------------------


def gate_run_create(
    *, project: Project, prompt_name: str, candidate_instructions: str, candidate_demos: list[dict[str, Any]] | None = None,
    baseline: str | int | None = "production", eval_set: EvalSet | str | int | None = None, eval_version: int | None = None,
    split: str = DEFAULT_SPLIT, min_score: float | None = None, max_regression: float = DEFAULT_MAX_REGRESSION,
    repeats: int = 1, source: str = GateRun.Source.API, enqueue: bool = True,
) -> GateRun:
    """Validate, pin the baseline version and eval-set version, store a queued run; enqueue it on commit."""
    from evalhub.llm import configured_model

    if not configured_model():
        raise GateConfigError(
            "no language model is configured: set EVALHUB_LM (e.g. openai/gpt-4o-mini, local/smollm2)",
            details=[{"loc": ["EVALHUB_LM"], "msg": "empty"}],
        )
    options_check(split=split, min_score=min_score, max_regression=max_regression, repeats=repeats)
    candidate_check(candidate_instructions)
    target = gate_target_resolve(
        project=project, prompt_name=prompt_name, baseline=baseline, eval_set=eval_set, eval_version=eval_version, split=split
    )
    ref = NO_BASELINE if target.baseline is None else str(baseline).strip().lower().removeprefix("v")
    with transaction.atomic():
        run = GateRun.objects.create(
            project=project, source=source, prompt_name=prompt_name, candidate_instructions=candidate_instructions,
            candidate_demos=list(candidate_demos or []), baseline_ref=ref, baseline_version=target.baseline,
            eval_set=target.eval_set, eval_version=target.eval_version, split=split,
            options={"min_score": min_score, "max_regression": max_regression, "repeats": repeats},
            progress_total=target.case_count * (2 if target.baseline is not None else 1),
        )
        if enqueue:
            from evalhub.gate.tasks import gate_run_task

            transaction.on_commit(lambda: gate_run_task.delay(run.pk))
    return run


def _target_of(run: GateRun) -> GateTarget:
    if run.eval_set is None or run.eval_version is None:
        raise GateConfigError("the eval set of this run was deleted")
    if run.baseline_ref != NO_BASELINE and run.baseline_version is None:
        raise GateConfigError("the baseline prompt version of this run was deleted")
    label = None
    if run.baseline_version is not None:
        number = run.baseline_version.number
        label = f"production v{number}" if run.baseline_ref == "production" else f"v{number}"
    count = eval_revisions_at_version(eval_set=run.eval_set, version=run.eval_version, split=run.split).count()
    return GateTarget(run.prompt_name, run.baseline_version, label, run.eval_set, run.eval_version, run.split, count)


class _ProgressWriter:
    def __init__(self, run_id: int, outer: Progress | None) -> None:
        self.run_id, self.outer, self.last_write = run_id, outer, 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self.last_write >= PROGRESS_WRITE_INTERVAL_S:
            GateRun.objects.filter(pk=self.run_id).update(progress_done=done, progress_total=total)
            self.last_write = now
        if self.outer is not None:
            self.outer(done, total)


def _links(run: GateRun) -> Links:
    return Links(public_url=settings.EVALHUB_PUBLIC_URL, eval_set_id=run.eval_set_id or 0, gate_id=run.pk)


def gate_run_execute(
    *, gate_run: GateRun, lm: Any = None, progress: Progress | None = None, cache: MutableMapping[str, str] | None = None,
) -> GateRun:
    """Idempotent: a finished run is left alone; a redelivered running one starts over.

    A usage error ends the run as failed with verdict `error` and exit code 2; anything else propagates.
    """
    claimed = GateRun.objects.filter(pk=gate_run.pk, status__in=[GateRun.Status.QUEUED, GateRun.Status.RUNNING]).update(
        status=GateRun.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1, progress_done=0
    )
    gate_run.refresh_from_db()
    if not claimed:
        return gate_run
    options = gate_run.options or {}
    try:
        result = _evaluate(
            project=gate_run.project, target=_target_of(gate_run), instructions=gate_run.candidate_instructions,
            demos=list(gate_run.candidate_demos or []), min_score=options.get("min_score"),
            max_regression=float(options.get("max_regression", DEFAULT_MAX_REGRESSION)), repeats=int(options.get("repeats", 1)),
            lm=lm, progress=_ProgressWriter(gate_run.pk, progress), cache=cache, policy=None,
        )
    except GateConfigError as exc:
        gate_run_fail(gate_run_id=gate_run.pk, reason=exc.message)
        gate_run.refresh_from_db()
        return gate_run
    links = _links(gate_run)
    data = report_json(result, links)
    GateRun.objects.filter(pk=gate_run.pk).update(
        status=GateRun.Status.DONE, verdict=result.verdict, exit_code=result.exit_code, lm_model=result.lm_model,
        scores={**data["scores"], "reasons": result.reasons, "counts": data["counts"]}, cases=data["cases"],
        report_markdown=report_markdown(result, links), report_json=data, report_junit=report_junit(result, links),
        progress_done=gate_run.progress_total, finished_at=timezone.now(), error="",
    )
    gate_run.refresh_from_db()
    return gate_run


def gate_run_fail(*, gate_run_id: int, reason: str) -> None:
    """End a run with verdict `error` (exit code 2) and error reports; a finished run is left alone."""
    run = GateRun.objects.filter(pk=gate_run_id).first()
    if run is None:
        return
    gate_url = _links(run).gate
    GateRun.objects.filter(pk=gate_run_id).exclude(status=GateRun.Status.DONE).update(
        status=GateRun.Status.FAILED, verdict=GateRun.Verdict.ERROR, exit_code=EXIT_ERROR, error=reason[:2000],
        report_markdown=report_error_markdown(prompt_name=run.prompt_name, message=reason, gate_url=gate_url),
        report_json={"verdict": "error", "exit_code": EXIT_ERROR, "error": reason, "gate_id": run.pk, "url": gate_url},
        report_junit=report_junit_error(prompt_name=run.prompt_name, message=reason), finished_at=timezone.now(),
    )
