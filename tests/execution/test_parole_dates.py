"""The first day to petition for parole (CC 72(3)-(6), 86(1); PA12-PA18, §D.8).

Every expected day is computed by hand in the comment above it. "+ N months" is calendar
arithmetic: the same day of the month, or the month's last day when it has none.
"""

from __future__ import annotations

import pytest

from assistant.execution import CustodyCredit, Term
from assistant.execution.results import CountMethod, StepKind, Timing
from assistant.execution.vocabulary import (
    AgeAtCrime,
    CrimeCategory,
    CustodyRate,
    DoubtCode,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)

from .helpers import D, answer, codes, doubt

PAROLE = PetitionRequest.PAROLE
GRAVE = CrimeCategory.GRAVE
ESPECIALLY_GRAVE = CrimeCategory.ESPECIALLY_GRAVE


def test_the_worked_example_of_the_issue() -> None:
    # Especially grave, 6 years: 2/3 = 4 years (72(3)(3)). Term from 12.03.2024, 143 days of
    # custody credited: counted from 12.03.2024 - 143 days = 21.10.2023 (12.03 - 29 = 12.02,
    # - 31 = 12.01, - 31 = 12.12.2023, - 30 = 12.11, - 22 = 21.10.2023) -> + 4 years = 21.10.2027.
    parole = answer(
        PAROLE,
        category=ESPECIALLY_GRAVE,
        term=Term(years=6),
        term_start=D(2024, 3, 12),
        custody=(CustodyCredit(rate=CustodyRate.ONE, days=143),),
    )
    assert parole.first_day == D(2027, 10, 21)
    step = parole.steps[0]
    assert step.kind is StepKind.FRACTION
    assert str(step.fraction) == "2/3"
    assert (step.base_term, step.required) == (Term(years=6), Term(years=4))
    assert (step.term_start, step.credited_days, step.counted_from) == (
        D(2024, 3, 12),
        143,
        D(2023, 10, 21),
    )
    assert step.method is CountMethod.MONTHS_AND_DAYS
    assert [c.key() for c in step.citations] == ["CC 72(3)(3)"]
    # ҚАК 165(2): the institution may count the day before; never blocked (§D.8)
    assert doubt(parole, DoubtCode.BOUNDARY_DAY).alternative_day == D(2027, 10, 20)
    assert parole.earliest_day == D(2027, 10, 20)
    assert codes(parole) == [DoubtCode.BOUNDARY_DAY]


def test_timing_of_a_filing_day() -> None:
    parole = answer(PAROLE, term=Term(years=3), term_start=D(2025, 3, 1))
    # moderate: 1/3 of 3 years = 1 year -> 01.03.2026; earliest 28.02.2026
    assert parole.timing(D(2026, 2, 27)) is Timing.TOO_EARLY
    assert parole.timing(D(2026, 2, 28)) is Timing.UNSURE
    assert parole.timing(D(2026, 3, 1)) is Timing.ALLOWED


@pytest.mark.parametrize(
    ("category", "life_or_health", "term", "expected", "cited"),
    [
        # 72(3)(1): minor or moderate, 1/3; 1 year 6 months -> 6 months; 31.08.2025 + 6 months
        # = 28.02.2026 (no 31 February)
        (CrimeCategory.MINOR, False, Term(years=1, months=6), D(2026, 2, 28), "CC 72(3)(1)"),
        # 72(3)(2): grave, 1/2 of 4 years = 2 years -> 31.08.2027
        (GRAVE, False, Term(years=4), D(2027, 8, 31), "CC 72(3)(2)"),
        # 72(3)(3): grave against life or health, 2/3 of 4 years = 32 months -> 30.04.2028
        # (31.08.2025 + 32 months = 31.04.2028, which does not exist)
        (GRAVE, True, Term(years=4), D(2028, 4, 30), "CC 72(3)(3)"),
        # 72(3)(3): especially grave, 2/3 of 9 years = 6 years -> 31.08.2031
        (ESPECIALLY_GRAVE, False, Term(years=9), D(2031, 8, 31), "CC 72(3)(3)"),
    ],
)
def test_general_fractions(
    category: CrimeCategory, life_or_health: bool, term: Term, expected: D, cited: str
) -> None:
    parole = answer(
        PAROLE,
        category=category,
        against_life_or_health=life_or_health,
        against_life=False,
        term=term,
        term_start=D(2025, 8, 31),
    )
    assert parole.first_day == expected
    assert parole.steps[0].citations[0].key() == cited


