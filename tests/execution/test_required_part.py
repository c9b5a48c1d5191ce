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
    part = count_part(start, term, fraction)
    assert part is not None
    assert part.method is CountMethod.MONTHS_AND_DAYS
    assert part.day == part.earliest == expected
    assert part.calendar_day is None


def test_required_part_is_written_in_years_months_and_days() -> None:
    # 2/3 of 6 years = 48 months = 4 years
    part = count_part(D(2024, 3, 12), Term(years=6), Fraction(2, 3))
    assert part is not None
    assert part.required == Term(years=4)


def test_a_remainder_is_written_at_30_days_a_month_and_rounded_up() -> None:
    # 2/3 of 3 years 5 months = 2/3 of 41 months = 27 1/3 months = 27 months + 10 days
    # (1/3 x 30). 01.02.2024 + 27 months = 01.05.2026, + 10 days = 11.05.2026.
    # The whole term in calendar days: 01.02.2024 + 41 months = 01.07.2027; 366 (to 01.02.2025)
    #   + 365 + 365 + 150 (28 + 31 + 30 + 31 + 30, to 01.07.2027) = 1246 days; x 2/3 = 830.67,
    #   rounded down 830: 01.02.2024 + 366 + 365 = 01.02.2026, + 99 more: 28 + 31 + 30 = 89 ->
    #   01.05.2026, + 10 = 11.05.2026; rounded up 831 -> 12.05.2026 (later, shown, not taken).
    part = count_part(D(2024, 2, 1), Term(years=3, months=5), Fraction(2, 3))
    assert part is not None
    assert part.method is CountMethod.MONTHS_AND_30_DAY_REMAINDER
    assert part.required == Term(years=2, months=3, days=10)
    assert (part.day, part.earliest, part.calendar_day) == (
        D(2026, 5, 11),
        D(2026, 5, 11),
        D(2026, 5, 12),
    )


def test_half_a_month_is_fifteen_days() -> None:
    # 1/2 of 13 months = 6 1/2 months = 6 months 15 days: 01.01.2025 + 6 months = 01.07.2025,
    #   + 15 days = 16.07.2025. In calendar days: 01.01.2025 + 13 months = 01.02.2026 = 365 + 31
    #   = 396 days; / 2 = 198: 181 days to 01.07.2025 (31+28+31+30+31+30), + 17 = 18.07.2025.
    part = count_part(D(2025, 1, 1), Term(years=1, months=1), Fraction(1, 2))
    assert part is not None
    assert (part.day, part.earliest, part.calendar_day) == (
        D(2025, 7, 16),
        D(2025, 7, 16),
        D(2025, 7, 18),
    )


def test_half_a_day_of_the_term_is_rounded_up_or_down() -> None:
    # 1/2 of 6 months 5 days = 3 months 2.5 days: 01.03.2025 + 3 months = 01.06.2025, + 3 days
    #   (up) = 04.06.2025, + 2 (down) = 03.06.2025. In calendar days: 01.03.2025 + 6 months
    #   5 days = 06.09.2025, 31+30+31+30+31+31+5 = 189 days; / 2 = 94.5: down 94 = 03.06.2025
    #   (92 days to 01.06), up 95 = 04.06.2025.
    part = count_part(D(2025, 3, 1), Term(months=6, days=5), Fraction(1, 2))
    assert part is not None
    assert (part.day, part.earliest, part.calendar_day) == (
        D(2025, 6, 4),
        D(2025, 6, 3),
        D(2025, 6, 4),
    )


def test_the_earliest_count_may_be_in_calendar_days() -> None:
    # 1/5 of 25 months 1 day from 01.03.2000: 5 months + 0.2 days -> up 02.08.2000, down
    #   01.08.2000. In calendar days: to 02.04.2002 = 365 + 365 + 31 + 1 = 762 days; x 1/5 =
    #   152.4, down 152: 31+30+31+30 = 122 to 01.07.2000, + 30 = 31.07.2000 (the earliest).
    part = count_part(D(2000, 3, 1), Term(years=2, months=1, days=1), Fraction(1, 5))
    assert part is not None
    assert (part.day, part.earliest) == (D(2000, 8, 2), D(2000, 7, 31))


def test_a_day_past_the_calendar_is_none_not_an_error() -> None:
    assert count_part(D(9999, 6, 1), Term(years=3), Fraction(2, 3)) is None
    assert count_part(D(9998, 6, 1), Term(years=3, months=1), Fraction(2, 3)) is None
