"""Task-similarity groups: how close each held-out case is to the training cases.

A prompt tuned on the train split should hold up on "dissimilar" cases too; a gap between the
"same" and "dissimilar" groups shows overfitting. Cheap and deterministic on purpose (token
overlap of the user message and memory, plus the case kind) so it runs inside every scoring call.
"""

from __future__ import annotations

from collections.abc import Sequence

from evalhub.evals.evaluator import normalize
from evalhub.evals.models import EvalCaseRevision

GROUPS = ("same", "similar", "dissimilar")
# Jaccard over content tokens: near-duplicate requests share most words; 0.5 keeps paraphrases of
# the same request together, 0.2 is "about the same topic" (measured by eye on the demo data).
SAME_JACCARD = 0.5
SIMILAR_JACCARD = 0.2


def _tokens(revision: EvalCaseRevision) -> set[str]:
    text = " ".join([str(revision.input.get("user_message", "")), *map(str, revision.input.get("memory", []))])
    return {t for t in normalize(text).split() if len(t) > 2}


def _kind(revision: EvalCaseRevision) -> str:
    return str(getattr(revision.case, "kind", "")) if revision.case_id else ""


def similarity_groups(revisions: Sequence[EvalCaseRevision], *, train: Sequence[EvalCaseRevision] | None = None) -> dict[int, str]:
    """revision id -> group with respect to the train split.

    "same": a training case of the same kind with mostly the same words; "similar": a training case of
    the same kind, or about the same words; "dissimilar": neither.
    """
    reference = [(_tokens(r), _kind(r), r.case_id) for r in (train if train is not None else revisions) if r.split == "train"]
    groups: dict[int, str] = {}
    for revision in revisions:
        if revision.split == "train":
            groups[revision.pk] = "same"
            continue
        tokens, kind = _tokens(revision), _kind(revision)
        group = "dissimilar"
        for other, other_kind, case_id in reference:
            if case_id == revision.case_id:
                continue
            union = tokens | other
            jaccard = len(tokens & other) / len(union) if union else 0.0
            if kind == other_kind and jaccard >= SAME_JACCARD:
                group = "same"
                break
            if kind == other_kind or jaccard >= SIMILAR_JACCARD:
                group = "similar"
        groups[revision.pk] = group
    return groups