def test_unknown_harm_gives_the_later_day_and_says_why() -> None:
    # Grave, 4 years from 15.05.2025: not against life or health 1/2 = 2 years -> 15.05.2027;
    # against life or health 2/3 = 32 months -> 15.01.2028. Not known: 15.01.2028 is safe.
    parole = answer(
        PAROLE,
        category=GRAVE,
        against_life_or_health=None,
        against_life=None,
        term=Term(years=4),
        term_start=D(2025, 5, 15),
    )
    assert parole.first_day == D(2028, 1, 15)
    assert doubt(parole, DoubtCode.HARM_UNKNOWN).alternative_day == D(2027, 5, 15)
    assert parole.earliest_day == D(2027, 5, 14)  # the 1/2 day, then the boundary day


def test_unknown_harm_that_changes_nothing_is_no_doubt() -> None:
    # Especially grave: 2/3 whatever the harm (72(3)(3))
    parole = answer(
        PAROLE, category=ESPECIALLY_GRAVE, against_life_or_health=None, against_life=None
    )
    assert DoubtCode.HARM_UNKNOWN not in codes(parole)


@pytest.mark.parametrize(
    ("category", "life", "expected", "cited"),
    [
        # 72(4)(1): 1/4 of 8 years = 2 years; 01.03.2024 -> 01.03.2026
        (CrimeCategory.MODERATE, False, D(2026, 3, 1), "CC 72(4)(1)"),
        # 72(4)(2): grave (even against life or health), 1/3 of 8 years = 32 months -> 01.11.2026
        (GRAVE, True, D(2026, 11, 1), "CC 72(4)(2)"),
        # 72(4)(3): especially grave not against life, 1/2 = 4 years -> 01.03.2028
        (ESPECIALLY_GRAVE, False, D(2028, 3, 1), "CC 72(4)(3)"),
        # 72(4)(4): especially grave against life, 2/3 = 64 months = 5 years 4 months -> 01.07.2029
        (ESPECIALLY_GRAVE, True, D(2029, 7, 1), "CC 72(4)(4)"),
    ],
)
def test_privileged_fractions(category: CrimeCategory, life: bool, expected: D, cited: str) -> None:
    parole = answer(
        PAROLE,
        category=category,
        against_life_or_health=life,
        against_life=life,
        privileged=frozenset({PrivilegedPerson.WOMAN_58_OR_OLDER}),
        term=Term(years=8),
        term_start=D(2024, 3, 1),
    )
    assert parole.first_day == expected
    assert parole.steps[0].citations[0].key() == cited
    assert DoubtCode.PRIVILEGED_DATE in codes(parole)  # PA12: on which day the age counts


def test_privileged_with_unknown_harm_to_life() -> None:
    # Especially grave against health, life not known: 1/2 (4 years, 01.03.2028) or 2/3
    # (01.07.2029); the later is safe.
    parole = answer(
        PAROLE,
        category=ESPECIALLY_GRAVE,
        against_life_or_health=True,
        against_life=None,
        privileged=frozenset({PrivilegedPerson.DISABILITY_GROUP_1_OR_2}),
        term=Term(years=8),
        term_start=D(2024, 3, 1),
    )
    assert parole.first_day == D(2029, 7, 1)
    assert doubt(parole, DoubtCode.HARM_UNKNOWN).alternative_day == D(2028, 3, 1)


def test_raising_a_child_with_disability_is_privileged_for_the_fraction() -> None:
    # 72(4) lists it: moderate, 1/4 of 3 years = 9 months; 01.03.2025 -> 01.12.2025
    parole = answer(PAROLE, privileged=frozenset({PrivilegedPerson.RAISING_CHILD_WITH_DISABILITY}))
    assert parole.first_day == D(2025, 12, 1)


@pytest.mark.parametrize(
    ("category", "life", "term", "expected", "cited"),
    [
        # 86(1)(1): minor or moderate, 1/4 of 1 year = 3 months -> 10.04.2025; but 72(5): at
        # least 6 months -> 10.07.2025
        (CrimeCategory.MINOR, False, Term(years=1), D(2025, 7, 10), "CC 72(5)"),
        # 86(1)(2): grave, 1/3 of 3 years = 1 year -> 10.01.2026
        (GRAVE, True, Term(years=3), D(2026, 1, 10), "CC 86(1)(2)"),
        # 86(1)(3): especially grave not against life, 1/2 of 6 years -> 10.01.2028
        (ESPECIALLY_GRAVE, False, Term(years=6), D(2028, 1, 10), "CC 86(1)(3)"),
        # 86(1)(4): against life, 2/3 of 6 years -> 10.01.2029
        (ESPECIALLY_GRAVE, True, Term(years=6), D(2029, 1, 10), "CC 86(1)(4)"),
    ],
)
def test_juvenile_fractions(
    category: CrimeCategory, life: bool, term: Term, expected: D, cited: str
) -> None:
    parole = answer(
        PAROLE,
        category=category,
        against_life_or_health=life,
        against_life=life,
        age_at_crime=AgeAtCrime.UNDER_18,
        term=term,
        term_start=D(2025, 1, 10),
    )
    assert parole.first_day == expected
    assert parole.steps[0].citations[0].key() == cited


