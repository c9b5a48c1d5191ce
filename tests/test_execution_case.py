"""The petition to the court at the place of execution in the case file (issue 19): its
vocabularies stay the calculator's, the case gives the calculator its facts or says what is
missing, and a new petition is filled from what the case already knows."""

from __future__ import annotations

import datetime as dt
import typing
from enum import StrEnum

import pytest

from assistant.case import execution_vocabulary as case_words
from assistant.case.documents import start_document
from assistant.case.drafts import CustodyPeriod, EarlierPetition, SentenceTerm
from assistant.case.enums import (
    DocumentKind,
    FilerStatus,
    FilingChannel,
    Language,
    OffenceCategory,
    PartyRole,
)
from assistant.case.field_catalogue import field_name
from assistant.case.model import Case, Offence, new_case
from assistant.case.text_fields import all_prose_fields, free_text_fields
from assistant.execution import results, vocabulary
from assistant.execution.case_facts import MissingInput, case_facts, most_serious_category
from assistant.law.engine import evaluate
from assistant.law.predicates import execution_petition as predicates
from assistant.privacy import find_personal_data
from assistant.session import check, start_draft
from tests.conftest import load_example

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("literal", "codes"),
    [
        (predicates.InputName, MissingInput),
        (predicates.BarName, results.BarCode),
        (predicates.DoubtName, vocabulary.DoubtCode),
    ],
    ids=["inputs", "bars", "doubts"],
)
def test_rule_parameters_name_every_code_of_the_calculator(
    literal: object, codes: type[StrEnum]
) -> None:
    """A rule file may name exactly the codes the calculator gives (the loader checks it)."""
    assert set(typing.get_args(literal)) == {code.value for code in codes}


def test_the_russian_example_gives_the_calculator_every_fact() -> None:
    found = case_facts(load_example("execution-petition-ru"))
    assert found.missing == ()
    facts = found.facts
    assert facts is not None
    assert facts.category is vocabulary.CrimeCategory.GRAVE
    assert facts.term is not None and (facts.term.years, facts.term.months) == (5, 0)
    assert facts.term_start == dt.date(2025, 1, 15)
    assert [c.rate for c in facts.custody] == [vocabulary.CustodyRate.ONE_AND_A_HALF]
    assert facts.against_life_or_health is False


def test_an_empty_petition_names_every_input_it_lacks_with_its_field() -> None:
    case = new_case(Language.RU)
    start_document(case, DocumentKind.EXECUTION_PETITION)
    found = case_facts(case)
    assert found.facts is None
    assert {(m.input, m.pointer) for m in found.missing} == {
        (MissingInput.PUNISHMENT, "/execution_petition/punishment"),
        (MissingInput.TERM_START, "/execution_petition/term_start"),
        (MissingInput.CATEGORY, "/offences"),
        (MissingInput.AGE_AT_CRIME, "/execution_petition/age_at_crime"),
        (MissingInput.EXCLUSIONS, "/execution_petition/exclusions_answered"),
    }


def test_incomplete_custody_and_earlier_petitions_are_named_by_their_index() -> None:
    case = load_example("execution-petition-ru")
    petition = case.execution_petition
    assert petition is not None
    petition.custody.append(CustodyPeriod(first_day=dt.date(2024, 5, 1), days=3))  # no rate
    petition.custody.append(
        CustodyPeriod(
            rate=case_words.CustodyRate.ONE,
            first_day=dt.date(2024, 5, 10),
            last_day=dt.date(2024, 5, 1),  # ends before it starts
        )
    )
    petition.earlier_petitions.append(EarlierPetition(request=case_words.PetitionRequest.PAROLE))
    petition.term = SentenceTerm()  # all 0: not given
    found = case_facts(case)
    assert found.facts is None
    assert [m.pointer for m in found.missing] == [
        "/execution_petition/term",
        "/execution_petition/custody/1",
        "/execution_petition/custody/2",
        "/execution_petition/earlier_petitions/0",
    ]


def test_a_negative_term_built_in_code_is_missing_not_an_error() -> None:
    """The loader refuses a negative term; a case built in code reaches the engine anyway."""
    case = load_example("execution-petition-ru")
    petition = case.execution_petition
    assert petition is not None
    petition.term = SentenceTerm(years=-1, months=6)
    assert [m.input for m in case_facts(case).missing] == [MissingInput.TERM]
    assert "PA16.term_missing" in {f.rule.id for f in evaluate(case, TODAY).findings}


def test_life_against_life_but_not_against_life_or_health_is_a_contradiction() -> None:
    case = load_example("execution-petition-ru")
    petition = case.execution_petition
    assert petition is not None
    petition.against_life = True
    petition.against_life_or_health = False
    assert [m.input for m in case_facts(case).missing] == [MissingInput.HARM]
    petition.against_life_or_health = True
    assert case_facts(case).missing == ()


