"""The calculator's input from a case file: what `ExecutionPetitionDraft` and the case hold,
turned into `SentenceFacts`, or the list of what is missing.

This is the one place that knows both shapes. The category is the case's own: the most serious
of the convicted offences (NR6 para. 8). Anything the calculator cannot do without — the
punishment, its term and start, the category, the age at the crime, the exclusions gone
through, a complete custody period or earlier petition — is reported as missing with the field
it concerns, so the check says what cannot be computed yet instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from assistant.case.drafts import CustodyPeriod, EarlierPetition, ExecutionPetitionDraft
from assistant.case.enums import OffenceCategory
from assistant.case.model import Case
from assistant.execution.facts import CustodyCredit, Fact, SentenceFacts, Term
from assistant.execution.facts import EarlierPetition as Decided
from assistant.execution.vocabulary import (
    AgeAtCrime,
    CrimeCategory,
    PetitionRequest,
    ServedPunishment,
)

DRAFT = "/execution_petition"
# Where each input of the calculator lives in the case (JSON pointers, for `rests_on`).
FACT_POINTERS: dict[Fact, str] = {
    Fact.PUNISHMENT: f"{DRAFT}/punishment",
    Fact.TERM: f"{DRAFT}/term",
    Fact.TERM_START: f"{DRAFT}/term_start",
    Fact.CATEGORY: "/offences",
    Fact.AGAINST_LIFE_OR_HEALTH: f"{DRAFT}/against_life_or_health",
    Fact.AGAINST_LIFE: f"{DRAFT}/against_life",
    Fact.AGE_AT_CRIME: f"{DRAFT}/age_at_crime",
    Fact.PRIVILEGED: f"{DRAFT}/privileged",
    Fact.AGREEMENT_FULFILLED: f"{DRAFT}/agreement_fulfilled",
    Fact.ACTIVE_ASSISTANCE: f"{DRAFT}/active_assistance",
    Fact.ASSISTED_GROUP_INVESTIGATION: f"{DRAFT}/assisted_group_investigation",
    Fact.CONVICTIONS: f"{DRAFT}/exclusions",
    Fact.MINOR_VICTIM_AGED_14_TO_18: f"{DRAFT}/minor_victim_aged_14_to_18",
    Fact.CANCELLED_PAROLE: f"{DRAFT}/cancelled_parole",
    Fact.CUSTODY: f"{DRAFT}/custody",
    Fact.EARLIER_PETITIONS: f"{DRAFT}/earlier_petitions",
}
_GRAVITY = list(CrimeCategory)  # minor < moderate < grave < especially grave
_WITH_TERM = frozenset({ServedPunishment.IMPRISONMENT, ServedPunishment.RESTRICTION_OF_LIBERTY})


class MissingInput(StrEnum):
    """An input the calculator needs that the case does not give (or gives inconsistently)."""

    PUNISHMENT = "punishment"
    TERM = "term"
    TERM_START = "term_start"
    CATEGORY = "category"
    HARM = "harm"  # "against life" yes, "against life or health" no
    AGE_AT_CRIME = "age_at_crime"
    EXCLUSIONS = "exclusions"  # the exclusions were not gone through
    CUSTODY = "custody"  # a period without its rate, or without dates or days, or reversed
    EARLIER_PETITION = "earlier_petition"  # without what it asked, its date or its outcome


@dataclass(frozen=True)
class Missing:
    """One missing input and the field to fill (a JSON pointer into the case)."""

    input: MissingInput
    pointer: str


@dataclass(frozen=True)
class CaseFacts:
    """The facts when the case gives all that is needed, and what is missing (empty then)."""

    facts: SentenceFacts | None
    missing: tuple[Missing, ...]


def requested(draft: ExecutionPetitionDraft) -> tuple[PetitionRequest, ...]:
    """The requests the petition makes, in the calculator's vocabulary, each once."""
    return tuple(dict.fromkeys(draft.requests))


