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
    Conviction,
    CreditRate,
    CrimeCategory,
    Harm,
    HarmState,
    Offender,
    PetitionOutcome,
    PrivilegedCategory,
    Punishment,
    Regime,
    Request,
)
from assistant.law.citation import Citation, known_acts
from assistant.law.rule import Status

# The Penal Enforcement Code (ҚАК / УИК: 162(10) waiting periods, 165(2) the last day of a term)
# is not yet in assistant/law/acts.toml, which this branch does not touch. Once it is added there,
# this set must be emptied: tests/execution/test_terms_loader.py fails until it is.
ACTS_PENDING_IN_ACTS_TOML = frozenset({"PEC"})


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
        acts = known_acts() | ACTS_PENDING_IN_ACTS_TOML
        unknown = sorted({c.act for c in self.citations} - acts)
        if unknown:
            raise ValueError(f"unknown act {unknown[0]!r} in a citation")


class CategoryList(Cited, frozen=True, kw_only=True):
    categories: frozenset[PrivilegedCategory]


class RegimeOverride(Cited, frozen=True, kw_only=True):
    """A conviction that sends the person to another table (72(1) paras. 4-5)."""

    request: Request
    conviction: Conviction
    regime: Regime


class Scope(Cited, frozen=True, kw_only=True):
    """The punishments and categories a request is open to (PA5, PA6)."""

    request: Request
    offender: Offender
    punishments: frozenset[Punishment]
    categories: frozenset[CrimeCategory]


class Exclusion(Cited, frozen=True, kw_only=True):
    """A conviction that closes requests unless one of the circumstances holds (PA7-PA10)."""

    id: ExclusionId
    requests: frozenset[Request]
    convictions: frozenset[Conviction]
    unless: frozenset[Circumstance]


class ReductionBasis(Cited, frozen=True, kw_only=True):
    any_of: frozenset[Circumstance]


class FractionRow(Cited, frozen=True, kw_only=True):
    """The part of the term to serve first, for some categories and harms (PA13, PA14)."""

    request: Request
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

    request: Request
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

    request: Request
    offender: Offender
    punishments: frozenset[Punishment]
    months: int

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.months <= 0:
            raise ValueError("a floor is at least one month")


class LifeMinimum(Cited, frozen=True, kw_only=True):
    """Years of a life sentence actually served (72(6))."""

    request: Request
    agreement: bool
    years: int

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.years <= 0:
            raise ValueError("a life minimum is at least one year")


class CreditRateEntry(Cited, frozen=True, kw_only=True):
    """Days of the term one day of custody (or house arrest) counts for (62(3), 62(4))."""

    rate: CreditRate
    days_served: str

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_ratio(self.days_served, at_most_one=False)

    @property
    def ratio(self) -> Ratio:
        return parse_ratio(self.days_served, at_most_one=False)


class Refusal(Cited, frozen=True, kw_only=True):
    """Which outcomes of an earlier petition start a waiting period (PA20, PA21)."""

    outcomes: frozenset[PetitionOutcome]


class Wait(Cited, frozen=True, kw_only=True):
    """After a refusal of `after_refusal_of`, `blocks` wait `months` from the ruling (PA20)."""

    after_refusal_of: Request
    blocks: frozenset[Request]
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
