"""Closed vocabularies of the petition to the court at the place of execution (issue 19).

The values are the strings stored in the case file, so they never change once released. The
eligibility calculator (`assistant.execution.vocabulary`) reads these same enums; the case model never imports the calculator, which loads its law data on import, while a
case file is read long before anyone asks for a parole date.
"""

from __future__ import annotations

from enum import StrEnum


class PetitionRequest(StrEnum):
    """What the petition asks the court (CPC 476(5))."""

    PAROLE = "parole"  # CC 72, 86
    REPLACEMENT = "replacement"  # CC 73(1)-(3), 87: the unserved part by a milder punishment
    REDUCTION = "reduction"  # CC 73(4): reduction of the unserved part


class ServedPunishment(StrEnum):
    """The main punishment being served now."""

    IMPRISONMENT = "imprisonment"
    LIFE_IMPRISONMENT = "life_imprisonment"
    RESTRICTION_OF_LIBERTY = "restriction_of_liberty"
    CORRECTIONAL_LABOUR = "correctional_labour"
    OTHER = "other"  # a fine, community service, arrest: no petition of this kind


class AgeAtCrime(StrEnum):
    """Age when the crime was committed: under 18 (CC 86, 87), 18 to 20 (CC 90), or older."""

    UNDER_18 = "under_18"
    FROM_18_TO_20 = "from_18_to_20"
    ADULT = "adult"


class PrivilegedPerson(StrEnum):
    """The persons of CC 72(4), whose parole comes after a smaller part of the term."""

    PREGNANT = "pregnant"
    WOMAN_WITH_YOUNG_CHILD = "woman_with_young_child"
    MAN_RAISING_YOUNG_CHILD_ALONE = "man_raising_young_child_alone"
    RAISING_CHILD_WITH_DISABILITY = "raising_child_with_disability"
    WOMAN_58_OR_OLDER = "woman_58_or_older"
    MAN_63_OR_OLDER = "man_63_or_older"
    DISABILITY_GROUP_1_OR_2 = "disability_group_1_or_2"


class ExclusionFact(StrEnum):
    """What the person was convicted of (or did, or received) that CC 72(8), 73(2) or 73(4)
    names as closing a request."""

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


class CancellationItem(StrEnum):
    """The item of CC 72(7) on which an earlier parole was cancelled."""

    ITEM_1 = "1"
    ITEM_2 = "2"
    ITEM_3 = "3"


class CustodyRate(StrEnum):
    """The rate at which the verdict credited a period of custody (CC 62(3), 62(4))."""

    ONE = "1"  # one day for one day
    ONE_AND_A_HALF = "1.5"  # one day of custody for one and a half days
    TWO = "2"  # one day of custody for two days
    HOUSE_ARREST = "house_arrest"  # two days of house arrest for one day


class EarlierOutcome(StrEnum):
    """What became of an earlier petition."""

    REFUSED = "refused"  # refused on the merits (CPC 480(7)(2), (3))
    RETURNED = "returned"  # materials returned for defects (NR6 para. 3)
    NOT_ACCEPTED = "not_accepted"  # refusal to accept, e.g. filed too early (NR6 para. 22)


class MilderPunishment(StrEnum):
    """What the unserved part is to be replaced by (CC 73(3); NR6 para. 21)."""

    RESTRICTION_OF_LIBERTY = "restriction_of_liberty"
    FINE = "fine"


class AdditionalRelease(StrEnum):
    """Release from an additional punishment asked with parole or replacement (PA29)."""

    FULL = "full"
    PARTIAL = "partial"
