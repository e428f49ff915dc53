"""Word-level diff of a baseline and a candidate reply, for the per-case view of a gate run."""

from __future__ import annotations

import difflib
import re

_TOKENS = re.compile(r"\s+|[^\s]+")


def response_diff(baseline: str, candidate: str) -> list[tuple[str, str]]:
    """[(op, text)] with op in equal/delete/insert; whitespace is kept so the text reads naturally."""
    a, b = _TOKENS.findall(baseline or ""), _TOKENS.findall(candidate or "")
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", "".join(b[j1:j2])))
    return out
