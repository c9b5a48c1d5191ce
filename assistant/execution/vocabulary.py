"""The closed vocabularies the eligibility calculator, its data file and its results share.

The values are the strings of `parole-terms.toml` and of the results a front end stores or
prints as JSON, so they never change once released. Categories use the same strings as
`assistant.case.enums.OffenceCategory`, without the misdemeanour, which carries neither
imprisonment nor restriction of liberty and so no petition of this kind. What the petition's
part of the case file states (the request, the punishment, the age, the privileged category,
the conviction, the cancelled item, the custody rate, an earlier petition's outcome) is the case's
own vocabulary (`assistant.case.execution_vocabulary`), which this module passes on.
"""

from __future__ import annotations

from enum import StrEnum

from assistant.case.execution_vocabulary import (
    AgeAtCrime,
    CancellationItem,
    CustodyRate,
    EarlierOutcome,
    ExclusionFact,
    PetitionRequest,
    PrivilegedPerson,
    ServedPunishment,
)


class CrimeCategory(StrEnum):
    """Category of the most serious crime of the sentence (CC 11; NR6 para. 8)."""

    MINOR = "minor"
    MODERATE = "moderate"
    GRAVE = "grave"
    ESPECIALLY_GRAVE = "especially_grave"


class Offender(StrEnum):
    """Whose provisions apply: the juvenile ones (CC 86, 87) or the general ones."""

    ADULT = "adult"
    JUVENILE = "juvenile"


class Regime(StrEnum):
    """Which table of fractions: CC 72(3) and 73(2), 72(4), or 86(1) and 87(1)."""

    GENERAL = "general"
    PRIVILEGED = "privileged"
    JUVENILE = "juvenile"


class Harm(StrEnum):
    """What a row of the data says about the crime's harm; `HarmState` is what the crime was."""

    ANY = "any"
    LIFE_OR_HEALTH = "life_or_health"
    NOT_LIFE_OR_HEALTH = "not_life_or_health"
    LIFE = "life"
    NOT_LIFE = "not_life"


class HarmState(StrEnum):
    """Against what the most serious crime was: neither, health only, or life."""

    NONE = "none"
    HEALTH = "health"
    LIFE = "life"


HARM_MATCHES: dict[Harm, frozenset[HarmState]] = {
    Harm.ANY: frozenset(HarmState),
    Harm.LIFE_OR_HEALTH: frozenset({HarmState.HEALTH, HarmState.LIFE}),
    Harm.NOT_LIFE_OR_HEALTH: frozenset({HarmState.NONE}),
    Harm.LIFE: frozenset({HarmState.LIFE}),
    Harm.NOT_LIFE: frozenset({HarmState.NONE, HarmState.HEALTH}),
}


class Circumstance(StrEnum):
    """A fact that lifts an exclusion or founds a reduction."""

    PRIVILEGED_EXCEPTION = "privileged_exception"
    AGREEMENT_FULFILLED = "agreement_fulfilled"
    ACTIVE_ASSISTANCE = "active_assistance"
    JUVENILE_OFFENDER = "juvenile_offender"
    MINOR_OFFENDER_VICTIM_14_TO_18 = "minor_offender_victim_14_to_18"
    ASSISTED_GROUP_INVESTIGATION = "assisted_group_investigation"


class DoubtCode(StrEnum):
    """Why the safe day and the earliest possible day differ, or what the user must check."""

    BOUNDARY_DAY = "boundary_day"
    REMAINDER_ROUNDED = "remainder_rounded"
    CREDIT_ROUNDED = "credit_rounded"
    HARM_UNKNOWN = "harm_unknown"
    AGREEMENT_STRICTER = "agreement_stricter"
    REGIME_SILENT = "regime_silent"
    YOUNG_ADULT = "young_adult"
    UNCREDITED_CUSTODY = "uncredited_custody"
    CUSTODY_IN_TERM = "custody_in_term"
    PRIVILEGED_DATE = "privileged_date"
    CANCELLATION_BASE = "cancellation_base"
    RETURN_NOT_REFUSAL = "return_not_refusal"
    WAIT_NOT_SET = "wait_not_set"
    LIFE_REDUCTION = "life_reduction"
    # Not in the data's doubt table: its citations are those of the data entry it is about.
    UNCONFIRMED_MINIMUM = "unconfirmed_minimum"


ENTRY_DOUBTS = frozenset({DoubtCode.UNCONFIRMED_MINIMUM})


class NoDateReason(StrEnum):
    """Why a request that is open has no first day to compute."""

    DEPENDS_ON_CONDITIONS = "depends_on_conditions"  # reduction (parole.md §D.8)
    MEASURED_BY_AMOUNT = "measured_by_amount"  # correctional labour of a juvenile (CC 86(1))


__all__ = [
    "AgeAtCrime",
    "CancellationItem",
    "Circumstance",
    "CrimeCategory",
    "CustodyRate",
    "DoubtCode",
    "EarlierOutcome",
    "ExclusionFact",
    "Harm",
    "HarmState",
    "NoDateReason",
    "Offender",
    "PetitionRequest",
    "PrivilegedPerson",
    "Regime",
    "ServedPunishment",
]
