"""A part of a term as a day (PA16, PA18, §D.8): month ends, leap days, remainders.

Every expected day is worked out by hand in the comment beside it, not copied from the code.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from assistant.execution import Term
from assistant.execution.required_part import count_part
from assistant.execution.results import CountMethod

from .helpers import D


@pytest.mark.parametrize(
    ("start", "term", "fraction", "expected"),
    [
        # 1/2 of 2 months = 1 month; 31.01.2025 + 1 month: no 31 February -> 28.02.2025
        (D(2025, 1, 31), Term(months=2), Fraction(1, 2), D(2025, 2, 28)),
        # the same in a leap year -> 29.02.2024
        (D(2024, 1, 31), Term(months=2), Fraction(1, 2), D(2024, 2, 29)),
        # 1/2 of 2 years = 12 months; 29.02.2024 + 12 months: no 29.02.2025 -> 28.02.2025
        (D(2024, 2, 29), Term(years=2), Fraction(1, 2), D(2025, 2, 28)),
        # 2/3 of 6 years = 48 months; 29.02.2024 + 4 years -> 29.02.2028 (a leap year again)
        (D(2024, 2, 29), Term(years=6), Fraction(2, 3), D(2028, 2, 29)),
        # 1/2 of 3 years = 18 months; 29.02.2024 + 18 months -> 29.08.2025
        (D(2024, 2, 29), Term(years=3), Fraction(1, 2), D(2025, 8, 29)),
        # 1/3 of 1 year 15 days = 4 months 5 days; 10.01.2025 + 4 months = 10.05.2025, + 5 days
        (D(2025, 1, 10), Term(years=1, days=15), Fraction(1, 3), D(2025, 5, 15)),
        # 1/3 of 1 year 6 months = 6 months; 31.08.2025 + 6 months: no 31 February -> 28.02.2026
        (D(2025, 8, 31), Term(years=1, months=6), Fraction(1, 3), D(2026, 2, 28)),
    ],
)
def test_whole_months_need_no_convention(
    start: D, term: Term, fraction: Fraction, expected: D
) -> None:
    (count,) = count_part(start, term, fraction) or ()
    assert count.method is CountMethod.MONTHS_AND_DAYS
    assert count.latest == count.earliest == expected


def test_required_part_is_written_in_years_months_and_days() -> None:
    # 2/3 of 6 years = 48 months = 4 years
    (count,) = count_part(D(2024, 3, 12), Term(years=6), Fraction(2, 3)) or ()
    assert count.required == Term(years=4)
    assert count.required_days is None


def test_a_remainder_is_counted_both_ways_and_rounded_up() -> None:
    # 2/3 of 3 years 5 months = 2/3 of 41 months = 27 1/3 months.
    # Months: 27 months + 1/3 x 30 = 10 days; 01.02.2024 + 27 months = 01.05.2026, + 10 days
    #   = 11.05.2026 (exact, so up and down agree).
    # Calendar days: 01.02.2024 + 41 months = 01.07.2027; 366 (to 01.02.2025) + 365 + 365 + 150
    #   (28 + 31 + 30 + 31 + 30, to 01.07.2027) = 1246 days; x 2/3 = 830.67 -> up 831, down 830.
    #   01.02.2024 + 831 days: +366 = 01.02.2025, +365 = 01.02.2026, then 100 days more:
    #   28 (Feb) + 31 + 30 = 89 -> 01.05.2026, + 11 = 12.05.2026; 830 days -> 11.05.2026.
    months, days = count_part(D(2024, 2, 1), Term(years=3, months=5), Fraction(2, 3)) or ()
    assert months.method is CountMethod.MONTHS_AND_30_DAY_REMAINDER
    assert months.required == Term(years=2, months=3, days=10)
    assert (months.latest, months.earliest) == (D(2026, 5, 11), D(2026, 5, 11))
    assert days.method is CountMethod.CALENDAR_DAYS
    assert days.required_days == 831
    assert (days.latest, days.earliest) == (D(2026, 5, 12), D(2026, 5, 11))


def test_half_a_month_is_fifteen_days_or_half_the_calendar_term() -> None:
    # 1/2 of 13 months = 6 1/2 months. Months: 01.01.2025 + 6 months = 01.07.2025, + 15 days
    #   = 16.07.2025. Calendar days: 01.01.2025 + 13 months = 01.02.2026 = 365 + 31 = 396 days;
    #   / 2 = 198 days: 31 + 28 + 31 + 30 + 31 + 30 = 181 to 01.07.2025, + 17 = 18.07.2025.
    months, days = count_part(D(2025, 1, 1), Term(years=1, months=1), Fraction(1, 2)) or ()
    assert months.latest == D(2025, 7, 16)
    assert days.latest == days.earliest == D(2025, 7, 18)


def test_half_a_day_of_the_term_is_rounded_up_and_down() -> None:
    # 1/2 of 6 months 5 days = 3 months 2.5 days. Months: 01.03.2025 + 3 months = 01.06.2025,
    #   + 3 days (up) = 04.06.2025, + 2 days (down) = 03.06.2025.
    #   Calendar days: 01.03.2025 + 6 months 5 days = 06.09.2025 = 31+30+31+30+31+31+5 = 189
    #   days; / 2 = 94.5 -> up 95 = 04.06.2025 (92 days to 01.06), down 94 = 03.06.2025.
    months, days = count_part(D(2025, 3, 1), Term(months=6, days=5), Fraction(1, 2)) or ()
    assert (months.latest, months.earliest) == (D(2025, 6, 4), D(2025, 6, 3))
    assert (days.latest, days.earliest) == (D(2025, 6, 4), D(2025, 6, 3))


def test_a_day_past_the_calendar_is_none_not_an_error() -> None:
    assert count_part(D(9999, 6, 1), Term(years=3), Fraction(2, 3)) is None
    assert count_part(D(9998, 6, 1), Term(years=3, months=1), Fraction(2, 3)) is None
