"""Parole after a cancelled parole, for corruption, for life, and its exclusions (CC 72(1),
72(3)(3-1), (4), 72(4)(3)-(4), 72(6), 72(8); PA7, PA10, PA13, PA15, PA22)."""

from __future__ import annotations

import pytest

from assistant.execution import CustodyCredit, Term
from assistant.execution.results import BarCode, Outcome, StepKind
from assistant.execution.vocabulary import (
    AgeAtCrime,
    CancellationItem,
    CrimeCategory,
    CustodyRate,
    DoubtCode,
    ExclusionFact,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)

from .helpers import D, answer, codes, doubt

PAROLE = PetitionRequest.PAROLE
GRAVE = CrimeCategory.GRAVE


def test_cancelled_under_item_1_needs_two_thirds_of_the_term_returned_to() -> None:
    # 72(3)(3-1). Moderate, 1 year 3 months returned to, from 20.01.2026: 1/3 = 5 months
    # (20.06.2026), the 6-month floor 20.07.2026, 2/3 = 10 months -> 20.11.2026.
    parole = answer(
        PAROLE,
        cancelled_parole=CancellationItem.ITEM_1,
        term=Term(years=1, months=3),
        term_start=D(2026, 1, 20),
    )
    assert parole.first_day == D(2026, 11, 20)
    assert parole.steps[0].kind is StepKind.AFTER_CANCELLATION
    assert parole.steps[0].citations[0].key() == "CC 72(3)(3-1)"
    assert DoubtCode.CANCELLATION_BASE not in codes(parole)


def test_cancelled_under_item_2_warns_about_the_base() -> None:
    # Same as above under item 2: the day is the same; 72(3)(3-1) counts from the remaining
    # unserved term, the term now served may be an aggregate (UNCONFIRMED, caveat).
    parole = answer(
        PAROLE,
        cancelled_parole=CancellationItem.ITEM_2,
        term=Term(years=1, months=3),
        term_start=D(2026, 1, 20),
    )
    assert parole.first_day == D(2026, 11, 20)
    assert DoubtCode.CANCELLATION_BASE in codes(parole)


def test_cancelled_under_item_3_needs_three_quarters() -> None:
    # 72(3)(4). Grave, 4 years from 01.04.2025: 1/2 = 2 years (01.04.2027); 3/4 = 3 years
    # -> 01.04.2028.
    parole = answer(
        PAROLE,
        category=GRAVE,
        cancelled_parole=CancellationItem.ITEM_3,
        term=Term(years=4),
        term_start=D(2025, 4, 1),
    )
    assert parole.first_day == D(2028, 4, 1)
    assert parole.steps[0].citations[0].key() == "CC 72(3)(4)"
    assert parole.steps[1].day == D(2027, 4, 1)


def test_privileged_after_a_cancellation() -> None:
    # 72(4)(3): privileged, cancelled under item 2, at least 1/2; the category's 1/4 is less.
    # 2 years from 15.07.2025 -> 15.07.2026.
    parole = answer(
        PAROLE,
        privileged=frozenset({PrivilegedPerson.MAN_63_OR_OLDER}),
        cancelled_parole=CancellationItem.ITEM_2,
        term=Term(years=2),
        term_start=D(2025, 7, 15),
    )
    assert parole.first_day == D(2026, 7, 15)
    assert parole.steps[0].citations[0].key() == "CC 72(4)(3)"
    assert {DoubtCode.CANCELLATION_BASE, DoubtCode.PRIVILEGED_DATE} <= set(codes(parole))


def test_juvenile_after_a_cancellation_meets_the_general_minimum_too() -> None:
    # 86(1)(2): grave, 1/3 of 4 years = 16 months; 01.04.2025 -> 01.08.2026. 86 says nothing
    # of a cancellation; 72(3)(4)'s 3/4 = 3 years -> 01.04.2028 is the safe day.
    parole = answer(
        PAROLE,
        category=GRAVE,
        age_at_crime=AgeAtCrime.UNDER_18,
        cancelled_parole=CancellationItem.ITEM_3,
        term=Term(years=4),
        term_start=D(2025, 4, 1),
    )
    assert parole.first_day == D(2028, 4, 1)
    assert doubt(parole, DoubtCode.REGIME_SILENT).alternative_day == D(2026, 8, 1)
    assert parole.earliest_day == D(2026, 7, 31)


