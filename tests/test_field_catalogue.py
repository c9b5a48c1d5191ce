"""The field catalogue and the field kinds: every field it names exists in the case model, with
the kind the model gives it, and a field is named with its list item in every language."""

from __future__ import annotations

import pytest

from assistant.case.enums import DocumentKind, FilerStatus, Language, RequestKind
from assistant.case.field_catalogue import FIELDS, ITEMS, field_name, field_text, label_msgid
from assistant.case.field_kinds import FieldKind, FieldType, field_type


@pytest.mark.parametrize("pattern", sorted(FIELDS))
def test_every_catalogued_field_is_a_field_of_the_case(pattern: str) -> None:
    """A field, or a group of fields a finding may point at (the term: years, months, days)."""
    assert FIELDS[pattern].label and FIELDS[pattern].help
    try:
        assert field_type(pattern).kind in FieldKind
    except KeyError:
        assert any(field.startswith(f"{pattern}/") for field in FIELDS), pattern


@pytest.mark.parametrize("pattern", sorted(ITEMS))
def test_every_named_list_is_a_list_of_the_case(pattern: str) -> None:
    with pytest.raises(KeyError):  # the list itself is no single field
        field_type(pattern)
    assert any(field.startswith(f"{pattern}/*/") for field in FIELDS)


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("/filer/full_name", FieldType(FieldKind.LINE)),
        ("/proceedings_summary", FieldType(FieldKind.PROSE)),
        ("/filer/phones", FieldType(FieldKind.LINES)),
        ("/acts/3/date", FieldType(FieldKind.DATE, optional=True)),
        ("/acts/*/copy_pages", FieldType(FieldKind.WHOLE_NUMBER, optional=True)),
        ("/offences/0/max_imprisonment_years", FieldType(FieldKind.NUMBER, optional=True)),
        ("/filer/status", FieldType(FieldKind.CHOICE, FilerStatus, optional=True)),
        ("/request/kinds", FieldType(FieldKind.CHOICES, RequestKind)),
        ("/filer/in_custody", FieldType(FieldKind.YES_NO)),
        ("/attachments/0/title", FieldType(FieldKind.LINE)),
    ],
)
def test_the_kind_comes_from_the_model(pointer: str, expected: FieldType) -> None:
    assert field_type(pointer) == expected


@pytest.mark.parametrize("pointer", ["/nothing", "/filer/nothing", "/filer", "/acts/x/court"])
def test_a_place_that_is_no_field_is_a_key_error(pointer: str) -> None:
    with pytest.raises(KeyError):
        field_type(pointer)


def test_a_field_is_named_with_its_item_in_every_language() -> None:
    assert field_name("/acts/1/court", Language.EN) == "Decision 2: Court"
    assert field_name("/acts/1", Language.EN) == "Decision 2"
    assert field_name("/filer/full_name", Language.RU) == "Фамилия, имя, отчество"
    assert field_name("/grounds/0/violation", Language.EN) == "Ground 1: What is wrong"
    assert field_name("/no/such/field", Language.KK) == "/no/such/field"


def test_a_label_may_differ_for_the_other_documents() -> None:
    assert label_msgid("/complaint_language") == "Language of the complaint"
    assert label_msgid("/complaint_language", DocumentKind.APPEAL) == "Language of the document"
    assert field_text("/complaint_language").help
