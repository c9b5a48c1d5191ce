"""Personal data of other people in the complaint text: IINs and phone numbers.

A complaint is read by the court and sent to the other parties (CPC 492(1)); an IIN or a phone
number of a witness or a victim typed into the arguments travels with it. We warn, we never
block: the filer's own IIN and phones belong in the Filer section and are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from assistant.case.enums import Language
from assistant.case.field_catalogue import field_name
from assistant.case.model import Case
from assistant.case.text_fields import free_text_fields
from assistant.i18n import N_, gettext_in

_IIN = re.compile(r"(?<!\d)(\d{12})(?!\d)")
_PHONE = re.compile(r"(?<![\d+])(?:\+7|8)[\s(-]*7\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)")
_WEIGHTS_FIRST = range(1, 12)
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


class PersonalDataKind(StrEnum):
    IIN = "iin"
    PHONE = "phone"


_MESSAGES = {
    PersonalDataKind.IIN: N_(
        "An IIN (%(text)s) appears in the field «%(field)s». The complaint is sent to the other "
        "parties: remove other people's IINs unless they are needed."
    ),
    PersonalDataKind.PHONE: N_(
        "A phone number (%(text)s) appears in the field «%(field)s». The complaint is sent to "
        "the other parties: remove other people's phone numbers unless they are needed."
    ),
}


@dataclass(frozen=True)
class PersonalDataHit:
    """One IIN or phone number found in a free-text field."""

    kind: PersonalDataKind
    field: str  # JSON pointer
    start: int
    end: int
    text: str


def is_valid_iin(digits: str) -> bool:
    """The IIN/BIN check digit: weights 1..11, and 3..11,1,2 when the first sum gives 10."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    values = [int(c) for c in digits]
    check = sum(w * v for w, v in zip(_WEIGHTS_FIRST, values, strict=False)) % 11
    if check == 10:
        check = sum(w * v for w, v in zip(_WEIGHTS_SECOND, values, strict=False)) % 11
        if check == 10:
            return False
    return check == values[11]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@lru_cache(maxsize=4096)
def _candidates(text: str) -> tuple[tuple[PersonalDataKind, int, int, str], ...]:
    """Valid IINs and phone numbers in one text; cached, so a keystroke rescans one field."""
    found = [
        (PersonalDataKind.IIN, *m.span(), m.group(1))
        for m in _IIN.finditer(text)
        if is_valid_iin(m.group(1))
    ]
    found += [(PersonalDataKind.PHONE, *m.span(), m.group(0)) for m in _PHONE.finditer(text)]
    return tuple(found)


def _is_own(kind: PersonalDataKind, value: str, own_iin: str, own_phones: set[str]) -> bool:
    if kind is PersonalDataKind.IIN:
        return value == own_iin
    return _digits(value)[-10:] in own_phones


def find_personal_data(case: Case) -> list[PersonalDataHit]:
    """Other people's IINs (valid check digit) and phone numbers in the complaint's prose."""
    own_iin = _digits(case.filer.iin)
    own_phones = {_digits(p)[-10:] for p in case.filer.phones}
    return [
        PersonalDataHit(kind, pointer, start, end, value)
        for pointer, text in free_text_fields(case)
        if text
        for kind, start, end, value in _candidates(text)
        if not _is_own(kind, value, own_iin, own_phones)
    ]


def personal_data_message(hit: PersonalDataHit, language: Language) -> str:
    """The privacy warning for one IIN or phone number found in the text (CLI and app)."""
    field = field_name(hit.field, language)
    return gettext_in(language, _MESSAGES[hit.kind]) % {"text": hit.text, "field": field}
