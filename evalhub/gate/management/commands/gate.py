"""`manage.py gate`: exit 0 = pass, 1 = regression or blocking guardrail violation, 2 = usage/config error."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser

from evalhub.gate.compare import EXIT_ERROR, EXIT_FAIL
from evalhub.gate.errors import GateConfigError
from evalhub.gate.models import GateRun
from evalhub.gate.progress import ProgressBar
from evalhub.gate.reports import dumps
from evalhub.gate.services import gate_run_create, gate_run_execute, gate_run_fail
from evalhub.gate.targets import DEFAULT_MAX_REGRESSION, SPLITS, eval_set_ref_parse
from evalhub.projects.selectors import project_get


def _usage(message: str) -> CommandError:
    return CommandError(message, returncode=EXIT_ERROR)


def _read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _usage(f"{what} {path!r} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _usage(f"cannot read {what} {path!r}: {exc}") from None


def _read_demos(path: str | None) -> list[dict[str, Any]]:
    if not path:
        return []
    try:
        demos = json.loads(_read_text(path, "demos file"))
    except json.JSONDecodeError as exc:
        raise _usage(f"demos file {path!r} is not valid JSON: {exc}") from None
    if not isinstance(demos, list) or not all(isinstance(d, dict) for d in demos):
        raise _usage(f"demos file {path!r} must hold a JSON list of objects")
    return demos


class Command(BaseCommand):
    help = (
        "Gate a candidate prompt: run it and the baseline on the same eval-set version, compare, write reports. "
        "Exit 0 = pass, 1 = regression or blocking guardrail violation, 2 = usage or configuration error."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--project", required=True, help="project slug")
        parser.add_argument("--prompt", required=True, help="name of the prompt the candidate would replace")
        parser.add_argument("--candidate-file", required=True, help="file holding the candidate instructions")
        parser.add_argument("--demos-file", help="JSON list of few-shot demos for the candidate")
        parser.add_argument("--baseline", default="production", help="production (default), a version number, or none")
        parser.add_argument("--eval-set", help="<id or name>[@<version>]; default: the 'default' set at its latest version")
        parser.add_argument("--split", default="dev", choices=SPLITS)
        parser.add_argument("--min-score", type=float, help="fail when the candidate's mean score is below this")
        parser.add_argument("--max-regression", type=float, default=DEFAULT_MAX_REGRESSION, help="allowed drop vs the baseline")
        parser.add_argument("--repeats", type=int, default=1, help="run each case N times and use the mean (noisy models)")
        parser.add_argument("--junit", help="write a JUnit XML report here")
        parser.add_argument("--markdown", help="write a markdown summary (for a PR comment) here")
        parser.add_argument("--json", dest="json_path", help="write the JSON report here")
        parser.add_argument("--quiet", action="store_true", help="do not print the markdown summary")

    def handle(self, *args: Any, **options: Any) -> None:
        project = project_get(slug=options["project"])
        if project is None:
            raise _usage(f"unknown project {options['project']!r}")
        candidate = _read_text(options["candidate_file"], "candidate file")
        demos = _read_demos(options["demos_file"])
        try:
            eval_set, eval_version = eval_set_ref_parse(options["eval_set"]) if options["eval_set"] else (None, None)
            run = gate_run_create(
                project=project, prompt_name=options["prompt"], candidate_instructions=candidate, candidate_demos=demos,
                baseline=options["baseline"], eval_set=eval_set, eval_version=eval_version, split=options["split"],
                min_score=options["min_score"], max_regression=options["max_regression"], repeats=options["repeats"],
                source=GateRun.Source.CLI, enqueue=False,
            )
        except GateConfigError as exc:
            raise _usage(exc.message) from None
        run = self._execute(run)
        self._write_reports(run, options)
        if not options["quiet"]:
            self.stdout.write(run.report_markdown.rstrip("\n"))
        if run.exit_code == EXIT_ERROR:
            raise _usage(run.error)
        if run.exit_code == EXIT_FAIL:
            reasons = run.scores.get("reasons") or ["see the report"]
            raise CommandError(f"gate failed: {'; '.join(reasons)}", returncode=EXIT_FAIL)

    def _execute(self, run: GateRun) -> GateRun:
        # The raw stream: Django's OutputWrapper appends a newline to every write, which breaks a `\r` bar.
        bar = ProgressBar(cast(TextIO, getattr(self.stderr, "_out", sys.stderr)))
        try:
            return gate_run_execute(gate_run=run, progress=bar)
        except KeyboardInterrupt:
            gate_run_fail(gate_run_id=run.pk, reason="interrupted")
            raise
        except Exception as exc:
            gate_run_fail(gate_run_id=run.pk, reason=f"gate run crashed: {type(exc).__name__}: {str(exc)[:300]}")
            raise
        finally:
            bar.close()

    def _write_reports(self, run: GateRun, options: dict[str, Any]) -> None:
        outputs = (
            (options["junit"], run.report_junit),
            (options["markdown"], run.report_markdown),
            (options["json_path"], dumps(run.report_json) if run.report_json else ""),
        )
        for path, text in outputs:
            if not path:
                continue
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                Path(path).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise _usage(f"cannot write report {path!r}: {exc}") from None
