"""A part of a term turned into a day (parole.md PA16, PA18, §D.8).

The part is counted from the effective start S (the start of the term moved back by the
credited custody) and added by the calendar as `assistant.deadlines` adds months: the same day
of the month, or the month's last day when it has none (31 January + 1 month = 28 February).
The day reached is the first day the part counts as served (§D.8).

A part that is whole months (and whole days) needs no convention. When it is not, the reference
leaves open how the court counts the remainder, so it is counted two ways, each rounded up:
whole months and the rest of a month at 30 days a month (as institutions write "2 years
3 months 10 days"), and the whole term in calendar days (CC 62(2)). The later day is the safe
one; the earliest day rounds down and takes the earlier method.
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
class PartCount:
    """One way of counting the part: what is required and the day it gives, rounded up
    (`latest`) and down (`earliest`)."""

    method: CountMethod
    required: Term | None
    required_days: int | None
    latest: dt.date
    earliest: dt.date


def months_then_days(start: dt.date, months: int, days: int) -> dt.date | None:
    """start + months (by the calendar) + days; None off the calendar."""
    after_months = add_months(start, months)
    return None if after_months is None else add_days(after_months, days)


def _term(months: int, days: int) -> Term:
    return Term(years=months // MONTHS_IN_YEAR, months=months % MONTHS_IN_YEAR, days=days)


def count_part(start: dt.date, term: Term, fraction: Fraction) -> tuple[PartCount, ...] | None:
    """The ways of counting `fraction` of `term` from `start`; None if a day is off the
    calendar. One way when the part is whole months and days, two otherwise."""
    in_months = fraction * term.in_months
    of_days = fraction * term.days
    whole_months = math.floor(in_months)
    if in_months.denominator == 1 and of_days.denominator == 1:
        day = months_then_days(start, whole_months, int(of_days))
        if day is None:
            return None
        required = _term(whole_months, int(of_days))
        return (PartCount(CountMethod.MONTHS_AND_DAYS, required, None, day, day),)
    remainder = (in_months - whole_months) * DAYS_IN_A_MONTH + of_days
    by_months_up = months_then_days(start, whole_months, math.ceil(remainder))
    by_months_down = months_then_days(start, whole_months, math.floor(remainder))
    end = calendar_end(start, months=term.in_months, days=term.days)
    if end is None or by_months_up is None or by_months_down is None:
        return None
    in_days = fraction * (end - start).days
    by_days_up = add_days(start, math.ceil(in_days))
    by_days_down = add_days(start, math.floor(in_days))
    if by_days_up is None or by_days_down is None:
        return None
    return (
        PartCount(
            CountMethod.MONTHS_AND_30_DAY_REMAINDER,
            _term(whole_months, math.ceil(remainder)),
            None,
            by_months_up,
            by_months_down,
        ),
        PartCount(CountMethod.CALENDAR_DAYS, None, math.ceil(in_days), by_days_up, by_days_down),
    )
