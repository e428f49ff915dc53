"""Precision/recall per implicit-signal type on the labeled set in tests/data/mining/labeled.jsonl.

The detectors were developed on the `dev` split only; `holdout` is reported, never tuned on.  `holdout2` was a
second blind holdout; since round 4 it is development data (its errors may be shown). `holdout` stays closed.
`holdout3` is a third blind holdout, written the same way (released as development data in round 5), and
`holdout4` a fourth; each blind holdout is run once, for reported figures.

    .venv/bin/python bench/mining_quality.py [--show-errors]   # dev + holdout; errors are shown for dev only
    .venv/bin/python bench/mining_quality.py --split holdout2  # only holdout2 (likewise holdout3, holdout4)
    .venv/bin/python bench/mining_quality.py --split dev --writer w1  # one round-5 training writer's items
    .venv/bin/python bench/mining_quality.py --split all       # dev, holdout, holdout2, holdout3
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")

TYPES = ("frustration", "correction", "restatement", "rephrase", "preference")
TARGETED = ("frustration", "correction", "restatement", "rephrase")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def to_turn(item: dict):  # type: ignore[no-untyped-def]
    from evalhub.feedback.mining import MsgView, Turn

    def view(m: dict, session: str) -> MsgView:
        return MsgView(role=m["role"], content=m["content"], session_ext=session)

    return Turn(
        message=MsgView("user", item["user_message"]),
        history=[view(m, "current") for m in item["context"]],
        earlier_sessions=[[view(m, f"earlier-{i}") for m in s] for i, s in enumerate(item.get("earlier_sessions", []))],
    )


def evaluate(items: list[dict], *, show_errors: bool) -> dict[str, dict[str, float]]:
    from evalhub.feedback.mining import mine_turn

    started = time.perf_counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for item in items:
        predicted = {c.type for c in mine_turn(to_turn(item))} & set(TYPES)
        gold = set(item["labels"]) & set(TYPES)
        for t in TYPES:
            if t in predicted and t in gold:
                tp[t] += 1
            elif t in predicted:
                fp[t] += 1
                if show_errors:
                    print(f"FP {t:12} {item['id']}: {item['user_message'][:110]!r}")
            elif t in gold:
                fn[t] += 1
                if show_errors:
                    print(f"FN {t:12} {item['id']}: {item['user_message'][:110]!r}")
    if items:
        ms = (time.perf_counter() - started) * 1000 / len(items)
        print(f"  ({ms:.1f} ms per turn, load average {os.getloadavg()[0]:.2f})")
    out = {}
    for t in TYPES:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        out[t] = {"precision": p, "recall": r, "support": tp[t] + fn[t], "predicted": tp[t] + fp[t]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT / "tests" / "data" / "mining" / "labeled.jsonl"))
    parser.add_argument("--show-errors", action="store_true", help="print errors of dev, holdout2, holdout3 and holdout4 (development data since rounds 4, 5 and 6; never holdout or a still-blind split)")
    parser.add_argument("--writer", default="", help="only dev families of this round-5 training writer (w1 ... w4)")
    parser.add_argument("--split", choices=("dev", "holdout", "holdout2", "holdout3", "holdout4", "both", "all"), default="both",
                        help="while developing use dev (and holdout2); holdout and holdout3 are run once, for the reported "
                             "figures (both = dev + holdout, all = dev + holdout + holdout2 + holdout3)")
    args = parser.parse_args()
    import django

    django.setup()
    from evalhub.common import embeddings

    items = load(Path(args.data))
    print(f"embedding backend: {embeddings.backend()}; items: {len(items)}")
    splits = {"both": ("dev", "holdout"), "all": ("dev", "holdout", "holdout2", "holdout3")}.get(args.split, (args.split,))
    for split in splits:
        subset = [i for i in items if i["split"] == split and (not args.writer or i["family"].startswith(args.writer + "-"))]
        for source in ("all", "written", "ukp"):
            part = subset if source == "all" else [i for i in subset if i["source"] == source]
            if not part and source != "all":
                continue  # holdout2 and holdout3 are written only
            result = evaluate(part, show_errors=args.show_errors and split in ("dev", "holdout2", "holdout3", "holdout4") and source == "all")
            report(f"{split} / {source}", len(part), result)


def report(title: str, n: int, result: dict[str, dict[str, float]]) -> None:
    print(f"\n[{title}] {n} turns")
    print(f"{'type':13} {'precision':>9} {'recall':>7} {'support':>8} {'predicted':>9}  target P>=0.85 R>=0.6")
    for t, m in result.items():
        ok = "" if t not in TARGETED else ("met" if m["precision"] >= 0.85 and m["recall"] >= 0.6 else "MISSED")
        print(f"{t:13} {m['precision']:9.2f} {m['recall']:7.2f} {m['support']:8d} {m['predicted']:9d}  {ok}")


if __name__ == "__main__":
    main()
