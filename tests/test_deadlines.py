"""Procedural terms (CPC RK 48(2), 48(4), 49(1), 418(1), 487(2); Resolution No. 1 para. 8).

Every expected date below was worked out by hand from the weekday and the Kazakh calendar of
that year (named in the comment), not copied from the code's output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.calendar_kz import HOLIDAYS_FIRST_YEAR, HOLIDAYS_LAST_YEAR, WorkingCalendar
from assistant.deadlines import (
    CPC_487_2,
    NR1_PARA_8,
    Deadline,
    add_days,
    add_months,
    add_years,
    appeal_deadline,
    calendar_end,
    term_end,
    worsening_deadline,
)

D = dt.date
CAL = WorkingCalendar()


# ------------------------------------------------------------------ pure date arithmetic


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (D(2024, 2, 29), 1, D(2025, 2, 28)),  # 48(4): no 29 February -> last day of February
        (D(2028, 2, 29), 1, D(2029, 2, 28)),
        (D(2028, 2, 29), 4, D(2032, 2, 29)),  # leap year to leap year keeps the 29th
        (D(2027, 2, 28), 1, D(2028, 2, 28)),  # not the last day of a leap February
        (D(2025, 3, 15), 1, D(2026, 3, 15)),
        (D(2025, 12, 31), 1, D(2026, 12, 31)),
        (D(2025, 3, 15), 0, D(2025, 3, 15)),
        (D(2025, 3, 15), -1, D(2024, 3, 15)),
        (D(9999, 1, 1), 1, None),  # beyond date.max: None, not OverflowError
        (D(1, 6, 1), -1, None),
    ],
)
def test_add_years(start: dt.date, years: int, expected: dt.date | None) -> None:
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 12, 31), 2, D(2026, 2, 28)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 8, 31), 6, D(2026, 2, 28)),
        (D(2025, 1, 15), 12, D(2026, 1, 15)),
        (D(9999, 12, 1), 1, None),
    ],
)
def test_add_months(start: dt.date, months: int, expected: dt.date | None) -> None:
    assert add_months(start, months) == expected


def test_add_days_does_not_count_the_start_day() -> None:
    assert add_days(D(2025, 3, 1), 15) == D(2025, 3, 16)  # 48(2)
    assert add_days(D(2025, 12, 20), 15) == D(2026, 1, 4)
    assert add_days(D(2024, 2, 20), 10) == D(2024, 3, 1)  # through 29 February
    assert add_days(D(9999, 12, 25), 15) is None
    assert add_days(D(2025, 1, 1), 10**10) is None  # too large for timedelta itself


def test_a_negative_term_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        calendar_end(D(2025, 1, 1), days=-1)


# ------------------------------------------------------------------ Art. 487(2): one year

# (entered into force, last day, calendar end if 48(4) moved it, why)
WORSENING = [
    (D(2024, 2, 29), D(2025, 2, 28), None, "29 Feb -> 28 Feb 2025, a Friday"),
    (D(2020, 2, 29), D(2021, 3, 1), D(2021, 2, 28), "28 Feb 2021 is a Sunday"),
    (D(2024, 4, 12), D(2025, 4, 14), D(2025, 4, 12), "Saturday -> Monday"),
    (
        D(2024, 1, 1),
        D(2025, 1, 5),
        D(2025, 1, 1),
        "1-2 Jan, 3 Jan transferred day off, "
        "4 Jan Saturday; Sunday 5 Jan 2025 was a working day (transfer)",
    ),
    (D(2023, 3, 8), D(2024, 3, 11), D(2024, 3, 8), "8 March 2024 Friday, then the weekend"),
    (D(2024, 3, 21), D(2025, 3, 26), D(2025, 3, 21), "Nauryz 21-23 March, 22/23 moved to 24/25"),
    (D(2023, 5, 1), D(2024, 5, 2), D(2024, 5, 1), "1 May 2024, a Wednesday"),
    (D(2023, 5, 7), D(2024, 5, 10), D(2024, 5, 7), "7 May, 8 May transferred day off, 9 May"),
    (D(2023, 5, 4), D(2024, 5, 4), None, "Saturday 4 May 2024 was a working day (transfer)"),
    (D(2024, 5, 9), D(2025, 5, 12), D(2025, 5, 9), "Victory Day 2025 on a Friday"),
    (D(2024, 7, 6), D(2025, 7, 8), D(2025, 7, 6), "Capital Day 2025 Sunday, Monday 7th off"),
    (D(2024, 8, 30), D(2025, 9, 2), D(2025, 8, 30), "Constitution Day 2025 Saturday, 1 Sep off"),
    (D(2024, 10, 25), D(2025, 10, 28), D(2025, 10, 25), "Republic Day 2025 Saturday, 27th off"),
    (D(2024, 12, 16), D(2025, 12, 17), D(2025, 12, 16), "Independence Day 2025, a Tuesday"),
    (D(2024, 1, 7), D(2025, 1, 8), D(2025, 1, 7), "Orthodox Christmas 2025, a Tuesday"),
    (D(2024, 6, 6), D(2025, 6, 9), D(2025, 6, 6), "Kurban ait 2025 on a Friday"),
    (D(2024, 3, 8), D(2025, 3, 11), D(2025, 3, 8), "8 March 2025 Saturday, Monday 10th off"),
    (D(2024, 6, 4), D(2025, 6, 4), None, "an ordinary Wednesday"),
]


@pytest.mark.parametrize(("start", "last_day", "moved_from", "why"), WORSENING)
def test_worsening_deadline(
    start: dt.date, last_day: dt.date, moved_from: dt.date | None, why: str
) -> None:
    deadline = worsening_deadline(start, CAL)
    assert deadline is not None
    assert (deadline.last_day, deadline.moved_from) == (last_day, moved_from), why
    assert deadline.calendar_complete, "2021, 2024 and 2025 are complete years in our table"
    assert deadline.incomplete_years == ()
    assert deadline.start == start
    assert CPC_487_2 in deadline.citations
    assert NR1_PARA_8 not in deadline.citations


def test_a_deadline_in_2026_or_2027_warns_that_the_calendar_is_incomplete() -> None:
    in_2026 = worsening_deadline(D(2025, 6, 14), CAL)  # Sunday 14 June 2026 -> Monday
    assert in_2026 is not None
    assert (in_2026.last_day, in_2026.moved_from) == (D(2026, 6, 15), D(2026, 6, 14))
    assert not in_2026.calendar_complete
    assert in_2026.incomplete_years == (2026,)
    in_2027 = worsening_deadline(D(2026, 3, 22), CAL)  # Nauryz 2027: 22 Mon, 23 Tue, 24 (obs.)
    assert in_2027 is not None
    assert in_2027.last_day == D(2027, 3, 25)
    assert in_2027.incomplete_years == (2027,)


def test_a_move_into_an_incomplete_year_is_flagged() -> None:
    # 16.12.2025 + 15 days = Wednesday 31.12.2025; the user says it was a day off, so the term
    # moves past New Year 2026 (1-2 Jan, 3-4 Jan weekend) into a year not known complete.
    cal = WorkingCalendar(extra_days_off=[D(2025, 12, 31)])
    deadline = appeal_deadline(D(2025, 12, 16), cal)
    assert deadline is not None
    assert (deadline.last_day, deadline.moved_from) == (D(2026, 1, 5), D(2025, 12, 31))
    assert deadline.incomplete_years == (2026,)


def test_a_user_added_day_off_moves_the_deadline() -> None:
    cal = WorkingCalendar(extra_days_off=[D(2026, 6, 15)])
    deadline = worsening_deadline(D(2025, 6, 14), cal)
    assert deadline is not None
    assert deadline.last_day == D(2026, 6, 16)


def test_a_user_added_working_day_keeps_the_deadline() -> None:
    cal = WorkingCalendar(extra_working_days=[D(2026, 6, 14)])
    deadline = worsening_deadline(D(2025, 6, 14), cal)
    assert deadline is not None
    assert (deadline.last_day, deadline.moved_from) == (D(2026, 6, 14), None)


def test_term_end_moves_a_non_working_last_day() -> None:
    assert term_end(D(2024, 3, 21), years=1, calendar=CAL) == D(2025, 3, 26)
    assert term_end(D(2025, 2, 21), months=1, calendar=CAL) == D(2025, 3, 26)  # Nauryz
    assert term_end(D(2025, 3, 6), days=15, calendar=CAL) == D(2025, 3, 26)
    assert term_end(D(2024, 1, 31), years=1, months=1, calendar=CAL) == D(2025, 2, 28)
    assert term_end(D(9999, 12, 1), months=1, calendar=CAL) is None


# ------------------------------------------------------------------ 49(1) and N8


def test_days_left_and_is_met() -> None:
    deadline = worsening_deadline(D(2024, 3, 21), CAL)  # last day Wednesday 26.03.2025
    assert deadline is not None
    assert deadline.days_left(D(2025, 3, 20)) == 6
    assert deadline.days_left(D(2025, 3, 26)) == 0
    assert deadline.days_left(D(2025, 3, 27)) == -1
    assert deadline.is_met(D(2025, 3, 26))  # posted by 24:00 of the last day (49(1))
    assert deadline.is_met(D(2025, 3, 23))  # the calendar anniversary week-end
    assert not deadline.is_met(D(2025, 3, 27))


def test_refiling_after_a_return_is_judged_by_the_first_receipt() -> None:
    """Resolution No. 1 para. 8: after a 489(1)(1) return and refiling with the defects fixed,
    the one-year term of 487(2) is judged by the receipt of the first complaint."""
    first_receipt = D(2025, 3, 20)
    refiled = D(2025, 4, 10)  # after the last day 26.03.2025
    deadline = worsening_deadline(D(2024, 3, 21), CAL, first_receipt=first_receipt)
    assert deadline is not None
    assert deadline.last_day == D(2025, 3, 26)  # the term itself does not change
    assert deadline.first_receipt == first_receipt
    assert NR1_PARA_8 in deadline.citations
    assert deadline.compare_date(refiled) == first_receipt
    assert deadline.is_met(refiled)
    plain = worsening_deadline(D(2024, 3, 21), CAL)
    assert plain is not None
    assert plain.compare_date(refiled) == refiled
    assert not plain.is_met(refiled)
    assert plain.compare_date(refiled, first_receipt) == first_receipt
    assert plain.is_met(refiled, first_receipt)


def test_deadline_is_immutable() -> None:
    deadline = Deadline(start=D(2025, 1, 1), last_day=D(2026, 1, 5), safe_last_day=D(2026, 1, 5))
    with pytest.raises(AttributeError):
        deadline.last_day = D(2026, 1, 6)  # type: ignore[misc]


# ------------------------------------------------------------------ Art. 418(1): 15 days


@pytest.mark.parametrize(
    ("announced", "last_day", "moved_from"),
    [
        (D(2025, 3, 6), D(2025, 3, 26), D(2025, 3, 21)),  # ends in Nauryz
        (D(2025, 12, 1), D(2025, 12, 17), D(2025, 12, 16)),  # ends on Independence Day
        (D(2025, 4, 1), D(2025, 4, 16), None),  # an ordinary Wednesday
        (D(2024, 4, 19), D(2024, 5, 4), None),  # Saturday 4 May 2024 was a working day
        (D(2024, 4, 23), D(2024, 5, 10), D(2024, 5, 8)),  # transferred day off, then 9 May
    ],
)
def test_appeal_deadline(announced: dt.date, last_day: dt.date, moved_from: dt.date | None) -> None:
    deadline = appeal_deadline(announced, CAL)
    assert deadline is not None
    assert (deadline.last_day, deadline.moved_from) == (last_day, moved_from)


# ------------------------------------------------------------------ absurd dates


@pytest.mark.parametrize("start", [D.max, D(9999, 1, 1)])
def test_a_term_past_the_end_of_the_calendar_is_none(start: dt.date) -> None:
    assert worsening_deadline(start, CAL) is None
    assert appeal_deadline(D.max, CAL) is None


def test_a_last_day_with_no_working_day_after_it_is_none() -> None:
    assert worsening_deadline(D(9998, 12, 31), CAL) is not None  # Friday 31.12.9999
    no_friday = WorkingCalendar(extra_days_off=[D.max])
    assert worsening_deadline(D(9998, 12, 31), no_friday) is None


def test_year_one_does_not_raise() -> None:
    deadline = worsening_deadline(D.min, CAL)
    assert deadline is not None
    assert not deadline.calendar_complete  # no holiday data before 1991


# ------------------------------------------------------------------ properties

IN_HOLIDAY_RANGE = st.dates(D(HOLIDAYS_FIRST_YEAR, 1, 1), D(HOLIDAYS_LAST_YEAR - 1, 12, 31))


@settings(deadline=None, max_examples=300)
@given(IN_HOLIDAY_RANGE)
def test_worsening_deadline_properties(start: dt.date) -> None:
    anniversary = add_years(start, 1)
    deadline = worsening_deadline(start, CAL)
    assert anniversary is not None
    assert deadline is not None
    assert deadline.last_day >= anniversary
    assert CAL.is_working_day(deadline.last_day)
    assert (deadline.last_day - anniversary).days <= 10
    assert (deadline.moved_from is None) == (deadline.last_day == anniversary)
    assert (deadline.moved_from is None) or not CAL.is_working_day(anniversary)
    assert anniversary <= deadline.safe_last_day <= deadline.last_day
    assert deadline.is_certain == (not deadline.uncertain_days_off)
    assert deadline.safe_last_day in (anniversary, deadline.last_day)
    assert deadline.is_met(deadline.safe_last_day)
    assert not deadline.is_missed(deadline.last_day)
    assert deadline.is_missed(deadline.last_day + dt.timedelta(days=1))
    assert not deadline.is_met(deadline.last_day + dt.timedelta(days=1))


# ------------------------------------------------------------------ days off that are not sure


def test_a_move_over_an_estimated_feast_keeps_the_unmoved_date_as_the_safe_last_day() -> None:
    """Kurban Ait 2026 is an estimated date (27.05.2026): the term from 27.05.2025 would move
    to 28.05.2026, but only the 27th is sure to count."""
    deadline = worsening_deadline(D(2025, 5, 27), CAL)
    assert deadline is not None
    assert (deadline.last_day, deadline.safe_last_day) == (D(2026, 5, 28), D(2026, 5, 27))
    assert deadline.uncertain_days_off == (D(2026, 5, 27),)
    assert deadline.is_met(D(2026, 5, 27))
    assert not deadline.is_met(D(2026, 5, 28))
    assert not deadline.is_missed(D(2026, 5, 28))


def test_a_weekend_in_a_year_of_unknown_transfers_is_not_a_sure_day_off() -> None:
    deadline = worsening_deadline(D(2025, 11, 29), CAL)  # ends Sunday 29.11.2026
    assert deadline is not None
    assert (deadline.last_day, deadline.safe_last_day) == (D(2026, 11, 30), D(2026, 11, 29))
    assert deadline.uncertain_days_off == (D(2026, 11, 29),)


def test_a_weekend_in_a_complete_year_moves_the_deadline_for_sure() -> None:
    deadline = worsening_deadline(D(2024, 11, 30), CAL)  # ends Sunday 30.11.2025
    assert deadline is not None
    assert deadline.safe_last_day == deadline.last_day == D(2025, 12, 1)
    assert deadline.is_certain


def test_a_day_off_the_user_confirms_is_sure() -> None:
    confirmed = WorkingCalendar(extra_days_off=[D(2026, 5, 27)])
    deadline = worsening_deadline(D(2025, 5, 27), confirmed)
    assert deadline is not None
    assert deadline.safe_last_day == deadline.last_day == D(2026, 5, 28)


@settings(deadline=None, max_examples=300)
@given(st.dates(), st.integers(-12000, 12000))
def test_add_years_never_raises(start: dt.date, years: int) -> None:
    result = add_years(start, years)
    in_range = dt.MINYEAR <= start.year + years <= dt.MAXYEAR
    assert (result is not None) == in_range
    if result is not None:
        assert result.year == start.year + years
        assert result.month == start.month
        assert result.day == start.day or (start.month, start.day, result.day) == (2, 29, 28)


@given(st.dates(), st.dates(), st.integers(-20, 20))
def test_add_years_is_monotonic_in_the_date(a: dt.date, b: dt.date, years: int) -> None:
    early, late = sorted((a, b))
    end_early, end_late = add_years(early, years), add_years(late, years)
    if end_early is not None and end_late is not None:
        assert end_early <= end_late


@given(st.dates(), st.integers(-50, 50), st.integers(-50, 50))
def test_add_years_is_monotonic_in_the_years(start: dt.date, m: int, n: int) -> None:
    fewer, more = sorted((m, n))
    end_fewer, end_more = add_years(start, fewer), add_years(start, more)
    if end_fewer is not None and end_more is not None:
        assert end_fewer <= end_more


@settings(deadline=None, max_examples=300)
@given(st.dates())
def test_deadlines_never_raise_for_any_date(start: dt.date) -> None:
    for deadline in (worsening_deadline(start, CAL), appeal_deadline(start, CAL)):
        if deadline is not None:
            assert deadline.last_day > start
            assert CAL.is_working_day(deadline.last_day)
