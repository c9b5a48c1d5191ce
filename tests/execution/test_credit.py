"""Custody credited by the verdict (CC 62(3)-(5); PA17, §D.8): each rate, house arrest, the ends
of a period, days inside the term, custody the verdict did not credit."""

from __future__ import annotations

import pytest

from assistant.execution import CustodyCredit
from assistant.execution.credit import count_custody, days_held
from assistant.execution.terms_loader import default_parole_terms
from assistant.execution.vocabulary import CustodyRate, DoubtCode, PetitionRequest

from .helpers import D, answer, doubt, report

TERMS = default_parole_terms()[0].terms
START = D(2025, 3, 1)


@pytest.mark.parametrize(
    ("rate", "days", "safe", "generous"),
    [
        (CustodyRate.ONE, 143, 143, 143),  # 62(3)(1): a day for a day
        (CustodyRate.ONE_AND_A_HALF, 100, 150, 150),  # 62(3)(2): 100 x 1.5
        (CustodyRate.ONE_AND_A_HALF, 101, 151, 152),  # 151.5: the half day down, or up
        (CustodyRate.TWO, 60, 120, 120),  # 62(3)(3): 60 x 2
        (CustodyRate.HOUSE_ARREST, 60, 30, 30),  # 62(4): two days of house arrest for one
        (CustodyRate.HOUSE_ARREST, 61, 30, 31),  # 30.5
    ],
)
def test_each_rate(rate: CustodyRate, days: int, safe: int, generous: int) -> None:
    total = count_custody([CustodyCredit(rate=rate, days=days)], START, TERMS)
    assert (total.credited_days, total.credited_days_generous) == (safe, generous)


def test_a_period_counts_its_first_and_last_day() -> None:
    # 01.02.2023-12.03.2023: 28 days of February + 12 of March = 40
    period = CustodyCredit(rate=CustodyRate.ONE, first_day=D(2023, 2, 1), last_day=D(2023, 3, 12))
    assert days_held(period, D(2023, 6, 1)) == (40, 0)


def test_days_inside_the_term_are_not_credited_twice() -> None:
    # custody 01.03-15.03.2024, term from 10.03.2024: 01-09 March before (9), 10-15 inside (6)
    period = CustodyCredit(rate=CustodyRate.ONE, first_day=D(2024, 3, 1), last_day=D(2024, 3, 15))
    assert days_held(period, D(2024, 3, 10)) == (9, 6)
    total = count_custody([period], D(2024, 3, 10), TERMS)
    assert (total.credited_days, total.days_in_term) == (9, 6)


def test_custody_the_verdict_did_not_credit_is_not_added() -> None:
    custody = (
        CustodyCredit(rate=CustodyRate.ONE, days=30),
        CustodyCredit(rate=CustodyRate.ONE, days=45, credited_by_verdict=False),
    )
    total = count_custody(custody, START, TERMS)
    assert (total.credited_days, total.uncredited_days) == (30, 45)
    # moderate, 3 years, 1/3 = 1 year from 01.03.2025 - 30 days = 30.01.2025 -> 30.01.2026
    parole = answer(PetitionRequest.PAROLE, custody=custody)
    assert parole.first_day == D(2026, 1, 30)
    caveat = doubt(parole, DoubtCode.UNCREDITED_CUSTODY)
    assert caveat.days == 45
    assert {c.key() for c in caveat.citations} >= {"CPC 476(13)", "CPC 477(3)"}


@pytest.mark.parametrize(
    ("rate", "days", "credited", "counted_from"),
    [
        # counted_from = 01.03.2025 - credited days (February 2025 has 28 days):
        (CustodyRate.ONE, 59, 59, D(2025, 1, 1)),  # - 28 = 01.02, - 31 = 01.01.2025
        (CustodyRate.ONE_AND_A_HALF, 40, 60, D(2024, 12, 31)),  # 59 days to 01.01, 1 more
        (CustodyRate.TWO, 30, 60, D(2024, 12, 31)),
        (CustodyRate.HOUSE_ARREST, 118, 59, D(2025, 1, 1)),
    ],
)
def test_credit_moves_the_first_day_at_each_rate(
    rate: CustodyRate, days: int, credited: int, counted_from: D
) -> None:
    # Moderate crime, 3 years: 1/3 = 1 year from the start moved back by the credit.
    parole = answer(PetitionRequest.PAROLE, custody=(CustodyCredit(rate=rate, days=days),))
    step = parole.steps[0]
    assert (step.credited_days, step.counted_from) == (credited, counted_from)
    assert parole.first_day == counted_from.replace(year=counted_from.year + 1)


def test_a_half_day_of_credit_counts_down_for_the_safe_day() -> None:
    # 41 days x 1.5 = 61.5: 61 days (safe) or 62. 1/3 of 3 years = 1 year.
    # 01.03.2025 - 61 = 30.12.2024 -> 30.12.2025; - 62 = 29.12.2024 -> 29.12.2025.
    parole = answer(
        PetitionRequest.PAROLE, custody=(CustodyCredit(rate=CustodyRate.ONE_AND_A_HALF, days=41),)
    )
    assert parole.first_day == D(2025, 12, 30)
    assert doubt(parole, DoubtCode.CREDIT_ROUNDED).alternative_day == D(2025, 12, 29)
    # the earliest day: the generous credit and the boundary day before it
    assert parole.earliest_day == D(2025, 12, 28)


def test_the_report_carries_the_custody_total() -> None:
    custody = (CustodyCredit(rate=CustodyRate.TWO, days=10),)
    total = report(custody=custody).custody
    assert total is not None
    assert (total.credited_days, total.uncredited_days, total.days_in_term) == (20, 0, 0)
