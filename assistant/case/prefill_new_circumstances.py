"""What a new application for newly discovered circumstances can take from the case it starts
from: where it goes, which decision it concerns, in whose favour, what it asks, and the new
facts the cassation complaint could not use.

Only answers the case already gives are copied; the ground of Art. 499(2), the day of discovery
and the act that establishes the circumstance are the user's to give, and the check asks for
them.
"""

from __future__ import annotations

from assistant.case.drafts import NewCircumstancesDraft
from assistant.case.enums import (
    ActKind,
    ArgumentSubstance,
    Direction,
    FilerStatus,
    Instance,
    PartyRole,
    ReopeningAddressee,
    ReopeningOutcome,
    RequestKind,
    ReviewedDecision,
)
from assistant.case.model import Case, ContestedAct
from assistant.case.roles import acts_for, on_defence_side

# CPC 504(4): where an appellate or a cassation court ruled on the case, that court reviews it;
# Resolution No. 9 para. 2 sends the application there. Highest level first.
_ADDRESSEE_OF_INSTANCE = (
    (Instance.CASSATION, ReopeningAddressee.CASSATION_COURT),
    (Instance.APPEAL, ReopeningAddressee.APPELLATE_COURT),
    (Instance.FIRST, ReopeningAddressee.FIRST_INSTANCE_COURT),
)
_OUTCOME_OF_REQUEST = {
    RequestKind.QUASH_AND_TERMINATE: ReopeningOutcome.TERMINATE,
    RequestKind.QUASH_AND_RETRIAL: ReopeningOutcome.NEW_TRIAL,
    RequestKind.QUASH_ACQUITTAL: ReopeningOutcome.NEW_TRIAL,
    RequestKind.QUASH_TERMINATION: ReopeningOutcome.NEW_TRIAL,
}
_ACQUITTED_SIDE = frozenset({PartyRole.ACQUITTED})


def prefill_new_circumstances(case: Case) -> None:
    """Fill the case's new application from the case where the case already answers."""
    application = case.new_circumstances
    if application is None:
        return
    _fill(case, application)


def _fill(case: Case, application: NewCircumstancesDraft) -> None:
    court = _reviewing_court(case)
    if court is not None:
        application.addressed_to, application.addressee = court
    application.decision = _decision(case)
    if on_defence_side(case) and application.decision is not ReviewedDecision.ACQUITTAL:
        application.direction = Direction.IMPROVE
    application.circumstance = "\n\n".join(
        argument.violation.strip()
        for argument in case.grounds
        if argument.substance is ArgumentSubstance.NEW_FACTS and argument.violation.strip()
    )
    application.outcome = next(
        (_OUTCOME_OF_REQUEST[k] for k in case.request.kinds if k in _OUTCOME_OF_REQUEST), None
    )
    application.filing.channel = case.filing.channel


def _reviewing_court(case: Case) -> tuple[ReopeningAddressee, str] | None:
    """The court of the highest level among the acts, and its name as the act gives it."""
    for instance, addressee in _ADDRESSEE_OF_INSTANCE:
        acts = [act for act in case.acts if act.instance is instance]
        if acts:
            return addressee, acts[-1].court.strip()
    return None


def _decision(case: Case) -> ReviewedDecision | None:
    """Which decision of Art. 500 the acts and the filer point to, when they do."""
    kinds = {act.kind for act in case.acts}
    if ActKind.TERMINATION_RULING in kinds:
        return ReviewedDecision.TERMINATION
    if not any(_is_verdict(act) for act in case.acts):
        return None
    acquitted = case.filer.status is FilerStatus.ACQUITTED or acts_for(case, _ACQUITTED_SIDE)
    if acquitted:
        return ReviewedDecision.ACQUITTAL
    if case.offences or case.filer.status is FilerStatus.CONVICTED:
        return ReviewedDecision.CONVICTION
    return None


def _is_verdict(act: ContestedAct) -> bool:
    return act.kind in (ActKind.VERDICT, ActKind.APPELLATE_VERDICT)
