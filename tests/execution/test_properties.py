"""Properties of the eligibility dates for any sentence (hypothesis): the first day never
precedes the start of the term, the earliest day never follows the first day, a longer term
never gives an earlier day, more credited custody never a later one."""

from __future__ import annotations

import datetime as dt

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.execution import CustodyCredit, EarlierPetition, SentenceFacts, Term, eligibility
from assistant.execution.results import Eligibility, Outcome
from assistant.execution.vocabulary import (
    AgeAtCrime,
    CancellationItem,
    CrimeCategory,
    CustodyRate,
    EarlierOutcome,
    ExclusionFact,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)

from .helpers import LAW_DATE

DATED = (PetitionRequest.PAROLE, PetitionRequest.REPLACEMENT)
TERMS = (
    st.tuples(st.integers(0, 30), st.integers(0, 11), st.integers(0, 30))
    .filter(lambda ymd: ymd != (0, 0, 0))
    .map(lambda ymd: Term(years=ymd[0], months=ymd[1], days=ymd[2]))
)
DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
CUSTODY = st.builds(
    CustodyCredit,
    rate=st.sampled_from(CustodyRate),
    days=st.integers(1, 2000),
    credited_by_verdict=st.booleans(),
)
PETITIONS = st.builds(
    EarlierPetition,
    request=st.sampled_from(PetitionRequest),
    ruled_on=DAYS,
    outcome=st.sampled_from(EarlierOutcome),
)


@st.composite
def sentences(draw: st.DrawFn) -> SentenceFacts:
    """Any sentence with a term: imprisonment or restriction of liberty, any crime and person."""
    life_or_health = draw(st.sampled_from([True, False, None]))
    life = draw(st.sampled_from([None, False] if life_or_health is False else [True, False, None]))
    return SentenceFacts(
        punishment=draw(
            st.sampled_from(
                [ServedPunishment.IMPRISONMENT, ServedPunishment.RESTRICTION_OF_LIBERTY]
            )
        ),
        term=draw(TERMS),
        term_start=draw(DAYS),
        category=draw(st.sampled_from(CrimeCategory)),
        against_life_or_health=life_or_health,
        against_life=life,
        age_at_crime=draw(st.sampled_from(AgeAtCrime)),
        privileged=draw(st.frozensets(st.sampled_from(PrivilegedPerson), max_size=2)),
        agreement_fulfilled=draw(st.booleans()),
        convictions=draw(st.frozensets(st.sampled_from(ExclusionFact), max_size=1)),
        cancelled_parole=draw(st.sampled_from([None, *CancellationItem])),
        custody=tuple(draw(st.lists(CUSTODY, max_size=3))),
        earlier_petitions=tuple(draw(st.lists(PETITIONS, max_size=2))),
    )


def dated(facts: SentenceFacts) -> list[Eligibility]:
    report = eligibility(facts, LAW_DATE)
    return [report.for_request(r) for r in DATED if report.for_request(r).outcome is Outcome.DATE]


@settings(max_examples=300, deadline=None)
@given(sentences())
def test_the_days_never_precede_the_start_and_are_in_order(facts: SentenceFacts) -> None:
    for result in dated(facts):
        assert result.first_day is not None and result.earliest_day is not None
        assert facts.term_start <= result.earliest_day <= result.first_day
        assert result.first_day == max(step.day for step in result.steps)


@settings(max_examples=300, deadline=None)
@given(sentences(), st.integers(0, 5), st.integers(0, 14), st.integers(0, 40))
def test_a_longer_term_never_gives_an_earlier_day(
    facts: SentenceFacts, more_years: int, more_months: int, more_days: int
) -> None:
    assert facts.term is not None
    longer = Term(
        years=facts.term.years + more_years,
        months=facts.term.months + more_months,
        days=facts.term.days + more_days,
    )
    before = {r.request: r for r in dated(facts)}
    after = {r.request: r for r in dated(msgspec.structs.replace(facts, term=longer))}
    for request, was in before.items():
        now = after[request]
        assert now.first_day is not None and was.first_day is not None
        assert now.first_day >= was.first_day
    # Not so for the earliest day: a part of whole months is counted in months only (§D.8),
    # while a day more brings a remainder and the calendar-days count, which may fall a day
    # before the whole months (1/5 of 25 months from 01.03.2000 is 01.08.2000; of 25 months
    # 1 day, 152.4 calendar days, rounded down 31.07.2000). The doubt of the remainder says so.


@settings(max_examples=300, deadline=None)
@given(sentences(), CUSTODY.filter(lambda c: c.credited_by_verdict))
def test_more_credited_custody_never_gives_a_later_day(
    facts: SentenceFacts, more: CustodyCredit
) -> None:
    before = {r.request: r for r in dated(facts)}
    after = {
        r.request: r for r in dated(msgspec.structs.replace(facts, custody=(*facts.custody, more)))
    }
    for request, was in before.items():
        now = after[request]
        assert now.first_day is not None and was.first_day is not None
        assert now.first_day <= was.first_day
        assert now.earliest_day is not None and was.earliest_day is not None
        assert now.earliest_day <= was.earliest_day
