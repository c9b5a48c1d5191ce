"""A part of a term turned into a day (parole.md PA16, PA18, §D.8).

The part is counted from the effective start S (the start of the term moved back by the
credited custody) and added by the calendar as `assistant.deadlines` adds months: the same day
of the month, or the month's last day when it has none (31 January + 1 month = 28 February).
The day reached is the first day the part counts as served (§D.8).

A part that is whole months (and whole days) needs no convention. When it is not, the remainder
is written in days at 30 days to a month, as institutions write "2 years 3 months 10 days", and
rounded up: that is the safe day (§D.8). The reference leaves open how the court counts, so the
earliest day rounds down and also counts the whole term in calendar days (CC 62(2)), taking the
earlier of the two; the calendar-days count rounded up is kept too, for the doubt to show when
it falls later than the safe day. Only the 30-day count decides the safe day, so a longer term
never gives an earlier one.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction

from assistant.deadlines import add_days, add_months, calendar_end
from assistant.execution.facts import MONTHS_IN_YEAR, Term
from assistant.execution.results import CountMethod

DAYS_IN_A_MONTH = 30  # how a remainder of a month is written in days (our convention, PA16)


@dataclass(frozen=True)
class CountedPart:
    """A part of the term counted: what is required, the safe day, the earliest day, and the
    calendar-days count when there was a remainder."""

    method: CountMethod
    required: Term
    day: dt.date
    earliest: dt.date
    calendar_day: dt.date | None = None  # the whole term in calendar days, rounded up

    @property
    def remainder(self) -> bool:
        return self.method is CountMethod.MONTHS_AND_30_DAY_REMAINDER


def months_then_days(start: dt.date, months: int, days: int) -> dt.date | None:
    """start + months (by the calendar) + days; None off the calendar."""
    after_months = add_months(start, months)
    return None if after_months is None else add_days(after_months, days)


def _term(months: int, days: int) -> Term:
    return Term(years=months // MONTHS_IN_YEAR, months=months % MONTHS_IN_YEAR, days=days)


def count_part(start: dt.date, term: Term, fraction: Fraction) -> CountedPart | None:
    """`fraction` of `term` counted from `start`; None if a day is off the calendar."""
    in_months = fraction * term.in_months
    of_days = fraction * term.days
    whole_months = math.floor(in_months)
    if in_months.denominator == 1 and of_days.denominator == 1:
        day = months_then_days(start, whole_months, int(of_days))
        if day is None:
            return None
        required = _term(whole_months, int(of_days))
        return CountedPart(CountMethod.MONTHS_AND_DAYS, required, day, day)
    remainder = (in_months - whole_months) * DAYS_IN_A_MONTH + of_days
    up = months_then_days(start, whole_months, math.ceil(remainder))
    down = months_then_days(start, whole_months, math.floor(remainder))
    end = calendar_end(start, months=term.in_months, days=term.days)
    if end is None or up is None or down is None:
        return None
    in_days = fraction * (end - start).days
    days_up = add_days(start, math.ceil(in_days))
    days_down = add_days(start, math.floor(in_days))
    if days_up is None or days_down is None:
        return None
    return CountedPart(
        CountMethod.MONTHS_AND_30_DAY_REMAINDER,
        _term(whole_months, math.ceil(remainder)),
        up,
        min(down, days_down),
        days_up,
    )
