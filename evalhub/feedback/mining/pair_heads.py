"""Learned pair heads: the user message read against the assistant's last turn and the user's earlier requests.

Why (round 4): on text by a writer who never saw the lexicons (holdout2), the rules lost most of their
recall. The misses are not missing phrases but missing *relations*: a bare value that differs from the
assistant's ("10 for adults. 5 is for kids"), a request that means the same as the previous one in another
register ("the ubuntu way please"), a detail the user already gave ("the two cats, Miso and Tofu"). A
message-only embedding cannot see these, so each head here gets the message embedding, its elementwise
products with the assistant's turn and with the previous request, and a few scalar relations (similarities,
word overlap, repeated values, shape of the message). Trained by scripts/train_pair_heads.py on every development
writer (round 5: the project's dev families, UKP users, holdout2's and holdout3's writers and four training writers),
which validates by leaving one writer out and only writes a head whose held-out-writer precision holds; the
benchmark and the service score rules OR head.

With the lexical embedding fallback the vectors mean something else, so the heads stay silent.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from evalhub.common import embeddings
from evalhub.feedback.mining.base import Candidate, Turn, unquoted
from evalhub.feedback.mining.similarity import _strong_tokens, overlap

PAIR_HEADS_PATH = Path(__file__).with_name("pair_heads.npz")
# Products of unit vectors have components around 1/384; scaled so one regularisation strength fits all blocks.
PRODUCT_SCALE = 10.0
SCALAR_SCALE = 3.0
# Earlier user messages compared for restatement: the recent ones carry nearly all of it, and each costs an encode.
MAX_EARLIER = 8
# A confident head still ranks below a marker: its evidence is a probability, not a phrase a reviewer can check.
MAX_CONFIDENCE = 0.85

_CAPS = re.compile(r"\b[A-Z]{2,}\b")
_NEGATION = re.compile(r"\b(no|not|nope|never|wrong|isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|wasn'?t)\b", re.IGNORECASE)

Embed = Callable[[Sequence[str]], np.ndarray]

# The reply, the request and the earlier messages of a session come back turn after turn; remembering their vectors
# leaves about one new encode per mined turn in a live session (the benchmark's turns are all new, so it pays for all).
EMBED_CACHE_SIZE = 4096
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_cache_lock = threading.Lock()


def cached_embed(texts: Sequence[str]) -> np.ndarray:
    with _cache_lock:
        missing = [t for t in dict.fromkeys(texts) if t not in _cache]
    if missing:
        vecs = embeddings.embed(missing)
        with _cache_lock:
            for t, v in zip(missing, vecs, strict=True):
                _cache[t] = v
            while len(_cache) > EMBED_CACHE_SIZE:
                _cache.popitem(last=False)
    with _cache_lock:
        for t in texts:
            if t in _cache:
                _cache.move_to_end(t)
        return np.stack([_cache[t] if t in _cache else embeddings.embed([t])[0] for t in texts])


def _value_share(mine: set[str], texts: Sequence[str]) -> float:
    if not mine:
        return 0.0
    theirs: set[str] = set()
    for t in texts:
        theirs |= _strong_tokens(t)
    return len(mine & theirs) / len(mine)


def pair_vector(text: str, reply: str, request: str, earlier: Sequence[str], embed: Embed) -> np.ndarray:
    """The feature row of one user turn; `embed` maps texts to L2-normalised rows (cached in training)."""
    own = unquoted(text).strip() or text
    texts = [own, reply, request or " ", *earlier[-MAX_EARLIER:]]
    vecs = embed(texts).astype(np.float64)
    eu, ea, eq, em = vecs[0], vecs[1], vecs[2], vecs[3:]
    mine = _strong_tokens(own)
    words = own.split()
    scalars = [
        float(eu @ ea), float(eu @ eq) if request else 0.0, float(eq @ ea) if request else 0.0,
        float((em @ eu).max()) if len(em) else 0.0,
        overlap(own, reply), overlap(own, request) if request else 0.0,
        max((overlap(own, e) for e in earlier[-MAX_EARLIER:]), default=0.0),
        _value_share(mine, earlier), _value_share(mine, [reply]), float(bool(mine)),
        float("?" in own), min(len(words), 40) / 20, float(bool(_CAPS.search(own))), float("!" in own),
        float(bool(_NEGATION.search(own))), float(reply.rstrip().endswith("?")), float(bool(request)),
    ]
    return np.concatenate([eu, eu * ea * PRODUCT_SCALE, eu * eq * PRODUCT_SCALE, np.array(scalars) * SCALAR_SCALE])


def turn_parts(turn: Turn) -> tuple[str, str, str, list[str]]:
    """(message, assistant's last turn, previous user request, earlier user messages oldest first)."""
    reply = turn.prev_assistant
    request = turn.prev_user
    earlier = [m.content for m in turn.earlier_user_messages()]
    return turn.text, reply.content if reply else "", request.content if request else "", earlier


@functools.cache
def load_pair_heads(path: Path = PAIR_HEADS_PATH) -> dict[str, dict[str, Any]]:
    """{type: {"columns", "weights", "bias", "threshold"}}; empty if the artifact is missing.

    `columns` picks the feature blocks a head was trained on (the training script keeps, per type, the blocks
    whose held-out-writer precision held)."""
    if not path.exists():
        return {}
    data = np.load(path, allow_pickle=False)
    return {
        kind: {"columns": data[f"{kind}_columns"].astype(np.int64), "weights": data[f"{kind}_weights"].astype(np.float64),
               "bias": float(data[f"{kind}_bias"]), "threshold": float(data[f"{kind}_threshold"])}
        for kind in (str(k) for k in data["types"])
    }


class PairHeadDetector:
    name = "embeddings.pair_head"

    def __init__(self, path: Path = PAIR_HEADS_PATH) -> None:
        self.path = path

    def detect(self, turn: Turn) -> list[Candidate]:
        heads = load_pair_heads(self.path)
        if not heads or turn.prev_assistant is None or embeddings.backend() != "minilm":
            return []
        x = pair_vector(*turn_parts(turn), embed=cached_embed)
        found = []
        for kind, head in heads.items():
            cols = head["columns"]
            if cols.shape[0] != head["weights"].shape[0] or cols.max(initial=0) >= x.shape[0]:
                continue
            p = float(1.0 / (1.0 + np.exp(-(x[cols] @ head["weights"] + head["bias"]))))
            if p >= head["threshold"]:
                found.append(Candidate(kind, round(min(p, MAX_CONFIDENCE), 2), f"learned {kind} pair head p={p:.2f}: {turn.text[:200]}",
                                       self.name, about=turn.prev_assistant, details={"probability": round(p, 3)}))
        return found
