"""The day the minimums are served, under one reading, with the arithmetic shown (PA16-PA18).

Every minimum is counted from the same effective start (the term's start moved back by the
credited custody, PA17) and the latest day counts. A fraction whose part is not whole months is
counted by both methods of `required_part`; the safe reading takes the later day rounded up,
the generous one the earlier day rounded down.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.deadlines import add_months
from assistant.execution.credit import counted_from
from assistant.execution.facts import MONTHS_IN_YEAR, FactsUsed, SentenceFacts, Term
from assistant.execution.minimums import Minimum, OpenPoint, Reading, minimums_for
from assistant.execution.required_part import PartCount, count_part
from assistant.execution.results import CountMethod, Step
from assistant.execution.terms import ParoleTerms
from assistant.execution.vocabulary import Regime, Request


@dataclass(frozen=True)
class Served:
    """The day all minimums are served; `steps` start with the one that gave it."""

    day: dt.date
    steps: tuple[Step, ...]
    points: tuple[OpenPoint, ...]
    remainder: bool  # some fraction left a remainder of days to round
    regime: Regime  # the table the fractions came from


def served(
    request: Request, facts: SentenceFacts, terms: ParoleTerms, reading: Reading, used: FactsUsed
) -> Served | None:
    """The served day under `reading`; None when a day falls off the calendar (or no minimum
    applies, which the loader's checks of the scope and tables leave impossible)."""
    found = minimums_for(request, facts, terms, reading, used)
    start = counted_from(facts.term_start, reading.credited_days)
    if start is None:
        return None
    steps: list[Step] = []
    remainder = False
    for minimum in found.items:
        step = _step(minimum, facts, start, reading)
        if step is None:
            return None
        steps.append(step[0])
        remainder = remainder or step[1]
    if not steps:
        return None
    ordered = tuple(sorted(steps, key=lambda s: s.day, reverse=True))
    return Served(ordered[0].day, ordered, tuple(found.points), remainder, found.regime)


def _step(
    minimum: Minimum, facts: SentenceFacts, start: dt.date, reading: Reading
) -> tuple[Step, bool] | None:
    """The step of one minimum, and whether it left a remainder to round."""
    if minimum.months is not None:
        day = add_months(start, minimum.months)
        if day is None:
            return None
        required = Term(
            years=minimum.months // MONTHS_IN_YEAR, months=minimum.months % MONTHS_IN_YEAR
        )
        return _make(minimum, facts, start, reading, day, required=required), False
    if minimum.fraction is None or facts.term is None:
        return None
    counts = count_part(start, facts.term, minimum.fraction.value)
    if counts is None:
        return None
    chosen = _chosen(counts, reading.round_up)
    step = _make(
        minimum,
        facts,
        start,
        reading,
        chosen.latest if reading.round_up else chosen.earliest,
        required=chosen.required,
        required_days=chosen.required_days,
        method=chosen.method,
    )
    return step, len(counts) > 1


def _make(
    minimum: Minimum,
    facts: SentenceFacts,
    start: dt.date,
    reading: Reading,
    day: dt.date,
    *,
    required: Term | None = None,
    required_days: int | None = None,
    method: CountMethod | None = None,
) -> Step:
    return Step(
        kind=minimum.kind,
        day=day,
        counted_from=start,
        status=minimum.status,
        citations=minimum.citations,
        fraction=minimum.fraction,
        base_term=facts.term if minimum.fraction is not None else None,
        required=required,
        required_days=required_days,
        method=method,
        term_start=facts.term_start,
        credited_days=reading.credited_days,
    )


def _chosen(counts: tuple[PartCount, ...], round_up: bool) -> PartCount:
    """The later method rounded up (safe), or the earlier one rounded down (generous)."""
    if round_up:
        return max(counts, key=lambda c: c.latest)
    return min(counts, key=lambda c: c.earliest)