def test_juvenile_term_from_a_leap_day() -> None:
    # 86(1)(2): grave, 1/3 of 3 years = 12 months; 29.02.2024 + 12 months -> 28.02.2025
    parole = answer(
        PAROLE, category=GRAVE, age_at_crime=AgeAtCrime.UNDER_18, term_start=D(2024, 2, 29)
    )
    assert parole.first_day == D(2025, 2, 28)


def test_offender_aged_18_to_20_may_get_the_juvenile_table() -> None:
    # CC 90. Grave, 3 years from 01.03.2025: adult 1/2 = 18 months -> 01.09.2026 (safe);
    # juvenile 1/3 = 12 months -> 01.03.2026 (possible); earliest 28.02.2026.
    parole = answer(PAROLE, category=GRAVE, age_at_crime=AgeAtCrime.FROM_18_TO_20)
    assert parole.first_day == D(2026, 9, 1)
    assert doubt(parole, DoubtCode.YOUNG_ADULT).alternative_day == D(2026, 3, 1)
    assert parole.earliest_day == D(2026, 2, 28)


@pytest.mark.parametrize(
    ("category", "life_or_health", "expected", "cited"),
    [
        # 72(3)(5), 6 years from 01.06.2024: moderate 1/4 = 18 months -> 01.12.2025
        (CrimeCategory.MODERATE, False, D(2025, 12, 1), "CC 72(3)(5)"),
        # grave 1/3 = 2 years -> 01.06.2026
        (GRAVE, False, D(2026, 6, 1), "CC 72(3)(5)"),
        # grave against life or health 1/2 = 3 years -> 01.06.2027
        (GRAVE, True, D(2027, 6, 1), "CC 72(3)(5)"),
        # especially grave 1/2 = 3 years -> 01.06.2027
        (ESPECIALLY_GRAVE, False, D(2027, 6, 1), "CC 72(3)(5)"),
    ],
)
def test_agreement_fractions(
    category: CrimeCategory, life_or_health: bool, expected: D, cited: str
) -> None:
    parole = answer(
        PAROLE,
        category=category,
        against_life_or_health=life_or_health,
        against_life=False,
        agreement_fulfilled=True,
        term=Term(years=6),
        term_start=D(2024, 6, 1),
    )
    assert parole.first_day == expected
    assert parole.steps[0].citations[0].key() == cited
    assert DoubtCode.AGREEMENT_STRICTER not in codes(parole)


def test_agreement_for_a_crime_against_life_is_stricter_as_written() -> None:
    # 72(3)(5): especially grave against life or health 3/4 of 9 years = 81 months; from
    # 01.01.2020 -> 01.10.2026. Without the agreement 72(3)(3) asks 2/3 = 6 years -> 01.01.2026.
    parole = answer(
        PAROLE,
        category=ESPECIALLY_GRAVE,
        against_life_or_health=True,
        against_life=True,
        agreement_fulfilled=True,
        term=Term(years=9),
        term_start=D(2020, 1, 1),
    )
    assert parole.first_day == D(2026, 10, 1)
    assert str(parole.steps[0].fraction) == "3/4"
    assert doubt(parole, DoubtCode.AGREEMENT_STRICTER).alternative_day == D(2026, 1, 1)
    assert parole.earliest_day == D(2025, 12, 31)


def test_privileged_agreement() -> None:
    # 72(4)(5): moderate 1/5 of 2 years 6 months = 6 months; 05.02.2025 -> 05.08.2025, which is
    # also the 6-month floor of 72(5)
    parole = answer(
        PAROLE,
        privileged=frozenset({PrivilegedPerson.PREGNANT}),
        agreement_fulfilled=True,
        term=Term(years=2, months=6),
        term_start=D(2025, 2, 5),
    )
    assert parole.first_day == D(2025, 8, 5)
    assert {s.citations[0].key() for s in parole.steps if s.day == D(2025, 8, 5)} == {
        "CC 72(4)(5)",
        "CC 72(5)",
    }


def test_juvenile_with_an_agreement_also_meets_the_stricter_general_terms() -> None:
    # 86(1)(4): especially grave against life, 2/3 of 8 years = 64 months; 01.01.2024 ->
    # 01.05.2029. 86 has no agreement terms; 72(3)(5)'s 3/4 = 6 years -> 01.01.2030 is safe.
    parole = answer(
        PAROLE,
        category=ESPECIALLY_GRAVE,
        against_life_or_health=True,
        against_life=True,
        age_at_crime=AgeAtCrime.UNDER_18,
        agreement_fulfilled=True,
        term=Term(years=8),
        term_start=D(2024, 1, 1),
    )
    assert parole.first_day == D(2030, 1, 1)
    assert doubt(parole, DoubtCode.REGIME_SILENT).alternative_day == D(2029, 5, 1)


