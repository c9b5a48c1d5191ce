"""Waiting periods after a refusal (ҚАК 162(10); NR6 para. 22; PA20, PA21, PA23, §D.8).

A refusal on the merits holds back a new petition of the same kind for six months (three years
for a life sentence's parole) from the date the refusal ruling was issued; the first day allowed
is the same calendar day that many months later (§D.8), so no boundary doubt applies. A refusal
of replacement does not hold back parole, nor the reverse (the data's `blocks`). A return for
defects or a refusal to accept is not a refusal (PA21): no wait, and the user is told why. After
a refused reduction no text sets a wait (PA23): the user is warned, no day is computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.deadlines import add_months
from assistant.execution.facts import MONTHS_IN_YEAR, Fact, FactsUsed, SentenceFacts, Term
from assistant.execution.results import Doubt, Step, StepKind
from assistant.execution.terms import ParoleTerms
from assistant.execution.vocabulary import DoubtCode, PetitionRequest, ServedPunishment


@dataclass
class Waits:
    """The waits that hold back one request, the caveats, and whether a day fell off the
    calendar (`off_calendar`)."""

    steps: list[Step] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    off_calendar: bool = False


def waits_for(
    request: PetitionRequest, facts: SentenceFacts, terms: ParoleTerms, used: FactsUsed
) -> Waits:
    """Every wait holding back `request` after the earlier petitions."""
    used.add(Fact.EARLIER_PETITIONS)
    found = Waits()
    life = facts.punishment is ServedPunishment.LIFE_IMPRISONMENT
    for petition in facts.earlier_petitions:
        if petition.request is not request and not _blocks(terms, petition.request, request):
            continue
        if petition.outcome not in terms.refusal.outcomes:
            _caveat(found, terms, DoubtCode.RETURN_NOT_REFUSAL)
            continue
        waits = [w for w in terms.wait if w.after_refusal_of is petition.request]
        if not waits:  # PA23: after a refused reduction no text sets a wait
            _caveat(found, terms, DoubtCode.WAIT_NOT_SET)
            continue
        for wait in waits:
            if request not in wait.blocks or wait.life is not life:
                continue
            if life:
                used.add(Fact.PUNISHMENT)
            day = add_months(petition.ruled_on, wait.months)
            if day is None:
                found.off_calendar = True
                continue
            found.steps.append(
                Step(
                    kind=StepKind.WAIT_AFTER_REFUSAL,
                    day=day,
                    counted_from=petition.ruled_on,
                    status=wait.status,
                    citations=wait.citations,
                    required=Term(
                        years=wait.months // MONTHS_IN_YEAR, months=wait.months % MONTHS_IN_YEAR
                    ),
                )
            )
    return found


def _blocks(terms: ParoleTerms, refused: PetitionRequest, request: PetitionRequest) -> bool:
    return any(w.after_refusal_of is refused and request in w.blocks for w in terms.wait)


def _caveat(found: Waits, terms: ParoleTerms, code: DoubtCode) -> None:
    entry = terms.doubt[code]
    doubt = Doubt(code=code, status=entry.status, citations=entry.citations)
    if doubt not in found.doubts:
        found.doubts.append(doubt)
