"""Prompt optimization on the demo data: wall time, LM calls, score before/after on dev and holdout.

Loads fixtures/demo/ through the public API (ingest, then feedback; the feedback loop turns it into
eval cases), then runs one optimization synchronously on the `assistant` prompt, as
`manage.py optimize` would. Uses a fresh PostgreSQL database (bench/_setup.py) and eager Celery.

    .venv/bin/python bench/optimize_demo.py                          # local/smollm2, BootstrapFewShot
    .venv/bin/python bench/optimize_demo.py --lm scripted/bench --optimizer mipro
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEMO = ROOT / "fixtures" / "demo"


def load_demo(project: Any, api_key: str) -> dict[str, Any]:
    from django.test import Client

    client, auth = Client(), {"HTTP_AUTHORIZATION": f"Bearer {api_key}"}
    started = time.perf_counter()
    r = client.post("/api/v1/ingest", (DEMO / "sessions.jsonl").read_bytes(), content_type="application/x-ndjson", **auth)
    assert r.status_code == 202, r.content
    batch = client.get(f"/api/v1/batches/{r.json()['batch_id']}", **auth).json()
    events = [json.loads(line) for line in (DEMO / "feedback.jsonl").read_text().splitlines() if line.strip()]
    r = client.post("/api/v1/feedback", {"events": events}, content_type="application/json", **auth)
    assert r.status_code == 202, r.content
    return {"ingest": batch["status"], "sessions": batch["records"], "feedback_events": len(events), "load_s": time.perf_counter() - started}


def accepted_cases(project: Any) -> Counter[str]:
    from evalhub.evals.models import EvalCase

    return Counter(EvalCase.objects.filter(project=project, status="accepted").values_list("split", flat=True))


def optimize(project: Any, *, optimizer: str, budget: int, wall_s: int, max_tokens: int) -> tuple[Any, float]:
    from evalhub.prompts.services import (
        optimization_run_claim,
        optimization_run_create,
        prompt_get_or_create,
        prompt_promote,
        prompt_version_create,
    )
    from evalhub.prompts.services.execute import optimization_run_execute

    prompt = prompt_get_or_create(project=project, name="assistant")
    base = prompt.production_version
    tuned = prompt_version_create(prompt=prompt, instructions=base.instructions, demos=[], model_settings={"max_tokens": max_tokens},
                                  parent=base, author="bench")
    prompt_promote(version=tuned, actor="bench", reason=f"bench: cap replies at {max_tokens} tokens")
    run = optimization_run_create(prompt=prompt, optimizer=optimizer, budget_lm_calls=budget, budget_wall_s=wall_s,
                                  requested_by="bench", enqueue=False)
    claimed = optimization_run_claim(run_id=run.pk)
    assert claimed is not None
    last = [0.0]

    def show(guard: Any) -> None:
        if time.perf_counter() - last[0] > 15:
            last[0] = time.perf_counter()
            print(f"  {guard.phase:<10} {guard.trials_done}/{guard.trials_total} lm_calls={guard.lm_calls} best={guard.best_score}", flush=True)

    started = time.perf_counter()
    done = optimization_run_execute(run=claimed, on_progress=show)
    return done, time.perf_counter() - started


def report(run: Any, wall: float, loaded: dict[str, Any], cases: Counter[str], lm: str) -> str:
    base, cand = run.scores.get("baseline", {}), run.scores.get("candidate", {})

    def split(s: dict[str, Any], name: str) -> str:
        value = s.get("by_split", {}).get(name)
        return "-" if value is None else f"{value:.3f}"

    gate = "pass" if run.gate.get("passed") else "refused" if run.candidate else "no candidate"
    lines = [
        f"model `{lm}`, optimizer `{run.optimizer}`, budget {run.budget_lm_calls} LM calls / {run.budget_wall_s} s, "
        f"{os.cpu_count()} CPUs",
        f"eval cases from the demo feedback: {sum(cases.values())} accepted (train {cases['train']}, dev {cases['dev']}, holdout {cases['holdout']})",
        "",
        "| | wall time | LM calls | dev before | dev after | holdout before | holdout after | gate |",
        "|---|---|---|---|---|---|---|---|",
        f"| run {run.pk} ({run.status}) | {wall:.0f} s | {run.lm_calls} | {split(base, 'dev')} | {split(cand, 'dev')} | "
        f"{split(base, 'holdout')} | {split(cand, 'holdout')} | {gate} |",
        "",
        f"demos in candidate: {len(run.candidate.demos) if run.candidate else 0}; gate reasons: {run.gate.get('reasons')}; "
        f"groups before {base.get('by_group')} after {cand.get('by_group')}; usage {run.usage}; error: {run.error or '-'}",
        f"data load (ingest + feedback, eager): {loaded['load_s']:.0f} s",
    ]
    return "\n".join(lines)


def setup_sqlite() -> None:
    import django
    from django.core.management import call_command

    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ["EVALHUB_VAR_DIR"] = tempfile.mkdtemp(prefix="evalhub-bench-optimize-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    django.setup()
    call_command("migrate", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lm", default="local/smollm2")
    parser.add_argument("--optimizer", default="bootstrap", choices=["bootstrap", "mipro", "gepa"])
    parser.add_argument("--budget", type=int, default=60, help="max LM calls for the optimizer")
    parser.add_argument("--wall-s", type=int, default=15 * 60)
    parser.add_argument("--max-tokens", type=int, default=128, help="reply cap of the assistant prompt")
    parser.add_argument("--sqlite", action="store_true", help="a throwaway SQLite file instead of PostgreSQL")
    args = parser.parse_args()
    # The demo data is loaded with no LM (so the feedback loop's LM failure judge stays off and the load
    # takes seconds); the model is switched on for the optimization run only.
    os.environ["EVALHUB_LM"] = ""
    # A cold response cache: the figures are for a first run (a repeat would get the baseline for free).
    os.environ["DSPY_CACHEDIR"] = tempfile.mkdtemp(prefix="evalhub-bench-cache-")
    os.environ.setdefault("EVALHUB_PII_NER", "0")  # pattern-only redaction: the bench measures optimization
    if args.sqlite:
        setup_sqlite()
    else:
        sys.path.insert(0, str(ROOT / "bench"))
        from _setup import setup_django

        setup_django("optimize")
    from django.conf import settings

    from evalhub.projects.services import project_create

    created = project_create(slug="demo")
    loaded = load_demo(created.project, created.api_key)
    settings.EVALHUB_LM = args.lm
    cases = accepted_cases(created.project)
    print(f"loaded {loaded}; accepted cases {dict(cases)}", flush=True)
    run, wall = optimize(created.project, optimizer=args.optimizer, budget=args.budget, wall_s=args.wall_s, max_tokens=args.max_tokens)
    print(report(run, wall, loaded, cases, args.lm))


if __name__ == "__main__":
    main()
