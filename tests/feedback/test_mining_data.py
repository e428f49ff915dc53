"""The labeled implicit-feedback set (tests/data/mining/labeled.jsonl) is well-formed.

Only checks structure and split hygiene (the same rules as ``build.py --check``); it reads no item text into
assertions, so it is safe to run while developing detectors.  Quality is measured by bench/mining_quality.py.
"""

from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path

MINING = Path(__file__).resolve().parents[1] / "data" / "mining"


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("mining_build", MINING / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _items() -> list[dict]:
    return [json.loads(line) for line in (MINING / "labeled.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labeled_set_validates() -> None:
    build = _build_module()
    items = _items()
    assert build.validate(items) == []
    assert {it["split"] for it in items} == {"dev", "holdout", "holdout2"}


def test_holdout2_is_written_and_after_the_other_splits() -> None:
    items = _items()
    splits = [it["split"] for it in items]
    first_h2 = splits.index("holdout2")
    assert all(s == "holdout2" for s in splits[first_h2:])  # appended: dev/holdout ids did not move
    h2 = items[first_h2:]
    assert {it["source"] for it in h2} == {"written"}
    counts = collections.Counter(lab for it in h2 for lab in it["labels"] or ["[]"])
    build = _build_module()
    for key, need in build.HOLDOUT2_MIN.items():
        have = len(h2) if key == "items" else counts["[]" if key == "negative" else key]
        assert have >= need, (key, have, need)
