"""Folding of word forms for comparison, and undoing the Latin/Cyrillic look-alike trick.

Folding lower-cases, composes (NFC) and writes "ё" as "е", so "Козёл", "козел" and a
decomposed "й" compare equal. A token that mixes scripts ("xуй" with a Latin x, "идиoт" with
a Latin o) is read twice: with look-alikes turned into Cyrillic and into Latin.
"""

from __future__ import annotations

import unicodedata

_LATIN_TO_CYRILLIC = str.maketrans(
    {
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
        "m": "м", "t": "т", "h": "һ", "i": "і", "b": "ь", "u": "и", "n": "п", "r": "г",
    }
)  # fmt: skip
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "к": "k",
        "м": "m", "т": "t", "һ": "h", "і": "i", "ь": "b", "и": "u", "п": "n", "г": "r",
    }
)  # fmt: skip


def fold(word: str) -> str:
    """The comparison form of `word`: NFC, lower case, "ё" as "е"."""
    return unicodedata.normalize("NFC", word).lower().replace("ё", "е")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_latin(char: str) -> bool:
    return "a" <= char <= "z"


def readings(folded: str) -> tuple[str, ...]:
    """`folded` itself, or for a mixed-script token its all-Cyrillic and all-Latin readings."""
    has_cyrillic = any(_is_cyrillic(char) for char in folded)
    has_latin = any(_is_latin(char) for char in folded)
    if not (has_cyrillic and has_latin):
        return (folded,)
    as_cyrillic = folded.translate(_LATIN_TO_CYRILLIC)
    as_latin = folded.translate(_CYRILLIC_TO_LATIN)
    return tuple(dict.fromkeys((as_cyrillic, as_latin)))
