"""Failure tagging on the dev split (or the released holdout2 / holdout3 with --split), in memory (no database): the fast loop for developing detectors.

Builds each dev user's timeline straight from tests/data/tagging/corpus.jsonl (what ingest would store,
minus PII redaction), runs the detectors and scores them like bench/tagging_quality.py. It never reads
holdout users: the split filter is applied before anything else. Figures to report come from
bench/tagging_quality.py (the real ingest path); this is for iterating.

    .venv/bin/python bench/tagging_dev.py                  # per-type P/R/F1 on dev
    .venv/bin/python bench/tagging_dev.py --errors recall  # and the recall false positives / negatives
    .venv/bin/python bench/tagging_dev.py --split holdout2 --errors clash
    .venv/bin/python bench/tagging_dev.py --users t-wa-     # one training writer's users (round 5)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "data" / "tagging" / "corpus.jsonl"
TYPES = ("recall", "clash", "poisoning", "distraction", "confusion")


def _at(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def dev_rows(path: Path, split: str = "dev") -> list[dict[str, Any]]:
    out = []
    for line in path.read_text().splitlines():
        if line.strip() and f'"split": "{split}"' in line[:80]:
            row = json.loads(line)
            if row["split"] == split:
                out.append(row)
    return out


def timeline(row: dict[str, Any]) -> Any:
    from evalhub.failures.detectors import Feedback, MemItem, MemOp, Msg, SessionView, UserTimeline

    items: dict[str, MemItem] = {}
    for s in row["sessions"]:
        for op in s["memory"]:
            item = items.setdefault(op["id"], MemItem(ext_id=op["id"], ops=[]))
            item.ops.append(MemOp(op=op.get("op", "add"), content=op.get("content") or "", at=_at(op["created_at"]), session_ext=s["id"]))
            src = op.get("source") or {}
            item.source_session_ext = item.source_session_ext or src.get("session") or ""
            item.source_message_ext = item.source_message_ext or src.get("message") or ""
    for item in items.values():
        item.ops.sort(key=lambda o: o.at)
    sessions = [SessionView(ext_id=s["id"], started_at=_at(s["started_at"]), messages=[
        Msg(ext_id=m["id"], session_ext=s["id"], role=m["role"], content=m["content"], at=_at(m["created_at"]), position=i,
            context=tuple(m.get("context", []))) for i, m in enumerate(s["messages"])]) for s in row["sessions"]]
    feedback: dict[str, list[Feedback]] = defaultdict(list)
    for e in row["feedback"]:
        feedback[e["message"]].append(Feedback(type=e["type"], message_ext=e["message"], value=e.get("value"),
                                               comment=e.get("comment") or "", correction=e.get("correction") or ""))
    return UserTimeline(user_ext=row["user"], sessions=sessions, memory=items, feedback=dict(feedback))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(CORPUS))
    # holdout2 was released to development in round 4, holdout3 in round 5 and holdout4 in round 6, each after its one
    # blind evaluation; the first holdout and any still-blind split stay out of this loop.
    parser.add_argument("--split", choices=("dev", "holdout2", "holdout3", "holdout4"), default="dev")
    parser.add_argument("--errors", nargs="*", default=[], help="print false positives/negatives of these types")
    parser.add_argument("--users", default="", help="only users whose id starts with this (e.g. t-wa- for one writer's users)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")
    os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
    import django

    django.setup()
    from evalhub.failures.detectors import tag_timeline

    sys.path.insert(0, str(ROOT / "bench"))
    from tagging_quality import score

    rows = [r for r in dev_rows(Path(args.corpus), args.split) if r["user"].startswith(args.users)]
    preds: dict[str, dict[str, Any]] = {}
    msgs: dict[str, tuple[dict[str, Any], int]] = {}
    for row in rows:
        for s in row["sessions"]:
            for i in range(len(s["messages"])):
                msgs[s["messages"][i]["id"]] = (s, i)
        for turn, cand in tag_timeline(timeline(row)):
            preds[turn.message.ext_id] = {"type": cand.type, "diagnosis": cand.diagnosis, "evidence_session": cand.evidence_session,
                                          "why": cand.explanation}
    out = score(rows, preds)
    print(f"{args.split}{' ' + args.users if args.users else ''}: {len(rows)} users, {sum(len(r['sessions']) for r in rows)} sessions")
    for t, m in out["per_type"].items():
        print(f"{t:12s} P {m['precision']:.2f} R {m['recall']:.2f} F1 {m['f1']:.2f}  tp {m['tp']} fp {m['fp']} fn {m['fn']}")
    print("diagnosis", out["diagnosis"], "evidence", out["evidence"])
    labels = {lab["message"]: lab for r in rows for lab in r["labels"]}
    for t in args.errors:
        for mid in sorted(set(labels) | set(preds)):
            want, got = (labels.get(mid) or {}).get("type"), (preds.get(mid) or {}).get("type")
            if want == got or t not in (want, got):
                continue
            s, i = msgs[mid]
            print(f"\n=== {mid} label={want} pred={got}: {(preds.get(mid) or {}).get('why', '')}")
            for m in s["messages"][max(0, i - 2) : i + 3]:
                print(f"  {'>' if m['id'] == mid else ' '} {m['role'][:4]}: {m['content'][:220]}")


if __name__ == "__main__":
    main()
