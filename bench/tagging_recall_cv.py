"""Recall reaction reading on the dev split: the features of every re-told fact, and user-grouped cross-validation
of the thresholds that turn them into a verdict. In memory like bench/tagging_dev.py, which it reuses; never reads
holdout users.

    .venv/bin/python bench/tagging_recall_cv.py            # CV of the recall thresholds, 5 user folds
    .venv/bin/python bench/tagging_recall_cv.py --dump     # and every re-telling's features with its label

Each user is tagged once: the other detectors' candidates, the complaint signal, and the features of recall's
re-telling and re-ask signals (`Reaction`, `ReAsk`) are kept; the grid then re-decides every turn under each
threshold triple through `reaction_confidence` / `reask_confidence` and the usual type precedence. Folds are users
(a user's turns share facts and phrasing), dealt round-robin in corpus order.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

RELEVANCE_GRID = (0.2, 0.25, 0.3, 0.35, 0.4)
SERVED_GRID = (0.45, 0.5, 0.55, 0.6, 0.65, 1.0)
UNANSWERED_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 1.0)
FOLDS = 5


def collect(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per assistant message: its label, the other detectors' candidates, and recall's three signals (the re-telling
    and the re-ask traced as features, the complaint signal as found)."""
    from tagging_dev import timeline

    from evalhub.failures.detectors import Analysis, assistant_turns, default_detectors
    from evalhub.failures.detectors.recall import Reaction, ReAsk, RecallDetector

    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        labels = {lab["message"]: lab["type"] for lab in row["labels"]}
        tl = timeline(row)
        analysis = Analysis(tl)
        detectors = [d for d in default_detectors() if not isinstance(d, RecallDetector)]
        recall = RecallDetector()
        for turn in assistant_turns(tl, analysis):
            first = turn.request_messages[0].at if turn.request_messages else turn.message.at
            facts = [f for f in analysis.facts
                     if f.message.at < first and f.is_statement and not recall._forgotten(turn, f) and not recall._not_recall(turn, f)]
            recall.trace = []
            complained = False
            if facts:
                recall._restated(turn, facts)
                recall._reasked(turn, facts)
                found = recall._complained(turn, facts)
                complained = found is not None and found.confidence >= 0.5
            out[turn.message.ext_id] = {
                "user": row["user"], "label": labels.get(turn.message.ext_id), "others": [c for d in detectors for c in d.detect(turn)],
                "reaction": next((x for _, f, x in recall.trace if isinstance(x, Reaction)), None),
                "reask": next((x for _, f, x in recall.trace if isinstance(x, ReAsk)), None), "complained": complained,
                "fact": next((f for _, f, x in recall.trace), ""),
            }
    return out


def decide(item: dict[str, Any], params: tuple[float, float, float]) -> str | None:
    from evalhub.failures.detectors import PRECEDENCE, resolve
    from evalhub.failures.detectors.recall import reaction_confidence, reask_confidence

    rel, served, unanswered = params
    r, q = item["reaction"], item["reask"]
    fires = (r is not None and (reaction_confidence(r, quiet_relevance=rel, served_sim=served) or 0) >= 0.5) or (
        q is not None and (reask_confidence(q, unanswered_relevance=unanswered) or 0) >= 0.5) or item["complained"]
    best = resolve(item["others"])
    if fires and (best is None or PRECEDENCE[best.type] > PRECEDENCE["recall"]):
        return "recall"
    return best.type if best is not None else None


def counts(items: list[dict[str, Any]], params: tuple[float, float, float]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for it in items:
        got, want = decide(it, params), it["label"]
        tp += got == "recall" and want == "recall"
        fp += got == "recall" and want != "recall"
        fn += want == "recall" and got != "recall"
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.2f} R {r:.2f} F1 {f1(tp, fp, fn):.2f}  tp {tp} fp {fp} fn {fn}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")
    os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
    import django

    django.setup()
    from tagging_dev import CORPUS, dev_rows

    from evalhub.failures.detectors import recall as rc

    rows = dev_rows(CORPUS)
    data = collect(rows)
    if args.dump:
        for mid, it in data.items():
            r, q = it["reaction"], it["reask"]
            if r is not None:
                print(f"{mid:14s} label={it['label']!s:11s} RESTATE rel={r.relevance:.2f} served={r.answer_sim:.2f} used={r.used:d} "
                      f"mk={r.marked:d} apo={r.apologized:d} nfb={r.negative_feedback:d} ok={r.approving:d} pass={r.in_passing:d} "
                      f"new={r.new_request:d} | {it['fact'][:60]}")
            if q is not None:
                print(f"{mid:14s} label={it['label']!s:11s} REASK rel={q.relevance:.2f} replied={q.replied:d} unanswered={q.unanswered:d} "
                      f"nfb={q.negative_feedback:d} used={q.used:d} | {it['fact'][:60]}")
    users = [r["user"] for r in rows]
    fold_of = {u: i % FOLDS for i, u in enumerate(users)}
    grid = list(itertools.product(RELEVANCE_GRID, SERVED_GRID, UNANSWERED_GRID))
    total = [0, 0, 0]
    for k in range(FOLDS):
        train = [it for it in data.values() if fold_of[it["user"]] != k]
        test = [it for it in data.values() if fold_of[it["user"]] == k]
        # ties go to the stricter thresholds (fewer, surer tags)
        best = max(grid, key=lambda g: (f1(*counts(train, g)), g[0], -g[1], g[2]))
        c = counts(test, best)
        total = [a + b for a, b in zip(total, c, strict=True)]
        print(f"fold {k}: chose quiet relevance {best[0]}, served {best[1]}, unanswered re-ask relevance {best[2]}; test {prf(*c)}")
    print(f"cross-validated recall: {prf(*total)}")
    shipped = (rc.RESTATE_RELEVANCE_QUIET, rc.SERVED_SIM, rc.REASK_RELEVANCE_UNANSWERED)
    print(f"in-sample at the shipped thresholds {shipped}: {prf(*counts(list(data.values()), shipped))}")


if __name__ == "__main__":
    main()
