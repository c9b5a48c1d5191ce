"""Words of a text with their offsets, including disguised ones.

A word is a run of Unicode letters (all Kazakh letters are letters), combining marks,
invisible joiners (soft hyphen, zero-width space) and `*` masks ("х*й", "б**дь"); hyphens
split compounds ("судья-идиотка" gives two words). Letters spelled out with dots ("х.у.й")
are a word of their own. Offsets always index the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Word:
    """One word: where it is, what it says, and the clues for telling names apart."""

    start: int
    end: int
    key: str  # folded, invisible characters removed; `*` marks hidden letters
    capitalised: bool
    sentence_start: bool
    beside_initials: bool

    @property
    def masked(self) -> bool:
        """Whether letters are hidden behind `*`."""
        return "*" in self.key


def words(text: str) -> Iterator[Word]:
    """Every word of `text` in order, then the dot-spelled ones."""
    for found in _WORD.finditer(text):
        span = _trim_stars(text, found.start(), found.end())
        if span is not None:
            yield _word(text, *span, text[span[0] : span[1]])
    for found in _DOTTED.finditer(text):
        yield _word(text, found.start(), found.end(), found.group().replace(".", ""))


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


def _word(text: str, start: int, end: int, surface: str) -> Word:
    cleaned = "".join(char for char in surface if char not in _INVISIBLE)
    letters = [char for char in cleaned if char.isalpha()]
    capitalised = (
        len(letters) > 1 and letters[0].isupper() and any(c.islower() for c in letters[1:])
    )
    return Word(
        start=start,
        end=end,
        key=fold(cleaned),
        capitalised=capitalised,
        sentence_start=_at_sentence_start(text, start),
        beside_initials=capitalised and _beside_initials(text, start, end),
    )


def _at_sentence_start(text: str, start: int) -> bool:
    position = start - 1
    floor = max(-1, start - _LOOKBACK)
    while position > floor and text[position] in _SKIPPED_BEFORE:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END


def _beside_initials(text: str, start: int, end: int) -> bool:
    """Whether an initial like "А." stands right after or before the word ("Козлов А.А.")."""
    after = _INITIAL_AFTER.match(text, end, min(len(text), end + 3))
    if after is not None and after.group(1).isupper():
        return True
    before = _INITIAL_BEFORE.search(text[max(0, start - 4) : start])
    return before is not None and before.group(1).isupper()
