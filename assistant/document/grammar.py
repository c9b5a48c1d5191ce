"""Kazakh word forms the templates need: month locatives and the genitive of a court's name.

qazaq-inflector declines by vowel harmony and the last sound, which is exactly what these
suffixes need: «қараша» → «қарашада», «Медеу аудандық соты» → «Медеу аудандық сотының».
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qazaq_inflector import QazaqNameInflector


@cache
def _inflector() -> QazaqNameInflector:
    from qazaq_inflector import QazaqNameInflector

    return QazaqNameInflector()


def _inflect(word: str, case: str) -> str:
    inflected = _inflector().inflect(word, case)
    return word if inflected is None else inflected


def kazakh_month_locative(month: str) -> str:
    """«қараша» → «қарашада», «сәуір» → «сәуірде», «қыркүйек» → «қыркүйекте»."""
    return _inflect(month, "locative")


def kazakh_month_attributive(month: str) -> str:
    """«қараша» → «қарашадағы», «сәуір» → «сәуірдегі» (locative + -ғы/-гі)."""
    locative = kazakh_month_locative(month)
    return locative + ("ғы" if locative.endswith("а") else "гі")


def kazakh_genitive(phrase: str) -> str:
    """The phrase with its last word in the genitive: «… соты» → «… сотының».

    A phrase ending in something other than a Kazakh word (a digit, a quote) is left as it is.
    """
    head, _, last = phrase.rstrip().rpartition(" ")
    if not last or not last[-1].isalpha():
        return phrase
    inflected = _inflect(last, "genitive")
    return f"{head} {inflected}" if head else inflected
