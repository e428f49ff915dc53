"""Reads for failures, clusters and memory health; every selector is scoped to a project."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length

from evalhub.conversations.models import ContextItem, EndUser, MemoryItem, Session
from evalhub.failures.models import Failure, FailureCluster, InjectionOutcome
from evalhub.projects.models import Project

# Days of daily counts a cluster summary shows (ending at the cluster's last failure).
CLUSTER_DAYS = 30
# A cluster is "rising" when the recent daily rate is this many times the earlier one.
RISING_RATIO = 1.5
EXAMPLES = 3
# Memory health: each 100 characters of an item cost this much of its usefulness score (long items
# crowd the context window: memories should be length-penalized).
LENGTH_PENALTY_PER_100_CHARS = 0.1
WORST_ITEMS = 10


def failure_list(
    *, project: Project, session: str | Session | None = None, user: str | EndUser | None = None, type: str | None = None, status: str | None = None,
) -> QuerySet[Failure]:
    """Failures of the project, newest turn first; `session`/`user` take external ids or rows."""
    qs = Failure.objects.filter(project=project)
    if isinstance(session, Session):
        qs = qs.filter(session=session)
    elif session:
        qs = qs.filter(session__external_id=session)
    if isinstance(user, EndUser):
        qs = qs.filter(user=user)
    elif user:
        qs = qs.filter(user__external_id=user)
    if type:
        qs = qs.filter(type=type)
    if status:
        qs = qs.filter(status=status)
    return qs.select_related("message", "session", "user", "cluster").order_by("-occurred_at", "-id")


def failure_get(*, project: Project, failure_id: int) -> Failure | None:
    return Failure.objects.filter(project=project, pk=failure_id).first()


def failure_cluster_list(*, project: Project, type: str | None = None) -> QuerySet[FailureCluster]:
    qs = FailureCluster.objects.filter(project=project, failure_count__gt=0)
    if type:
        qs = qs.filter(type=type)
    return qs.order_by("-failure_count", "-last_seen", "id")


def trend(daily: list[tuple[date, int]]) -> dict[str, Any]:
    """Split the days where the daily rate changes most (length-weighted); "rising since <day>" when the later rate is RISING_RATIO x
    the earlier one (and at least two failures), "falling" the other way round, else "flat"."""
    best: tuple[float, int] | None = None
    for i in range(1, len(daily)):
        before, after = [n for _, n in daily[:i]], [n for _, n in daily[i:]]
        change = sum(after) / len(after) - sum(before) / len(before)
        # Weighted by both sides' length (a change-point score): one busy day doesn't outweigh a busy week.
        score = change * (len(before) * len(after) / len(daily)) ** 0.5
        if best is None or abs(score) > abs(best[0]):
            best = (score, i)
    if best is None:
        return {"direction": "flat", "since": None}
    change, i = best
    before, after = [n for _, n in daily[:i]], [n for _, n in daily[i:]]
    rate_before, rate_after = sum(before) / len(before), sum(after) / len(after)
    if change > 0 and sum(after) >= 2 and rate_after >= RISING_RATIO * rate_before:
        return {"direction": "rising", "since": daily[i][0].isoformat()}
    if change < 0 and sum(before) >= 2 and rate_before >= RISING_RATIO * rate_after:
        return {"direction": "falling", "since": daily[i][0].isoformat()}
    return {"direction": "flat", "since": None}


def failure_cluster_summary(*, cluster: FailureCluster, days: int = CLUSTER_DAYS) -> dict[str, Any]:
    """Daily counts up to the last failure, the trend, and representative examples (one per user first)."""
    live = Failure.objects.filter(cluster=cluster).exclude(status=Failure.Status.DISMISSED)
    daily: list[tuple[date, int]] = []
    if cluster.last_seen is not None:
        end = cluster.last_seen.date()
        start = max(end - timedelta(days=days - 1), cluster.first_seen.date() if cluster.first_seen else end)
        per_day = Counter(d.date() for d in live.filter(occurred_at__date__gte=start).values_list("occurred_at", flat=True))
        daily = [(start + timedelta(days=i), per_day.get(start + timedelta(days=i), 0)) for i in range((end - start).days + 1)]
    examples: list[Failure] = []
    seen_users: set[int] = set()
    for f in live.select_related("message", "user", "session").order_by("-confidence", "-occurred_at")[:50]:
        if f.user_id in seen_users and len(examples) < EXAMPLES:
            continue
        seen_users.add(f.user_id)
        examples.append(f)
        if len(examples) == EXAMPLES:
            break
    return {"counts_by_day": [{"day": d.isoformat(), "count": n} for d, n in daily], "trend": trend(daily), "examples": examples}


@dataclass
class MemoryHealth:
    items: int = 0
    chars: int = 0
    mean_chars: float = 0.0
    injections: int = 0
    useful_injections: int = 0
    never_injected: list[str] = field(default_factory=list)
    injected_never_useful: list[str] = field(default_factory=list)
    stale_still_injected: list[str] = field(default_factory=list)
    worst: list[dict[str, Any]] = field(default_factory=list)

    @property
    def useful_rate(self) -> float:
        return round(self.useful_injections / self.injections, 4) if self.injections else 0.0


def memory_health(*, project: Project, user: EndUser | None = None) -> MemoryHealth:
    """Size of the live memory, items never injected, injected but never useful, superseded but still injected,
    and the worst items by a length-penalized usefulness score (candidates for pruning)."""
    items = MemoryItem.objects.filter(project=project, deleted_at__isnull=True, is_known=True)
    outcomes = InjectionOutcome.objects.filter(project=project)
    if user is not None:
        items, outcomes = items.filter(user=user), outcomes.filter(user=user)
    items = items.annotate(
        n_chars=Length("content"), injected=Exists(ContextItem.objects.filter(memory_item=OuterRef("pk"))),
        n_out=Count("injection_outcomes", distinct=True), n_used=Count("injection_outcomes", filter=Q(injection_outcomes__used=True), distinct=True),
        n_stale=Count("injection_outcomes", filter=Q(injection_outcomes__stale=True), distinct=True),
    )
    health = MemoryHealth()
    scored = []
    for it in items.values("external_id", "n_chars", "injected", "n_out", "n_used", "n_stale"):
        health.items += 1
        health.chars += it["n_chars"] or 0
        if not it["injected"]:
            health.never_injected.append(it["external_id"])
        elif it["n_out"] and not it["n_used"]:
            health.injected_never_useful.append(it["external_id"])
        if it["n_stale"]:
            health.stale_still_injected.append(it["external_id"])
        score = (it["n_used"] + 1) / (it["n_out"] + 2) - LENGTH_PENALTY_PER_100_CHARS * (it["n_chars"] or 0) / 100
        scored.append({"id": it["external_id"], "chars": it["n_chars"], "injections": it["n_out"], "useful": it["n_used"],
                       "stale": it["n_stale"], "score": round(score, 3)})
    totals = outcomes.aggregate(n=Count("id"), used=Count("id", filter=Q(used=True)))
    health.injections, health.useful_injections = totals["n"] or 0, int(totals["used"] or 0)
    health.mean_chars = round(health.chars / health.items, 1) if health.items else 0.0
    health.worst = sorted(scored, key=lambda r: (r["score"], r["id"]))[:WORST_ITEMS]
    return health