def test_a_fraction_with_a_remainder_is_rounded_up_and_warned() -> None:
    # Especially grave, 2/3 of 3 years 5 months from 01.02.2024 = 2 years 3 months 10 days ->
    # 11.05.2026 (tests/execution/test_required_part.py). The whole term in calendar days gives
    # 12.05.2026: shown in the doubt, not taken (the 30-day count decides, §D.8).
    parole = answer(
        PAROLE,
        category=ESPECIALLY_GRAVE,
        term=Term(years=3, months=5),
        term_start=D(2024, 2, 1),
    )
    assert parole.first_day == D(2026, 5, 11)
    assert parole.steps[0].method is CountMethod.MONTHS_AND_30_DAY_REMAINDER
    assert parole.steps[0].required == Term(years=2, months=3, days=10)
    remainder = doubt(parole, DoubtCode.REMAINDER_ROUNDED)
    assert (remainder.alternative_day, remainder.later_day) == (None, D(2026, 5, 12))
    assert parole.earliest_day == D(2026, 5, 10)


def test_a_half_day_remainder_moves_the_earliest_day() -> None:
    # Moderate, 1/3 of 1 year 6 months 1 day from 01.03.2025 = 6 months + 1/3 day: up
    # 01.09.2025 + 1 = 02.09.2025 (safe), down 01.09.2025; in calendar days 550 (365 + 184 to
    # 01.09.2026, + 1) x 1/3 = 183.3, down 183: 01.03.2025 + 183 = 31.08.2025 (184 days to
    # 01.09). But six months must be served (72(5)): 01.09.2025 is the alternative, and the
    # boundary day before it, 31.08.2025, the earliest.
    parole = answer(PAROLE, term=Term(years=1, months=6, days=1))
    assert parole.first_day == D(2025, 9, 2)
    remainder = doubt(parole, DoubtCode.REMAINDER_ROUNDED)
    assert (remainder.alternative_day, remainder.later_day) == (D(2025, 9, 1), None)
    assert parole.earliest_day == D(2025, 8, 31)


def test_restriction_of_liberty_has_no_six_month_floor() -> None:
    # 72(5) speaks of imprisonment. Minor, 1 year of restriction of liberty: 1/3 = 4 months;
    # 01.01.2026 -> 01.05.2026 (a floor would have made it 01.07.2026)
    parole = answer(
        PAROLE,
        punishment=ServedPunishment.RESTRICTION_OF_LIBERTY,
        category=CrimeCategory.MINOR,
        term=Term(years=1),
        term_start=D(2026, 1, 1),
    )
    assert parole.first_day == D(2026, 5, 1)
    assert StepKind.FLOOR not in {s.kind for s in parole.steps}


def test_restriction_of_liberty_with_custody_at_two_days() -> None:
    # 62(3-1)(2): 10 days of custody count for 20 days of restriction of liberty. Minor, 2 years:
    # 1/3 = 8 months; 31.05.2025 - 20 days = 11.05.2025 -> 11.01.2026
    parole = answer(
        PAROLE,
        punishment=ServedPunishment.RESTRICTION_OF_LIBERTY,
        category=CrimeCategory.MINOR,
        term=Term(years=2),
        term_start=D(2025, 5, 31),
        custody=(CustodyCredit(rate=CustodyRate.TWO, days=10),),
    )
    assert parole.first_day == D(2026, 1, 11)


def test_a_credit_larger_than_the_part_leaves_the_start_of_the_term() -> None:
    # Minor, 1 year from 01.06.2025, 300 days credited: counted from 05.08.2024 (01.06.2025 -
    # 300 days); 1/3 = 4 months -> 05.12.2024, 6-month floor -> 05.02.2025: both before the
    # term started, so the first day is the start of execution, 01.06.2025, without a boundary.
    parole = answer(
        PAROLE,
        category=CrimeCategory.MINOR,
        term=Term(years=1),
        term_start=D(2025, 6, 1),
        custody=(CustodyCredit(rate=CustodyRate.ONE, days=300),),
    )
    assert parole.first_day == parole.earliest_day == D(2025, 6, 1)
    assert parole.steps[0].kind is StepKind.EXECUTION_START
    assert parole.steps[1].counted_from == D(2024, 8, 5)
    assert DoubtCode.BOUNDARY_DAY not in codes(parole)
