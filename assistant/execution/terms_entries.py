"""The entries of `parole-terms.toml`: each a piece of law with its status and citations.

Each entry checks itself as it is read (a fraction written "a/b", a positive number of months, at
least one citation of an act the citation table knows); how the entries fit together is checked
by `ParoleTerms` in `terms.py`.
"""

from __future__ import annotations

from typing import NewType

import msgspec

from assistant.execution.ratio import Ratio, parse_ratio
from assistant.execution.vocabulary import (
    HARM_MATCHES,
    CancellationItem,
    Circumstance,
    CrimeCategory,
    CustodyRate,
    EarlierOutcome,
    ExclusionFact,
    Harm,
    HarmState,
    Offender,
    PetitionRequest,
    PrivilegedPerson,
    Regime,
    ServedPunishment,
)
from assistant.law.citation import Citation, known_acts
from assistant.law.rule import Status

# The id of an exclusion entry, e.g. "parole.grave_corruption": a result names the entry it cites.
ExclusionId = NewType("ExclusionId", str)


class Cited(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Status in the legal reference, citations, and a reviewer's note."""

    status: Status
    citations: tuple[Citation, ...]
    note: str = ""

    def __post_init__(self) -> None:
        if not self.citations:
            raise ValueError("an entry of the law needs at least one citation")
        unknown = sorted({c.act for c in self.citations} - known_acts())
        if unknown:
            raise ValueError(f"unknown act {unknown[0]!r} in a citation")


class CategoryList(Cited, frozen=True, kw_only=True):
    categories: frozenset[PrivilegedPerson]


class RegimeOverride(Cited, frozen=True, kw_only=True):
    """A conviction that sends the person to another table (72(1) paras. 4-5)."""

    request: PetitionRequest
    conviction: ExclusionFact
    regime: Regime


class Scope(Cited, frozen=True, kw_only=True):
    """The punishments and categories a request is open to (PA5, PA6)."""

    request: PetitionRequest
    offender: Offender
    punishments: frozenset[ServedPunishment]
    categories: frozenset[CrimeCategory]


class Exclusion(Cited, frozen=True, kw_only=True):
    """A conviction that closes requests unless one of the circumstances holds (PA7-PA10)."""

    id: ExclusionId
    requests: frozenset[PetitionRequest]
    convictions: frozenset[ExclusionFact]
    unless: frozenset[Circumstance]


class ReductionBasis(Cited, frozen=True, kw_only=True):
    any_of: frozenset[Circumstance]


class FractionRow(Cited, frozen=True, kw_only=True):
    """The part of the term to serve first, for some categories and harms (PA13, PA14)."""

    request: PetitionRequest
    regime: Regime
    agreement: bool
    categories: frozenset[CrimeCategory]
    harm: Harm
    fraction: str

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_ratio(self.fraction)

    @property
    def ratio(self) -> Ratio:
        return parse_ratio(self.fraction)

    def matches(self, category: CrimeCategory, harm: HarmState) -> bool:
        return category in self.categories and harm in HARM_MATCHES[self.harm]


class AfterCancellation(Cited, frozen=True, kw_only=True):
    """A further minimum after an earlier parole was cancelled under 72(7) `items`."""

    request: PetitionRequest
    regime: Regime
    items: frozenset[CancellationItem]
    fraction: str

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_ratio(self.fraction)

    @property
    def ratio(self) -> Ratio:
        return parse_ratio(self.fraction)


class Floor(Cited, frozen=True, kw_only=True):
    """At least `months` actually served (72(5))."""

    request: PetitionRequest
    offender: Offender
    punishments: frozenset[ServedPunishment]
    months: int

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.months <= 0:
            raise ValueError("a floor is at least one month")


class LifeMinimum(Cited, frozen=True, kw_only=True):
    """Years of a life sentence actually served (72(6))."""

    request: PetitionRequest
    agreement: bool
    years: int

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.years <= 0:
            raise ValueError("a life minimum is at least one year")


class CreditRateEntry(Cited, frozen=True, kw_only=True):
    """Days of the term one day of custody (or house arrest) counts for (62(3), 62(4))."""

    rate: CustodyRate
    days_served: str

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_ratio(self.days_served, at_most_one=False)

    @property
    def ratio(self) -> Ratio:
        return parse_ratio(self.days_served, at_most_one=False)


class Refusal(Cited, frozen=True, kw_only=True):
    """Which outcomes of an earlier petition start a waiting period (PA20, PA21)."""

    outcomes: frozenset[EarlierOutcome]


class Wait(Cited, frozen=True, kw_only=True):
    """After a refusal of `after_refusal_of`, `blocks` wait `months` from the ruling (PA20)."""

    after_refusal_of: PetitionRequest
    blocks: frozenset[PetitionRequest]
    life: bool
    months: int

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.months <= 0:
            raise ValueError("a waiting period is at least one month")


class Cap(Cited, frozen=True, kw_only=True):
    """The most the unserved part may be reduced by (73(4))."""

    categories: frozenset[CrimeCategory]
    harm: Harm
    cap: str

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_ratio(self.cap)

    @property
    def ratio(self) -> Ratio:
        return parse_ratio(self.cap)

    def matches(self, category: CrimeCategory, harm: HarmState) -> bool:
        return category in self.categories and harm in HARM_MATCHES[self.harm]