def most_serious_category(case: Case) -> CrimeCategory | None:
    """The category of the most serious convicted crime (NR6 para. 8); None when an offence
    whose category is not given could be the most serious one, or there is none."""
    known = [o.category for o in case.offences if o.category is not None]
    crimes = [CrimeCategory(c.value) for c in known if c is not OffenceCategory.MISDEMEANOUR]
    gravest = max(crimes, key=_GRAVITY.index, default=None)
    if gravest is CrimeCategory.ESPECIALLY_GRAVE:
        return gravest
    if len(known) < len(case.offences):
        return None
    return gravest


def case_facts(case: Case) -> CaseFacts:
    """`SentenceFacts` from the case's petition to the court at the place of execution."""
    draft = case.execution_petition or ExecutionPetitionDraft()
    missing: list[Missing] = []

    def lack(what: MissingInput, field: str) -> None:
        missing.append(Missing(what, f"{DRAFT}/{field}" if field else "/offences"))

    punishment = draft.punishment
    if punishment is None:
        lack(MissingInput.PUNISHMENT, "punishment")
    term = _term(draft)
    if punishment in _WITH_TERM and term is None:
        lack(MissingInput.TERM, "term")
    if punishment is not ServedPunishment.OTHER and draft.term_start is None:
        lack(MissingInput.TERM_START, "term_start")
    category = most_serious_category(case)
    if category is None:
        lack(MissingInput.CATEGORY, "")
    if draft.against_life is True and draft.against_life_or_health is False:
        lack(MissingInput.HARM, "against_life")
    if draft.age_at_crime is None:
        lack(MissingInput.AGE_AT_CRIME, "age_at_crime")
    if not draft.exclusions_answered:
        lack(MissingInput.EXCLUSIONS, "exclusions_answered")
    custody = [_custody(period) for period in draft.custody]
    missing += [
        Missing(MissingInput.CUSTODY, f"{DRAFT}/custody/{index}")
        for index, credit in enumerate(custody)
        if credit is None
    ]
    earlier = [_earlier(petition) for petition in draft.earlier_petitions]
    missing += [
        Missing(MissingInput.EARLIER_PETITION, f"{DRAFT}/earlier_petitions/{index}")
        for index, decided in enumerate(earlier)
        if decided is None
    ]
    if missing or punishment is None or category is None:
        return CaseFacts(None, tuple(missing))
    return CaseFacts(
        SentenceFacts(
            punishment=punishment,
            term=None if punishment is ServedPunishment.LIFE_IMPRISONMENT else term,
            term_start=draft.term_start or dt.date.min,  # only OTHER lacks it: no day computed
            category=category,
            against_life_or_health=draft.against_life_or_health,
            against_life=draft.against_life,
            age_at_crime=draft.age_at_crime or AgeAtCrime.ADULT,
            privileged=frozenset(draft.privileged),
            agreement_fulfilled=draft.agreement_fulfilled,
            active_assistance=draft.active_assistance,
            assisted_group_investigation=draft.assisted_group_investigation,
            convictions=frozenset(draft.exclusions),
            minor_victim_aged_14_to_18=draft.minor_victim_aged_14_to_18,
            cancelled_parole=draft.cancelled_parole,
            custody=tuple(c for c in custody if c is not None),
            earlier_petitions=tuple(d for d in earlier if d is not None),
        ),
        (),
    )


def _term(draft: ExecutionPetitionDraft) -> Term | None:
    """The term as the calculator takes it; None when it is not given (all 0), or negative,
    which a case file cannot hold but a case built in code can."""
    term = draft.term
    if term is None or min(term.years, term.months, term.days) < 0:
        return None
    if term.years == term.months == term.days == 0:
        return None
    return Term(years=term.years, months=term.months, days=term.days)


def _custody(period: CustodyPeriod) -> CustodyCredit | None:
    """The period as the calculator takes it; None when it is incomplete or reversed."""
    if period.rate is None:
        return None
    try:
        return CustodyCredit(
            rate=period.rate,
            first_day=period.first_day,
            last_day=period.last_day,
            days=period.days,
            credited_by_verdict=period.credited_by_verdict,
        )
    except ValueError:
        return None


def _earlier(petition: EarlierPetition) -> Decided | None:
    if petition.request is None or petition.ruled_on is None or petition.outcome is None:
        return None
    return Decided(
        request=petition.request,
        ruled_on=petition.ruled_on,
        outcome=petition.outcome,
    )