def test_grave_corruption_of_a_privileged_person_uses_the_general_terms() -> None:
    # 72(1) paras. 4-5 and 72(8)(3): open for a woman of 58, on the terms of parts 3 and 5.
    # Grave, 5 years from 01.03.2025: 72(3)(2) 1/2 = 30 months -> 01.09.2027 (part 4 would
    # have given 1/3 = 20 months, 01.11.2026).
    parole = answer(
        PAROLE,
        category=GRAVE,
        convictions=frozenset({ExclusionFact.GRAVE_CORRUPTION}),
        privileged=frozenset({PrivilegedPerson.WOMAN_58_OR_OLDER}),
        term=Term(years=5),
    )
    assert parole.outcome is Outcome.DATE
    assert parole.first_day == D(2027, 9, 1)
    assert parole.steps[0].citations[0].key() == "CC 72(3)(2)"
    assert DoubtCode.PRIVILEGED_DATE in codes(parole)


def test_grave_corruption_with_an_agreement() -> None:
    # 72(8)(3), second exception; 72(3)(5): grave 1/3 of 6 years = 2 years -> 01.03.2027
    parole = answer(
        PAROLE,
        category=GRAVE,
        convictions=frozenset({ExclusionFact.GRAVE_CORRUPTION}),
        agreement_fulfilled=True,
        term=Term(years=6),
    )
    assert parole.first_day == D(2027, 3, 1)


@pytest.mark.parametrize(
    "privileged",
    [frozenset(), frozenset({PrivilegedPerson.RAISING_CHILD_WITH_DISABILITY})],
)
def test_grave_corruption_without_an_exception_is_excluded(
    privileged: frozenset[PrivilegedPerson],
) -> None:
    # raising a child with disability is in 72(4) but not among the exceptions of 72(8)(3)
    parole = answer(
        PAROLE,
        category=GRAVE,
        convictions=frozenset({ExclusionFact.GRAVE_CORRUPTION}),
        privileged=privileged,
    )
    assert parole.outcome is Outcome.NOT_AVAILABLE
    assert [(b.code, b.exclusion) for b in parole.bars] == [
        (BarCode.EXCLUDED, "parole.grave_corruption")
    ]
    assert parole.first_day is None


@pytest.mark.parametrize(
    ("conviction", "exclusion", "cited"),
    [
        (ExclusionFact.TERROR_WITH_DEATHS, "parole.terror_with_deaths", "CC 72(8)(2)"),
        (
            ExclusionFact.TERROR_WITHOUT_DEATHS,
            "parole.terror_without_active_assistance",
            "CC 72(1)",
        ),
        (
            ExclusionFact.SEXUAL_CRIME_AGAINST_MINORS,
            "parole.sexual_crime_against_minors",
            "CC 72(8)(4)",
        ),
        (
            ExclusionFact.KILLING_IN_CRIMINAL_GROUP,
            "parole.killing_in_criminal_group",
            "CC 72(8)(5)",
        ),
        (ExclusionFact.REPLACED_UNDER_ART_73, "parole.replaced_under_art_73", "CC 72(8)(6)"),
        (ExclusionFact.PAROLED_FROM_LIFE_BEFORE, "parole.paroled_from_life_before", "CC 72(8)(7)"),
        (
            ExclusionFact.NEW_GRAVE_CRIME_WHILE_SERVING_LIFE,
            "parole.new_grave_crime_while_serving_life",
            "CC 72(8)(8)",
        ),
        (ExclusionFact.TORTURE, "parole.torture", "CC 72(8)(9)"),
    ],
)
def test_each_exclusion_of_72_8(conviction: ExclusionFact, exclusion: str, cited: str) -> None:
    parole = answer(PAROLE, convictions=frozenset({conviction}))
    assert parole.outcome is Outcome.NOT_AVAILABLE
    (bar,) = parole.bars
    assert (bar.code, bar.exclusion, bar.citations[0].key()) == (BarCode.EXCLUDED, exclusion, cited)


