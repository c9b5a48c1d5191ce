"""Normal forms of a word form, per language, from the language's analyser.

Russian: every parse's normal form from pymorphy3 ("мразью" → "мразь", "козла" → "козёл").
English: the Snowball English stem, compared with the stems of the lexicon's lemmas.
Kazakh: the surface form, which lexicon entries in `stem` mode compare by prefix, as Kazakh
adds suffixes to an unchanged stem (KazStem's analyser on PyPI ships without its finite-state
data, so there is no Kazakh analyser to use). Analysers load on first use, and results are
cached per token.
"""

from __future__ import annotations

import importlib
from functools import cache, lru_cache
from typing import Any

from assistant.case.enums import Language
from assistant.wording.normalise import fold

_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


@cache
def _pymorphy() -> Any:
    """The pymorphy3 analyser (about 0.1 s and 15 MB to load, so only when needed)."""
    module = importlib.import_module("pymorphy3")
    return module.MorphAnalyzer()


def russian_analyser() -> Any:
    """The shared pymorphy3 analyser, for other modules that inflect Russian words."""
    return _pymorphy()


@cache
def _english_stemmer() -> Any:
    module = importlib.import_module("snowballstemmer")
    return module.stemmer("english")


@lru_cache(maxsize=65536)
def russian_normal_forms(word: str) -> frozenset[str]:
    """The folded normal forms of every pymorphy3 parse of `word`, and `word` itself."""
    forms = {word}
    for parse in _pymorphy().parse(word):
        forms.add(fold(parse.normal_form))
    return frozenset(forms)


@lru_cache(maxsize=65536)
def looks_like_russian_name(word: str) -> bool:
    """Whether pymorphy3's dictionary (not its guesser) knows `word` as a name or surname."""
    return any(
        parse.is_known and _NAME_TAGS & set(parse.tag.grammemes)
        for parse in _pymorphy().parse(word)
    )


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str:
    """The Snowball English stem of `word`."""
    return str(_english_stemmer().stemWord(word))


def normal_forms(word: str, language: Language) -> frozenset[str]:
    """The forms of folded `word` to compare with lexicon lemmas of `language`."""
    if language is Language.RU:
        return russian_normal_forms(word)
    if language is Language.EN:
        return frozenset({word, english_stem(word)})
    return frozenset({word})
