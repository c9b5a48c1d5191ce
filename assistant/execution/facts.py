"""The facts of a sentence the eligibility calculator needs, and nothing more.

This is the calculator's own input, not the case file: the case model is changing, and a small
struct that says exactly which facts decide a date is what the petition form, the rules and the
tests can all fill the same way. Checks here are about shape only (a life sentence has no term,
a period ends after it starts); what the law makes of the facts is the calculator's business.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import msgspec

from assistant.execution.vocabulary import (
    AgeAtCrime,
    CancellationItem,
    CrimeCategory,
    CustodyRate,
    EarlierOutcome,
    ExclusionFact,
    HarmState,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)

MONTHS_IN_YEAR = 12


class Term(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A term of years, months and days, as the verdict writes it (CC 62(1))."""

    years: int = 0
    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        if min(self.years, self.months, self.days) < 0:
            raise ValueError("a term cannot be negative")
        if self.years == self.months == self.days == 0:
            raise ValueError("a term cannot be empty")

    @property
    def in_months(self) -> int:
        """Years and months as months (the days are kept apart)."""
        return self.years * MONTHS_IN_YEAR + self.months


class CustodyCredit(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A period of custody or house arrest before the verdict entered into force.

    Either the dates (`first_day` and `last_day`, both days held) or the number of `days` the
    verdict states. `credited_by_verdict` is False for a period the verdict (or a later ruling)
    did not credit: it is not added (parole.md §D.8), the calculator says which court decides it.
    """

    rate: CustodyRate
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    days: int | None = None
    credited_by_verdict: bool = True

    def __post_init__(self) -> None:
        has_dates = self.first_day is not None or self.last_day is not None
        if has_dates == (self.days is not None):
            raise ValueError("give either the first and last day of custody or its days")
        if self.days is not None and self.days < 1:
            raise ValueError("days of custody must be at least one")
        if has_dates and (
            self.first_day is None or self.last_day is None or self.last_day < self.first_day
        ):
            raise ValueError("custody needs a first day and a last day not before it")


class EarlierPetition(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A petition already decided: what it asked, the date of the ruling, and its outcome."""

    request: PetitionRequest
    ruled_on: dt.date
    outcome: EarlierOutcome


class SentenceFacts(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The sentence as it now stands, and the facts about the person the fractions depend on.

    * `term`: the term being served as it now stands: the final aggregate sentence, as mitigated
      by amnesty, pardon or a higher court (NR6 paras. 7-8); after a parole cancelled under
      72(7)(1), the unserved part returned to; after 72(7)(2)-(3), the new aggregate sentence.
      None for life imprisonment; optional for correctional labour (counted in an amount).
    * `term_start`: «начало срока» as the verdict or the institution's certificate gives it.
    * `category`, `against_life_or_health`, `against_life`: of the most serious crime (NR6
      para. 8). None means not known: both variants are computed and the later day is safe.
    * `convictions`: what the exclusions of 72(8), 73(2) and 73(4) name.
      `minor_victim_aged_14_to_18`: the sexual crime against a minor was committed under 18
      against a victim aged 14 to 18 (the exception of 72(8)(4), 73(2), 73(4)).
    * `agreement_fulfilled`: every condition of a procedural cooperation agreement fulfilled
      and the results of CPC 621(2) reached (NR6 para. 2-1, PA11).
    """

    punishment: ServedPunishment
    term: Term | None = None
    term_start: dt.date
    category: CrimeCategory
    against_life_or_health: bool | None = None
    against_life: bool | None = None
    age_at_crime: AgeAtCrime = AgeAtCrime.ADULT
    privileged: frozenset[PrivilegedPerson] = frozenset()
    agreement_fulfilled: bool = False
    active_assistance: bool = False
    assisted_group_investigation: bool = False
    convictions: frozenset[ExclusionFact] = frozenset()
    minor_victim_aged_14_to_18: bool = False
    cancelled_parole: CancellationItem | None = None
    custody: tuple[CustodyCredit, ...] = ()
    earlier_petitions: tuple[EarlierPetition, ...] = ()

    def __post_init__(self) -> None:
        life = self.punishment is ServedPunishment.LIFE_IMPRISONMENT
        if life and self.term is not None:
            raise ValueError("a life sentence has no term")
        needs_term = self.punishment in {
            ServedPunishment.IMPRISONMENT,
            ServedPunishment.RESTRICTION_OF_LIBERTY,
        }
        if needs_term and self.term is None:
            raise ValueError(f"{self.punishment} needs its term")
        if self.against_life is True and self.against_life_or_health is False:
            raise ValueError("a crime against life is a crime against life or health")

    def harm_states(self) -> tuple[HarmState, ...]:
        """Every harm the crime may have had, given what is known (one when all is known)."""
        life_or_health, life = self.against_life_or_health, self.against_life
        if life is True:
            return (HarmState.LIFE,)
        if life_or_health is False:
            return (HarmState.NONE,)
        if life_or_health is True:
            return (HarmState.HEALTH,) if life is False else (HarmState.HEALTH, HarmState.LIFE)
        return (HarmState.NONE, HarmState.HEALTH) if life is False else tuple(HarmState)


class Fact(StrEnum):
    """An input a result rests on: the names of `SentenceFacts` fields."""

    PUNISHMENT = "punishment"
    TERM = "term"
    TERM_START = "term_start"
    CATEGORY = "category"
    AGAINST_LIFE_OR_HEALTH = "against_life_or_health"
    AGAINST_LIFE = "against_life"
    AGE_AT_CRIME = "age_at_crime"
    PRIVILEGED = "privileged"
    AGREEMENT_FULFILLED = "agreement_fulfilled"
    ACTIVE_ASSISTANCE = "active_assistance"
    ASSISTED_GROUP_INVESTIGATION = "assisted_group_investigation"
    CONVICTIONS = "convictions"
    MINOR_VICTIM_AGED_14_TO_18 = "minor_victim_aged_14_to_18"
    CANCELLED_PAROLE = "cancelled_parole"
    CUSTODY = "custody"
    EARLIER_PETITIONS = "earlier_petitions"


class FactsUsed:
    """The inputs a computation read, gathered as it reads them (`Eligibility.rests_on`)."""

    def __init__(self) -> None:
        self._facts: set[Fact] = set()

    def add(self, *facts: Fact) -> None:
        self._facts.update(facts)

    def sorted(self) -> tuple[Fact, ...]:
        """In the order of the fields of `SentenceFacts`, so the answer reads the same each time."""
        return tuple(fact for fact in Fact if fact in self._facts)