def _offence(category: OffenceCategory | None) -> Offence:
    return Offence(article="1", category=category)


def test_the_most_serious_crime_decides_and_an_unknown_one_could_be_it() -> None:
    case = new_case(Language.RU)
    case.offences = [_offence(OffenceCategory.MINOR), _offence(OffenceCategory.GRAVE)]
    assert most_serious_category(case) is vocabulary.CrimeCategory.GRAVE
    case.offences.append(_offence(None))
    assert most_serious_category(case) is None  # the unknown one may be especially grave
    case.offences.append(_offence(OffenceCategory.ESPECIALLY_GRAVE))
    assert most_serious_category(case) is vocabulary.CrimeCategory.ESPECIALLY_GRAVE
    case.offences = [_offence(OffenceCategory.MISDEMEANOUR)]
    assert most_serious_category(case) is None  # a misdemeanour is no crime of CC 72


def _convicted_in_custody() -> Case:
    case = new_case(Language.RU)
    case.filer.full_name = "Ахметов Ерлан"
    case.filer.status = FilerStatus.CONVICTED
    case.filer.in_custody = True
    case.filer.institution = "учреждение ЕЦ-166/1"
    return case


def test_a_new_petition_of_a_convicted_person_in_custody_is_filed_through_the_institution() -> None:
    case = _convicted_in_custody()
    start_document(case, DocumentKind.EXECUTION_PETITION)
    petition = case.execution_petition
    assert petition is not None
    assert petition.institution == "учреждение ЕЦ-166/1"
    assert petition.filing.channel is FilingChannel.DETENTION_ADMINISTRATION
    assert petition.signature.signer_name == "Ахметов Ерлан"


def test_a_defender_gives_the_convicted_persons_birth_date_not_an_institution() -> None:
    case = new_case(Language.KK)
    case.filer.status = FilerStatus.DEFENDER
    case.filer.in_custody = False
    case.represented.role = PartyRole.CONVICTED
    case.represented.date_of_birth = dt.date(1990, 2, 3)
    start_document(case, DocumentKind.EXECUTION_PETITION)
    petition = case.execution_petition
    assert petition is not None
    assert petition.birth_date == dt.date(1990, 2, 3)
    assert petition.institution == ""
    assert petition.filing.channel is None


def test_starting_the_petition_again_keeps_what_was_typed() -> None:
    case = _convicted_in_custody()
    start_document(case, DocumentKind.EXECUTION_PETITION)
    petition = case.execution_petition
    assert petition is not None
    petition.institution = "ЕЦ-166/1, отряд 3"
    petition.filing.channel = FilingChannel.POST
    start_document(case, DocumentKind.CASSATION)
    case.filer.institution = "другое учреждение"
    start_document(case, DocumentKind.EXECUTION_PETITION)
    assert case.execution_petition is petition
    assert petition.institution == "ЕЦ-166/1, отряд 3"
    assert petition.filing.channel is FilingChannel.POST


def test_the_route_to_the_court_of_execution_offers_the_petition_prefilled() -> None:
    case = load_example("route-court-of-execution-ru")
    result = check(case, TODAY)
    offered = [(route.id, kind) for route, kind in result.documents_to_draft()]
    assert ("court_of_execution", DocumentKind.EXECUTION_PETITION) in offered
    drafted = start_draft(case, DocumentKind.EXECUTION_PETITION)
    assert drafted.kind is DocumentKind.EXECUTION_PETITION
    assert case.kind is DocumentKind.CASSATION  # the checked case is not changed
    petition = drafted.execution_petition
    assert petition is not None
    assert petition.signature.signer_name == case.signature.signer_name
    assert drafted.offences == case.offences  # the shared facts serve the petition too


def test_the_petition_s_own_prose_is_checked_not_the_complaint_s() -> None:
    case = load_example("execution-petition-ru")
    pointers = [pointer for pointer, _ in free_text_fields(case)]
    assert pointers[:3] == [
        "/execution_petition/addressee",
        "/execution_petition/institution",
        "/execution_petition/sentence_changes",
    ]
    assert "/execution_petition/conduct" in pointers and "/attachments/1/title" in pointers
    assert not any(p.startswith(("/grounds", "/request", "/scope", "/evidence")) for p in pointers)
    assert field_name("/execution_petition/conduct", Language.RU) == (
        "Мое поведение за время отбывания наказания"
    )
    petition = case.execution_petition
    assert petition is not None
    petition.conduct = "Мастер участка Иванов, тел. +7 777 123 45 67, подтвердит."
    hits = find_personal_data(case)
    assert [(h.kind.value, h.field) for h in hits] == [("phone", "/execution_petition/conduct")]


def test_the_loader_bounds_the_petition_s_prose_whichever_document_is_drafted() -> None:
    case = load_example("execution-petition-ru")
    start_document(case, DocumentKind.CASSATION)
    assert "/execution_petition/conduct" in {pointer for pointer, _ in all_prose_fields(case)}
