"""What kind of value each field of the case holds, read from the case model's own types.

The field catalogue says what a field is called; this says what it takes (a line, prose, a
date, a whole number, a choice…), so a front end can give each field the input that fits and a
test can prove that every input the window shows matches its field (tests/gui).
"""

from __future__ import annotations

from enum import Enum, StrEnum
from functools import cache

import msgspec
import msgspec.inspect as mi

from assistant.case.limits import MAX_PROSE_CHARS
from assistant.case.model import Case
from assistant.case.pointer import tokens


class FieldKind(StrEnum):
    LINE = "line"  # one line of text
    PROSE = "prose"  # text in the user's own words, several paragraphs
    LINES = "lines"  # a list of lines (telephone numbers)
    DATE = "date"
    WHOLE_NUMBER = "whole_number"
    NUMBER = "number"
    CHOICE = "choice"  # one value of a closed vocabulary
    CHOICES = "choices"  # any values of a closed vocabulary
    YES_NO = "yes_no"
    YES_NO_UNKNOWN = "yes_no_unknown"  # "not said" is an answer too


class FieldType(msgspec.Struct, frozen=True):
    """The kind of a field, its vocabulary for a choice, and whether it may stay empty."""

    kind: FieldKind
    vocabulary: type[Enum] | None = None
    optional: bool = False


def field_type(pointer: str) -> FieldType:
    """The type of the field at `pointer` ("/acts/*/court" or "/acts/0/court").

    KeyError: the case has no such field, or it is a whole part rather than one field."""
    info = _case_info()
    for name in tokens(pointer):
        info, _ = _unwrap(info)
        if isinstance(info, mi.ListType) and (name == "*" or name.isdigit()):
            info = info.item_type
        elif isinstance(info, mi.StructType):
            found = [f.type for f in info.fields if f.encode_name == name]
            if not found:
                raise KeyError(pointer)
            info = found[0]
        else:
            raise KeyError(pointer)
    leaf, optional = _unwrap(info)
    return _leaf(leaf, optional, pointer)


@cache
def _case_info() -> mi.Type:
    return mi.type_info(Case)


def _unwrap(info: mi.Type) -> tuple[mi.Type, bool]:
    """`X | None` -> (X, True); anything else -> (it, False)."""
    if isinstance(info, mi.UnionType):
        others = [t for t in info.types if not isinstance(t, mi.NoneType)]
        if len(others) == 1:
            return others[0], len(others) < len(info.types)
    return info, False


def _leaf(info: mi.Type, optional: bool, pointer: str) -> FieldType:
    if isinstance(info, mi.StrType):
        prose = info.max_length is not None and info.max_length >= MAX_PROSE_CHARS
        return FieldType(FieldKind.PROSE if prose else FieldKind.LINE, optional=optional)
    if isinstance(info, mi.BoolType):
        return FieldType(FieldKind.YES_NO_UNKNOWN if optional else FieldKind.YES_NO)
    simple = {mi.DateType: FieldKind.DATE, mi.IntType: FieldKind.WHOLE_NUMBER}
    simple[mi.FloatType] = FieldKind.NUMBER
    for type_, kind in simple.items():
        if isinstance(info, type_):
            return FieldType(kind, optional=optional)
    if isinstance(info, mi.EnumType):
        return FieldType(FieldKind.CHOICE, info.cls, optional)
    if isinstance(info, mi.ListType):
        item, _ = _unwrap(info.item_type)
        if isinstance(item, mi.EnumType):
            return FieldType(FieldKind.CHOICES, item.cls)
        if isinstance(item, mi.StrType):
            return FieldType(FieldKind.LINES)
    raise KeyError(pointer)
