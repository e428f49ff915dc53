"""The overview's per-day aggregates.

Every aggregate is grouped in the database (one row per day and type), never computed from loaded rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import connection
from django.db.models import Aggregate, Count, FloatField, Max
from django.db.models.expressions import RawSQL
from django.db.models.functions import TruncDate

from evalhub.dashboard.optional import failures_selectors
from evalhub.evals.models import EvalCase, EvalSetVersion
from evalhub.feedback.models import Signal
from evalhub.projects.models import Project
from evalhub.prompts.models import OptimizationRun

# Latency samples read per request where the database can't compute percentiles itself (SQLite demo).
LATENCY_SAMPLE_LIMIT = 20_000


def signal_counts_by_day(*, project: Project, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """[{"day", "type", "source", "n"}]: explicit feedback and implicit signals per day."""
    qs = Signal.objects.filter(project=project, created_at__gte=since, created_at__lt=until)
    rows = qs.annotate(day=TruncDate("created_at")).values("day", "type", "source").annotate(n=Count("id")).order_by("day")
    return [dict(r) for r in rows]


def failure_counts_by_day(*, project: Project, since: datetime, until: datetime) -> list[dict[str, Any]] | None:
    """[{"day", "type", "n"}] by when the failing turn was sent, or None when failure tagging is not installed."""
    selectors = failures_selectors()
    if selectors is None:
        return None
    qs = selectors.failure_list(project=project).filter(occurred_at__gte=since, occurred_at__lt=until)
    return [dict(r) for r in qs.annotate(day=TruncDate("occurred_at")).values("day", "type").annotate(n=Count("id")).order_by("day")]


def eval_set_growth_by_day(*, project: Project, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """[{"day", "eval_set": name, "cases"}]: the set's size at the end of each day that made a version."""
    qs = EvalSetVersion.objects.filter(eval_set__project=project, created_at__gte=since, created_at__lt=until)
    rows = qs.annotate(day=TruncDate("created_at")).values("day", "eval_set__name").annotate(cases=Max("case_count")).order_by("day")
    return [{"day": r["day"], "eval_set": r["eval_set__name"], "cases": r["cases"]} for r in rows]


def optimization_score_history(*, project: Project, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """[{"at", "prompt", "baseline", "candidate"}] for finished runs: dev scores before and after."""
    qs = OptimizationRun.objects.filter(
        project=project, status=OptimizationRun.Status.SUCCEEDED, finished_at__gte=since, finished_at__lt=until
    ).order_by("finished_at")
    rows = qs.values("finished_at", "prompt__name", "best_score", "scores")
    out = []
    for r in rows:
        scores = r["scores"] or {}
        candidate = (scores.get("candidate") or {}).get("mean", r["best_score"])
        out.append({"at": r["finished_at"], "prompt": r["prompt__name"], "baseline": (scores.get("baseline") or {}).get("mean"), "candidate": candidate})
    return out


class _Percentile(Aggregate):
    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def case_latency_by_day(*, project: Project, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """[{"day", "p50_s", "p95_s", "n"}]: feedback received -> eval case created, in seconds."""
    qs = EvalCase.objects.filter(project=project, created_at__gte=since, created_at__lt=until, signal_received_at__isnull=False)
    if connection.vendor == "postgresql":
        seconds = RawSQL('EXTRACT(EPOCH FROM ("evals_evalcase"."created_at" - "evals_evalcase"."signal_received_at"))', [])
        rows = qs.annotate(day=TruncDate("created_at")).values("day").annotate(
            p50_s=_Percentile(seconds, fraction=0.5), p95_s=_Percentile(seconds, fraction=0.95), n=Count("id")
        ).order_by("day")
        return [dict(r) for r in rows]
    import pandas as pd

    samples = list(qs.order_by("-created_at").values_list("created_at", "signal_received_at")[:LATENCY_SAMPLE_LIMIT])
    if not samples:
        return []
    frame = pd.DataFrame(samples, columns=["created_at", "received_at"])
    frame["seconds"] = (frame["created_at"] - frame["received_at"]).dt.total_seconds()
    frame["day"] = frame["created_at"].dt.date
    grouped = frame.groupby("day")["seconds"]
    stats = pd.DataFrame({"p50_s": grouped.quantile(0.5), "p95_s": grouped.quantile(0.95), "n": grouped.size()}).reset_index()
    return list(stats.to_dict("records"))


def failure_cluster_top(*, project: Project, limit: int = 8) -> list[Any] | None:
    """The largest failure clusters, or None when failure tagging is not installed."""
    selectors = failures_selectors()
    return list(selectors.failure_cluster_list(project=project)[:limit]) if selectors is not None else None
