"""Reduction of the unserved part (CC 73(4); PA9, PA23, §D.8): no day, a basis, a cap."""

from __future__ import annotations

import pytest

from assistant.execution import EarlierPetition
from assistant.execution.results import BarCode, Outcome
from assistant.execution.vocabulary import (
    AgeAtCrime,
    CrimeCategory,
    DoubtCode,
    EarlierOutcome,
    ExclusionFact,
    NoDateReason,
    PetitionRequest,
    ServedPunishment,
)

from .helpers import D, answer, codes

REDUCTION = PetitionRequest.REDUCTION
BASIS = {"agreement_fulfilled": True}


@pytest.mark.parametrize(
    ("category", "life_or_health", "cap"),
    [
        (CrimeCategory.MINOR, True, "1/2"),  # "не более чем наполовину"
        (CrimeCategory.GRAVE, False, "1/2"),
        (CrimeCategory.GRAVE, True, "1/3"),  # grave against life or health
        (CrimeCategory.ESPECIALLY_GRAVE, False, "1/2"),
        (CrimeCategory.ESPECIALLY_GRAVE, True, "1/4"),  # especially grave against life or health
    ],
)
def test_caps(category: CrimeCategory, life_or_health: bool, cap: str) -> None:
    reduction = answer(REDUCTION, category=category, against_life_or_health=life_or_health, **BASIS)
    assert reduction.outcome is Outcome.NO_DATE
    assert reduction.no_date is NoDateReason.DEPENDS_ON_CONDITIONS
    assert reduction.first_day is None
    assert reduction.cap is not None
    assert (str(reduction.cap.safe), str(reduction.cap.possible)) == (cap, cap)


def test_unknown_harm_gives_the_smaller_cap_as_safe() -> None:
    reduction = answer(
        REDUCTION,
        category=CrimeCategory.ESPECIALLY_GRAVE,
        against_life_or_health=None,
        against_life=None,
        **BASIS,
    )
    assert reduction.cap is not None
    assert (str(reduction.cap.safe), str(reduction.cap.possible)) == ("1/4", "1/2")
    assert DoubtCode.HARM_UNKNOWN in codes(reduction)


def test_help_to_solve_group_crimes_is_a_basis_too() -> None:
    reduction = answer(REDUCTION, assisted_group_investigation=True)
    assert reduction.outcome is Outcome.NO_DATE


def test_without_a_basis_it_is_closed() -> None:
    reduction = answer(REDUCTION)
    assert reduction.outcome is Outcome.NOT_AVAILABLE
    assert [b.code for b in reduction.bars] == [BarCode.NO_BASIS]


def test_only_imprisonment_and_sexual_crimes_against_minors_close_it() -> None:
    liberty = answer(REDUCTION, punishment=ServedPunishment.RESTRICTION_OF_LIBERTY, **BASIS)
    assert [b.code for b in liberty.bars] == [BarCode.PUNISHMENT_NOT_COVERED]
    sexual = answer(
        REDUCTION, convictions=frozenset({ExclusionFact.SEXUAL_CRIME_AGAINST_MINORS}), **BASIS
    )
    assert [b.exclusion for b in sexual.bars] == ["reduction.sexual_crime_against_minors"]
    exception = answer(
        REDUCTION,
        convictions=frozenset({ExclusionFact.SEXUAL_CRIME_AGAINST_MINORS}),
        age_at_crime=AgeAtCrime.UNDER_18,
        minor_victim_aged_14_to_18=True,
        **BASIS,
    )
    assert exception.outcome is Outcome.NO_DATE
    # a crime in a criminal group closes replacement, not reduction (73(4) names only one)
    group = answer(
        REDUCTION, convictions=frozenset({ExclusionFact.CRIME_IN_CRIMINAL_GROUP}), **BASIS
    )
    assert group.outcome is Outcome.NO_DATE


def test_life_sentence_reduction_is_open_with_a_doubt() -> None:
    reduction = answer(
        REDUCTION,
        punishment=ServedPunishment.LIFE_IMPRISONMENT,
        term=None,
        category=CrimeCategory.ESPECIALLY_GRAVE,
        against_life_or_health=True,
        **BASIS,
    )
    assert reduction.outcome is Outcome.NO_DATE
    assert DoubtCode.LIFE_REDUCTION in codes(reduction)


def test_after_a_refused_reduction_no_wait_is_known() -> None:
    # PA23: no text; a warning, no day
    refused = EarlierPetition(
        request=REDUCTION, ruled_on=D(2026, 6, 1), outcome=EarlierOutcome.REFUSED
    )
    reduction = answer(REDUCTION, earlier_petitions=(refused,), **BASIS)
    assert reduction.outcome is Outcome.NO_DATE
    assert DoubtCode.WAIT_NOT_SET in codes(reduction)
