"""INPUT.*: what was typed into a date or number field and is not one ("31.02.2026").

The case keeps such a text as typed (`Case.typed_texts`) while the field stays empty. Each is a
finding on its field, so the complaint is never "Ready to file" while something the user wrote
is missing from it; the kind of the field (date, whole number, number) picks the message.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from assistant.case.field_kinds import FieldKind
from assistant.case.limits import MAX_PAGES
from assistant.case.model import Case
from assistant.case.typed_texts import kind_of
from assistant.law.pointers import item_number
from assistant.law.registry import Context, Hit, predicate


class TypedTextParams(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The kind of field whose typed texts the rule reports."""

    kind: FieldKind


@predicate("typed_text_unread", TypedTextParams)
def typed_text_unread(case: Case, ctx: Context, params: TypedTextParams) -> Iterator[Hit]:
    """One hit per typed text kept for a field of `kind`, naming the text as typed."""
    for pointer, text in sorted(case.typed_texts.items()):
        if kind_of(pointer) is params.kind:
            found = {"text": text, "max": MAX_PAGES, **item_number(pointer)}
            yield Hit(fields=(pointer,), params=found)
