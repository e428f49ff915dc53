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
    assert {it["split"] for it in items} == {"dev", "holdout", "holdout2", "holdout3", "holdout4"}


def _check_blind_block(split: str, minimum: dict[str, int]) -> list[dict]:
    """The split's items are one contiguous block of ids (appended: earlier ids did not move), written only,
    with at least the minimum counts."""
    items = _items()
    splits = [it["split"] for it in items]
    first, last = splits.index(split), len(splits) - 1 - splits[::-1].index(split)
    assert all(s == split for s in splits[first : last + 1])
    part = items[first : last + 1]
    assert {it["source"] for it in part} == {"written"}
    counts = collections.Counter(lab for it in part for lab in it["labels"] or ["[]"])
    for key, need in minimum.items():
        have = len(part) if key == "items" else counts["[]" if key == "negative" else key]
        assert have >= need, (key, have, need)
    return part


def test_holdout2_is_written_and_one_block() -> None:
    # holdout2 was appended after dev/holdout; the round-3 dev items (mine-1117 onwards) came after it
    _check_blind_block("holdout2", _build_module().HOLDOUT2_MIN)


def test_holdout3_is_written_and_one_block() -> None:
    # holdout3 was appended after the round-3 dev items; the round-5 dev items (training writers) came after it
    _check_blind_block("holdout3", _build_module().HOLDOUT3_MIN)


def test_holdout4_is_written_and_after_the_other_splits() -> None:
    part = _check_blind_block("holdout4", _build_module().HOLDOUT4_MIN)
    assert part and _items()[-1]["split"] == "holdout4"  # appended last


def test_the_round5_training_writers_are_dev_items() -> None:
    items = _items()
    by_writer = collections.Counter(it["family"].split("-", 1)[0] for it in items if it["split"] == "dev" and it["source"] == "written")
    for writer in _build_module().TRAIN_WRITERS:
        assert by_writer[writer] >= 150, (writer, by_writer[writer])
