"""Reading dates and numbers typed as text, and keeping what cannot be read (issue 20, point 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.case.field_kinds import FieldKind
from assistant.case.model import Case, ContestedAct, Filer
from assistant.case.typed_texts import (
    PARSERS,
    format_number,
    keep_recovered_texts,
    keep_typed_text,
    kind_of,
    parse_date,
    parse_number,
    parse_whole_number,
    renumber_after_removal,
)


def test_dates_are_read_as_the_form_shows_them_or_iso() -> None:
    assert parse_date(" 28.02.2026 ") == dt.date(2026, 2, 28)
    assert parse_date("2026-02-28") == dt.date(2026, 2, 28)
    for wrong in ("31.02.2026", "28.02.20266", "28/02/2026", "завтра", ""):
        assert parse_date(wrong) is None, wrong


def test_counts_are_digits_only() -> None:
    assert parse_whole_number("12") == 12
    assert parse_whole_number("1 024") == 1024
    assert parse_whole_number("0") == 0
    assert parse_whole_number("100 000") == 100_000  # the most a case holds (MAX_PAGES)
    for wrong in ("4л", "4,5", "-3", "100001", "1234567", "", "four"):
        assert parse_whole_number(wrong) is None, wrong


def test_numbers_take_a_decimal_comma_or_point() -> None:
    assert parse_number("7") == 7.0
    assert parse_number("7,5") == 7.5
    assert parse_number("7.5") == 7.5
    for wrong in ("семь", "7..5", "7,5,1", "-2", "", "1e3"):
        assert parse_number(wrong) is None, wrong
    assert format_number(7.5, decimal_comma=True) == "7,5"
    assert format_number(12.0, decimal_comma=False) == "12"
    assert format_number(None, decimal_comma=True) == ""


def test_the_kind_of_a_field_comes_from_the_case_model() -> None:
    assert kind_of("/acts/3/date") is FieldKind.DATE
    assert kind_of("/filing/date") is FieldKind.DATE
    assert kind_of("/attachments/0/pages") is FieldKind.WHOLE_NUMBER
    assert kind_of("/offences/1/max_imprisonment_years") is FieldKind.NUMBER
    for other in ("/filer/full_name", "/filer/in_custody", "/acts/x/date", "/acts", "", "date"):
        assert kind_of(other) is None, other


def test_a_typed_text_is_kept_until_the_field_holds_a_value() -> None:
    case = Case()
    keep_typed_text(case, "/filing/date", "31.02.2026")
    assert case.typed_texts == {"/filing/date": "31.02.2026"}
    keep_typed_text(case, "/filing/date", None)
    assert case.typed_texts == {}


def test_removing_an_item_moves_the_typed_texts_of_the_items_after_it() -> None:
    case = Case(acts=[ContestedAct(), ContestedAct(), ContestedAct()])
    case.typed_texts = {
        "/acts/0/date": "a",
        "/acts/1/date": "b",
        "/acts/2/copy_pages": "c",
        "/filing/date": "d",
    }
    renumber_after_removal(case, "acts", 1)
    assert case.typed_texts == {"/acts/0/date": "a", "/acts/1/copy_pages": "c", "/filing/date": "d"}


def test_recovered_texts_fill_only_empty_fields_that_exist() -> None:
    case = Case(filer=Filer(learned_of_act=dt.date(2026, 1, 5)), acts=[ContestedAct()])
    keep_recovered_texts(
        case,
        {
            "/acts/0/date": "31.02.2026",
            "/acts/4/date": "1.1.1",
            "/filer/learned_of_act": "05.01.20266",
            "/filer/full_name": "x",
        },
    )
    assert case.typed_texts == {"/acts/0/date": "31.02.2026"}


@pytest.mark.parametrize("kind", list(PARSERS))
def test_every_kind_read_from_text_has_a_rule(kind: FieldKind) -> None:
    from assistant.law.loader import default_rulebook

    kinds = {
        rule.check.params.get("kind")
        for rule in default_rulebook().rules
        if rule.check.predicate == "typed_text_unread"
    }
    assert kind.value in kinds


def test_a_term_part_typed_wrong_survives_saving_and_reopening() -> None:
    """A term's years are a count that is never None: 0 is empty, so the text typed instead
    ("два") is kept beside it, and the file opens again (it did not: "already holds a value")."""
    from assistant.casefile import loads_case
    from assistant.casefile.format import encode_document
    from tests.conftest import load_example

    case = load_example("execution-petition-ru")
    assert case.execution_petition is not None
    case.execution_petition.term.years = 0
    keep_typed_text(case, "/execution_petition/term/years", "два")
    reopened = loads_case(encode_document(case))
    assert reopened.typed_texts == {"/execution_petition/term/years": "два"}
