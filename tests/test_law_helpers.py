"""Helpers behind the reviewability and standing rules: categories (CC 10-11), age (N5), and
the data-parameterised predicates' own checks."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.case.enums import Guilt, OffenceCategory
from assistant.case.model import Offence
from assistant.law.age import age_on, is_of_age
from assistant.law.categories import (
    barred_until_2027,
    category_candidates,
    category_contradicts,
    derive_category,
)
from assistant.law.loader import RuleFileError, load_rules

INT, NEG = Guilt.INTENTIONAL, Guilt.NEGLIGENT
C = OffenceCategory


@pytest.mark.parametrize(
    ("years", "guilt", "category"),
    [
        (2, INT, C.MINOR),
        (2.5, INT, C.MODERATE),
        (5, INT, C.MODERATE),
        (5.01, INT, C.GRAVE),
        (12, INT, C.GRAVE),
        (12.5, INT, C.ESPECIALLY_GRAVE),
        (5, NEG, C.MINOR),
        (6, NEG, C.MODERATE),
        (20, NEG, C.MODERATE),
    ],
)
def test_category_follows_articles_10_and_11(
    years: float, guilt: Guilt, category: OffenceCategory
) -> None:
    offence = Offence(max_imprisonment_years=years, guilt=guilt)
    assert derive_category(offence) is category


def test_without_guilt_the_category_is_derived_only_when_both_forms_agree() -> None:
    assert derive_category(Offence(max_imprisonment_years=1.5)) is C.MINOR
    assert derive_category(Offence(max_imprisonment_years=4)) is None
    assert category_candidates(Offence(max_imprisonment_years=4)) == {C.MINOR, C.MODERATE}
    assert barred_until_2027(Offence(max_imprisonment_years=4)) is None
    assert barred_until_2027(Offence(max_imprisonment_years=8)) is False


def test_a_sanction_without_imprisonment_is_barred_but_of_no_single_category() -> None:
    offence = Offence(imprisonment_possible=False)
    assert derive_category(offence) is None
    assert barred_until_2027(offence) is True
    assert not category_contradicts(Offence(imprisonment_possible=False, category=C.MINOR))
    assert category_contradicts(Offence(imprisonment_possible=False, category=C.GRAVE))


def test_the_stated_category_decides_and_a_contradiction_is_reported() -> None:
    offence = Offence(category=C.MINOR, max_imprisonment_years=7, guilt=INT)
    assert barred_until_2027(offence) is True
    assert category_contradicts(offence)
    assert not category_contradicts(Offence(category=C.GRAVE, max_imprisonment_years=7, guilt=INT))
    assert not category_contradicts(Offence(category=C.GRAVE))


@given(
    years=st.one_of(st.none(), st.floats()),
    possible=st.booleans(),
    guilt=st.one_of(st.none(), st.sampled_from(Guilt)),
)
def test_derivation_never_raises(years: float | None, possible: bool, guilt: Guilt | None) -> None:
    offence = Offence(max_imprisonment_years=years, imprisonment_possible=possible, guilt=guilt)
    candidates = category_candidates(offence)
    assert candidates
    if years is not None and possible and (math.isnan(years) or years <= 0):
        assert derive_category(offence) is None


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (dt.date(2008, 11, 26), dt.date(2026, 11, 25), 17),
        (dt.date(2008, 11, 26), dt.date(2026, 11, 26), 18),
        (dt.date(2008, 2, 29), dt.date(2026, 2, 28), 17),
        (dt.date(2008, 2, 29), dt.date(2026, 3, 1), 18),
        (dt.date(2008, 2, 29), dt.date(2028, 2, 29), 20),
        (dt.date(2030, 1, 1), dt.date(2026, 1, 1), -4),
    ],
)
def test_age_in_full_years(born: dt.date, day: dt.date, age: int) -> None:
    assert age_on(born, day) == age
    assert is_of_age(born, day) is (age >= 18)


@given(born=st.dates(), day=st.dates())
def test_age_never_raises_at_the_ends_of_the_calendar(born: dt.date, day: dt.date) -> None:
    assert (age_on(born, day) >= 0) is (day >= born)


RULE = """id = "A4"
row = "A4"
status = "OK"
severity = "warning"
valid_from = 2025-07-01
fields = ["/acts/*/kind"]
message = "m"
hint = "h"
citations = [{{ act = "CPC", article = "484" }}]

[check]
predicate = "{predicate}"
params = {params}
"""


@pytest.mark.parametrize(
    ("predicate", "params", "problem"),
    [
        ("item_matches", '{ items = "/acts/*", all_of = { knd = ["x"] } }', "no field 'knd'"),
        ("item_matches", '{ items = "/acts/*" }', "needs `all_of` or `any_of`"),
        ("dates_out_of_order", '{ earlier = "/filing/dat", later = "/filing/date" }', "'dat'"),
        (
            "rests_on_substance",
            '{ substances = ["law"], flag = "/triage/new_facts_only", only = 1 }',
            "Expected `bool`",
        ),
        (
            "rests_on_substance",
            '{ substances = ["lawful"], flag = "/triage/new_facts_only", only = true }',
            "Invalid enum value 'lawful'",
        ),
        ("rests_on_substance", '{ substances = [], flag = "/triage/nope", only = true }', "'nope'"),
    ],
)
def test_predicate_parameters_are_checked_at_load(
    tmp_path: Path, predicate: str, params: str, problem: str
) -> None:
    (tmp_path / "rule.toml").write_text(RULE.format(predicate=predicate, params=params), "utf-8")
    with pytest.raises(RuleFileError) as error:
        load_rules(tmp_path)
    assert problem in str(error.value)


# --- JSON Pointer (RFC 6901): one module for core, window and tests ------------------------------


def test_pointer_tokens_unescape_tilde_and_slash_in_the_rfc_order() -> None:
    from assistant.case.pointer import PointerSyntaxError, escape, join, tokens, unescape

    assert tokens("") == []
    assert tokens("/acts/1/court") == ["acts", "1", "court"]
    assert tokens("/a~1b/m~0n/~01") == ["a/b", "m~n", "~1"]  # "~01" is "~1", not "/"
    assert join(["a/b", "m~n", 3]) == "/a~1b/m~0n/3"
    assert unescape(escape("~1/~0")) == "~1/~0"
    with pytest.raises(PointerSyntaxError):
        tokens("acts/1")


def test_resolving_a_pattern_escapes_the_concrete_pointer() -> None:
    from assistant.law.pointers import resolve

    data = {"odd/name": {"x~y": 1}}
    assert list(resolve(data, "/odd~1name/x~0y")) == [("/odd~1name/x~0y", 1)]
    assert list(resolve({"acts": [{"court": "A"}, {"court": ""}]}, "/acts/*/court")) == [
        ("/acts/0/court", "A"),
        ("/acts/1/court", ""),
    ]


def test_a_case_error_pointer_and_a_finding_pointer_are_written_alike() -> None:
    from assistant.casefile.pointer import pointer_from_path

    assert pointer_from_path("$.acts[1].court") == "/acts/1/court"
    assert pointer_from_path("$.a/b") == "/a~1b"
