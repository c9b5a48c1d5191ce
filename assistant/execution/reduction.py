"""Reduction of the unserved part (CC 73(4); PA9, PA23, §D.8): open or not, and by how much.

There is no earliest day: the reduction depends on what the cooperation achieved (§D.8), so the
answer is whether the request is open (imprisonment, a basis, no exclusion) and the cap on the
reduction. When the harm of the crime is not known, the cap that holds under every reading is
the safe one and the larger is only possible.
"""

from __future__ import annotations

from assistant.execution.availability import bars_for, closes
from assistant.execution.facts import Fact, FactsUsed, SentenceFacts
from assistant.execution.results import Doubt, Eligibility, Outcome, ReductionCap
from assistant.execution.terms import ParoleTerms
from assistant.execution.terms_entries import Cap
from assistant.execution.vocabulary import (
    DoubtCode,
    Harm,
    HarmState,
    NoDateReason,
    PetitionRequest,
    ServedPunishment,
)
from assistant.execution.waits import waits_for

_HARM_FACTS = {
    Harm.LIFE_OR_HEALTH: Fact.AGAINST_LIFE_OR_HEALTH,
    Harm.NOT_LIFE_OR_HEALTH: Fact.AGAINST_LIFE_OR_HEALTH,
    Harm.LIFE: Fact.AGAINST_LIFE,
    Harm.NOT_LIFE: Fact.AGAINST_LIFE,
}


def reduction_eligibility(facts: SentenceFacts, terms: ParoleTerms) -> Eligibility:
    """Closed (with its bars), or open with no day, its cap and its caveats."""
    used = FactsUsed()
    bars, _lifted = bars_for(PetitionRequest.REDUCTION, facts, terms, used)
    if closes(bars):
        return Eligibility(
            request=PetitionRequest.REDUCTION,
            outcome=Outcome.NOT_AVAILABLE,
            bars=bars,
            rests_on=used.sorted(),
        )
    caps = [_cap_row(terms, facts, harm) for harm in facts.harm_states()]
    for row in caps:
        if row.harm in _HARM_FACTS:
            used.add(_HARM_FACTS[row.harm])
    safe = min(caps, key=lambda row: row.ratio.value)
    possible = max(caps, key=lambda row: row.ratio.value)
    doubts = list(waits_for(PetitionRequest.REDUCTION, facts, terms, used).doubts)
    if safe.ratio != possible.ratio:
        doubts.insert(0, _doubt(terms, DoubtCode.HARM_UNKNOWN))
    if facts.punishment is ServedPunishment.LIFE_IMPRISONMENT:
        doubts.append(_doubt(terms, DoubtCode.LIFE_REDUCTION))
    entry = terms.no_date[NoDateReason.DEPENDS_ON_CONDITIONS]
    return Eligibility(
        request=PetitionRequest.REDUCTION,
        outcome=Outcome.NO_DATE,
        bars=bars,
        doubts=tuple(doubts),
        rests_on=used.sorted(),
        no_date=NoDateReason.DEPENDS_ON_CONDITIONS,
        no_date_citations=entry.citations,
        cap=ReductionCap(
            safe=safe.ratio,
            possible=possible.ratio,
            status=safe.status,
            citations=safe.citations,
        ),
    )


def _cap_row(terms: ParoleTerms, facts: SentenceFacts, harm: HarmState) -> Cap:
    """The one cap row for the category and `harm` (the loader checks there is exactly one)."""
    return next(row for row in terms.cap if row.matches(facts.category, harm))


def _doubt(terms: ParoleTerms, code: DoubtCode) -> Doubt:
    entry = terms.doubt[code]
    return Doubt(code=code, status=entry.status, citations=entry.citations)
