"""The calculator's input and output as data: shape checks of the facts, the law date on each
side of the data's first day, dates off the calendar, what a result rests on, JSON."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from assistant.execution import (
    CustodyCredit,
    EligibilityReport,
    Fact,
    SentenceFacts,
    Term,
    eligibility,
)
from assistant.execution.results import NotComputable, Outcome
from assistant.execution.vocabulary import (
    CrimeCategory,
    CustodyRate,
    PetitionRequest,
    ServedPunishment,
)

from .helpers import LAW_DATE, D, answer, facts, report


def test_the_law_date_on_each_side_of_the_first_version() -> None:
    before = eligibility(facts(), D(2025, 9, 14))
    assert before.law_valid_from is None
    for request in PetitionRequest:
        result = before.for_request(request)
        assert (result.outcome, result.not_computable) == (
            Outcome.NOT_COMPUTABLE,
            NotComputable.LAW_NOT_KNOWN,
        )
    on = eligibility(facts(), D(2025, 9, 15))
    assert on.law_valid_from == D(2025, 9, 15)
    assert on.parole.outcome is Outcome.DATE


def test_a_day_past_the_calendar_is_not_computable() -> None:
    parole = answer(PetitionRequest.PAROLE, term=Term(years=20), term_start=D(9995, 1, 1))
    assert (parole.outcome, parole.not_computable) == (
        Outcome.NOT_COMPUTABLE,
        NotComputable.OFF_CALENDAR,
    )
    credited = answer(
        PetitionRequest.PAROLE,
        term_start=D(1, 1, 10),
        custody=(CustodyCredit(rate=CustodyRate.ONE, days=30),),
    )
    assert credited.outcome is Outcome.NOT_COMPUTABLE


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"punishment": ServedPunishment.LIFE_IMPRISONMENT}, "a life sentence has no term"),
        ({"term": None}, "needs its term"),
        ({"against_life_or_health": False, "against_life": True}, "against life or health"),
    ],
)
def test_facts_of_an_impossible_shape_are_refused(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        facts(**changes)


@pytest.mark.parametrize(
    ("custody", "problem"),
    [
        ({"rate": CustodyRate.ONE}, "either the first and last day"),
        ({"rate": CustodyRate.ONE, "days": 3, "first_day": D(2025, 1, 1)}, "either"),
        ({"rate": CustodyRate.ONE, "days": 0}, "at least one"),
        (
            {"rate": CustodyRate.ONE, "first_day": D(2025, 1, 2), "last_day": D(2025, 1, 1)},
            "not before it",
        ),
    ],
)
def test_custody_of_an_impossible_shape_is_refused(
    custody: dict[str, object], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        CustodyCredit(**custody)  # type: ignore[arg-type]


def test_empty_or_negative_terms_are_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        Term()
    with pytest.raises(ValueError, match="negative"):
        Term(years=1, days=-1)


def test_facts_decode_from_json_with_their_vocabularies() -> None:
    document = {
        "punishment": "imprisonment",
        "term": {"years": 6},
        "term_start": "2024-03-12",
        "category": "especially_grave",
        "custody": [{"rate": "1.5", "first_day": "2023-11-01", "last_day": "2024-03-11"}],
        "earlier_petitions": [
            {"request": "parole", "ruled_on": "2026-01-15", "outcome": "returned"}
        ],
    }
    decoded = msgspec.json.decode(msgspec.json.encode(document), type=SentenceFacts)
    assert decoded.custody[0].rate is CustodyRate.ONE_AND_A_HALF
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(
            msgspec.json.encode({**document, "category": "misdemeanour"}), type=SentenceFacts
        )
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(msgspec.json.encode({**document, "judge": "X"}), type=SentenceFacts)


def test_the_report_round_trips_as_json() -> None:
    original = report(
        category=CrimeCategory.GRAVE,
        against_life_or_health=None,
        against_life=None,
        custody=(CustodyCredit(rate=CustodyRate.ONE_AND_A_HALF, days=41),),
    )
    encoded = msgspec.json.encode(original)
    assert msgspec.json.decode(encoded, type=EligibilityReport) == original
    assert b'"first_day":"2026-' in encoded


def test_what_a_result_rests_on() -> None:
    # Grave with an unknown harm: the fraction depends on "against life or health"; a moderate
    # crime's does not.
    grave = answer(
        PetitionRequest.PAROLE, category=CrimeCategory.GRAVE, against_life_or_health=None
    )
    assert Fact.AGAINST_LIFE_OR_HEALTH in grave.rests_on
    moderate = answer(PetitionRequest.PAROLE)
    assert Fact.AGAINST_LIFE_OR_HEALTH not in moderate.rests_on
    assert {Fact.TERM, Fact.TERM_START, Fact.CATEGORY, Fact.CUSTODY} <= set(moderate.rests_on)
    # the order is the order of the fields, whatever the order of reading
    assert list(moderate.rests_on) == sorted(moderate.rests_on, key=list(Fact).index)


def test_every_fact_names_a_field_of_the_facts() -> None:
    assert {fact.value for fact in Fact} == set(SentenceFacts.__struct_fields__)


def test_the_law_date_is_an_argument_not_today() -> None:
    # Same facts, two law dates in force: the same answer (the data has one version).
    assert eligibility(facts(), LAW_DATE).parole == eligibility(facts(), dt.date(2030, 1, 1)).parole
