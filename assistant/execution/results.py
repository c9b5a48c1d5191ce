"""What the calculator answers, as data: codes, dates, fractions and citations, no wording.

A front end words it (English msgids through `assistant.i18n`, kk and ru catalogs) when the
petition form is wired; the command line can print it as JSON as it is. Each request gets an
`Eligibility`: the first day it may be filed (the safe day), the earliest day any reading of the
law allows (a petition filed between the two must not be blocked, only warned about), the
arithmetic that gave the day, why it is closed if it is, and the doubts.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import msgspec

from assistant.execution.facts import Fact, Term
from assistant.execution.ratio import Ratio
from assistant.execution.terms_entries import ExclusionId
from assistant.execution.vocabulary import DoubtCode, NoDateReason, PetitionRequest
from assistant.law.citation import Citation
from assistant.law.rule import Status


class Outcome(StrEnum):
    """The kind of answer for one request."""

    DATE = "date"  # a first day to file
    NOT_AVAILABLE = "not_available"  # closed: see `bars`
    NO_DATE = "no_date"  # open, but no day decides it: see `no_date`
    NOT_COMPUTABLE = "not_computable"  # see `not_computable`


class NotComputable(StrEnum):
    LAW_NOT_KNOWN = "law_not_known"  # no version of the law data on that day
    OFF_CALENDAR = "off_calendar"  # a date would fall outside years 1-9999: check the dates


class BarCode(StrEnum):
    """Why a request is closed."""

    PUNISHMENT_NOT_COVERED = "punishment_not_covered"  # PA5
    CATEGORY_NOT_COVERED = "category_not_covered"  # PA6
    EXCLUDED = "excluded"  # PA7, PA8, PA10: `exclusion` names the entry
    NO_BASIS = "no_basis"  # PA9: reduction without help to the investigation or an agreement


class Bar(msgspec.Struct, frozen=True, kw_only=True):
    """One reason a request is closed. An UNCONFIRMED bar is listed but does not close it."""

    code: BarCode
    status: Status
    citations: tuple[Citation, ...]
    exclusion: ExclusionId | None = None


class StepKind(StrEnum):
    """A minimum the first day must reach."""

    FRACTION = "fraction"  # the part of the term for the category (72(3), (4), 73(2), 86, 87)
    AFTER_CANCELLATION = "after_cancellation"  # 72(3)(3-1), (4); 72(4)(3), (4)
    FLOOR = "floor"  # at least six months served (72(5))
    LIFE_MINIMUM = "life_minimum"  # 25 or 15 years (72(6))
    EXECUTION_START = "execution_start"  # not before the sentence is in execution
    WAIT_AFTER_REFUSAL = "wait_after_refusal"  # ҚАК 162(10)


class CountMethod(StrEnum):
    """How a part of the term was turned into a day (parole.md PA16, PA18, §D.8)."""

    MONTHS_AND_DAYS = "months_and_days"  # whole months (and whole days): no remainder
    MONTHS_AND_30_DAY_REMAINDER = "months_and_30_day_remainder"  # rounded up, 30 days a month


class Step(msgspec.Struct, frozen=True, kw_only=True):
    """One minimum and its arithmetic: `counted_from` + `required`.

    For a fraction: "2/3 (`fraction`) of 6 years (`base_term`) = 4 years (`required`); from
    12.03.2024 (`term_start`) with 143 days of custody credited (`credited_days`), counted from
    21.10.2023 (`counted_from`) -> 21.10.2027 (`day`)". For a wait, `counted_from` is the date
    of the refusal ruling and `required` the waiting period.
    """

    kind: StepKind
    day: dt.date
    counted_from: dt.date
    status: Status
    citations: tuple[Citation, ...]
    fraction: Ratio | None = None
    base_term: Term | None = None
    required: Term | None = None
    method: CountMethod | None = None
    term_start: dt.date | None = None
    credited_days: int | None = None


class Doubt(msgspec.Struct, frozen=True, kw_only=True):
    """A point the day rests on that the law leaves open, or a caveat the user must check.

    `alternative_day`: the day another reading gives (earlier than the safe day: the safe day
    stays, the alternative is why a petition filed earlier is only warned about). `later_day`:
    a count that falls after the safe day and is shown, not taken (the whole term in calendar
    days, for a remainder; the institution's certificate of the term served decides). `days`: a
    number the caveat is about (custody days not credited, or credited twice).
    """

    code: DoubtCode
    status: Status
    citations: tuple[Citation, ...]
    alternative_day: dt.date | None = None
    later_day: dt.date | None = None
    days: int | None = None


class ReductionCap(msgspec.Struct, frozen=True, kw_only=True):
    """How much of the unserved part may be cut (73(4)): `safe` under every reading of the
    facts, `possible` under the most favourable one (they differ when the harm is unknown)."""

    safe: Ratio
    possible: Ratio
    status: Status
    citations: tuple[Citation, ...]


class Timing(StrEnum):
    """A filing day against the computed days."""

    TOO_EARLY = "too_early"  # before the earliest day any reading allows
    UNSURE = "unsure"  # on or after the earliest day, before the safe day: warn, never block
    ALLOWED = "allowed"  # on or after the safe day
    NOT_APPLICABLE = "not_applicable"  # the request has no date


class Eligibility(msgspec.Struct, frozen=True, kw_only=True):
    """The answer for one request. `steps` start with the one that gave `first_day`."""

    request: PetitionRequest
    outcome: Outcome
    first_day: dt.date | None = None
    earliest_day: dt.date | None = None
    steps: tuple[Step, ...] = ()
    bars: tuple[Bar, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    rests_on: tuple[Fact, ...] = ()
    no_date: NoDateReason | None = None
    no_date_citations: tuple[Citation, ...] = ()
    cap: ReductionCap | None = None
    not_computable: NotComputable | None = None

    def timing(self, filed_on: dt.date) -> Timing:
        """Whether a petition filed on `filed_on` is in time (parole.md §D.8: the day before
        the safe day, or any day an open reading allows, is warned about, never blocked)."""
        if self.first_day is None or self.earliest_day is None:
            return Timing.NOT_APPLICABLE
        if filed_on < self.earliest_day:
            return Timing.TOO_EARLY
        return Timing.UNSURE if filed_on < self.first_day else Timing.ALLOWED


class CustodyTotal(msgspec.Struct, frozen=True, kw_only=True):
    """The custody credit: days of the term it counts for (safe: half days down; generous: up),
    custody the verdict did not credit, and custody days inside the term (not counted twice)."""

    credited_days: int
    credited_days_generous: int
    uncredited_days: int
    days_in_term: int


class EligibilityReport(msgspec.Struct, frozen=True, kw_only=True):
    """The three requests, the law version used (`law_valid_from`) and the custody credit."""

    law_date: dt.date
    law_valid_from: dt.date | None
    custody: CustodyTotal | None
    parole: Eligibility
    replacement: Eligibility
    reduction: Eligibility

    def for_request(self, request: PetitionRequest) -> Eligibility:
        return {
            PetitionRequest.PAROLE: self.parole,
            PetitionRequest.REPLACEMENT: self.replacement,
            PetitionRequest.REDUCTION: self.reduction,
        }[request]
