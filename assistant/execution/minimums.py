"""The minimums a person must serve before a request, under one reading of the open points.

Which table applies (general 72(3) and 73(2), privileged 72(4), juvenile 86(1) and 87(1)), its
row for the category and harm of the most serious crime (NR6 para. 8), a fulfilled agreement's
row, the further minimum after a cancelled parole, the six-month floor and, for life, the years of
72(6). All minimums bind together: each is "не менее", so the latest day counts (DERIVED).

A `Reading` fixes each point the reference leaves open; the safe reading takes the later day on
every one of them. The open points met on the way are returned with their citations, so the
calculator can say why another reading gives another day.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.execution.facts import MONTHS_IN_YEAR, Fact, FactsUsed, SentenceFacts
from assistant.execution.ratio import Ratio
from assistant.execution.results import StepKind
from assistant.execution.terms import ParoleTerms
from assistant.execution.terms_entries import Cited, FractionRow
from assistant.execution.vocabulary import (
    CancellationItem,
    DoubtCode,
    Harm,
    HarmState,
    Offender,
    PetitionRequest,
    Regime,
    ServedPunishment,
)
from assistant.law.citation import Citation
from assistant.law.rule import Status


@dataclass(frozen=True)
class Reading:
    """One choice on each open point. The defaults are the safe choices (the later day)."""

    harm: HarmState
    offender: Offender
    credited_days: int
    strict_agreement: bool = True  # 72(3)(5) as written even where stricter than 72(3)(3)
    regime_extras: bool = True  # general rows bind where the juvenile table is silent
    unconfirmed_minimums: bool = True  # UNCONFIRMED floors and minimums bind
    round_up: bool = True  # a remainder rounded up at 30 days a month; else the earliest count


@dataclass(frozen=True)
class Minimum:
    """One minimum: a fraction of the term, or whole months from the start."""

    kind: StepKind
    status: Status
    citations: tuple[Citation, ...]
    fraction: Ratio | None = None
    months: int | None = None


@dataclass(frozen=True)
class OpenPoint:
    """An open point met while choosing the minimums, with what it rests on."""

    code: DoubtCode
    status: Status
    citations: tuple[Citation, ...]


@dataclass
class Minimums:
    items: list[Minimum] = field(default_factory=list)
    points: list[OpenPoint] = field(default_factory=list)
    regime: Regime = Regime.GENERAL

    def open(self, code: DoubtCode, entry: Cited) -> None:
        point = OpenPoint(code, entry.status, entry.citations)
        if point not in self.points:
            self.points.append(point)


_HARM_FACTS = {
    Harm.LIFE_OR_HEALTH: (Fact.AGAINST_LIFE_OR_HEALTH,),
    Harm.NOT_LIFE_OR_HEALTH: (Fact.AGAINST_LIFE_OR_HEALTH,),
    Harm.LIFE: (Fact.AGAINST_LIFE,),
    Harm.NOT_LIFE: (Fact.AGAINST_LIFE,),
    Harm.ANY: (),
}


def regime_for(
    request: PetitionRequest,
    facts: SentenceFacts,
    terms: ParoleTerms,
    offender: Offender,
    used: FactsUsed,
) -> Regime:
    """The table: a conviction that sends elsewhere (72(1) paras. 4-5), else juvenile, else
    privileged where the request has such a table, else general."""
    overrides = [o for o in terms.regime_override if o.request is request]
    if overrides:
        used.add(Fact.CONVICTIONS)
    for override in overrides:
        if override.conviction in facts.convictions:
            return override.regime
    if offender is Offender.JUVENILE and terms.has_table(request, Regime.JUVENILE):
        return Regime.JUVENILE
    if terms.has_table(request, Regime.PRIVILEGED):
        used.add(Fact.PRIVILEGED)
        if facts.privileged & terms.privileged_regime.categories:
            return Regime.PRIVILEGED
    return Regime.GENERAL


@dataclass(frozen=True)
class _Ask:
    """What every choice below reads."""

    request: PetitionRequest
    facts: SentenceFacts
    terms: ParoleTerms
    reading: Reading
    used: FactsUsed


def minimums_for(
    request: PetitionRequest,
    facts: SentenceFacts,
    terms: ParoleTerms,
    reading: Reading,
    used: FactsUsed,
) -> Minimums:
    """Every minimum that binds under `reading`, and the open points met."""
    found = Minimums(regime=regime_for(request, facts, terms, reading.offender, used))
    if facts.punishment is ServedPunishment.LIFE_IMPRISONMENT:
        _life(request, facts, terms, found, used)
        return found
    used.add(Fact.TERM, Fact.CATEGORY)
    ask = _Ask(request, facts, terms, reading, used)
    _fractions(ask, found)
    _after_cancellation(ask, found)
    for floor in terms.floor:
        if floor.request is not request or floor.offender is not reading.offender:
            continue
        if facts.punishment not in floor.punishments:
            continue
        if floor.status is Status.UNCONFIRMED:
            found.open(DoubtCode.UNCONFIRMED_MINIMUM, floor)
            if not reading.unconfirmed_minimums:
                continue
        found.items.append(
            Minimum(StepKind.FLOOR, floor.status, floor.citations, months=floor.months)
        )
    return found


def _life(
    request: PetitionRequest,
    facts: SentenceFacts,
    terms: ParoleTerms,
    found: Minimums,
    used: FactsUsed,
) -> None:
    entries = [m for m in terms.life if m.request is request]
    if any(m.agreement for m in entries):
        used.add(Fact.AGREEMENT_FULFILLED)
    chosen = [m for m in entries if m.agreement is facts.agreement_fulfilled] or [
        m for m in entries if not m.agreement
    ]
    for entry in chosen:
        months = entry.years * MONTHS_IN_YEAR
        found.items.append(
            Minimum(StepKind.LIFE_MINIMUM, entry.status, entry.citations, months=months)
        )


def _row_minimum(row: FractionRow, used: FactsUsed) -> Minimum:
    used.add(*_HARM_FACTS[row.harm])
    return Minimum(StepKind.FRACTION, row.status, row.citations, fraction=row.ratio)


def _fractions(ask: _Ask, found: Minimums) -> None:
    request, facts, terms, reading, used = ask.request, ask.facts, ask.terms, ask.reading, ask.used
    regime, category, harm = found.regime, facts.category, reading.harm
    base = terms.row(request, regime, False, category, harm)
    if base is None:  # the scope keeps the category out; the loader checks the rest
        return
    chosen, extra = base, None
    if terms.has_table(request, regime, True) or terms.has_table(request, Regime.GENERAL, True):
        used.add(Fact.AGREEMENT_FULFILLED)
    if facts.agreement_fulfilled:
        agreed = terms.row(request, regime, True, category, harm)
        general = terms.row(request, Regime.GENERAL, True, category, harm)
        if agreed is not None and agreed.ratio.value > base.ratio.value:
            found.open(DoubtCode.AGREEMENT_STRICTER, terms.doubt[DoubtCode.AGREEMENT_STRICTER])
            chosen = agreed if reading.strict_agreement else base
        elif agreed is not None:
            chosen = agreed
        elif general is not None and regime is not Regime.GENERAL:
            found.open(DoubtCode.REGIME_SILENT, terms.doubt[DoubtCode.REGIME_SILENT])
            extra = general if reading.regime_extras else None
    found.items.append(_row_minimum(chosen, used))
    if extra is not None:
        found.items.append(_row_minimum(extra, used))


def _after_cancellation(ask: _Ask, found: Minimums) -> None:
    terms, reading = ask.terms, ask.reading
    rows = [r for r in terms.after_cancellation if r.request is ask.request]
    if not rows:
        return
    ask.used.add(Fact.CANCELLED_PAROLE)
    item = ask.facts.cancelled_parole
    if item is None:
        return
    own = [r for r in rows if r.regime is found.regime and item in r.items]
    general = [r for r in rows if r.regime is Regime.GENERAL and item in r.items]
    binding = own
    if not own and general and not any(r.regime is found.regime for r in rows):
        found.open(DoubtCode.REGIME_SILENT, terms.doubt[DoubtCode.REGIME_SILENT])
        binding = general if reading.regime_extras else []
    if binding and item is CancellationItem.ITEM_2:
        found.open(DoubtCode.CANCELLATION_BASE, terms.doubt[DoubtCode.CANCELLATION_BASE])
    for row in binding:
        if row.status is Status.UNCONFIRMED:
            found.open(DoubtCode.UNCONFIRMED_MINIMUM, row)
            if not reading.unconfirmed_minimums:
                continue
        found.items.append(
            Minimum(StepKind.AFTER_CANCELLATION, row.status, row.citations, fraction=row.ratio)
        )
