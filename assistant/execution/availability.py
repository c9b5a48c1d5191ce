"""Whether a request is open at all: punishment, category, exclusions, basis (PA5-PA11).

Everything decided here is data (`scope`, `exclusion`, `reduction_basis` of the law file); the
code only reads the facts each circumstance names. A bar whose entry is UNCONFIRMED is reported
but does not close the request (an UNCONFIRMED point never blocks the user).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.execution.facts import Fact, FactsUsed, SentenceFacts
from assistant.execution.results import Bar, BarCode
from assistant.execution.terms import ParoleTerms
from assistant.execution.vocabulary import AgeAtCrime, Circumstance, Offender, PetitionRequest
from assistant.law.rule import Status


def offender_of(facts: SentenceFacts) -> Offender:
    """Juvenile provisions for a crime committed under 18 (CC 86, 87); Art. 90 is a doubt."""
    return Offender.JUVENILE if facts.age_at_crime is AgeAtCrime.UNDER_18 else Offender.ADULT


def _privileged_exception(facts: SentenceFacts, terms: ParoleTerms) -> bool:
    return bool(facts.privileged & terms.privileged_exception.categories)


_CIRCUMSTANCES: dict[
    Circumstance, tuple[tuple[Fact, ...], Callable[[SentenceFacts, ParoleTerms], bool]]
] = {
    Circumstance.PRIVILEGED_EXCEPTION: ((Fact.PRIVILEGED,), _privileged_exception),
    Circumstance.AGREEMENT_FULFILLED: (
        (Fact.AGREEMENT_FULFILLED,),
        lambda facts, _: facts.agreement_fulfilled,
    ),
    Circumstance.ACTIVE_ASSISTANCE: (
        (Fact.ACTIVE_ASSISTANCE,),
        lambda facts, _: facts.active_assistance,
    ),
    Circumstance.JUVENILE_OFFENDER: (
        (Fact.AGE_AT_CRIME,),
        lambda facts, _: facts.age_at_crime is AgeAtCrime.UNDER_18,
    ),
    Circumstance.MINOR_OFFENDER_VICTIM_14_TO_18: (
        (Fact.AGE_AT_CRIME, Fact.MINOR_VICTIM_AGED_14_TO_18),
        lambda facts, _: (
            facts.age_at_crime is AgeAtCrime.UNDER_18 and facts.minor_victim_aged_14_to_18
        ),
    ),
    Circumstance.ASSISTED_GROUP_INVESTIGATION: (
        (Fact.ASSISTED_GROUP_INVESTIGATION,),
        lambda facts, _: facts.assisted_group_investigation,
    ),
}


def holds(
    circumstance: Circumstance, facts: SentenceFacts, terms: ParoleTerms, used: FactsUsed
) -> bool:
    """Whether the facts show `circumstance`; the facts read are recorded in `used`."""
    read, test = _CIRCUMSTANCES[circumstance]
    used.add(*read)
    return test(facts, terms)


def bars_for(
    request: PetitionRequest, facts: SentenceFacts, terms: ParoleTerms, used: FactsUsed
) -> tuple[tuple[Bar, ...], frozenset[Circumstance]]:
    """Every reason `request` is closed, and the circumstances that lifted an exclusion."""
    scope = terms.scope_for(request, offender_of(facts))
    used.add(Fact.PUNISHMENT, Fact.AGE_AT_CRIME, Fact.CATEGORY, Fact.CONVICTIONS)
    bars: list[Bar] = []
    if facts.punishment not in scope.punishments:
        bars.append(
            Bar(code=BarCode.PUNISHMENT_NOT_COVERED, status=scope.status, citations=scope.citations)
        )
    if facts.category not in scope.categories:
        bars.append(
            Bar(code=BarCode.CATEGORY_NOT_COVERED, status=scope.status, citations=scope.citations)
        )
    lifted: set[Circumstance] = set()
    for exclusion in terms.exclusion:
        if request not in exclusion.requests or not exclusion.convictions & facts.convictions:
            continue
        lifting = {c for c in sorted(exclusion.unless) if holds(c, facts, terms, used)}
        lifted |= lifting
        if not lifting:
            bars.append(
                Bar(
                    code=BarCode.EXCLUDED,
                    status=exclusion.status,
                    citations=exclusion.citations,
                    exclusion=exclusion.id,
                )
            )
    if request is PetitionRequest.REDUCTION:
        basis = terms.reduction_basis
        if not any([holds(c, facts, terms, used) for c in sorted(basis.any_of)]):
            bars.append(Bar(code=BarCode.NO_BASIS, status=basis.status, citations=basis.citations))
    return tuple(bars), frozenset(lifted)


def closes(bars: tuple[Bar, ...]) -> bool:
    """Whether the bars close the request: any bar that is not UNCONFIRMED."""
    return any(bar.status is not Status.UNCONFIRMED for bar in bars)
