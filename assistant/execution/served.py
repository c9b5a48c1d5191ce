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
from assistant.execution.required_part import CountedPart, count_part
from assistant.execution.results import CountMethod, Step
from assistant.execution.terms import ParoleTerms
from assistant.execution.vocabulary import PetitionRequest, Regime


@dataclass(frozen=True)
class Served:
    """The day all minimums are served; `steps` start with the one that gave it.

    `calendar_day`: when that step's part left a remainder, the day the whole term counted in
    calendar days gives (rounded up), which the remainder's doubt shows if it is later.
    """

    day: dt.date
    steps: tuple[Step, ...]
    points: tuple[OpenPoint, ...]
    regime: Regime  # the table the fractions came from
    calendar_day: dt.date | None = None


def served(
    request: PetitionRequest,
    facts: SentenceFacts,
    terms: ParoleTerms,
    reading: Reading,
    used: FactsUsed,
) -> Served | None:
    """The served day under `reading`; None when a day falls off the calendar (or no minimum
    applies, which the loader's checks of the scope and tables leave impossible)."""
    found = minimums_for(request, facts, terms, reading, used)
    start = counted_from(facts.term_start, reading.credited_days)
    if start is None:
        return None
    counted: list[tuple[Step, CountedPart | None]] = []
    for minimum in found.items:
        step = _step(minimum, facts, start, reading)
        if step is None:
            return None
        counted.append(step)
    if not counted:
        return None
    counted.sort(key=lambda pair: pair[0].day, reverse=True)
    steps = tuple(step for step, _ in counted)
    part = counted[0][1]
    calendar_day = part.calendar_day if part is not None else None
    return Served(steps[0].day, steps, tuple(found.points), found.regime, calendar_day)


def _step(
    minimum: Minimum, facts: SentenceFacts, start: dt.date, reading: Reading
) -> tuple[Step, CountedPart | None] | None:
    """The step of one minimum, and its counted part if it is a fraction."""
    if minimum.months is not None:
        day = add_months(start, minimum.months)
        if day is None:
            return None
        required = Term(
            years=minimum.months // MONTHS_IN_YEAR, months=minimum.months % MONTHS_IN_YEAR
        )
        return _make(minimum, facts, start, reading, day, required=required), None
    if minimum.fraction is None or facts.term is None:
        return None
    part = count_part(start, facts.term, minimum.fraction.value)
    if part is None:
        return None
    day = part.day if reading.round_up else part.earliest
    step = _make(minimum, facts, start, reading, day, required=part.required, method=part.method)
    return step, part


def _make(
    minimum: Minimum,
    facts: SentenceFacts,
    start: dt.date,
    reading: Reading,
    day: dt.date,
    *,
    required: Term | None = None,
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
        method=method,
        term_start=facts.term_start,
        credited_days=reading.credited_days,
    )
