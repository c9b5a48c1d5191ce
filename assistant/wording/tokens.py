"""Words of a text with their offsets, including disguised ones.

A word is a run of Unicode letters (all Kazakh letters are letters), combining marks,
invisible joiners (soft hyphen, zero-width space) and `*` masks ("х*й", "б**дь"); hyphens
split compounds ("судья-идиотка" gives two words). Letters spelled out with dots ("х.у.й")
are a word of their own. Offsets always index the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from assistant.wording.normalise import fold

_LETTER = r"[^\W\d_]"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060"
_WORD = re.compile(rf"(?:{_LETTER}|[\u0300-\u036f{_INVISIBLE}*])+")
_DOTTED = re.compile(rf"(?<![\w.])(?:{_LETTER}\.){{2,}}{_LETTER}(?![\w])")
_HAS_LETTER = re.compile(_LETTER)
_INITIAL_AFTER = re.compile(rf"\s?({_LETTER})\.")
_INITIAL_BEFORE = re.compile(rf"({_LETTER})\.\s?$")
_SENTENCE_END = ".!?…\n"
_SKIPPED_BEFORE = " \t\r\"'«»„“”()[]—–-:"
_LOOKBACK = 40


class Word(NamedTuple):
    """One word: where it is and its comparison key (folded, invisible characters removed;
    `*` marks hidden letters)."""

    start: int
    end: int
    key: str


def words(text: str) -> Iterator[Word]:
    """Every word of `text` in order, then the dot-spelled ones."""
    for found in _WORD.finditer(text):
        surface = found.group()
        if "*" in surface:
            span = _trim_stars(text, found.start(), found.end())
            if span is not None:
                yield Word(span[0], span[1], _key(text[span[0] : span[1]]))
        elif surface.isalpha() or _HAS_LETTER.search(surface) is not None:
            yield Word(found.start(), found.end(), _key(surface))
    for found in _DOTTED.finditer(text):
        yield Word(found.start(), found.end(), _key(found.group().replace(".", "")))


@lru_cache(maxsize=131072)
def _key(surface: str) -> str:
    return fold("".join(char for char in surface if char not in _INVISIBLE))


def _trim_stars(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop emphasis stars ("**идиот**") but keep masks ("х*й", "х**")."""
    leading = start
    while leading < end and text[leading] == "*":
        leading += 1
    trailing = end
    if leading > start:
        while trailing > leading and text[trailing - 1] == "*":
            trailing -= 1
    if _HAS_LETTER.search(text, leading, trailing) is None:
        return None
    return leading, trailing


def is_capitalised(surface: str) -> bool:
    """ "Козлов", not "козлов" or "КОЗЛОВ"."""
    letters = [char for char in surface if char.isalpha()]
    return len(letters) > 1 and letters[0].isupper() and any(c.islower() for c in letters[1:])


def at_sentence_start(text: str, start: int) -> bool:
    """Whether only quotes, brackets or dashes stand between `start` and a sentence end."""
    position = start - 1
    floor = max(-1, start - _LOOKBACK)
    while position > floor and text[position] in _SKIPPED_BEFORE:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END


def beside_initials(text: str, start: int, end: int) -> bool:
    """Whether an initial like "А." stands right after or before the word ("Козлов А.А.")."""
    after = _INITIAL_AFTER.match(text, end, min(len(text), end + 3))
    if after is not None and after.group(1).isupper():
        return True
    before = _INITIAL_BEFORE.search(text[max(0, start - 4) : start])
    return before is not None and before.group(1).isupper()
