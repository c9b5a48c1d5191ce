"""N8: improper, obscene or insulting words anywhere in the complaint's own text.

Resolution No. 1 para. 8 returns such a complaint under CPC 488(1)/489(1)(1). Each word found
is one finding that points at the field and gives the word and its position, so the user can
fix it before filing. The detector (`assistant.wording`) is memoised per text, so re-checking
after a keystroke only analyses the field that changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.law.registry import Context, Hit, NoParams, predicate
from assistant.wording import WordHit, find_improper_words

_MAX_TEXT = 200_000  # longer than any real field; beyond it the text is not analysed


def free_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """(pointer, text) of every field the user writes in their own words."""
    for index, ground in enumerate(case.grounds):
        yield f"/grounds/{index}/violation", ground.violation
        yield f"/grounds/{index}/norms", ground.norms
        yield f"/grounds/{index}/effect", ground.effect
    yield "/request/text", case.request.text
    yield "/scope/part_description", case.scope.part_description
    for index, item in enumerate(case.evidence):
        yield f"/evidence/{index}/description", item.description
    yield "/proceedings_summary", case.proceedings_summary
    yield "/filer/affected_right", case.filer.affected_right


@lru_cache(maxsize=4096)
def _hits_in(text: str, language: Language) -> tuple[WordHit, ...]:
    return tuple(find_improper_words(text[:_MAX_TEXT], language))


def _language(case: Case) -> Language:
    return case.complaint_language or case.proceedings_language or Language.RU


@predicate("improper_wording", NoParams)
def improper_wording(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """One hit per improper word: the field, the word and its 1-based character position."""
    language = _language(case)
    for pointer, text in free_text_fields(case):
        if not text.strip():
            continue
        for found in _hits_in(text, language):
            yield Hit(fields=(pointer,), params={"word": found.word, "position": found.start + 1})
