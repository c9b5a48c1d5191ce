"""The closed vocabularies the eligibility calculator, its data file and its results share.

The values are the strings of `parole-terms.toml` and of the results a front end stores or
prints as JSON, so they never change once released. Categories use the same strings as
`assistant.case.enums.OffenceCategory`, without the misdemeanour, which carries neither
imprisonment nor restriction of liberty and so no petition of this kind.
"""

from __future__ import annotations

from enum import StrEnum


class Request(StrEnum):
    """What the petition to the court at the place of execution asks (CPC 476(5))."""

    PAROLE = "parole"  # CC 72, 86
    REPLACEMENT = "replacement"  # CC 73(1)-(3), 87: the unserved part by a milder punishment
    REDUCTION = "reduction"  # CC 73(4): reduction of the unserved part


class Punishment(StrEnum):
    """The main punishment being served now."""

    IMPRISONMENT = "imprisonment"
    LIFE_IMPRISONMENT = "life_imprisonment"
    RESTRICTION_OF_LIBERTY = "restriction_of_liberty"
    CORRECTIONAL_LABOUR = "correctional_labour"
    OTHER = "other"  # a fine, community service, arrest...: no petition of this kind


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


class AgeAtCrime(StrEnum):
    """Age when the crime was committed: under 18 (CC 86, 87), 18 to 20 (CC 90), or older."""

    UNDER_18 = "under_18"
    FROM_18_TO_20 = "from_18_to_20"
    ADULT = "adult"


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


class PrivilegedCategory(StrEnum):
    """The persons of CC 72(4); 72(8)(3) and (5) name them all but one raising a disabled child."""

    PREGNANT = "pregnant"
    WOMAN_WITH_YOUNG_CHILD = "woman_with_young_child"
    MAN_RAISING_YOUNG_CHILD_ALONE = "man_raising_young_child_alone"
    RAISING_CHILD_WITH_DISABILITY = "raising_child_with_disability"
    WOMAN_58_OR_OLDER = "woman_58_or_older"
    MAN_63_OR_OLDER = "man_63_or_older"
    DISABILITY_GROUP_1_OR_2 = "disability_group_1_or_2"


class Conviction(StrEnum):
    """What the person was convicted of, or did or received earlier, that an exclusion names."""

    TERROR_WITH_DEATHS = "terror_with_deaths"  # or combined with an especially grave crime
    TERROR_WITHOUT_DEATHS = "terror_without_deaths"
    GRAVE_CORRUPTION = "grave_corruption"  # a grave or especially grave corruption crime
    SEXUAL_CRIME_AGAINST_MINORS = "sexual_crime_against_minors"
    KILLING_IN_CRIMINAL_GROUP = "killing_in_criminal_group"
    CRIME_IN_CRIMINAL_GROUP = "crime_in_criminal_group"
    TORTURE = "torture"
    REPLACED_UNDER_ART_73 = "replaced_under_art_73"  # serving what replaced imprisonment
    PAROLED_FROM_LIFE_BEFORE = "paroled_from_life_before"
    NEW_GRAVE_CRIME_WHILE_SERVING_LIFE = "new_grave_crime_while_serving_life"


class Circumstance(StrEnum):
    """A fact that lifts an exclusion or founds a reduction."""

    PRIVILEGED_EXCEPTION = "privileged_exception"
    AGREEMENT_FULFILLED = "agreement_fulfilled"
    ACTIVE_ASSISTANCE = "active_assistance"
    JUVENILE_OFFENDER = "juvenile_offender"
    MINOR_OFFENDER_VICTIM_14_TO_18 = "minor_offender_victim_14_to_18"
    ASSISTED_GROUP_INVESTIGATION = "assisted_group_investigation"


class CancellationItem(StrEnum):
    """The item of CC 72(7) on which an earlier parole was cancelled."""

    ITEM_1 = "1"
    ITEM_2 = "2"
    ITEM_3 = "3"


class CreditRate(StrEnum):
    """The rate at which the verdict credited a period of custody (CC 62(3), 62(4))."""

    ONE = "1"  # one day for one day
    ONE_AND_A_HALF = "1.5"  # one day of custody for one and a half days
    TWO = "2"  # one day of custody for two days
    HOUSE_ARREST = "house_arrest"  # two days of house arrest for one day


class PetitionOutcome(StrEnum):
    """What became of an earlier petition."""

    REFUSED = "refused"  # refused on the merits (CPC 480(7)(2), (3))
    RETURNED = "returned"  # materials returned for defects (NR6 para. 3)
    NOT_ACCEPTED = "not_accepted"  # refusal to accept, e.g. filed too early (NR6 para. 22)


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
