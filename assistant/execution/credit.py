"""Custody credited by the verdict, in days of the term it counts for (CC 62(3)-(5); PA17, §D.8).

Time held before the verdict entered into force is part of the term actually served (NR6
para. 6), at the rate the verdict applied: 1, 1.5 or 2 days of the term per day of custody, one
per two days of house arrest. A period given by its dates counts both its first and its last day
(a day in custody is a day served); days on or after the start of the term are already part of
the term and are left out rather than counted twice. A rate that leaves half a day is rounded
down for the safe day (less credit, a later day) and up for the generous one. Custody the verdict
did not credit is not added: the court that passed the verdict decides it (§D.8).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from assistant.execution.facts import CustodyCredit
from assistant.execution.results import CustodyTotal
from assistant.execution.terms import ParoleTerms


def days_held(period: CustodyCredit, term_start: dt.date) -> tuple[int, int]:
    """(days held before the term started, days held on or after it) of one period."""
    if period.first_day is None or period.last_day is None:  # the struct then has `days`
        return period.days or 0, 0
    total = (period.last_day - period.first_day).days + 1
    if period.last_day < term_start:
        return total, 0
    before = max(0, (term_start - period.first_day).days)
    return before, total - before


def count_custody(
    periods: Iterable[CustodyCredit], term_start: dt.date, terms: ParoleTerms
) -> CustodyTotal:
    """The credit of every period, rounded per period as its rate gives it."""
    safe = generous = uncredited = in_term = 0
    for period in periods:
        before, after = days_held(period, term_start)
        in_term += after
        if not period.credited_by_verdict:
            uncredited += before
            continue
        credited = before * terms.rate_of(period.rate).ratio.value
        safe += math.floor(credited)
        generous += math.ceil(credited)
    return CustodyTotal(
        credited_days=safe,
        credited_days_generous=generous,
        uncredited_days=uncredited,
        days_in_term=in_term,
    )


def counted_from(term_start: dt.date, credited_days: int) -> dt.date | None:
    """The start of the term moved back by the credit (PA17: S = start − credited days); None if
    that falls before year 1."""
    try:
        return term_start - dt.timedelta(days=credited_days)
    except OverflowError:
        return None
