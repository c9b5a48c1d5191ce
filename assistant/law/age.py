"""A person's age in full years on a given day (N5: a legal representative acts for a minor)."""

from __future__ import annotations

import datetime as dt

AGE_OF_MAJORITY = 18


def age_on(born: dt.date, day: dt.date) -> int:
    """Full years between `born` and `day` (negative if `day` is before `born`).

    A birthday on 29 February is reached on 1 March in a common year: the year is full only
    once the calendar date has passed. Pure arithmetic, so the ends of the calendar never raise.
    """
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def is_of_age(born: dt.date, day: dt.date) -> bool:
    """Whether the person born on `born` has come of age (18) on `day`."""
    return age_on(born, day) >= AGE_OF_MAJORITY
