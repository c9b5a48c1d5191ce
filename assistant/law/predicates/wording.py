"""N8: improper, obscene or insulting words anywhere in the complaint's own text.

Resolution No. 1 para. 8 returns such a complaint under CPC 488(1)/489(1)(1). Each word found
is one finding that points at the field and gives the word and its position, so the user can
fix it before filing. The detector (`assistant.wording`) is memoised per text, so re-checking
after a keystroke only analyses the field that changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.case.text_fields import free_text_fields
from assistant.law.registry import Context, Hit, NoParams, predicate

if TYPE_CHECKING:
    from assistant.wording import WordHit


@lru_cache(maxsize=4096)
def _hits_in(text: str, language: Language) -> tuple[WordHit, ...]:
    from assistant.wording import find_improper_words  # lazy: lexicons load at the first check

    return tuple(find_improper_words(text, language))


def _languages(case: Case) -> tuple[Language, ...]:
    """The complaint's language; while none is set, both languages of proceedings, so that no
    word is missed because the language is not chosen yet."""
    known = case.complaint_language or case.proceedings_language
    return (known,) if known is not None else (Language.RU, Language.KK)


@predicate("improper_wording", NoParams)
def improper_wording(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """One hit per improper word: the field, the word and its 1-based character position."""
    languages = _languages(case)
    for pointer, text in free_text_fields(case):
        if not text.strip():
            continue
        seen: set[int] = set()
        for language in languages:
            for found in _hits_in(text, language):
                if found.start not in seen:
                    seen.add(found.start)
                    yield Hit(
                        fields=(pointer,), params={"word": found.word, "position": found.start + 1}
                    )
