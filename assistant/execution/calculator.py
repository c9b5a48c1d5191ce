"""The first day a petition to the court at the place of execution may be filed (issue 19, PA12-PA23).

`eligibility(facts, law_date)` answers for parole, replacement and reduction with the law data
in force on `law_date` (the day the check is made; never today's date read here). For a dated
request it computes the minimums under the safe reading of every open point — the later day
each time — and again under the most generous reading, a day earlier still for the boundary of
ҚАК 165(2) (§D.8): a petition filed on or after that earliest day is never blocked, only warned
about. Each open point that moves the day is a doubt with the day its other reading gives.
"""

from __future__ import annotations

import datetime as dt

from assistant.execution.availability import bars_for, closes
from assistant.execution.credit import count_custody
from assistant.execution.facts import Fact, FactsUsed, SentenceFacts
from assistant.execution.readings import Readings
from assistant.execution.reduction import reduction_eligibility
from assistant.execution.results import (
    CustodyTotal,
    Doubt,
    Eligibility,
    EligibilityReport,
    NotComputable,
    Outcome,
    Step,
    StepKind,
)
from assistant.execution.terms import ParoleTerms
from assistant.execution.terms_loader import DatedTerms, default_parole_terms, terms_on
from assistant.execution.vocabulary import (
    Circumstance,
    DoubtCode,
    NoDateReason,
    PetitionRequest,
    Regime,
    ServedPunishment,
)
from assistant.execution.waits import waits_for


def eligibility(
    facts: SentenceFacts, law_date: dt.date, versions: tuple[DatedTerms, ...] | None = None
) -> EligibilityReport:
    """The three requests under the law in force on `law_date` (the bundled data by default)."""
    version = terms_on(default_parole_terms() if versions is None else versions, law_date)
    if version is None:
        unknown = {
            request: Eligibility(
                request=request,
                outcome=Outcome.NOT_COMPUTABLE,
                not_computable=NotComputable.LAW_NOT_KNOWN,
            )
            for request in PetitionRequest
        }
        return EligibilityReport(
            law_date=law_date,
            law_valid_from=None,
            custody=None,
            parole=unknown[PetitionRequest.PAROLE],
            replacement=unknown[PetitionRequest.REPLACEMENT],
            reduction=unknown[PetitionRequest.REDUCTION],
        )
    terms = version.terms
    custody = count_custody(facts.custody, facts.term_start, terms)
    return EligibilityReport(
        law_date=law_date,
        law_valid_from=version.valid_from,
        custody=custody,
        parole=dated_eligibility(PetitionRequest.PAROLE, facts, terms, custody),
        replacement=dated_eligibility(PetitionRequest.REPLACEMENT, facts, terms, custody),
        reduction=reduction_eligibility(facts, terms),
    )


def dated_eligibility(
    request: PetitionRequest, facts: SentenceFacts, terms: ParoleTerms, custody: CustodyTotal
) -> Eligibility:
    """Parole or replacement: closed, open without a day, or its first and earliest days."""
    used = FactsUsed()
    bars, lifted = bars_for(request, facts, terms, used)
    if closes(bars):
        return Eligibility(
            request=request, outcome=Outcome.NOT_AVAILABLE, bars=bars, rests_on=used.sorted()
        )
    if facts.punishment is ServedPunishment.CORRECTIONAL_LABOUR:
        entry = terms.no_date[NoDateReason.MEASURED_BY_AMOUNT]
        return Eligibility(
            request=request,
            outcome=Outcome.NO_DATE,
            bars=bars,
            rests_on=used.sorted(),
            no_date=NoDateReason.MEASURED_BY_AMOUNT,
            no_date_citations=entry.citations,
        )
    used.add(Fact.TERM_START, Fact.CUSTODY)
    readings = Readings(request, facts, terms, custody, used)
    safe = readings.safe()
    earliest = readings.earliest()
    waits = waits_for(request, facts, terms, used)
    if safe is None or earliest is None or waits.off_calendar:
        return Eligibility(
            request=request,
            outcome=Outcome.NOT_COMPUTABLE,
            bars=bars,
            rests_on=used.sorted(),
            not_computable=NotComputable.OFF_CALENDAR,
        )
    start_step = Step(
        kind=StepKind.EXECUTION_START,
        day=facts.term_start,
        counted_from=facts.term_start,
        status=terms.execution_start.status,
        citations=terms.execution_start.citations,
    )
    steps = sorted([*safe.steps, *waits.steps, start_step], key=lambda s: s.day, reverse=True)
    first_day = steps[0].day
    # The boundary day and the generous readings move only the served part: a wait and the
    # start of execution are exact (§D.8).
    not_before = max([facts.term_start, *(w.day for w in waits.steps)])
    doubts = readings.doubts(safe, not_before)
    if steps[0].kind not in {StepKind.WAIT_AFTER_REFUSAL, StepKind.EXECUTION_START}:
        remainder = readings.remainder(safe, first_day)
        doubts[:0] = [readings.boundary(first_day), *([remainder] if remainder else [])]
    privileged = safe.regime is Regime.PRIVILEGED or Circumstance.PRIVILEGED_EXCEPTION in lifted
    doubts += [*waits.doubts, *_caveats(terms, custody, privileged=privileged)]
    return Eligibility(
        request=request,
        outcome=Outcome.DATE,
        first_day=first_day,
        earliest_day=min(max(earliest, not_before), first_day),
        steps=tuple(steps),
        bars=bars,
        doubts=tuple(doubts),
        rests_on=used.sorted(),
    )


def _caveats(terms: ParoleTerms, custody: CustodyTotal, *, privileged: bool) -> list[Doubt]:
    """What the user must check whatever the day: custody left out, a privileged category."""
    found = []
    if custody.uncredited_days:
        found.append(_doubt(terms, DoubtCode.UNCREDITED_CUSTODY, custody.uncredited_days))
    if custody.days_in_term:
        found.append(_doubt(terms, DoubtCode.CUSTODY_IN_TERM, custody.days_in_term))
    if privileged:
        found.append(_doubt(terms, DoubtCode.PRIVILEGED_DATE))
    return found


def _doubt(terms: ParoleTerms, code: DoubtCode, days: int | None = None) -> Doubt:
    entry = terms.doubt[code]
    return Doubt(code=code, status=entry.status, citations=entry.citations, days=days)
