"""Replacement of the unserved part by a milder punishment (CC 73(1)-(2), 87; PA5, PA6, PA8,
PA14, PA15). Expected days are computed by hand in the comments."""

from __future__ import annotations

import pytest

from assistant.execution import Term
from assistant.execution.results import BarCode, Outcome, StepKind
from assistant.execution.vocabulary import (
    AgeAtCrime,
    CrimeCategory,
    DoubtCode,
    ExclusionFact,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)

from .helpers import D, answer, codes, doubt

REPLACEMENT = PetitionRequest.REPLACEMENT
GRAVE = CrimeCategory.GRAVE


@pytest.mark.parametrize(
    ("category", "life_or_health", "expected"),
    [
        # 73(2): moderate 1/4 of 3 years = 9 months; 31.03.2025 -> 31.12.2025
        (CrimeCategory.MODERATE, False, D(2025, 12, 31)),
        # grave 1/3 of 3 years = 1 year -> 31.03.2026
        (GRAVE, False, D(2026, 3, 31)),
        # grave against life or health 1/2 = 18 months -> 30.09.2026 (no 31 September)
        (GRAVE, True, D(2026, 9, 30)),
    ],
)
def test_fractions(category: CrimeCategory, life_or_health: bool, expected: D) -> None:
    replacement = answer(
        REPLACEMENT,
        category=category,
        against_life_or_health=life_or_health,
        term_start=D(2025, 3, 31),
    )
    assert replacement.first_day == expected
    assert replacement.steps[0].citations[0].key() == "CC 73(2)"


def test_privileged_persons_have_no_table_of_their_own() -> None:
    # 73 has no part like 72(4): moderate 1/4 of 3 years = 9 months; 01.03.2025 -> 01.12.2025
    replacement = answer(REPLACEMENT, privileged=frozenset({PrivilegedPerson.PREGNANT}))
    assert replacement.first_day == D(2025, 12, 1)
    assert DoubtCode.PRIVILEGED_DATE not in codes(replacement)


def test_the_six_month_floor_binds_only_the_safe_day() -> None:
    # PA15: whether 72(5) binds replacement is UNCONFIRMED. Moderate, 1 year 4 months from
    # 01.02.2025: 1/4 = 4 months -> 01.06.2025; the floor 6 months -> 01.08.2025 (safe).
    replacement = answer(REPLACEMENT, term=Term(years=1, months=4), term_start=D(2025, 2, 1))
    assert replacement.first_day == D(2025, 8, 1)
    assert replacement.steps[0].kind is StepKind.FLOOR
    floor_doubt = doubt(replacement, DoubtCode.UNCONFIRMED_MINIMUM)
    assert floor_doubt.alternative_day == D(2025, 6, 1)
    assert {c.key() for c in floor_doubt.citations} == {"CC 72(5)", "CC 73(2)"}
    assert replacement.earliest_day == D(2025, 5, 31)


def test_an_especially_grave_crime_closes_it_for_an_adult() -> None:
    replacement = answer(REPLACEMENT, category=CrimeCategory.ESPECIALLY_GRAVE)
    assert replacement.outcome is Outcome.NOT_AVAILABLE
    assert [b.code for b in replacement.bars] == [BarCode.CATEGORY_NOT_COVERED]


@pytest.mark.parametrize(
    ("category", "life", "expected", "cited"),
    [
        # 87(1)(1): moderate 1/5 of 5 years = 1 year; 01.03.2025 -> 01.03.2026
        (CrimeCategory.MODERATE, False, D(2026, 3, 1), "CC 87(1)(1)"),
        # 87(1)(2): grave 1/4 = 15 months -> 01.06.2026
        (GRAVE, True, D(2026, 6, 1), "CC 87(1)(2)"),
        # 87(1)(3): especially grave not against life 1/3 = 20 months -> 01.11.2026
        (CrimeCategory.ESPECIALLY_GRAVE, False, D(2026, 11, 1), "CC 87(1)(3)"),
        # 87(1)(4): against life 1/2 = 30 months -> 01.09.2027
        (CrimeCategory.ESPECIALLY_GRAVE, True, D(2027, 9, 1), "CC 87(1)(4)"),
    ],
)
def test_juvenile_fractions(category: CrimeCategory, life: bool, expected: D, cited: str) -> None:
    replacement = answer(
        REPLACEMENT,
        category=category,
        against_life_or_health=life,
        against_life=life,
        age_at_crime=AgeAtCrime.UNDER_18,
        term=Term(years=5),
    )
    assert replacement.first_day == expected
    assert replacement.steps[0].citations[0].key() == cited


@pytest.mark.parametrize(
    "punishment", [ServedPunishment.RESTRICTION_OF_LIBERTY, ServedPunishment.CORRECTIONAL_LABOUR]
)
def test_only_imprisonment_is_replaced(punishment: ServedPunishment) -> None:
    replacement = answer(REPLACEMENT, punishment=punishment)
    assert [b.code for b in replacement.bars] == [BarCode.PUNISHMENT_NOT_COVERED]


@pytest.mark.parametrize(
    ("conviction", "exclusion"),
    [
        (ExclusionFact.SEXUAL_CRIME_AGAINST_MINORS, "replacement.sexual_crime_against_minors"),
        (ExclusionFact.TERROR_WITH_DEATHS, "replacement.terror_with_deaths"),
        (ExclusionFact.TERROR_WITHOUT_DEATHS, "replacement.terror_without_active_assistance"),
        (ExclusionFact.CRIME_IN_CRIMINAL_GROUP, "replacement.crime_in_criminal_group"),
        (ExclusionFact.KILLING_IN_CRIMINAL_GROUP, "replacement.crime_in_criminal_group"),
    ],
)
def test_exclusions(conviction: ExclusionFact, exclusion: str) -> None:
    replacement = answer(REPLACEMENT, convictions=frozenset({conviction}))
    assert replacement.outcome is Outcome.NOT_AVAILABLE
    assert [b.exclusion for b in replacement.bars] == [exclusion]
    assert replacement.bars[0].citations[0].key() == "CC 73(2)"


def test_near_misses_of_the_exclusions() -> None:
    # 87(2): a juvenile's crime in a criminal group may be replaced
    juvenile = answer(
        REPLACEMENT,
        convictions=frozenset({ExclusionFact.CRIME_IN_CRIMINAL_GROUP}),
        age_at_crime=AgeAtCrime.UNDER_18,
    )
    # 73(2) para. 2, last sentence: terror without deaths and active assistance
    assisted = answer(
        REPLACEMENT,
        convictions=frozenset({ExclusionFact.TERROR_WITHOUT_DEATHS}),
        active_assistance=True,
    )
    # torture closes parole (72(8)(9)), not replacement
    torture = answer(REPLACEMENT, convictions=frozenset({ExclusionFact.TORTURE}))
    assert [r.outcome for r in (juvenile, assisted, torture)] == [Outcome.DATE] * 3
    # 87(1)(1): moderate 1/5 of 3 years = 36/5 = 7.2 months -> a remainder
    assert DoubtCode.REMAINDER_ROUNDED in codes(juvenile)
