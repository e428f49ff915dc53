from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from evalhub.common.errors import ApplicationError
from evalhub.projects.selectors import project_get
from evalhub.prompts.models import OptimizationRun
from evalhub.prompts.optimize.guard import RunGuard
from evalhub.prompts.services import optimization_run_claim, optimization_run_create, prompt_get_or_create


class Command(BaseCommand):
    help = "Run one prompt optimization synchronously, with a progress bar; prints the run as JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--project", required=True, help="project slug")
        parser.add_argument("--prompt", required=True, help="prompt name (created with default instructions if new)")
        parser.add_argument("--optimizer", choices=OptimizationRun.Optimizer.values, default=OptimizationRun.Optimizer.BOOTSTRAP)
        parser.add_argument("--budget", type=int, default=None, help="max LM calls for the optimizer")
        parser.add_argument("--wall-s", type=int, default=None, help="max wall time of the run in seconds")

    def handle(self, *args: Any, **options: Any) -> None:
        project = project_get(slug=options["project"])
        if project is None:
            raise CommandError(f"no project {options['project']!r}")
        prompt = prompt_get_or_create(project=project, name=options["prompt"])
        try:
            run = optimization_run_create(
                prompt=prompt, optimizer=options["optimizer"], requested_by="manage.py optimize",
                budget_lm_calls=options["budget"], budget_wall_s=options["wall_s"], enqueue=False,
            )
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        claimed = optimization_run_claim(run_id=run.pk)
        if claimed is None:
            raise CommandError(f"run {run.pk} could not be started")
        run = self._execute(claimed)
        self.stdout.write(json.dumps(_summary(run), indent=2))
        if run.status != OptimizationRun.Status.SUCCEEDED:
            raise CommandError(f"run {run.pk} {run.status}: {run.error}")

    def _execute(self, run: OptimizationRun) -> OptimizationRun:
        from tqdm import tqdm

        from evalhub.prompts.services.execute import optimization_run_execute

        # DSPy's own bars and prints would tear ours apart; explicit disable=False below still shows ours.
        os.environ.setdefault("TQDM_DISABLE", "1")
        logging.getLogger("dspy").setLevel(logging.WARNING)
        bar = tqdm(total=1, desc="optimize", unit="trial", disable=False)

        def on_progress(guard: RunGuard) -> None:
            bar.total = max(guard.trials_total, 1)
            bar.n = guard.trials_done
            best = "-" if guard.best_score is None else f"{guard.best_score:.3f}"
            bar.set_postfix_str(f"{guard.phase} best={best} lm_calls={guard.lm_calls}", refresh=False)
            bar.refresh()

        with contextlib.redirect_stdout(io.StringIO()):
            run = optimization_run_execute(run=run, on_progress=on_progress)
        bar.n = bar.total
        bar.close()
        return run


def _summary(run: OptimizationRun) -> dict[str, Any]:
    return {
        "run": run.pk, "status": run.status, "optimizer": run.optimizer, "base_version": run.base_version.number if run.base_version else None,
        "candidate": run.candidate.number if run.candidate else None, "lm_calls": run.lm_calls, "cost_usd": run.cost_usd,
        "scores": run.scores, "gate": run.gate, "error": run.error,
    }