def test_near_misses_of_the_exclusions() -> None:
    # terror without deaths with active assistance (72(1) para. 3)
    assisted = answer(
        PAROLE,
        convictions=frozenset({ExclusionFact.TERROR_WITHOUT_DEATHS}),
        active_assistance=True,
    )
    # a sexual crime committed under 18 against a victim aged 14 to 18 (72(8)(4))
    minor = answer(
        PAROLE,
        convictions=frozenset({ExclusionFact.SEXUAL_CRIME_AGAINST_MINORS}),
        age_at_crime=AgeAtCrime.UNDER_18,
        minor_victim_aged_14_to_18=True,
    )
    # a killing in a criminal group by a pregnant woman (72(8)(5))
    pregnant = answer(
        PAROLE,
        convictions=frozenset({ExclusionFact.KILLING_IN_CRIMINAL_GROUP}),
        privileged=frozenset({PrivilegedPerson.PREGNANT}),
    )
    # the victim aged 14 to 18 but the offender an adult: still excluded
    adult = answer(
        PAROLE,
        convictions=frozenset({ExclusionFact.SEXUAL_CRIME_AGAINST_MINORS}),
        minor_victim_aged_14_to_18=True,
    )
    assert [r.outcome for r in (assisted, minor, pregnant, adult)] == [
        Outcome.DATE,
        Outcome.DATE,
        Outcome.DATE,
        Outcome.NOT_AVAILABLE,
    ]


def test_life_after_25_years() -> None:
    # 72(6). From 01.03.2001 with 200 days of custody: 01.03.2001 - 200 days = 13.08.2000
    # (- 28 = 01.02, - 31 = 01.01.2001, - 31 = 01.12, - 30 = 01.11, - 31 = 01.10, - 30 = 01.09,
    # - 19 = 13.08.2000) -> + 25 years = 13.08.2025.
    life = {
        "punishment": ServedPunishment.LIFE_IMPRISONMENT,
        "term": None,
        "category": CrimeCategory.ESPECIALLY_GRAVE,
        "term_start": D(2001, 3, 1),
        "custody": (CustodyCredit(rate=CustodyRate.ONE, days=200),),
    }
    parole = answer(PAROLE, **life)
    assert parole.first_day == D(2025, 8, 13)
    step = parole.steps[0]
    assert (step.kind, step.required, step.counted_from) == (
        StepKind.LIFE_MINIMUM,
        Term(years=25),
        D(2000, 8, 13),
    )
    # with a fulfilled agreement, 15 years -> 13.08.2015
    assert answer(PAROLE, agreement_fulfilled=True, **life).first_day == D(2015, 8, 13)
    # no replacement of a life sentence: the crime is especially grave (73(1))
    replacement = answer(PetitionRequest.REPLACEMENT, **life)
    assert replacement.outcome is Outcome.NOT_AVAILABLE


def test_correctional_labour_of_a_juvenile_has_no_day() -> None:
    # 86(1): counted in an amount, not in time
    parole = answer(
        PAROLE,
        punishment=ServedPunishment.CORRECTIONAL_LABOUR,
        term=None,
        age_at_crime=AgeAtCrime.UNDER_18,
    )
    assert parole.outcome is Outcome.NO_DATE
    assert parole.no_date is not None and parole.no_date.value == "measured_by_amount"
    adult = answer(PAROLE, punishment=ServedPunishment.CORRECTIONAL_LABOUR, term=None)
    assert [b.code for b in adult.bars] == [BarCode.PUNISHMENT_NOT_COVERED]
