"""Figure specs from aggregate rows: zero-filled days, a readable legend, honest units."""

from __future__ import annotations

from datetime import date

from evalhub.dashboard import charts

SINCE, UNTIL = date(2026, 11, 1), date(2026, 11, 8)


def test_it_zero_fills_days_without_rows() -> None:
    fig = charts.stacked_counts_per_day([{"day": date(2026, 11, 3), "type": "recall", "n": 4}], series="type", since=SINCE, until=UNTIL, title="t")
    (trace,) = fig["data"]
    assert trace["x"] == [f"2026-11-0{d}" for d in range(1, 8)]
    assert trace["y"] == [0, 0, 4, 0, 0, 0, 0]
    assert fig["layout"]["xaxis"]["range"] == ["2026-11-01", "2026-11-08"]


def test_it_sums_the_smallest_series_as_other() -> None:
    rows = [{"day": SINCE, "type": f"t{i}", "n": i + 1} for i in range(10)]
    fig = charts.stacked_counts_per_day(rows, series="type", since=SINCE, until=UNTIL, title="t")
    names = [t["name"] for t in fig["data"]]
    assert len(names) == charts.MAX_SERIES and names[-1] == "other"
    assert sum(t["y"][0] for t in fig["data"]) == sum(range(1, 11))
    assert fig["layout"]["height"] > 280


def test_it_labels_signals_by_type_and_source() -> None:
    rows = charts.signal_series([{"day": SINCE, "type": "correction", "source": "implicit", "n": 2}])
    assert rows[0]["series"] == "correction (implicit)"


def test_it_switches_latency_to_minutes_or_hours_for_slow_loops() -> None:
    fast = charts.latency([{"day": SINCE, "p50_s": 2.0, "p95_s": 9.0, "n": 3}], since=SINCE, until=UNTIL)
    slow = charts.latency([{"day": SINCE, "p50_s": 3600.0, "p95_s": 4 * 3600.0, "n": 3}], since=SINCE, until=UNTIL)
    assert fast["layout"]["yaxis"]["title"]["text"] == "seconds" and fast["data"][1]["y"][0] == 9.0
    assert slow["layout"]["yaxis"]["title"]["text"] == "hours" and slow["data"][1]["y"][0] == 4.0


def test_it_draws_baseline_and_candidate_per_prompt() -> None:
    from datetime import UTC, datetime

    rows = [{"at": datetime(2026, 11, 2, tzinfo=UTC), "prompt": "assistant", "baseline": 0.5, "candidate": 0.7}]
    fig = charts.score_history(rows, since=SINCE, until=UNTIL)
    assert [t["name"] for t in fig["data"]] == ["assistant candidate", "assistant baseline"]
    assert fig["data"][0]["y"] == [0.7]


def test_it_returns_empty_figures_for_no_rows() -> None:
    assert charts.stacked_counts_per_day([], series="type", since=SINCE, until=UNTIL, title="t")["data"] == []
    assert charts.eval_set_growth([], since=SINCE, until=UNTIL)["data"] == []
    assert charts.latency([], since=SINCE, until=UNTIL)["data"] == []
