"""Clustering groups failures by cause across users, with counts over time and representative examples."""

from __future__ import annotations

from datetime import date, timedelta

from evalhub.failures.models import Failure, FailureCluster
from evalhub.failures.selectors import failure_cluster_list, trend
from evalhub.failures.services import failures_tag_project
from tests.conftest import ApiProject
from tests.failures.helpers import T0, Story


def diet_recall(user: str, days: int) -> Story:
    s = Story(user, start=T0 + timedelta(days=days))
    s.session()
    s.user_says("Just so you know, I'm vegetarian.")
    s.assistant("Noted!")
    s.session(days_later=2)
    s.user_says("Can you suggest something for dinner tonight?")
    s.assistant("How about a beef stew with root vegetables?")
    s.user_says("As I told you before, I'm vegetarian.")
    s.assistant("Sorry about that — you did tell me. Try a mushroom ragù.")
    return s


def pr_poisoning(user: str, days: int) -> Story:
    s = Story(user, start=T0 + timedelta(days=days))
    s.session()
    s.user_says("My deadlift PR is 104 kg, I want a plan to get past it.")
    wrong = s.assistant("Nice — with a 140 kg PR, let's build a 6-week block.")
    item = s.remember("User's deadlift PR is 140 kg", source=wrong)
    s.user_says("It's 104 kg, not 140.")
    s.assistant("You're right, I'm sorry — with a 104 kg PR, here's the block.")
    s.session(days_later=3)
    s.user_says("How heavy should my deadlift working sets be?")
    s.assistant("Go with about 105 kg (75% of your 140 kg PR).", context=[item])
    return s


def test_failures_with_the_same_cause_form_one_cluster_across_users(owner: ApiProject) -> None:
    for i, days in enumerate((0, 5, 6)):
        owner.ingest(diet_recall(f"diet-{i}", days).records())
    for i in range(2):
        owner.ingest(pr_poisoning(f"pr-{i}", 10 + i).records())
    clusters = {c.key: c for c in failure_cluster_list(project=owner.project)}
    diet = clusters["recall:attr:diet"]
    assert (diet.failure_count, diet.user_count, diet.label) == (3, 3, "recall · dietary preferences")
    [poison] = [c for c in clusters.values() if c.type == "poisoning"]
    assert (poison.failure_count, poison.user_count) == (2, 2)
    assert set(Failure.objects.values_list("cluster_id", flat=True)) == {diet.pk, poison.pk}

    body = owner.get("/api/v1/failure-clusters").json()["clusters"]
    top = body[0]
    assert (top["label"], top["failure_count"], top["user_count"]) == ("recall · dietary preferences", 3, 3)
    assert sum(d["count"] for d in top["counts_by_day"]) == 3
    assert len({e["user"] for e in top["examples"]}) == 3
    assert top["trend"]["direction"] in ("rising", "flat", "falling")


def test_clustering_is_idempotent(owner: ApiProject) -> None:
    for i in range(2):
        owner.ingest(diet_recall(f"diet-{i}", i).records())
    before = list(FailureCluster.objects.values_list("key", "failure_count", "user_count"))
    failures_tag_project(project=owner.project)
    assert list(FailureCluster.objects.values_list("key", "failure_count", "user_count")) == before == [("recall:attr:diet", 2, 2)]


def test_trend_says_since_when_a_cluster_is_rising() -> None:
    start = date(2026, 3, 2)
    daily = [(start + timedelta(days=i), n) for i, n in enumerate([1, 0, 1, 0, 0, 3, 4, 5])]
    assert trend(daily) == {"direction": "rising", "since": "2026-03-07"}
    assert trend([(start, 1), (start + timedelta(days=1), 1)])["direction"] == "flat"
