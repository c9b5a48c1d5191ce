"""Checklist predicates that compare fields with each other (Art. 488 with 423(1), F3)."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from assistant.case.enums import Language, RequestKind
from assistant.case.model import Case
from assistant.law.registry import Context, Hit, NoParams, predicate


@predicate("no_ground_item", NoParams)
def no_ground_item(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """R1b: not one item of Art. 485(1) is named."""
    if not any(argument.item is not None for argument in case.grounds):
        yield Hit(fields=("/grounds",))


@predicate("no_materials", NoParams)
def no_materials(case: Case, ctx: Context, params: NoParams) -> Iterator[Hit]:
    """C9/C10: nothing at all is attached (neither act copies nor other materials)."""
    if not case.attachments and not any(act.copy_attached for act in case.acts):
        yield Hit(fields=("/attachments",))


class LanguageParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """`english`: whether an English complaint counts (F3.english speaks for it otherwise)."""

    english: bool


@predicate("complaint_language_differs", LanguageParams)
def complaint_language_differs(case: Case, ctx: Context, params: LanguageParams) -> Iterator[Hit]:
    """F3: the complaint is not in the language of the proceedings."""
    written, case_language = case.complaint_language, case.proceedings_language
    if written is None or case_language is None:
        return
    if written is Language.EN and not params.english:
        return
    if written is not case_language:
        yield Hit(
            fields=("/complaint_language", "/proceedings_language"),
            params={"written": written.value, "case_language": case_language.value},
        )


class UnwordedParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Request kinds that have no wording of their own in the document ("other")."""

    kinds: list[RequestKind]


@predicate("request_unworded", UnwordedParams)
def request_unworded(case: Case, ctx: Context, params: UnwordedParams) -> Iterator[Hit]:
    """C5: only outcomes without wording are ticked and nothing is written, so the printed
    complaint would ask for nothing."""
    kinds = case.request.kinds
    if kinds and all(k in params.kinds for k in kinds) and not case.request.text.strip():
        yield Hit(fields=("/request/text", "/request/kinds"))
