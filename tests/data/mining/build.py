#!/usr/bin/env python3
"""Build and validate tests/data/mining/labeled.jsonl (implicit-feedback labels for user turns in context).

    python tests/data/mining/build.py            # rebuild from written_*.py + UKP files, validate, print counts
    python tests/data/mining/build.py --check    # only validate the existing labeled.jsonl and print counts
    python tests/data/mining/build.py --overlap  # also list 4-grams shared between splits' written messages

The UKP dialogues are read from $UKP_FEEDBACK_ROOT (default /work/shared/datasets/ukp-feedback-dialogues);
only the turns listed in ukp_dev.py / ukp_holdout.py are copied.  Output is deterministic.
Splits: dev, holdout, holdout2 (written_holdout2.py, a second blind holdout written later; its items come
after the others, so adding it left every dev/holdout item, id and line byte-identical) and holdout3
(written_holdout3.py, a third blind holdout, appended the same way after all earlier items).
See README.md for the label guidelines.  Neither holdout split may be used while developing detectors.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scenario import CODES  # noqa: E402

OUT = HERE / "labeled.jsonl"
UKP_ROOT = Path(os.environ.get("UKP_FEEDBACK_ROOT", "/work/shared/datasets/ukp-feedback-dialogues"))
LABELS = ["frustration", "correction", "restatement", "rephrase", "preference"]
SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4")
HOLDOUT2_MIN = {"items": 200, "frustration": 25, "correction": 40, "restatement": 25, "rephrase": 40,
                "preference": 20, "negative": 70}
HOLDOUT3_MIN = {"items": 200, "frustration": 30, "correction": 40, "restatement": 30, "rephrase": 40,
                "preference": 20, "negative": 70}
HOLDOUT4_MIN = HOLDOUT3_MIN
# the blind holdouts written later: written only, contexts not shared with any other split, minimum counts
BLIND_MIN = {"holdout2": HOLDOUT2_MIN, "holdout3": HOLDOUT3_MIN, "holdout4": HOLDOUT4_MIN}
# Splits whose text is never printed by this script (holdout4 is still blind; holdout3 was, when this rule was made).
UNSHOWN = ("holdout3", "holdout4")
# Round-5 training data: one module per writer, all in dev (see README.md, "Round 5: more writers").
TRAIN_WRITERS = ("w1", "w2", "w3", "w4")
SOURCES = ("written", "ukp")
FIELDS = ("id", "split", "source", "earlier_sessions", "context", "user_message", "labels", "notes")
MAX_BYTES = 3 * 1024 * 1024
SEED = 20240611


def parse_labels(codes: str) -> list[str]:
    names = {CODES[c] for c in codes.split()}
    return [lab for lab in LABELS if lab in names]


def turns(alternating: list[str]) -> list[dict]:
    if len(alternating) % 2:
        raise ValueError(f"turn list must end with an assistant turn: {alternating!r}")
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(alternating)]


def written_items() -> list[dict]:
    import importlib

    modules = [("written_dev", "dev"), ("written_holdout", "holdout"), ("written_holdout2", "holdout2"),
               ("written_holdout3", "holdout3"), *((f"written_train_{w}", "dev") for w in TRAIN_WRITERS),
               ("written_holdout4", "holdout4")]
    items = []
    for name, split in modules:
        module = importlib.import_module(name)
        for fam in module.FAMILIES:
            if fam["split"] != split:
                raise ValueError(f"family {fam['family']} declared {fam['split']} inside the {split} module")
            for sc in fam["scenarios"]:
                for msg, codes, note in sc["reactions"]:
                    items.append(
                        {
                            "split": split,
                            "source": "written",
                            "earlier_sessions": [turns(s) for s in sc["earlier"]],
                            "context": turns(sc["ctx"]),
                            "user_message": msg,
                            "labels": parse_labels(codes),
                            "notes": note,
                            "domain": sc["domain"],
                            "family": fam["family"],
                        }
                    )
    return items


_PERSONACHAT_NUM = re.compile(r"^\d+\s+")


def clean(text: str, dataset: str) -> str:
    text = " ".join(text.split())
    if dataset == "Personachat":
        text = _PERSONACHAT_NUM.sub("", text)
    return text


def _annotation_summary(d: dict, turn: int) -> str:
    """Per-annotator (error type, correction code, user reaction) for this turn, as stored in EURTAD."""
    anns = []
    if "correction" in d:  # SelfFeeding/checked: one flat list of annotators for the feedback turn
        anns = d["annotations"]
    else:
        for a in d.get("annotations", []):
            if a.get("turn") == turn:
                anns.extend(a.get("annotation", []))
    parts = []
    for a in anns:
        codes = [c for c in (a.get("error_type"), a.get("user_correction"), a.get("user_reaction")) if c]
        if codes:
            parts.append("/".join(codes))
    return "; ".join(parts) if parts else "none for this turn"


def ukp_items() -> list[dict]:
    import ukp_dev
    import ukp_holdout

    base = UKP_ROOT / "analysis" / "filtered_dialogs"
    if not base.is_dir():
        sys.exit(f"UKP data not found at {base} (set UKP_FEEDBACK_ROOT)")
    items = []
    for module, expected in ((ukp_dev, "dev"), (ukp_holdout, "holdout")):
        for entry in module.SELECTION:
            if entry[3] != expected:
                raise ValueError(f"{entry[0]} turn {entry[1]} is marked {entry[3]} inside the {expected} module")
    for rel, turn, codes, split, why in ukp_dev.SELECTION + ukp_holdout.SELECTION:
        d = json.loads((base / rel).read_text(encoding="utf-8"))
        dataset = rel.split("/")[0]
        ts = d["turns"]
        if not 1 <= turn < len(ts):
            raise ValueError(f"{rel}: turn {turn} out of range")
        ctx = []
        for t in ts[:turn]:
            ctx.append(clean(t["utterance"], dataset))
            ctx.append(clean(t["response"], dataset))
        labels = parse_labels(codes)
        note = (
            f"UKP EURTAD analysis/filtered_dialogs/{rel} (unique_id {d['unique_id']}), user turn {turn}; "
            f"EURTAD annotations: {_annotation_summary(d, turn)}; mapping: {why}"
        )
        items.append(
            {
                "split": split,
                "source": "ukp",
                "earlier_sessions": [],
                "context": turns(ctx),
                "user_message": clean(ts[turn]["utterance"], dataset),
                "labels": labels,
                "notes": note,
                "domain": f"ukp-{dataset.lower()}",
                "family": f"ukp-{dataset.lower()}",
            }
        )
    return items


def build() -> list[dict]:
    items = written_items() + ukp_items()
    rng = random.Random(SEED)
    ordered = []
    # one generator for all splits, in SPLITS order: a split appended at the end does not change earlier ones
    for split in SPLITS:
        part = [it for it in items if it["split"] == split]
        rng.shuffle(part)
        ordered.extend(part)
    # Items already in labeled.jsonl keep their id (results and notes refer to them); new items are numbered
    # after the highest id, in the shuffled order, so growing a split never renumbers the others.
    known = _known_ids()
    next_id = max(known.values(), default=0) + 1
    out = []
    for it in ordered:
        num = known.get(_item_key(it))
        if num is None:
            num, next_id = next_id, next_id + 1
        out.append({"id": f"mine-{num:03d}", **{k: it[k] for k in FIELDS if k != "id"}, "domain": it["domain"], "family": it["family"]})
    return sorted(out, key=lambda it: int(it["id"].removeprefix("mine-")))


def _item_key(it: dict) -> tuple[str, str, str]:
    return it["split"], json.dumps(it["context"], sort_keys=True), it["user_message"]


def _known_ids() -> dict[tuple[str, str, str], int]:
    if not OUT.exists():
        return {}
    known = {}
    for line in OUT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            it = json.loads(line)
            known[_item_key(it)] = int(it["id"].removeprefix("mine-"))
    return known


# ----------------------------------------------------------------------------------------------------- validation
def _check_turns(turn_list, where, errors, must_end_with_assistant):
    if not isinstance(turn_list, list):
        errors.append(f"{where}: not a list")
        return
    for j, t in enumerate(turn_list):
        if not (isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str) and t["content"].strip()):
            errors.append(f"{where}[{j}]: bad turn {t!r}")
    if must_end_with_assistant and (not turn_list or turn_list[-1].get("role") != "assistant"):
        errors.append(f"{where}: must end with the assistant turn the user reacts to")


def validate(items: list[dict]) -> list[str]:
    errors = []
    seen_ids, seen_pairs = set(), set()
    for it in items:
        iid = it.get("id", "?")
        for f in FIELDS:
            if f not in it:
                errors.append(f"{iid}: missing field {f}")
        if not re.fullmatch(r"mine-\d{3,}", str(iid)):
            errors.append(f"{iid}: bad id")
        if iid in seen_ids:
            errors.append(f"{iid}: duplicate id")
        seen_ids.add(iid)
        if it.get("split") not in SPLITS:
            errors.append(f"{iid}: bad split {it.get('split')!r}")
        if it.get("source") not in SOURCES:
            errors.append(f"{iid}: bad source {it.get('source')!r}")
        labels = it.get("labels")
        if not isinstance(labels, list) or any(lab not in LABELS for lab in labels) or len(set(labels)) != len(labels):
            errors.append(f"{iid}: bad labels {labels!r}")
        if not (isinstance(it.get("user_message"), str) and it["user_message"].strip()):
            errors.append(f"{iid}: empty user_message")
        if not (isinstance(it.get("notes"), str) and it["notes"].strip()):
            errors.append(f"{iid}: empty notes")
        _check_turns(it.get("context"), f"{iid}.context", errors, must_end_with_assistant=True)
        es = it.get("earlier_sessions")
        if not isinstance(es, list):
            errors.append(f"{iid}: earlier_sessions not a list")
        else:
            for k, s in enumerate(es):
                _check_turns(s, f"{iid}.earlier_sessions[{k}]", errors, must_end_with_assistant=False)
        key = (json.dumps(it.get("context"), sort_keys=True), it.get("user_message"))
        if key in seen_pairs:
            errors.append(f"{iid}: duplicate (context, user_message)")
        seen_pairs.add(key)
    # the same user message must not appear in both splits
    by_msg = collections.defaultdict(set)
    for it in items:
        by_msg[" ".join(str(it.get("user_message", "")).lower().split())].add(it.get("split"))
    for msg, splits in by_msg.items():
        # Holdout4 (written independently) may share an acknowledgement of up to three words ("no", "ok thanks") with
        # another split: that is no leaked phrasing. The earlier splits never did, so the rule stays strict for them.
        if len(splits) > 1 and "holdout4" in splits and len(msg.split()) <= 3:
            continue
        if len(splits) > 1:
            # a holdout3 clash is reported without the text (it would show other splits' text to its author)
            shown = "(text not shown)" if set(UNSHOWN) & splits else repr(msg)
            errors.append(f"user message in both splits {sorted(splits)}: {shown}")
    # a UKP dialogue must sit in one split (later turns contain earlier ones in their context)
    by_dialog = collections.defaultdict(set)
    for it in items:
        m = re.search(r"filtered_dialogs/(\S+) \(unique_id", str(it.get("notes", "")))
        if it.get("source") == "ukp":
            if not m:
                errors.append(f"{it.get('id')}: ukp item without source path in notes")
            else:
                by_dialog[m.group(1)].add(it.get("split"))
    for path, splits in by_dialog.items():
        if len(splits) > 1:
            errors.append(f"UKP dialogue in both splits: {path}")
    # holdout2 and holdout3 are separate blind sets: their contexts must not occur in another split either
    by_ctx = collections.defaultdict(set)
    for it in items:
        by_ctx[json.dumps(it.get("context"), sort_keys=True)].add(it.get("split"))
    for blind, minimum in BLIND_MIN.items():
        for ctx, splits in by_ctx.items():
            if blind in splits and len(splits) > 1:
                # the context text is only printed for holdout2 (as before); holdout3 errors name the splits only
                shown = f": {ctx[:120]}" if blind == "holdout2" else ""
                errors.append(f"{blind} context also used in {sorted(splits - {blind})}{shown}")
        part = [it for it in items if it.get("split") == blind]
        if part:  # --check on an older labeled.jsonl without this split skips this
            if any(it.get("source") != "written" for it in part):
                errors.append(f"{blind} must only contain written items")
            counts = {"items": len(part), "negative": sum(1 for it in part if not it.get("labels"))}
            for lab in LABELS:
                counts[lab] = sum(1 for it in part if lab in (it.get("labels") or []))
            for key, need in minimum.items():
                if counts[key] < need:
                    errors.append(f"{blind} has {counts[key]} {key} (need >= {need})")
    return errors


def ngram_overlap(items: list[dict], n: int = 4, base=("dev",), other="holdout") -> list[tuple[str, int]]:
    """n-grams shared by written user messages of the `base` splits and of split `other` (phrasing-leakage
    report); counts are occurrences in `other`.  Default: dev vs holdout."""

    def grams(s):
        w = re.findall(r"[a-z0-9']+", s.lower())
        return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}

    dev = collections.Counter()
    for it in items:
        if it["split"] in base and it["source"] == "written":
            dev.update(grams(it["user_message"]))
    shared = collections.Counter()
    for it in items:
        if it["split"] == other and it["source"] == "written":
            for g in grams(it["user_message"]):
                if g in dev:
                    shared[g] += 1
    return shared.most_common()


def report(items: list[dict]) -> None:
    print(f"{len(items)} items, {OUT.stat().st_size / 1024:.0f} KiB" if OUT.exists() else f"{len(items)} items")
    header = f"{'':12}" + "".join(f"{s:>10}" for s in (*SPLITS, "total"))
    print(header)
    rows = [*LABELS, "negative ([])", "items"]
    for row in rows:
        vals = []
        for split in (*SPLITS, None):
            part = [it for it in items if split is None or it["split"] == split]
            if row == "items":
                vals.append(len(part))
            elif row == "negative ([])":
                vals.append(sum(1 for it in part if not it["labels"]))
            else:
                vals.append(sum(1 for it in part if row in it["labels"]))
        print(f"{row:12}" + "".join(f"{v:>10}" for v in vals))
    for split in (*SPLITS, None):
        part = [it for it in items if split is None or it["split"] == split]
        if not part:
            continue
        neg = sum(1 for it in part if not it["labels"])
        src = collections.Counter(it["source"] for it in part)
        multi = sum(1 for it in part if len(it["labels"]) > 1)
        print(f"{split or 'total'}: negatives {neg / len(part):.0%}, multi-label {multi}, sources {dict(src)}")
    ukp = [it for it in items if it["source"] == "ukp"]
    print("ukp per split:", dict(collections.Counter(it["split"] for it in ukp)),
          "ukp labels:", dict(collections.Counter(lab for it in ukp for lab in it["labels"] or ["[]"])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate the existing labeled.jsonl only")
    ap.add_argument("--overlap", action="store_true",
                    help="print dev/holdout and holdout2/(dev+holdout) 4-gram overlap of written messages "
                         "(holdout3 overlap is always counted, never listed)")
    args = ap.parse_args()
    if args.check:
        items = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        items = build()
        errors = validate(items)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
        OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    errors = validate(items)
    if OUT.stat().st_size >= MAX_BYTES:
        errors.append(f"{OUT.name} is {OUT.stat().st_size} bytes (limit {MAX_BYTES})")
    for lab in LABELS:
        if sum(1 for it in items if lab in it["labels"]) < 50:
            errors.append(f"fewer than 50 items labeled {lab}")
    if len(items) < 360:
        errors.append(f"only {len(items)} items (need >= 360)")
    report(items)
    if args.overlap:
        for gram, count in ngram_overlap(items):
            print(f"  shared 4-gram x{count}: {gram}")
    if any(it["split"] == "holdout2" for it in items):
        h2_shared = ngram_overlap(items, base=("dev", "holdout"), other="holdout2")
        h2_msgs = sum(1 for it in items if it["split"] == "holdout2")
        print(f"holdout2 vs dev+holdout written messages: {len(h2_shared)} shared 4-grams "
              f"({sum(c for _, c in h2_shared)} occurrences in {h2_msgs} holdout2 messages)"
              + ("" if args.overlap else "; --overlap lists them"))
        if args.overlap:
            for gram, count in h2_shared:
                print(f"  holdout2 shared 4-gram x{count}: {gram}")
    if any(it["split"] == "holdout3" for it in items):
        # count only: listing the grams would print text of the other splits (and of holdout3) to whoever runs it
        h3_shared = ngram_overlap(items, base=("dev", "holdout", "holdout2"), other="holdout3")
        h3_msgs = sum(1 for it in items if it["split"] == "holdout3")
        print(f"holdout3 vs dev+holdout+holdout2 written messages: {len(h3_shared)} shared 4-grams "
              f"({sum(c for _, c in h3_shared)} occurrences in {h3_msgs} holdout3 messages; not listed)")
    if any(it["split"] == "holdout4" for it in items):
        h4_shared = ngram_overlap(items, base=("dev", "holdout", "holdout2", "holdout3"), other="holdout4")
        h4_msgs = sum(1 for it in items if it["split"] == "holdout4")
        print(f"holdout4 vs all other written messages: {len(h4_shared)} shared 4-grams "
              f"({sum(c for _, c in h4_shared)} occurrences in {h4_msgs} holdout4 messages; not listed)")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
