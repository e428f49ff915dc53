#!/usr/bin/env python3
"""Train the learned mining heads (evalhub/feedback/mining/heads.npz) on the DEV split only.

    .venv/bin/python scripts/train_mining_heads.py            # cross-validate, choose C and threshold, write heads.npz
    .venv/bin/python scripts/train_mining_heads.py --cv-only  # only print the cross-validated figures

For each type: L2-regularised logistic regression over the MiniLM embedding of the user message.
Grouped k-fold cross-validation on dev (a template family or a UKP dialogue never spans train and
test folds) scores the detector as it runs, rules OR head, for every (C, threshold) on a grid; the
pair with the best cross-validated recall at precision >= TARGET_PRECISION wins and the head is
refit on all of dev. The holdout split is never read.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "evalhub.settings")

DATA = ROOT / "tests" / "data" / "mining" / "labeled.jsonl"
# Restatement and rephrase depend on the earlier turns, which a message-only embedding cannot see.
TYPES = ("frustration", "correction")
FOLDS = 5
SEED = 7
C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.5, 0.96, 0.05))
# Above the 0.85 target on purpose: the head is cross-validated on the data it was chosen on.
TARGET_PRECISION = 0.9


def fit_logistic(x: np.ndarray, y: np.ndarray, *, c: float, iters: int = 300) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-regularised log loss; classes weighted to equal total weight."""
    n, d = x.shape
    pos = max(1, int(y.sum()))
    w_i = np.where(y == 1, n / (2 * pos), n / (2 * max(1, n - pos)))
    xb = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    reg = np.full(d + 1, 1.0 / c)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(xb @ beta)))
        grad = xb.T @ (w_i * (p - y)) + reg * beta
        hess = (xb * (w_i * p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta[:-1].astype(np.float32), float(beta[-1])


def group_of(item: dict) -> str:
    m = re.search(r"filtered_dialogs/(\S+) \(unique_id", item["notes"])
    return m.group(1) if item["source"] == "ukp" and m else item["family"]


def folds(groups: list[str]) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    uniq = sorted(set(groups))
    rng.shuffle(uniq)
    fold_of = {g: i % FOLDS for i, g in enumerate(uniq)}
    return np.array([fold_of[g] for g in groups])


def prf(pred: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    tp = int((pred & (y == 1)).sum())
    p = tp / max(1, int(pred.sum()))
    r = tp / max(1, int((y == 1).sum()))
    return p, r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()
    import django

    django.setup()
    from mining_quality import load, to_turn

    from evalhub.common import embeddings
    from evalhub.feedback.mining import default_detectors, mine_turn
    from evalhub.feedback.mining.heads import HEADS_PATH, EmbeddingHeadDetector, features, probability

    if embeddings.backend() != "minilm":
        print("MiniLM is not available; the heads are trained on its embeddings only", file=sys.stderr)
        return 1
    dev = [it for it in load(DATA) if it["split"] == "dev"]
    x = features([it["user_message"] for it in dev]).astype(np.float64)
    fold = folds([group_of(it) for it in dev])
    rule_detectors = [d for d in default_detectors() if not isinstance(d, EmbeddingHeadDetector)]
    rules = [{c.type for c in mine_turn(to_turn(it), rule_detectors)} for it in dev]
    sources = np.array([it["source"] for it in dev])
    out: dict[str, np.ndarray] = {"types": np.array(TYPES)}
    for kind in TYPES:
        y = np.array([kind in it["labels"] for it in dev], dtype=np.float64)
        by_rule = np.array([kind in r for r in rules])
        best = None
        for c in C_GRID:
            cv_p = np.zeros(len(dev))
            for k in range(FOLDS):
                train, test = fold != k, fold == k
                w, b = fit_logistic(x[train], y[train], c=c)
                cv_p[test] = probability(w, b, x[test])
            for t in THRESHOLDS:
                # The head is calibrated on its own: the rules were written on dev, so "rules OR head"
                # would look perfect in-sample whatever the head does.
                p, r = prf(cv_p >= t, y)
                if p >= TARGET_PRECISION and (best is None or r > best[0][1] or r == best[0][1] and p > best[0][0]):
                    best = ((p, r), c, t, cv_p >= t)
        rp, rr = prf(by_rule, y)
        print(f"\n{kind}: rules alone on dev (in-sample) P={rp:.2f} R={rr:.2f} (support {int(y.sum())})")
        if best is None:
            print(f"  no (C, threshold) reaches CV precision {TARGET_PRECISION} for the head alone; head not written")
            continue
        (p, r), c, t, head = best
        print(f"  head alone, {FOLDS}-fold grouped CV on dev: P={p:.2f} R={r:.2f} at C={c}, threshold={t}")
        for name, pred in (("head alone (CV)", head), ("rules OR head (rules in-sample)", by_rule | head)):
            for src in ("all", "written", "ukp"):
                m = np.ones(len(dev), dtype=bool) if src == "all" else sources == src
                sp, sr = prf(pred[m], y[m])
                print(f"    {name:32} {src:8} P={sp:.2f} R={sr:.2f} (support {int(y[m].sum())})")
        w, b = fit_logistic(x, y, c=c)
        out[f"{kind}_weights"] = w
        out[f"{kind}_bias"] = np.array(b)
        out[f"{kind}_threshold"] = np.array(t)
    out["types"] = np.array([k for k in TYPES if f"{k}_weights" in out])
    if not args.cv_only:
        np.savez_compressed(HEADS_PATH, **out)
        print(f"\nwrote {HEADS_PATH.relative_to(ROOT)} ({HEADS_PATH.stat().st_size} bytes), trained on {len(dev)} dev items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
