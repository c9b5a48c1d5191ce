"""A fraction of the law ("2/3 of the term") kept as two integers.

`fractions.Fraction` does the arithmetic, but it is not a msgspec type: results must encode to
JSON for the command line as they are, and the data file writes a fraction as "2/3" so that a
reviewer reads it as the statute does.
"""

from __future__ import annotations

import re
from fractions import Fraction

import msgspec

_TEXT = re.compile(r"(\d+)/(\d+)")


class Ratio(msgspec.Struct, frozen=True):
    """numerator / denominator, in lowest terms, positive; compare by `value`."""

    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if self.numerator <= 0 or self.denominator <= 0:
            raise ValueError(f"a fraction of the law is positive: {self}")

    @property
    def value(self) -> Fraction:
        return Fraction(self.numerator, self.denominator)

    def __str__(self) -> str:
        return f"{self.numerator}/{self.denominator}"


def ratio(value: Fraction) -> Ratio:
    """The Ratio of a positive Fraction (already in lowest terms)."""
    return Ratio(value.numerator, value.denominator)


def parse_ratio(text: str, *, at_most_one: bool = True) -> Ratio:
    """ "2/3" -> Ratio(2, 3); ValueError for anything else, a zero, or more than one whole."""
    match = _TEXT.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a fraction written as a/b")
    numerator, denominator = int(match[1]), int(match[2])
    if numerator == 0 or denominator == 0:
        raise ValueError(f"{text!r}: neither part of a fraction may be zero")
    value = Fraction(numerator, denominator)
    if at_most_one and value > 1:
        raise ValueError(f"{text!r} is more than the whole term")
    return ratio(value)
