"""One dated version of the law of parole, replacement and reduction, checked as a whole.

The entries check themselves (`terms_entries.py`); here the table is checked the way the rule
files are: a table that leaves a category or a harm without its row or gives it two, a scope,
rate, no-date reason or doubt without its entry or with two, a repeated exclusion id — each fails
with what is wrong, so a gap in the law data is found when the app starts, not when a person
asks for a date.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence

import msgspec

from assistant.execution.terms_entries import (
    AfterCancellation,
    Cap,
    CategoryList,
    Cited,
    CreditRateEntry,
    Exclusion,
    Floor,
    FractionRow,
    LifeMinimum,
    ReductionBasis,
    Refusal,
    RegimeOverride,
    Scope,
    Wait,
)
from assistant.execution.vocabulary import (
    ENTRY_DOUBTS,
    CrimeCategory,
    CustodyRate,
    DoubtCode,
    HarmState,
    NoDateReason,
    Offender,
    PetitionRequest,
    Regime,
)

# The requests that have a first day to compute; reduction has none (parole.md §D.8).
DATED_REQUESTS = (PetitionRequest.PAROLE, PetitionRequest.REPLACEMENT)


class ParoleTerms(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One dated version of the law of parole, replacement and reduction."""

    privileged_regime: CategoryList
    privileged_exception: CategoryList
    regime_override: tuple[RegimeOverride, ...]
    scope: tuple[Scope, ...]
    exclusion: tuple[Exclusion, ...]
    reduction_basis: ReductionBasis
    fraction: tuple[FractionRow, ...]
    after_cancellation: tuple[AfterCancellation, ...]
    floor: tuple[Floor, ...]
    life: tuple[LifeMinimum, ...]
    execution_start: Cited
    credit_rate: tuple[CreditRateEntry, ...]
    refusal: Refusal
    wait: tuple[Wait, ...]
    cap: tuple[Cap, ...]
    no_date: dict[NoDateReason, Cited]
    doubt: dict[DoubtCode, Cited]

    def __post_init__(self) -> None:
        problems = [
            *_scope_problems(self.scope),
            *_fraction_problems(self.fraction, self.scope),
            *_unique("after-cancellation item", _cancellation_keys(self.after_cancellation)),
            *_unique("floor", ((f.request, f.offender) for f in self.floor)),
            *_unique("life minimum", ((m.request, m.agreement) for m in self.life)),
            *_unique("waiting period", ((w.after_refusal_of, w.life) for w in self.wait)),
            *_unique("exclusion id", (e.id for e in self.exclusion)),
            *_complete("credit rate", [e.rate for e in self.credit_rate], CustodyRate),
            *_complete("no-date reason", list(self.no_date), NoDateReason),
            *_complete("doubt", list(self.doubt), set(DoubtCode) - ENTRY_DOUBTS),
            *_cover("cap", self.cap, set(CrimeCategory)),
        ]
        if not any(m.request is PetitionRequest.PAROLE and not m.agreement for m in self.life):
            problems.append("no life minimum for parole without an agreement (72(6))")
        if problems:
            raise ValueError("; ".join(problems))

    def scope_for(self, request: PetitionRequest, offender: Offender) -> Scope:
        return next(s for s in self.scope if s.request is request and s.offender is offender)

    def rate_of(self, rate: CustodyRate) -> CreditRateEntry:
        return next(e for e in self.credit_rate if e.rate is rate)

    def has_table(self, request: PetitionRequest, regime: Regime, agreement: bool = False) -> bool:
        return any(
            r.request is request and r.regime is regime and r.agreement is agreement
            for r in self.fraction
        )

    def row(
        self,
        request: PetitionRequest,
        regime: Regime,
        agreement: bool,
        category: CrimeCategory,
        harm: HarmState,
    ) -> FractionRow | None:
        """The one row of that table for that category and harm (None: no such table)."""
        for row in self.fraction:
            same_table = row.request is request and row.regime is regime
            if same_table and row.agreement is agreement and row.matches(category, harm):
                return row
        return None


def _name(key: object) -> str:
    """A key as a reviewer reads it: ("parole", "adult") -> "parole/adult"."""
    if isinstance(key, tuple):
        return "/".join(str(part) for part in key)
    return str(key)


def _unique(what: str, keys: Iterable[object]) -> list[str]:
    seen: set[object] = set()
    problems = []
    for key in keys:
        if key in seen:
            problems.append(f"{what} {_name(key)} is given twice")
        seen.add(key)
    return problems


def _complete(what: str, given: Sequence[object], expected: Iterable[object]) -> list[str]:
    problems = _unique(what, given)
    wanted = set(expected)
    missing = sorted(_name(e) for e in wanted - set(given))
    extra = sorted(_name(e) for e in set(given) - wanted)
    if missing:
        problems.append(f"no entry for {what} {', '.join(missing)}")
    if extra:
        problems.append(f"{what} {', '.join(extra)} takes no entry here")
    return problems


def _cancellation_keys(rows: tuple[AfterCancellation, ...]) -> Iterable[object]:
    for row in rows:
        for item in row.items:
            yield (row.request, row.regime, item)


def _scope_problems(scope: tuple[Scope, ...]) -> list[str]:
    keys = [(s.request, s.offender) for s in scope]
    return _complete("scope of", keys, itertools.product(PetitionRequest, Offender))


def _cover(
    what: str, rows: Iterable[FractionRow | Cap], categories: set[CrimeCategory]
) -> list[str]:
    """Each category and harm matched by exactly one row; no row outside `categories`."""
    rows = list(rows)
    problems = [
        f"{what}: {category} has no row for a crime against {harm}"
        if count == 0
        else f"{what}: {category} has {count} rows for a crime against {harm}"
        for category in sorted(categories)
        for harm in HarmState
        if (count := sum(row.matches(category, harm) for row in rows)) != 1
    ]
    outside = sorted({str(c) for row in rows for c in row.categories} - set(categories))
    if outside:
        problems.append(f"{what}: rows for {', '.join(outside)}, which the scope excludes")
    return problems


def _fraction_problems(rows: tuple[FractionRow, ...], scope: tuple[Scope, ...]) -> list[str]:
    tables: dict[tuple[PetitionRequest, Regime, bool], list[FractionRow]] = defaultdict(list)
    for row in rows:
        tables[(row.request, row.regime, row.agreement)].append(row)
    problems = [
        f"no general table of {request}"
        for request in DATED_REQUESTS
        if (request, Regime.GENERAL, False) not in tables
    ]
    for (request, regime, agreement), table in sorted(tables.items()):
        if agreement and (request, regime, False) not in tables:
            problems.append(f"{request} {regime}: agreement rows without the rows without one")
        offender = Offender.JUVENILE if regime is Regime.JUVENILE else Offender.ADULT
        allowed = [s.categories for s in scope if s.request is request and s.offender is offender]
        what = f"{request} {regime}{' with agreement' if agreement else ''}"
        problems += _cover(what, table, set(allowed[0]) if allowed else set())
    return problems
