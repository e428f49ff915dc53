"""Text normalisation that defeats trivial obfuscation while keeping a map back to original offsets.

`normalize(text)` folds case, strips zero-width/format characters and diacritics, maps common
Cyrillic/Greek homoglyphs and full-width forms to ASCII, undoes leetspeak inside words
("1gn0re" -> "ignore"), turns separators between letters into spaces ("a.b-c" -> "a b c"),
joins spaced-out letters ("i g n o r e" -> "ignore") and collapses whitespace. Every character
of the result remembers the original offset it came from, so matches map back to spans.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Lowercase look-alikes only: the text is case-folded before this map is applied.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "һ": "h", "ӏ": "l",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ς": "s", "ω": "w",
    # Latin look-alikes that NFKD leaves alone
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ɡ": "g", "ɑ": "a",
}  # fmt: skip
# Typographic punctuation folded without counting as obfuscation.
PUNCTUATION: dict[str, str] = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i", "|": "l"})
# A token mixing letters with leet characters ("1gn0r3", "pr3v10u5", "$ecret", "h4ck!ng").
_LEET_TOKEN = re.compile(r"(?<![a-z0-9])[@$]?[a-z0-9]+(?:[@$!|]+[a-z0-9]+)*")
_HAS_LEET = re.compile(r"[0-9@$!|]")
_HAS_LETTER = re.compile(r"[a-z]")
_SEPARATOR_BETWEEN_LETTERS = re.compile(r"(?<=[a-z])[._*\-+/~·•]+(?=[a-z])")
_SPACED_LETTERS = re.compile(r"(?<![a-z0-9])(?:[a-z] ){2,}[a-z](?![a-z0-9])")
_WHITESPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


@dataclass(frozen=True)
class Normalized:
    """`text` is the normalised form; `index[i]` is the original offset of `text[i]`."""

    original: str
    text: str
    index: tuple[int, ...]
    obfuscation: int  # characters that only an obfuscator would use: zero-width inside words, homoglyphs

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of `text` back to the original text."""
        if not self.index or end <= start:
            return (0, 0)
        first = self.index[min(start, len(self.index) - 1)]
        last = self.index[min(end, len(self.index)) - 1]
        return (first, self._original_end(last))

    def _original_end(self, offset: int) -> int:
        # A normalised character can come from a multi-character original run (e.g. "ign\u200bore").
        end = offset + 1
        while end < len(self.original) and _is_invisible(self.original[end]):
            end += 1
        return end


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


def _fold(text: str) -> tuple[str, list[int], int]:
    if text.isascii():
        return text.lower(), list(range(len(text))), 0
    out: list[str] = []
    index: list[int] = []
    suspicious = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch.lower())
            index.append(i)
            continue
        if _is_invisible(ch):
            suspicious += 1
            continue
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                mapped = HOMOGLYPHS.get(folded)
                if folded in PUNCTUATION:
                    folded = PUNCTUATION[folded]
                elif mapped is not None:
                    suspicious += 1
                    folded = mapped
                if folded.isspace():
                    folded = " "
                out.append(folded)
                index.append(i)
    return "".join(out), index, suspicious


def _sub(text: str, index: list[int], pattern: re.Pattern[str], repl: Callable[[str], str]) -> tuple[str, list[int]]:
    """re.sub that keeps `index` aligned; a replacement's characters map to the match's first offsets."""
    pieces: list[str] = []
    new_index: list[int] = []
    cursor = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        pieces.append(text[cursor:start])
        new_index.extend(index[cursor:start])
        replacement = repl(m.group())
        pieces.append(replacement)
        if len(replacement) == end - start:
            new_index.extend(index[start:end])
        else:
            originals = [index[k] for k in range(start, end) if not text[k].isspace()] or [index[start]]
            new_index.extend(originals[min(k, len(originals) - 1)] for k in range(len(replacement)))
        cursor = end
    if cursor == 0:
        return text, index
    pieces.append(text[cursor:])
    new_index.extend(index[cursor:])
    return "".join(pieces), new_index


def _unleet(token: str) -> str:
    if _HAS_LEET.search(token) and _HAS_LETTER.search(token):
        return token.translate(LEET)
    return token


@functools.lru_cache(maxsize=256)
def normalize(text: str) -> Normalized:
    folded, index, suspicious = _fold(text)
    folded, index = _sub(folded, index, _LEET_TOKEN, _unleet)
    folded, index = _sub(folded, index, _SEPARATOR_BETWEEN_LETTERS, lambda s: " " * len(s))
    folded, index = _sub(folded, index, _SPACED_LETTERS, lambda s: s.replace(" ", ""))
    folded, index = _sub(folded, index, _WHITESPACE_RUN, lambda s: " ")
    return Normalized(original=text, text=folded, index=tuple(index), obfuscation=suspicious)


def normalize_phrase(phrase: str) -> str:
    """Normalise a configured phrase the same way texts are, so both sides compare equal."""
    return normalize(phrase).text.strip()


def phrase_pattern(phrase: str, *, plurals: bool = True) -> str:
    """A regex for `phrase` over normalised text: word-bounded, optional space between words, optional plural."""
    words = [re.escape(w) for w in normalize_phrase(phrase).split()]
    if not words:
        return ""
    suffix = r"(?:s|es)?" if plurals and words[-1][-1:].isalpha() else ""
    return r"(?<![a-z0-9])" + r"\s?".join(words) + suffix + r"(?![a-z0-9])"
