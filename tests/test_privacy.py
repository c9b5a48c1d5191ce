"""Other people's IINs and phone numbers in the complaint text are found; ours are not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import Language
from assistant.case.model import Case
from assistant.privacy import (
    PersonalDataKind,
    find_personal_data,
    is_valid_iin,
    personal_data_message,
)

VALID_IIN = "900101300017"  # check digit computed by the official weights


def test_check_digit() -> None:
    assert is_valid_iin(VALID_IIN)
    assert not is_valid_iin("900101300015")
    assert not is_valid_iin("90010130001")


def test_other_persons_iin_and_phone_are_reported(ready_ru: Case) -> None:
    ready_ru.grounds[0].violation += f" Свидетель (ИИН {VALID_IIN}, тел. 8 (777) 123-45-67)."
    hits = find_personal_data(ready_ru)
    kinds = {(h.kind, h.field) for h in hits}
    assert (PersonalDataKind.IIN, "/grounds/0/violation") in kinds
    assert (PersonalDataKind.PHONE, "/grounds/0/violation") in kinds
    hit = next(h for h in hits if h.kind is PersonalDataKind.IIN)
    assert ready_ru.grounds[0].violation[hit.start : hit.end] == VALID_IIN


def test_own_data_case_numbers_and_invalid_numbers_are_not_reported(ready_ru: Case) -> None:
    ready_ru.filer.iin = VALID_IIN
    ready_ru.grounds[0].violation += f" Мой ИИН {VALID_IIN}; тел. {ready_ru.filer.phones[0]}."
    ready_ru.grounds[0].violation += " Дело № 751126001215, сумма 123456789012 тенге."
    assert find_personal_data(ready_ru) == []


@given(st.text())
def test_never_raises(text: str) -> None:
    case = Case(proceedings_summary=text)
    for hit in find_personal_data(case):
        assert text[hit.start : hit.end] == hit.text


def test_the_warning_names_the_number_and_the_field(ready_ru: Case) -> None:
    ready_ru.grounds[0].violation += f" ИИН {VALID_IIN}."
    (hit,) = find_personal_data(ready_ru)
    for language in Language:
        message = personal_data_message(hit, language)
        assert VALID_IIN in message
        assert "/grounds/0/violation" not in message
    assert personal_data_message(hit, Language.EN).startswith(
        "An IIN (900101300017) appears in the field «Ground 1: What is wrong»."
    )
    assert "«Основание № 1: В чем ошибка»" in personal_data_message(hit, Language.RU)
    assert "«Негіз № 1: Не дұрыс емес»" in personal_data_message(hit, Language.KK)
