"""Failure tagging: quality on the labeled corpus, throughput on PostgreSQL.

Quality: each split of tests/data/tagging/corpus.jsonl goes through the real ingest path (IngestBatch ->
ingest_batch_process) and the feedback bulk path into a fresh database, then the taggers run over the
project (the deterministic baseline; the DSPy judge too when EVALHUB_LM is set) and the stored failures are
compared with the labels, message by message: precision / recall / F1 per type, diagnosis accuracy for
recall, evidence-session accuracy. Tuned on dev only; holdout is reported as is. The blind holdout2 split
(t-h-N users, see tests/data/tagging/README.md) is scored only when asked for with --split holdout2, and the blind
holdout3 split (t-k-N users) only with --split holdout3; "both" and the throughput corpus stay dev + holdout.

Throughput: corpus users replicated under new ids until there are 10k sessions, ingested, then tagged user by
user as the tagging task does, the embedding cache emptied before each user (nothing carries over between
replicas); then the incremental case: a user's newest session re-tagged with and without the persistent cache.

    .venv/bin/python bench/tagging_quality.py                           # dev + holdout quality, 10k-session throughput
    .venv/bin/python bench/tagging_quality.py --split holdout --skip-throughput
    .venv/bin/python bench/tagging_quality.py --split holdout2 --skip-throughput    # the blind set: run once, by the lead
    .venv/bin/python bench/tagging_quality.py --split holdout3 --skip-throughput    # the second blind set: likewise
    .venv/bin/python bench/tagging_quality.py --sqlite /tmp/tagging.sqlite3 --skip-throughput
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
CORPUS = ROOT / "tests" / "data" / "tagging" / "corpus.jsonl"
TYPES = ("recall", "clash", "poisoning", "distraction", "confusion")
SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4")
# the splits "both" and the throughput corpus cover (holdout2-4 were added later and are scored only on request)
BASE_SPLITS = ("dev", "holdout")
# Sessions per ingest batch when loading the throughput corpus (the ingest API's own order of magnitude).
LOAD_BATCH_SESSIONS = 200


def setup(args: argparse.Namespace, name: str) -> str:
    if args.sqlite:
        db = Path(f"{args.sqlite}.{name}")
        db.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
        os.environ.pop("CELERY_BROKER_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")
        os.environ.setdefault("LOG_LEVEL", "WARNING")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        return os.environ["DATABASE_URL"]
    from _setup import setup_django

    return setup_django(name)


def corpus(split: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def load(project: Any, rows: list[dict[str, Any]]) -> None:
    """Through the real ingest and feedback paths. Consumers are off while loading: tagging runs once
    everything (including feedback, which arrives after the conversation) is in."""
    from evalhub import pipeline
    from evalhub.feedback.services import feedback_bulk_accept
    from evalhub.ingest.models import IngestBatch
    from evalhub.ingest.services import ingest_batch_process

    pipeline.CONSUMERS = []
    sessions = [s for r in rows for s in r["sessions"]]
    for i in range(0, len(sessions), LOAD_BATCH_SESSIONS):
        chunk = sessions[i : i + LOAD_BATCH_SESSIONS]
        batch = ingest_batch_process(batch=IngestBatch.objects.create(project=project, payload=chunk, record_count=len(chunk)))
        assert batch.status == "done" and not batch.errors, batch.errors[:3]
    events = [e for r in rows for e in r["feedback"]]
    for i in range(0, len(events), 1000):
        results = feedback_bulk_accept(project=project, events=events[i : i + 1000])
        assert all(x["status"] in ("accepted", "duplicate") for x in results), [x for x in results if x["status"] not in ("accepted", "duplicate")][:3]


def predictions(project: Any) -> dict[str, dict[str, Any]]:
    from evalhub.failures.models import Failure

    out: dict[str, dict[str, Any]] = {}
    for f in Failure.objects.filter(project=project).select_related("message").order_by("confidence"):
        out[f.message.external_id] = {"type": f.type, "diagnosis": f.diagnosis or None, "evidence_session": f.evidence_session or None}
    return out


def score(rows: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    labels = {lab["message"]: lab for r in rows for lab in r["labels"]}
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    diagnosis, evidence = Counter[str](), Counter[str]()
    for mid in set(labels) | set(preds):
        want, got = labels.get(mid), preds.get(mid)
        wt, gt = (want or {}).get("type"), (got or {}).get("type")
        if wt and wt == gt:
            tp[wt] += 1
            assert want is not None and got is not None
            evidence["n"] += 1
            evidence["ok"] += got["evidence_session"] == want["evidence_session"]
            if wt == "recall":
                diagnosis["n"] += 1
                diagnosis["ok"] += got["diagnosis"] == want["diagnosis"]
                diagnosis[f"{want['diagnosis']}:n"] += 1
                diagnosis[f"{want['diagnosis']}:ok"] += got["diagnosis"] == want["diagnosis"]
            continue
        if gt:
            fp[gt] += 1
        if wt:
            fn[wt] += 1
    per_type = {}
    for t in TYPES:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        per_type[t] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp[t], "fp": fp[t], "fn": fn[t]}
    return {"per_type": per_type, "diagnosis": dict(diagnosis), "evidence": dict(evidence)}


def quality(args: argparse.Namespace, split: str) -> dict[str, Any]:
    from evalhub.failures.services import failures_tag_project
    from evalhub.projects.services import project_create

    rows = corpus(split)
    project = project_create(slug=f"tagq-{split}").project
    t0 = time.perf_counter()
    load(project, rows)
    loaded = time.perf_counter()
    result = failures_tag_project(project=project)
    tagged = time.perf_counter()
    out = score(rows, predictions(project))
    out.update(split=split, users=len(rows), sessions=result.sessions, turns=result.turns, load_s=loaded - t0, tag_s=tagged - loaded)
    return out


def replicate(rows: list[dict[str, Any]], copies: int) -> list[dict[str, Any]]:
    """The corpus users again under new ids (every id and reference prefixed with r<k>-)."""

    def rid(k: int, value: str | None) -> str | None:
        return f"r{k}-{value}" if value else value

    out = []
    for k in range(copies):
        for r in rows:
            sessions = []
            for s in r["sessions"]:
                memory = [{**op, "id": rid(k, op["id"]), "source": {key: rid(k, v) for key, v in (op.get("source") or {}).items()}} for op in s["memory"]]
                messages = [{**m, "id": rid(k, m["id"]), **({"context": [rid(k, c) for c in m["context"]]} if "context" in m else {})} for m in s["messages"]]
                sessions.append({**s, "id": rid(k, s["id"]), "user": rid(k, s["user"]), "memory": memory, "messages": messages})
            feedback = [{**e, **{f: rid(k, e[f]) for f in ("id", "session", "message", "user") if e.get(f)}} for e in r["feedback"]]
            out.append({**r, "user": rid(k, r["user"]), "sessions": sessions, "feedback": feedback})
    return out


def throughput(args: argparse.Namespace) -> dict[str, Any]:
    """Cold: every user's history tagged once, the embedding cache emptied before each user (replicas share
    texts, so a warm cache would flatter the figure). Incremental: for the first `--incremental-users` users the
    newest session is held back, ingested after the history was tagged, and tagged as it arrives, with the
    persistent cache (only its new texts are encoded) and, for comparison, without it."""
    from evalhub import pipeline
    from evalhub.common import embeddings
    from evalhub.conversations.models import EndUser, Session
    from evalhub.failures.detectors import Semantic
    from evalhub.failures.models import EmbeddingVector, Failure
    from evalhub.failures.services import failures_tag_sessions
    from evalhub.failures.services.embedding_cache import cached_semantic
    from evalhub.ingest.models import IngestBatch
    from evalhub.ingest.services import ingest_batch_process
    from evalhub.projects.services import project_create

    base = [r for r in corpus() if r["split"] in BASE_SPLITS]
    per_copy = sum(len(r["sessions"]) for r in base)
    rows = replicate(base, -(-args.sessions // per_copy))
    held = {r["user"]: r["sessions"][-1] for r in rows[: args.incremental_users]}
    project = project_create(slug="tagq-throughput").project
    t0 = time.perf_counter()
    load(project, [{**r, "sessions": [s for s in r["sessions"] if s is not held.get(r["user"])]} for r in rows])
    load_s = time.perf_counter() - t0
    embeddings.embed(["load the model outside the timed region"])
    sessions = turns = encoded = 0
    tag_s = 0.0
    inc: dict[str, float] = {"n": 0, "cached_s": 0.0, "uncached_s": 0.0, "cached_encoded": 0, "uncached_encoded": 0}
    for user in EndUser.objects.filter(project=project).order_by("pk"):
        EmbeddingVector.objects.all().delete()
        ids = list(Session.objects.filter(project=project, user=user).values_list("pk", flat=True))
        t1 = time.perf_counter()
        sem = cached_semantic()
        r = failures_tag_sessions(project=project, session_ids=ids, sem=sem)
        tag_s += time.perf_counter() - t1
        sessions, turns, encoded = sessions + r.sessions, turns + r.turns, encoded + sem.encoded
        newest = held.get(user.external_id)
        if newest is None:
            continue
        pipeline.CONSUMERS = []
        ingest_batch_process(batch=IngestBatch.objects.create(project=project, payload=[newest], record_count=1))
        new_ids = list(Session.objects.filter(project=project, external_id=newest["id"]).values_list("pk", flat=True))
        for mode, inc_sem in (("cached", cached_semantic()), ("uncached", Semantic())):
            t1 = time.perf_counter()
            failures_tag_sessions(project=project, session_ids=new_ids, sem=inc_sem)
            inc[f"{mode}_s"] += time.perf_counter() - t1
            inc[f"{mode}_encoded"] += inc_sem.encoded
        inc["n"] += 1
    return {"sessions": sessions, "turns": turns, "failures": Failure.objects.filter(project=project).count(), "load_s": load_s,
            "tag_s": tag_s, "sessions_per_s": sessions / tag_s, "turns_per_s": turns / tag_s, "encoded": encoded, "incremental": inc}


def print_quality(q: dict[str, Any]) -> None:
    print(f"\n### {q['split']}: {q['users']} users, {q['sessions']} sessions, {q['turns']} assistant turns "
          f"(load {q['load_s']:.0f}s, tagging {q['tag_s']:.0f}s)\n")
    print("| type | precision | recall | F1 | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|---:|")
    for t, m in q["per_type"].items():
        print(f"| {t} | {m['precision']:.2f} | {m['recall']:.2f} | **{m['f1']:.2f}** | {m['tp']} | {m['fp']} | {m['fn']} |")
    d, e = q["diagnosis"], q["evidence"]
    parts = [f"{k[:-2]} {d.get(k[:-2] + ':ok', 0)}/{d[k]}" for k in sorted(d) if k.endswith(":n")]
    print(f"\nrecall diagnosis accuracy: {d.get('ok', 0)}/{d.get('n', 0)} ({', '.join(parts)}); "
          f"evidence-session accuracy: {e.get('ok', 0)}/{e.get('n', 0)} (over correctly typed failures)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=[*SPLITS, "both"], default="both", help='"both" is dev + holdout')
    parser.add_argument("--sqlite", help="path prefix of a throwaway SQLite database (quality only; default: PostgreSQL)")
    parser.add_argument("--sessions", type=int, default=10_000, help="throughput corpus size")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--incremental-users", type=int, default=200, help="users whose newest session is re-tagged incrementally")
    parser.add_argument("--db-name", default="tagging", help="bench database suffix (evalhub_bench_<name>)")
    args = parser.parse_args()
    url = setup(args, args.db_name)
    from evalhub.common import embeddings

    print(f"database: {url}; embeddings: {embeddings.backend()}; judge: {os.environ.get('EVALHUB_LM') or 'off'}")
    for split in () if args.skip_quality else BASE_SPLITS if args.split == "both" else (args.split,):
        print_quality(quality(args, split))
    if not args.skip_throughput:
        if args.sqlite:
            sys.exit("throughput is measured on PostgreSQL: drop --sqlite")
        t = throughput(args)
        print(f"\n### throughput (PostgreSQL, one process)\n\ncold: {t['sessions']} sessions / {t['turns']} assistant turns tagged in "
              f"{t['tag_s']:.0f}s: **{t['sessions_per_s']:.1f} sessions/s** ({t['turns_per_s']:.0f} turns/s), {t['failures']} failures, "
              f"{t['encoded']} texts encoded; loading took {t['load_s']:.0f}s")
        inc = t["incremental"]
        if inc["n"]:
            print(f"incremental (newest session of {inc['n']} users, history already tagged): with the persistent cache "
                  f"{inc['cached_s']:.1f}s = **{inc['n'] / inc['cached_s']:.1f} sessions/s** ({inc['cached_encoded']} texts encoded); "
                  f"without it {inc['uncached_s']:.1f}s = {inc['n'] / inc['uncached_s']:.1f} sessions/s ({inc['uncached_encoded']} texts encoded)")


if __name__ == "__main__":
    main()
