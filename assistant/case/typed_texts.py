"""Text typed into a field that holds a date or a number, read as its value or kept as typed.

A date that does not exist ("31.02.2026") or a count with a letter in it cannot be a value of
the case, yet it is what the user typed: it is kept in `Case.typed_texts` (JSON pointer of the
field -> the text) while the field itself stays empty, so it survives saving and reopening and
the rule engine can say what is wrong with it (rules INPUT.*). The window and the command line
read typed text with the functions here, so they accept exactly the same spellings.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from functools import cache
from typing import Any

from assistant.case.field_kinds import FieldKind, field_type
from assistant.case.limits import MAX_PAGES
from assistant.case.model import Case
from assistant.case.pointer import PointerSyntaxError, join, tokens

DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d")  # as the form shows it, and ISO
_WHOLE = re.compile(r"\d{1,6}")
_DECIMAL = re.compile(r"(\d{1,4})(?:[.,](\d{1,3}))?")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def parse_date(text: str) -> dt.date | None:
    """A date typed as DD.MM.YYYY (or ISO YYYY-MM-DD); None when empty or not a real date."""
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def format_date(day: dt.date | None) -> str:
    """A date as the form shows it: DD.MM.YYYY."""
    return day.strftime("%d.%m.%Y") if day is not None else ""


def parse_whole_number(text: str) -> int | None:
    """A count of pages typed with digits ("12", "1 024"); None when empty, not a whole number
    or more than a case may hold (MAX_PAGES)."""
    digits = _SPACES.sub("", text)
    if not _WHOLE.fullmatch(digits) or int(digits) > MAX_PAGES:
        return None
    return int(digits)


def parse_number(text: str) -> float | None:
    """A number with a decimal point or comma ("7", "7,5", "7.5"); None when it is not one."""
    match = _DECIMAL.fullmatch(_SPACES.sub("", text))
    if match is None:
        return None
    whole, fraction = match.groups()
    return float(f"{whole}.{fraction or 0}")


def format_number(value: float | None, decimal_comma: bool) -> str:
    """`value` as typed: no ".0" for a whole number, a comma where the language writes one."""
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if decimal_comma else text


PARSERS: dict[FieldKind, typing.Callable[[str], object]] = {
    FieldKind.DATE: parse_date,
    FieldKind.WHOLE_NUMBER: parse_whole_number,
    FieldKind.NUMBER: parse_number,
}


@cache
def kind_of(pointer: str) -> FieldKind | None:
    """The kind of the case field `pointer` names (`/acts/1/date`: a date), as the case model
    types it (`field_kinds`); None when the pointer names no single field of one item, or one
    that is not typed as text to be read (a date or a number)."""
    try:
        names = tokens(pointer)
        kind = field_type(pointer).kind if "*" not in names else None
    except (KeyError, PointerSyntaxError):
        return None
    return kind if kind in PARSERS else None


def _is_empty(kind: FieldKind | None, value: object) -> bool:
    """Whether a field holds no value: None, or 0 for a count (0 pages or years means "not
    entered", and a term's years, months, days are counts that are never None)."""
    return value is None or (kind is FieldKind.WHOLE_NUMBER and value == 0)


def keep_typed_text(case: Case, pointer: str, text: str | None) -> None:
    """Record what was typed into the field of `pointer` when it cannot be read (`text`), or
    forget it once the field holds a value again (`None`)."""
    if text is None:
        case.typed_texts.pop(pointer, None)
    else:
        case.typed_texts[pointer] = text


def keep_recovered_texts(case: Case, typed: typing.Mapping[str, str]) -> None:
    """Texts an autosave kept beside the case (recovery files of earlier versions) go into
    the case, for fields that are still empty."""
    for pointer, text in typed.items():
        kind = kind_of(pointer)
        exists, value = _value_of(case, pointer) if kind is not None else (False, None)
        if exists and _is_empty(kind, value):
            case.typed_texts.setdefault(pointer, text)


def renumber_after_removal(case: Case, list_name: str, row: int) -> None:
    """Item `row` of list `list_name` was removed: its typed texts go, and those of the items
    after it move up one place with them. `list_name` is the list's path below the case, its
    names joined by "/" (`acts`, `pg_petition/grounds`)."""
    path = list_name.split("/")
    depth = len(path)
    kept: dict[str, str] = {}
    for pointer, text in case.typed_texts.items():
        names = tokens(pointer)
        if names[:depth] != path or len(names) <= depth or not names[depth].isdigit():
            kept[pointer] = text
        elif int(names[depth]) != row:
            index = int(names[depth])
            kept[join([*path, index - 1 if index > row else index, *names[depth + 1 :]])] = text
    case.typed_texts = kept


def _value_of(case: Case, pointer: str) -> tuple[bool, object]:
    """(whether the field of `pointer`, a field `kind_of` knows, exists in this case (its list
    item may not), its value)."""
    node: Any = case
    for name in tokens(pointer):
        if node is None:
            return True, None
        if isinstance(node, list):
            if int(name) >= len(node):
                return False, None
            node = node[int(name)]
        else:
            node = getattr(node, name)
    return True, node


def typed_text_problem(case: Case) -> tuple[str, str] | None:
    """The first entry of `case.typed_texts` a file may not hold, as (pointer into the case,
    what is wrong); None when all are sound. An entry must name a date or number field that
    exists in the case and is empty (the typed text stands in for its value)."""
    for pointer, text in case.typed_texts.items():
        where = join(["typed_texts", pointer])
        kind = kind_of(pointer)
        if kind is None:
            return where, "not a date or number field of the case"
        exists, value = _value_of(case, pointer)
        if not exists:
            return where, "the field's list item does not exist"
        if not _is_empty(kind, value):
            return where, "the field already holds a value"
        if not text.strip():
            return where, "empty typed text"
    return None
