"""Waiting periods after a refusal (ҚАК 162(10); NR6 para. 22; PA20, PA21, §D.8): counted from
the ruling, the same calendar day 6 months (3 years for life) later; the cross-exception; a
return or a refusal to accept is not a refusal."""

from __future__ import annotations

from assistant.execution import EarlierPetition, Term
from assistant.execution.results import Outcome, StepKind
from assistant.execution.vocabulary import (
    CrimeCategory,
    DoubtCode,
    EarlierOutcome,
    PetitionRequest,
    ServedPunishment,
)

from .helpers import D, answer, codes, report

PAROLE, REPLACEMENT = PetitionRequest.PAROLE, PetitionRequest.REPLACEMENT


def refused(request: PetitionRequest, day: D) -> EarlierPetition:
    return EarlierPetition(request=request, ruled_on=day, outcome=EarlierOutcome.REFUSED)


def test_six_months_from_the_refusal_at_a_month_end() -> None:
    # Moderate, 3 years from 01.03.2025: 1/3 -> 01.03.2026. Parole refused on 31.08.2026:
    # + 6 months -> 28.02.2027 (no 31 February), later than the served part.
    parole = answer(PAROLE, earlier_petitions=(refused(PAROLE, D(2026, 8, 31)),))
    assert parole.first_day == D(2027, 2, 28)
    wait = parole.steps[0]
    assert (wait.kind, wait.counted_from, wait.required) == (
        StepKind.WAIT_AFTER_REFUSAL,
        D(2026, 8, 31),
        Term(months=6),
    )
    assert {c.key() for c in wait.citations} == {"PEC 162(10)", "NR6 para. 22"}
    # §D.8: the first day after a wait is exact: no boundary day, the earliest is the same
    assert parole.earliest_day == D(2027, 2, 28)
    assert DoubtCode.BOUNDARY_DAY not in codes(parole)


def test_a_leap_day_refusal() -> None:
    # refused 29.02.2028 + 6 months -> 29.08.2028
    parole = answer(PAROLE, earlier_petitions=(refused(PAROLE, D(2028, 2, 29)),))
    assert parole.first_day == D(2028, 8, 29)


def test_the_latest_refusal_counts() -> None:
    petitions = (refused(PAROLE, D(2026, 3, 10)), refused(PAROLE, D(2026, 10, 5)))
    assert answer(PAROLE, earlier_petitions=petitions).first_day == D(2027, 4, 5)


def test_a_refusal_of_one_request_does_not_hold_back_the_other() -> None:
    # 162(10) para. 2, second sentence. Moderate, 3 years from 01.03.2025: parole 1/3 ->
    # 01.03.2026, replacement 1/4 = 9 months -> 01.12.2025.
    after_parole = report(earlier_petitions=(refused(PAROLE, D(2026, 4, 1)),))
    assert after_parole.parole.first_day == D(2026, 10, 1)
    assert after_parole.replacement.first_day == D(2025, 12, 1)
    after_replacement = report(earlier_petitions=(refused(REPLACEMENT, D(2026, 4, 1)),))
    assert after_replacement.replacement.first_day == D(2026, 10, 1)
    assert after_replacement.parole.first_day == D(2026, 3, 1)


def test_a_return_or_a_refusal_to_accept_is_not_a_refusal() -> None:
    # PA21: no wait; the served part decides (01.03.2026) and the user is told why
    for outcome in (EarlierOutcome.RETURNED, EarlierOutcome.NOT_ACCEPTED):
        petition = EarlierPetition(request=PAROLE, ruled_on=D(2026, 4, 1), outcome=outcome)
        parole = answer(PAROLE, earlier_petitions=(petition,))
        assert parole.first_day == D(2026, 3, 1)
        assert DoubtCode.RETURN_NOT_REFUSAL in codes(parole)


def test_three_years_after_a_refused_parole_from_life() -> None:
    # 162(10) para. 3. Life from 01.03.1999: 25 years -> 01.03.2024. Refused 10.02.2026:
    # + 3 years -> 10.02.2029.
    parole = answer(
        PAROLE,
        punishment=ServedPunishment.LIFE_IMPRISONMENT,
        term=None,
        category=CrimeCategory.ESPECIALLY_GRAVE,
        term_start=D(1999, 3, 1),
        earlier_petitions=(refused(PAROLE, D(2026, 2, 10)),),
    )
    assert parole.outcome is Outcome.DATE
    assert parole.first_day == parole.earliest_day == D(2029, 2, 10)
    assert parole.steps[0].required == Term(years=3)
    assert [s.day for s in parole.steps if s.kind is StepKind.LIFE_MINIMUM] == [D(2024, 3, 1)]


def test_doubts_hidden_by_a_wait_are_not_shown() -> None:
    # Grave, harm unknown, 4 years from 15.05.2025: 15.01.2028 or 15.05.2027; a refusal on
    # 01.12.2027 holds parole until 01.06.2028: the harm no longer moves the first day.
    parole = answer(
        PAROLE,
        category=CrimeCategory.GRAVE,
        against_life_or_health=None,
        against_life=None,
        term=Term(years=4),
        term_start=D(2025, 5, 15),
        earlier_petitions=(refused(PAROLE, D(2027, 12, 1)),),
    )
    assert parole.first_day == parole.earliest_day == D(2028, 6, 1)
    assert DoubtCode.HARM_UNKNOWN not in codes(parole)
