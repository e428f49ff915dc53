"""Plotly figure specs (plain JSON for plotly.js) built with pandas from the overview's aggregate rows.

The rows are already grouped per day in the database; pandas only pivots them and fills the days
with no rows, so a chart's cost depends on the range, not on the data volume.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#8c959f"]
OTHER_COLOUR = "#8c959f"
Figure = dict[str, Any]
# More stacked series than this don't read as colours any more; the smallest are summed as "other".
MAX_SERIES = 7


def _layout(title: str, y_title: str, *, since: date, until: date, **extra: Any) -> dict[str, Any]:
    # The x range is the chosen range even when only one day has data, so charts line up.
    return {
        # The card's heading is the title (readable by screen readers); none inside the plot.
        "meta": {"title": title},
        "margin": {"l": 48, "r": 12, "t": 12, "b": 36},
        "height": 280,
        "legend": {"orientation": "h", "y": -0.2, "yanchor": "top", "font": {"size": 11}},
        "showlegend": True,
        "yaxis": {"title": {"text": y_title}, "rangemode": "tozero", "gridcolor": "#e6e8eb"},
        "xaxis": {"type": "date", "gridcolor": "#e6e8eb", "range": [since.isoformat(), until.isoformat()]},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "font": {"family": "system-ui, sans-serif", "color": "#1f2328"},
        "colorway": PALETTE,
        **extra,
    }


def _days(since: date, until: date) -> pd.DatetimeIndex:
    return pd.date_range(pd.Timestamp(since), pd.Timestamp(until), freq="D", inclusive="left")


def _iso(index: pd.Index) -> list[str]:
    return [pd.Timestamp(d).strftime("%Y-%m-%d") for d in index]


def stacked_counts_per_day(rows: list[dict[str, Any]], *, series: str, since: date, until: date, title: str) -> Figure:
    """Bars per day, stacked by `series` (a column of the rows), zero-filled over the whole range."""
    days = _days(since, until)
    if rows:
        frame = pd.DataFrame(rows)
        frame["day"] = pd.to_datetime(frame["day"])
        table = frame.pivot_table(index="day", columns=series, values="n", aggfunc="sum", fill_value=0).reindex(days, fill_value=0)
        table = _top_series(table)
    else:
        table = pd.DataFrame(index=days)
    x = _iso(table.index)
    data: list[dict[str, Any]] = [{"type": "bar", "name": str(col), "x": x, "y": [int(v) for v in table[col]]} for col in table.columns]
    for trace in data:
        if trace["name"] == "other":
            trace["marker"] = {"color": OTHER_COLOUR}
    layout = _layout(title, "per day", since=since, until=until, barmode="stack")
    _fit_legend(layout, len(data))
    return {"data": data, "layout": layout}


def _top_series(table: pd.DataFrame) -> pd.DataFrame:
    """The largest series by total, the rest summed as "other": a legend a reviewer can read in a card."""
    if len(table.columns) <= MAX_SERIES:
        return table
    order = table.sum().sort_values(ascending=False).index
    keep, rest = list(order[: MAX_SERIES - 1]), list(order[MAX_SERIES - 1 :])
    trimmed = table[keep].copy()
    trimmed["other"] = table[rest].sum(axis=1)
    return trimmed


def _fit_legend(layout: dict[str, Any], series: int) -> None:
    """Grow the figure with its legend (one row per two series in a card) instead of squashing the plot."""
    extra_rows = max(0, -(-series // 2) - 1)
    layout["height"] = layout["height"] + 20 * extra_rows
    layout["margin"]["b"] = layout["margin"]["b"] + 20 * extra_rows


def signal_series(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Label each row "type (source)" so explicit thumbs-down and an implicit correction read apart."""
    return [{**r, "series": f"{r['type']} ({r['source']})"} for r in rows]


def eval_set_growth(rows: list[dict[str, Any]], *, since: date, until: date) -> Figure:
    """Accepted cases per set, carried forward over days with no new version."""
    days = _days(since, until)
    data = []
    if rows:
        frame = pd.DataFrame(rows)
        frame["day"] = pd.to_datetime(frame["day"])
        table = frame.pivot_table(index="day", columns="eval_set", values="cases", aggfunc="max").reindex(days).ffill()
        for col in table.columns:
            values = [None if pd.isna(v) else int(v) for v in table[col]]
            data.append({"type": "scatter", "mode": "lines+markers", "line": {"shape": "hv"}, "name": str(col), "x": _iso(table.index), "y": values})
    return {"data": data, "layout": _layout("Eval-set size (accepted cases)", "cases", since=since, until=until)}


def score_history(rows: list[dict[str, Any]], *, since: date, until: date) -> Figure:
    """Each prompt's optimization runs: dev score of the candidate, and the baseline it had to beat (dotted)."""
    data: list[dict[str, Any]] = []
    if rows:
        frame = pd.DataFrame(rows).sort_values("at")
        for i, (prompt, group) in enumerate(frame.groupby("prompt", sort=True)):
            colour = PALETTE[i % len(PALETTE)]
            x = [pd.Timestamp(t).isoformat() for t in group["at"]]
            data.append({"type": "scatter", "mode": "lines+markers", "name": f"{prompt} candidate", "x": x,
                         "y": _floats(group["candidate"]), "line": {"color": colour}})
            data.append({"type": "scatter", "mode": "lines+markers", "name": f"{prompt} baseline", "x": x, "y": _floats(group["baseline"]),
                         "line": {"color": colour, "dash": "dot"}, "marker": {"symbol": "circle-open", "color": colour}})
    layout = _layout("Optimization score history", "score", since=since, until=until)
    layout["yaxis"]["range"] = [0, 1.05]
    return {"data": data, "layout": layout}


def latency(rows: list[dict[str, Any]], *, since: date, until: date) -> Figure:
    """Feedback received -> eval case created, p50 and p95 per day, in seconds."""
    days = _days(since, until)
    data = []
    unit, divisor = "seconds", 1.0
    if rows:
        frame = pd.DataFrame(rows)
        frame["day"] = pd.to_datetime(frame["day"])
        table = frame.set_index("day")[["p50_s", "p95_s"]].reindex(days)
        unit, divisor = _time_unit(float(table["p95_s"].max(skipna=True) or 0.0))
        for col, name in (("p50_s", "p50"), ("p95_s", "p95")):
            data.append({"type": "scatter", "mode": "lines+markers", "connectgaps": False, "name": name, "x": _iso(table.index),
                         "y": _floats(table[col] / divisor)})
    return {"data": data, "layout": _layout("Feedback → eval case latency", unit, since=since, until=until)}


def _time_unit(max_seconds: float) -> tuple[str, float]:
    """Seconds for a loop that closes in seconds; minutes or hours when a backlog makes it slower."""
    if max_seconds >= 2 * 3600:
        return "hours", 3600.0
    if max_seconds >= 120:
        return "minutes", 60.0
    return "seconds", 1.0


def _floats(values: Any) -> list[float | None]:
    return [None if v is None or pd.isna(v) else round(float(v), 4) for v in values]


def totals(rows: list[dict[str, Any]], key: str = "n") -> int:
    return int(sum(r[key] for r in rows))
